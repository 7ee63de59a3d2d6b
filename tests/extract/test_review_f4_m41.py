"""Mends of the final review F4, seventeenth session (issue 13, M41). Texts and names invented.

- Item 1: "X falsely presented/identified/described himself as the director of Y": the reflexive object is the
  person the erring verb speaks of; no post of X at Y.
"""
from __future__ import annotations

import pytest

from relation_views import posts_held

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
