"""Mends of the mid-session review V9, seventeenth session (issue 13, M40). Texts and names invented.

- Item 5: "In 2019, the EU sanctioned A, and OFAC is designating B": a present or progressive conjunct is today's
  action; the year fronted on the first conjunct dates only the past one.
- Item 10: "Y falsely listed X as its director": the erring verb states the post (its "as" phrase) whoever its
  subject is; no post of X at Y.
"""
from __future__ import annotations

import pytest

from relation_views import EU, OFAC, designations_dated, posts_held

pytestmark = pytest.mark.slow

DAY = "2026-03-10"
HEAD = "# Treasury Sanctions Network\n\nMarch 10, 2026\n\nWASHINGTON - "


def _run(extract, text: str) -> list[dict]:
    return extract(HEAD + text, {"date": DAY})


@pytest.mark.parametrize("verb", ["is designating", "designates"])
def test_a_present_conjunct_is_not_dated_by_the_fronted_year(extract, verb: str) -> None:
    text = f"In 2019, the European Union sanctioned Tarnel Freight LLC, and OFAC {verb} Quorvan Mining Company."
    found = designations_dated(_run(extract, text))
    assert found == {("Tarnel Freight LLC", EU): ("2019", False), ("Quorvan Mining Company", OFAC): (DAY, True)}


def test_a_past_conjunct_keeps_the_fronted_year(extract) -> None:
    text = "In 2019, the European Union sanctioned Tarnel Freight LLC, and OFAC designated Quorvan Mining Company."
    found = designations_dated(_run(extract, text))
    assert found == {("Tarnel Freight LLC", EU): ("2019", False), ("Quorvan Mining Company", OFAC): ("2019", False)}


@pytest.mark.parametrize("sentence", [
    "Marsh Holding LLC falsely listed Oren Talvik as its director in filings.",
    "Marsh Holding LLC wrongly named Oren Talvik as its chairman.",
    "Marsh Holding LLC falsely listed Oren Talvik as its director.",
])
def test_a_body_that_wrongly_lists_the_person_as_its_officer_gives_no_post(extract, sentence: str) -> None:
    found = _run(extract, f"Today, OFAC designated Oren Talvik. {sentence}")
    assert posts_held(found) == {}
