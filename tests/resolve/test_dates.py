"""Dates as written -> ISO, read against the document's date (graphbuild.resolve.dates)."""
from __future__ import annotations

from datetime import date

import pytest

from graphbuild.records import Document, EntityRef, Evidence, Relation
from graphbuild.resolve.dates import normalize_date, normalize_relations

FRIDAY = date(2021, 3, 5)  # a Friday: the document's date in these tests


@pytest.mark.parametrize("words, iso", [
    ("today", "2021-03-05"),
    ("Today", "2021-03-05"),
    ("the same day", "2021-03-05"),
    ("yesterday", "2021-03-04"),
    ("Friday", "2021-03-05"),  # a Friday release's "Friday" is its own day
    ("on Wednesday", "2021-03-03"),
    ("last Friday", "2021-02-26"),
    ("Monday", "2021-03-01"),
    ("on March 3", "2021-03-03"),
    ("3 March", "2021-03-03"),
    ("December 20", "2020-12-20"),  # months ahead of the document: last year's
    ("March 9", "2021-03-09"),  # days ahead: this year's (an announced date)
    ("March 3, 2021", "2021-03-03"),
    ("3rd March 2019", "2019-03-03"),
    ("Sept. 14, 2018", "2018-09-14"),
    ("2021-03-02", "2021-03-02"),
    ("2021-03-02T14:30:00Z", "2021-03-02"),
    ("July 2017", "2017-07"),
    ("mid-August", "2020-08"),
    ("2013", "2013"),
    ("in 2019", "2019"),
    ("summer 2023", "2023"),
    ("last year", "2020"),
    ("earlier this year", "2021"),
    ("last month", "2021-02"),
])
def test_each_date_form(words, iso):
    found = normalize_date(words, FRIDAY)
    assert found is not None and found.iso == iso


@pytest.mark.parametrize("words", ["recently", "last week", "the 1990s", "", "February 30, 2021"])
def test_words_that_place_no_date_give_none(words):
    assert normalize_date(words, FRIDAY) is None


def test_relative_words_need_the_document_date():
    assert normalize_date("Friday", None) is None
    assert normalize_date("July 2017", None).iso == "2017-07"  # stated in full: no anchor needed


def _designation(date_words: str | None) -> Relation:
    return Relation("designated_by", EntityRef("Alpha Trading LLC", "Company"), EntityRef("Office of Foreign Assets Control", "PublicBody"),
                    [Evidence("OFAC designated Alpha Trading LLC on Friday.", 0, 44, "designations.v1")], 0.9, date=date_words)


def test_relations_keep_the_words_beside_the_iso_date():
    doc = Document("a.md", "text", "0", "a.md", meta={"date": "2021-03-05"})
    friday, unplaced, none = _designation("Friday"), _designation("recently"), _designation(None)
    normalize_relations(doc, [friday, unplaced, none])
    assert (friday.date, friday.date_text) == ("2021-03-05", "Friday")
    assert (unplaced.date, unplaced.date_text) == (None, "recently")
    assert (none.date, none.date_text) == (None, None)
    assert friday.to_json()["date"] == "2021-03-05" and friday.to_json()["date_text"] == "Friday"
    assert Relation.from_json({**friday.to_json(), "doc": "a.md"}).date_text == "Friday"


def test_a_designation_dated_the_documents_own_day_is_todays():
    """"The United States on Friday imposed sanctions on X" in Friday's story: the extractor sets a dated action apart
    (`current` False); its date is the story's day, so it is today's action. A day before stays earlier, and a post's
    `current` (former or not) is not a matter of dates."""
    doc = Document("a.md", "text", "0", "a.md", meta={"date": "2021-03-05"})
    friday, wednesday, march5, year = (_designation(w) for w in ("on Friday", "on Wednesday", "March 5, 2021", "2021"))
    for rel in (friday, wednesday, march5, year):
        rel.current = False
    post = Relation("holds_role", EntityRef("Rena Alder", "Person"), EntityRef("Alpha Trading LLC", "Company"),
                    [Evidence("Rena Alder left Alpha Trading LLC on Friday.", 0, 44, "roles.v1")], 0.9, role="director",
                    date="Friday", current=False)
    normalize_relations(doc, [friday, wednesday, march5, year, post])
    assert [(r.date, r.current) for r in (friday, wednesday, march5, year, post)] == [
        ("2021-03-05", True), ("2021-03-03", False), ("2021-03-05", True), ("2021", False), ("2021-03-05", False)]


def test_a_weekday_is_read_from_the_storys_dateline_day():
    """A page published on Monday 2026-03-09 whose story's place dateline says Friday 2026-03-06: "on Saturday" is the
    Saturday before the story (not the day after it), and "on Friday" the story's own day (issue 13, M7)."""
    text = "Sanctions on Oskarn shippers\n\nMarch 9, 2026\n\nVILNIUS, Lithuania, March 6 (Newsdesk) - The United States ..."
    doc = Document("a.md", text, "0", "a.md", meta={"date": "2026-03-09"})
    friday, saturday, sunday = (_designation(w) for w in ("on Friday", "on Saturday", "on Sunday"))
    for rel in (friday, saturday, sunday):
        rel.current = False
    normalize_relations(doc, [friday, saturday, sunday])
    assert [(r.date, r.current) for r in (friday, saturday, sunday)] == [
        ("2026-03-06", True), ("2026-02-28", False), ("2026-03-01", False)]



def test_a_story_dateline_in_emphasis_is_read_from_the_same_lines_as_the_documents_date():
    """Issue 13 (C5): `story_day` reads the cleaned first lines `ingest.metadata.dateline` reads (`head_lines`), so a
    dateline set in Markdown emphasis ("*VILNIUS, March 6, 2026*") is the story's day; it read raw lines before."""
    text = "Sanctions on Oskarn shippers\n\nMarch 9, 2026\n\n*VILNIUS, March 6, 2026*\n\nThe United States ..."
    doc = Document("a.md", text, "0", "a.md", meta={"date": "2026-03-09"})
    friday = _designation("on Friday")
    friday.current = False
    normalize_relations(doc, [friday])
    assert (friday.date, friday.current) == ("2026-03-06", True)

def test_a_story_dateline_under_a_web_pages_dense_header_is_still_read():
    """M12, review V6: a web copy's byline, share/print and section lines with no blank line between them put the
    dateline on the 10th non-empty line; story_day reads 16 raw lines as before e441d48, not 8 non-empty ones."""
    header = "Kivela shippers penalised\nBy Staff\nShare\nPrint\nEmail\nWorld\nSanctions\nApril 20, 2026\nUpdated 2 hours ago\n"
    text = header + "TALLINN, April 10, 2026 (Newsdesk) - The Treasury on Friday designated a tanker operator."
    doc = Document("a.md", text, "0", "a.md", meta={"date": "2026-04-20"})
    friday = _designation("on Friday")
    friday.current = False
    normalize_relations(doc, [friday])
    assert (friday.date, friday.current) == ("2026-04-10", True)


@pytest.mark.parametrize("text, meta", [
    ("Oskarn shippers sanctioned\n\nThe United States on Friday imposed sanctions ...", {}),  # no dateline, no date
    ("Oskarn shippers sanctioned\n\nVILNIUS, March 6 (Newsdesk) - The United States ...", {}),  # a day without its year
])
def test_a_weekday_without_a_document_date_stays_words(text, meta):
    doc = Document("a.md", text, "0", "a.md", meta=meta)
    friday = _designation("on Friday")
    friday.current = False
    normalize_relations(doc, [friday])
    assert (friday.date, friday.date_text, friday.current) == (None, "on Friday", False)
