"""Mends of the final review F4, seventeenth session (issue 13, M41). Texts and names invented.

- Item 1: "X falsely presented/identified/described himself as the director of Y": the reflexive object is the
  person the erring verb speaks of; no post of X at Y.
- Item 4: "alongside / together with Y" inside the designee's description ("X, a militia alongside Y", "a joint
  venture of A together with B") names no companion target; after the object itself it still does.
"""
from __future__ import annotations

import pytest

from relation_views import OFAC, designees, posts_held

pytestmark = pytest.mark.slow

DAY = "2026-03-10"
HEAD = "# Treasury Sanctions Network\n\nMarch 10, 2026\n\nWASHINGTON - "


def _run(extract, text: str) -> list[dict]:
    return extract(HEAD + text, {"date": DAY})


@pytest.mark.parametrize("text", [
    "Today, OFAC designated Oren Talvik Brenn. Brenn falsely presented himself as the director of Quorvan Trust Bank"
    " to obtain visas.",
    "Today, OFAC designated Oren Talvik Brenn. Brenn falsely identified himself as the chairman of Quorvan Trust Bank.",
    "Today, OFAC designated Oren Talvik Brenn, who falsely described himself as a senior adviser to the Marovian"
    " Ministry of Defense.",
])
def test_a_person_who_falsely_presents_himself_as_an_officer_holds_no_post(extract, text: str) -> None:
    assert posts_held(_run(extract, text)) == {}


@pytest.mark.parametrize("text, designated", [
    ("Today, OFAC designated the Marn Brigade, a militia alongside the Quell Legion in the siege of the city.",
     "Marn Brigade"),
    ("Today, OFAC designated Tarnel Freight LLC, a joint venture of Oren Talvik Brenn together with Quorvan Mining"
     " Company.", "Tarnel Freight LLC"),
])
def test_a_link_inside_the_designees_description_names_no_companion(extract, text: str, designated: str) -> None:
    assert designees(_run(extract, text)) == {(designated, OFAC)}


def test_a_link_after_the_object_still_names_a_companion(extract) -> None:
    found = _run(extract, "Today, OFAC designated Tarnel Freight LLC alongside Quorvan Mining Company.")
    assert designees(found) == {("Tarnel Freight LLC", OFAC), ("Quorvan Mining Company", OFAC)}
