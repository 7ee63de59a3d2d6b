"""`section_dates.date_label` reads a heading's one date; a line without a figure is no label and is not searched
(issue 18, thirty-second session, PF: ABSOLUTE_DATE's search costs ~0.2 ms on a line of prose)."""
from __future__ import annotations

from graphbuild.extract.section_dates import date_label


def test_a_heading_with_one_date_is_its_label():
    assert date_label("Actions of 12 May 2024") == "12 May 2024"
    assert date_label("March 3, 2025") == "March 3, 2025"
    assert date_label("Designations on 2024-05-12") == "2024-05-12"


def test_two_dates_a_year_alone_or_many_words_are_no_label():
    assert date_label("Actions of 12 May 2024 and 3 June 2024") is None
    assert date_label("Actions of 2024") is None
    assert date_label("The Velmora designations that OFAC announced on 12 May 2024") is None


def test_a_line_without_a_figure_is_no_label():
    assert date_label("Actions of May") is None
    assert date_label("Velmont Trading LLC") is None
    assert date_label("") is None
