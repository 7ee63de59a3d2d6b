"""Review V6 mends, fourteenth session (issue 13, M13): items 5 and 7.

- 5: a tie noun in the plural ("both allies of", "both cousins of"), and the tie nouns the one list lacked (confidant,
  loyalist, protégé, proxy, frontman, front man, business partner, critic), gave the person the post of the one they
  are tied to. A supporter of a cause who holds a post of her own keeps it.
- 7: "impose ... on" reads the verb's direct object by lemma: "imposed urban planning fees on Y" and "imposed civil
  penalties on three firms. The first, Y, ..." designate nobody; "imposed an asset freeze on three firms. The first,
  Y, ..." designates Y.

Texts and names invented for these tests.
"""
from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow

HR = "holds_role"
DB = "designated_by"


def _posts(relations: list[dict]) -> list[tuple[str, str, str]]:
    return sorted((r["subject"]["name"], r["object"]["name"], r["role"]) for r in relations if r["relation"] == HR)


def _designees(relations: list[dict]) -> list[tuple[str, str]]:
    return sorted((r["subject"]["name"], r["object"]["name"]) for r in relations if r["relation"] == DB)


@pytest.mark.parametrize("text", [
    "Ansgar Tolvenik and Merel Haskamp, both allies of the commander of the Vantor Brigade, run a depot in Minsk.",
    "Ansgar Tolvenik and Merel Haskamp, both cousins of the director of Quellmark Savings Bank, run a depot in Minsk.",
    "Ansgar Tolvenik, a confidant of the commander of the Vantor Brigade, runs a depot in Minsk.",
    "Ansgar Tolvenik, a loyalist of the commander of the Vantor Brigade, runs a depot in Minsk.",
    "Ansgar Tolvenik, a protégé of the governor of the Reserve Bank of Quellmark, runs a depot in Minsk.",
    "Ansgar Tolvenik, a proxy for the commander of the Vantor Brigade, holds his shares.",
    "Ansgar Tolvenik, a frontman for the director of Quellmark Savings Bank, holds his shares.",
    "Ansgar Tolvenik, a front man for the director of Quellmark Savings Bank, holds his shares.",
    "Ansgar Tolvenik, a business partner of the chairman of Drossel Timber Ltd., runs a depot in Minsk.",
    "Ansgar Tolvenik, a critic of the governor of the Reserve Bank of Quellmark, runs a depot in Minsk.",
], ids=["allies-plural", "cousins-plural", "confidant", "loyalist", "protege", "proxy-for", "frontman-for",
        "front-man-for", "business-partner", "critic"])
def test_a_tie_to_a_post_holder_is_no_post(extract, text):
    """Review V6, item 5: the person is tied to the holder of the post; the post is the other's."""
    assert _posts(extract(text)) == []


@pytest.mark.parametrize("text, body, role", [
    ("Ansgar Tolvenik, a supporter of reform and the governor of the Reserve Bank of Quellmark, spoke on Monday.",
     "Reserve Bank of Quellmark", "governor"),
    ("Ansgar Tolvenik, the commander of the northern front of the Vantor Brigade, runs a depot in Minsk.",
     "Vantor Brigade", "commander"),
], ids=["supporter-of-a-cause-and-governor", "commander-of-a-front"])
def test_a_post_beside_a_tie_word_stays(extract, text, body, role):
    """Review V6, item 5 (guards): a supporter of a cause who is the governor holds that post; "front" of an army is
    a unit, no tie (only "a front for" someone is)."""
    assert _posts(extract(text)) == [("Ansgar Tolvenik", body, role)]


LEAD = "Today, the Treasury imposed {} on three shipping firms. "
NAMED = "The first, Drossel Tankers Ltd, manages tankers. The second, Harrow Bay Marine FZE, owns the fleet."


def test_civil_penalties_on_counted_firms_designate_none(extract):
    """Review V6, item 7: a civil penalty is an enforcement action, no designation (GUIDELINES)."""
    assert _designees(extract(LEAD.format("civil penalties") + NAMED)) == []


def test_an_asset_freeze_on_counted_firms_designates_them(extract):
    """Review V6, item 7: an asset freeze blocks property: "impose ... on" counts it, here too."""
    body = "U.S. Department of the Treasury"
    assert _designees(extract(LEAD.format("an asset freeze") + NAMED)) == [
        ("Drossel Tankers Ltd", body), ("Harrow Bay Marine FZE", body)]


def test_a_word_that_only_contains_ban_imposes_no_measure(extract):
    """Review V6, item 7: "urban" holds "ban"; fees are no sanctions measure."""
    text = "Today, the Treasury imposed urban planning fees on Drossel Tankers Ltd, a tanker operator."
    assert _designees(extract(text)) == []


def test_asset_freezes_the_parser_reads_as_a_clause_still_count(extract):
    """Review V6, item 7 (a guard): spaCy parses "imposed asset freezes on Y" as "asset" the subject of a verb
    "freezes"; the object after "impose" is read whatever dependency the parser gives it (a first cut that read
    "dobj" only lost a synthetic release's optional designation)."""
    text = ("The European Union and the United Kingdom have also imposed asset freezes on the unit's former commander,"
            " General Ansgar Tolvenik, in 2024.")
    assert sorted(_designees(extract(text))) == [("Ansgar Tolvenik", "European Union"), ("Ansgar Tolvenik", "United Kingdom")]  # both (D19)
