"""Another government's action in a participle or stated on the release's day, sixteenth session (F3 items 2, 6; M34).

D20 read another government's "today" / "same day" / "in coordination with" only in the clause of the designee's own
verb. A participle belongs to the clause it modifies: "The UK also took action today, designating X" (the designee hangs
on the participle, "today" on the main verb) and "Acting in coordination with OFAC, the UK designated X" (the tie sits
in the participle) are today's actions. A date equal to the release's day, read from the document's own characters
("on March 10, 2026", not "March 10 , 2026"), is today's too. A finite clause of its own ("; the EU has sanctioned Y")
still is not. Texts invented for these tests.
"""
from __future__ import annotations

import pytest

from relation_views import DB, EU, OFAC, UK, designations_dated

pytestmark = pytest.mark.slow

HEAD = "# Treasury Sanctions Network\n\nMarch 10, 2026\n\nWASHINGTON - "
META = {"date": "2026-03-10"}


def _dated(extract, sentence: str) -> dict:
    return designations_dated(extract(HEAD + sentence, dict(META)))


@pytest.mark.parametrize("sentence, authority", [
    ("The United Kingdom also took action today, designating Corvane Bank.", UK),
    ("Acting in coordination with OFAC, the United Kingdom designated Corvane Bank.", UK),
    ("The United Kingdom, acting the same day, designated Corvane Bank.", UK),
    ("The European Union, working alongside OFAC, listed Corvane Bank.", EU),
    ("The United Kingdom designated Corvane Bank on March 10, 2026.", UK),
])
def test_participle_or_release_day_is_today(extract, sentence: str, authority: str) -> None:
    assert _dated(extract, sentence)[("Corvane Bank", authority)] == ("2026-03-10", True)


def test_own_finite_clause_and_other_day_stay_earlier(extract) -> None:
    found = _dated(extract, "Today, OFAC also designated Corvane Bank; the European Union has sanctioned Kestrel Trade FZE.")
    assert found[("Corvane Bank", OFAC)] == ("2026-03-10", True)
    assert found[("Kestrel Trade FZE", EU)] == (None, False)
    assert _dated(extract, "The United Kingdom designated Corvane Bank on May 4, 2024.")[("Corvane Bank", UK)] \
        == ("May 4, 2024", False)


def test_a_day_written_before_its_month_is_one_whole_date(extract) -> None:
    """"on 10 March 2026" is the release's day, "on 4 May 2024" a day of its own: the sentence's own month/year pattern
    read them as "March 2026" and "May 2024" (R1, seventeenth session: the project's date patterns now)."""
    assert _dated(extract, "The United Kingdom designated Corvane Bank on 10 March 2026.")[("Corvane Bank", UK)] \
        == ("2026-03-10", True)
    assert _dated(extract, "The United Kingdom designated Corvane Bank on 4 May 2024.")[("Corvane Bank", UK)] \
        == ("4 May 2024", False)


def test_a_date_in_figures_is_not_its_year(extract) -> None:
    """"on 10.03.2026" was read as its year alone, "2026", an earlier action (V9 item 9, M37): a date in figures whose
    day-first or month-first reading is the release's day is today's; another is an earlier action dated as written."""
    assert _dated(extract, "The United Kingdom designated Corvane Bank on 10.03.2026.")[("Corvane Bank", UK)] \
        == ("2026-03-10", True)
    assert _dated(extract, "The United Kingdom designated Corvane Bank on 04.05.2024.")[("Corvane Bank", UK)] \
        == ("04.05.2024", False)
