"""Wrong facts a hostile tester found, fifteenth session (issue 13, P9). Texts and names invented for these tests.

- "the vessel X (IMO 9345678)": the model tags the IMO number a date; it dated the release's own designations
  "9345678", an earlier action (`current: false`).
- "X, Y's chief executive until she replaced him in May": the parser hangs the "until" clause on the designating
  verb; its date dated the designation, and the post stayed a current one.
- "X, the director of Y until 2023": a post bounded by "until" is a former post ("will serve ... until 2027" is not).
- "X a.k.a. Z": the alias marker was read into the name ("X a.k.a" a designee).
- "a candidate for president of Y", "is running for president of Y": a post sought is no post held; "the
  president-elect of Y" is written so, not "president".
- 'Given "Nick" Surname': one person, not the nickname as a designee of its own beside a cut name.
"""
from __future__ import annotations

import pytest

from markdown_release import extract_markdown
from relation_views import DB, HR, OFAC, posts_held

pytestmark = pytest.mark.slow


def _designations(relations: list[dict]) -> dict[str, tuple]:
    """designee -> (body, date, current) of each designation."""
    return {r["subject"]["name"]: (r["object"]["name"], r["date"], r["current"]) for r in relations if r["relation"] == DB}


IMO_NUMBER = """# Treasury Targets Oil Shipping

OFAC designated Brannock Sea Lines Co., the registered owner of the vessel GREY PETREL (IMO: 9345678), and its manager, Tobias Orlin.
"""


def test_an_imo_number_dates_no_designation(extract, facts):
    relations = extract_markdown(extract, IMO_NUMBER)
    facts(relations, {
        (DB, "Brannock Sea Lines Co.", OFAC, None),
        (DB, "Tobias Orlin", OFAC, None),
        (HR, "Tobias Orlin", "Brannock Sea Lines Co.", "manager"),
    })
    found = _designations(relations)
    assert found["Brannock Sea Lines Co."] == (OFAC, None, True)
    assert found["Tobias Orlin"] == (OFAC, None, True)


UNTIL_CLAUSE = """# Treasury Sanctions Bank Executives

OFAC designated Yelena Marsk, the interim chief executive of Corvane Bank, and Ruslan Tegg, Corvane Bank's chief executive until she replaced him in May.
"""


def test_an_until_clause_dates_neither_the_designation_nor_keeps_the_post_current(extract):
    relations = extract_markdown(extract, UNTIL_CLAUSE)
    found = _designations(relations)
    assert found["Yelena Marsk"] == (OFAC, None, True)
    assert found["Ruslan Tegg"] == (OFAC, None, True)
    assert posts_held(relations) == {
        ("Yelena Marsk", "Corvane Bank"): ("interim chief executive", True),
        ("Ruslan Tegg", "Corvane Bank"): ("chief executive", False),
    }


UNTIL_DATE = """# Treasury Sanctions Officials

OFAC designated Ruslan Tegg, the director of Corvane Bank until 2023, and Ilse Varno, the head of Varno Freight LLC.
"""

UNTIL_FUTURE = """# Treasury Sanctions Officials

OFAC designated Ruslan Tegg, who will serve as director of Corvane Bank until 2030.
"""


def test_a_post_held_until_a_date_is_a_former_post(extract):
    assert posts_held(extract_markdown(extract, UNTIL_DATE)) == {
        ("Ruslan Tegg", "Corvane Bank"): ("director", False),
        ("Ilse Varno", "Varno Freight LLC"): ("head", True),
    }


def test_a_post_that_will_end_is_current(extract):
    posts = posts_held(extract_markdown(extract, UNTIL_FUTURE))
    assert {k: v[1] for k, v in posts.items()} == {("Ruslan Tegg", "Corvane Bank"): True}


ALIAS_WITHOUT_COMMA = """# Treasury Sanctions Cyber Actors

OFAC designated Dalia Orvenko a.k.a. Dalia Orvenkova, a hacker, and Brisk Alias Group, a front company.
"""


def test_an_alias_marker_is_no_part_of_a_name(extract):
    found = _designations(extract_markdown(extract, ALIAS_WITHOUT_COMMA))
    assert set(found) == {"Dalia Orvenko", "Brisk Alias Group"}


SOUGHT_POSTS = """# Treasury Sanctions Election Officials

OFAC designated Ada Myrven, a candidate for president of the Kandari Football Union, and Pavo Rentzel, the president-elect of the Velmorian Football Federation.
"""

RUNNING_FOR = """# Treasury Sanctions Election Officials

OFAC designated Ada Myrven, who is running for president of the Kandari Football Union, and Ivo Sandor, the general director of Tarvel Steel JSC.
"""


def test_a_candidacy_is_no_post_and_an_elect_post_says_so(extract):
    assert posts_held(extract_markdown(extract, SOUGHT_POSTS)) == {
        ("Pavo Rentzel", "Velmorian Football Federation"): ("president-elect", True),
    }


def test_running_for_a_post_is_no_post(extract):
    assert posts_held(extract_markdown(extract, RUNNING_FOR)) == {
        ("Ivo Sandor", "Tarvel Steel JSC"): ("general director", True),
    }


QUOTED_NICKNAMES = """# Treasury Sanctions Cartel Leaders

OFAC designated Tadeo "El Zorzal" Brenner Ruiz and Ismar "El Tordo" Calvetti Fuentes. Brenner Ruiz leads the Varela Cartel.
"""


def test_a_quoted_nickname_inside_a_name_is_one_person(extract, facts):
    facts(extract_markdown(extract, QUOTED_NICKNAMES), {
        (DB, 'Tadeo "El Zorzal" Brenner Ruiz', OFAC, None),
        (DB, 'Ismar "El Tordo" Calvetti Fuentes', OFAC, None),
        (HR, 'Tadeo "El Zorzal" Brenner Ruiz', "Varela Cartel", "leader"),
    })


UNTIL_THEN_NOW = """# Treasury Sanctions Officials

OFAC designated Arvid Lenko. Lenko was, until 2023, the chief of the Kandari Border Directorate; he now serves as a senior adviser to the board of Tarvel Steel JSC.
"""


def test_an_until_of_the_clause_before_leaves_the_post_now_held_current(extract):
    posts = posts_held(extract_markdown(extract, UNTIL_THEN_NOW))
    assert posts[("Arvid Lenko", "Kandari Border Directorate")][1] is False
    assert posts[("Arvid Lenko", "Tarvel Steel JSC")][1] is True
