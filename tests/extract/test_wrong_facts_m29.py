"""Mends of V8's items 1, 3 and 6 (sixteenth session, M29). Texts and names invented for these tests.

P11 read "(formerly Y)" / "(previously Y)" as another name of the designee whatever Y was: another body ("(formerly
Corvane Bank's director)" made the bank an alias of the person and lost the post), a post ("(previously Chief
Executive Officer)" became the person's name and the designation was dropped), a place ("(formerly Dubai-based)").
And a longer former name became the entity's name ("Corvane Shipping (formerly Kestrel Shipping LLC)" was designated
as "Kestrel Shipping LLC").
"""
from __future__ import annotations

import pytest

from markdown_release import extract_markdown

pytestmark = pytest.mark.slow

DB = "designated_by"
OFAC = "Office of Foreign Assets Control"
DAY = "2025-06-10"


def _designees(relations: list[dict]) -> dict[str, list[str]]:
    """designee -> its aliases, for each designation."""
    return {r["subject"]["name"]: sorted(r["subject"].get("aliases") or []) for r in relations if r["relation"] == DB}


def _posts(relations: list[dict]) -> dict[tuple[str, str], str]:
    """(person, body) -> role of each post."""
    return {(r["subject"]["name"], r["object"]["name"]): r["role"] for r in relations if r["relation"] == "holds_role"}


NOT_NAMES = """# Treasury Sanctions Network

OFAC designated Ruslan Tegg (formerly Corvane Bank's director) and Ilse Varno.

OFAC designated Pavel Orrin (formerly Varela Cartel treasurer) and Mira Sallow.

OFAC designated Kestrel Trade FZE (previously Corvane Bank's subsidiary in Dubai).

OFAC designated Anton Brisk (previously Chief Executive Officer) and Lena Dorr (formerly Director General).
"""


def test_a_post_a_body_or_a_possessive_in_formerly_parentheses_is_no_alias(extract):
    relations = extract_markdown(extract, NOT_NAMES, DAY)
    assert _designees(relations) == {
        "Ruslan Tegg": [], "Ilse Varno": [], "Pavel Orrin": [], "Mira Sallow": [], "Kestrel Trade FZE": [],
        "Anton Brisk": [], "Lena Dorr": [],
    }
    posts = _posts(relations)
    assert posts[("Ruslan Tegg", "Corvane Bank")] == "director"
    assert posts[("Pavel Orrin", "Varela Cartel")] == "treasurer"


FORMER_NAMES = """# Treasury Sanctions Network

OFAC designated Corvane Shipping (formerly Kestrel Shipping LLC) and Ilse Varno.

OFAC designated Tarvo Trade FZE (formerly known as Olmend Trading LLC).

OFAC designated the vessel GREY HERON (formerly OCEAN PIKE) and the vessel SEA LARK (previously NORTH WREN).
"""


def test_the_name_before_formerly_is_the_entity_s_name_and_the_former_one_an_alias(extract):
    relations = extract_markdown(extract, FORMER_NAMES, DAY)
    assert _designees(relations) == {
        "Corvane Shipping": ["Kestrel Shipping LLC"], "Ilse Varno": [],
        "Tarvo Trade FZE": ["Olmend Trading LLC"],
        "GREY HERON": ["OCEAN PIKE"], "SEA LARK": ["NORTH WREN"],
    }


EARLIER_NAMED = """# Treasury Sanctions Network

The Department of State previously named the Varela Cartel a Foreign Terrorist Organization.

OFAC first named Corvane Bank under E.O. 13224, and it remains designated.
"""


def test_previously_named_as_the_action_is_an_earlier_action(extract):
    relations = extract_markdown(extract, EARLIER_NAMED, DAY)
    assert {(r["subject"]["name"], r["object"]["name"], r["date"], r["current"]) for r in relations if r["relation"] == DB} == {
        ("Varela Cartel", "U.S. Department of State", None, False),
        ("Corvane Bank", OFAC, None, False),
    }
