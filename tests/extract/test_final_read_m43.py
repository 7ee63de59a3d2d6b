"""Mends of the final read F4, seventeenth session (issue 13, M43). Texts and names invented.

- Item 2: "In 2019, the EU sanctioned A, and OFAC designated B this morning" / "..., and this week OFAC designated B"
  / "In 2019, the EU sanctioned A; OFAC designated B": the conjunct with a time of its own (a TIME entity, a time
  noun) or set after a semicolon is today's action, not the fronted year's; a past
  conjunct with no time of its own keeps the front (tests/extract/test_review_v9_m40.py).
"""
from __future__ import annotations

import pytest

from relation_views import EU, OFAC, UK, designations_dated

pytestmark = pytest.mark.slow

DAY = "2026-03-10"
HEAD = "# Treasury Sanctions Network\n\nMarch 10, 2026\n\nWASHINGTON - "
FIRST = "In 2019, the European Union sanctioned Tarnel Freight LLC"


@pytest.mark.parametrize("rest", [
    ", and OFAC designated Quorvan Mining Company this morning.",
    ", and this week OFAC designated Quorvan Mining Company.",
])
def test_a_conjunct_with_its_own_time_is_todays(extract, rest: str) -> None:
    found = designations_dated(extract(HEAD + FIRST + rest, {"date": DAY}))
    assert found == {("Tarnel Freight LLC", EU): ("2019", False), ("Quorvan Mining Company", OFAC): (DAY, True)}



def test_a_clause_after_a_semicolon_is_not_dated_by_the_fronted_year(extract) -> None:
    text = "In 2021, the United Kingdom sanctioned Velk Trading LLC; OFAC designated Orsk Freight Company."
    found = designations_dated(extract(HEAD + text, {"date": DAY}))
    assert found == {("Velk Trading LLC", UK): ("2021", False), ("Orsk Freight Company", OFAC): (DAY, True)}
