"""Dates as written ("Friday", "on March 3", "July 2017") -> ISO dates SPARQL can compare.

The extractors keep a date as the document words it ("the same day"); what those
words mean depends on when the document was written, so this step runs per
document, after extraction, with the document's own date as the anchor
(`graphbuild.ingest.metadata`). Only what the words state is kept: "July 2017"
is the month 2017-07 (xsd:gYearMonth), "2013" the year (xsd:gYear), never a
made-up first day. Words that name no date we can place ("recently", "last
week") give None, and the words stay beside the date as `date_text`.
"""
from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date, timedelta

from dateutil.relativedelta import relativedelta

from ..records import Document, Relation

_MONTHS = {name: number for number, names in enumerate((
    ("january", "jan"), ("february", "feb"), ("march", "mar"), ("april", "apr"), ("may",), ("june", "jun"),
    ("july", "jul"), ("august", "aug"), ("september", "sep", "sept"), ("october", "oct"), ("november", "nov"),
    ("december", "dec")), start=1) for name in names}
_WEEKDAYS = {name: number for number, name in enumerate(
    ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"))}
_MONTH = r"(?P<month>" + "|".join(sorted(_MONTHS, key=len, reverse=True)) + r")\.?"
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>(?:19|20)\d\d)"
_PATTERNS = [
    ("day", re.compile(r"\b(?P<year>(?:19|20)\d\d)-(?P<mnum>[01]\d)-(?P<day>[0-3]\d)(?:\b|(?=T\d))")),
    ("day", re.compile(rf"\b{_MONTH}\s+{_DAY},?\s+{_YEAR}\b", re.I)),
    ("day", re.compile(rf"\b{_DAY}\s+(?:of\s+)?{_MONTH},?\s+{_YEAR}\b", re.I)),
    ("month", re.compile(r"\b(?P<year>(?:19|20)\d\d)-(?P<mnum>[01]\d)\b(?!-)")),
    ("month", re.compile(rf"\b(?:(?:early|mid|late)[- ]|the end of\s+)?{_MONTH},?\s+(?:of\s+)?{_YEAR}\b", re.I)),
    ("year", re.compile(rf"\b(?:spring|summer|autumn|fall|winter|early|mid|late)[- ]{_YEAR}\b", re.I)),
    # a calendar quarter is within its year (P4); a fiscal year's ("FY2024", "fiscal year 2024") is not: no date
    ("year", re.compile(rf"(?:\b(?:first|second|third|fourth|1st|2nd|3rd|4th|last) quarter of|\bQ[1-4]) ?{_YEAR}\b", re.I)),
]
#: A date stated in full (day, month or season with its year): what a dateline holds.
ABSOLUTE_DATE = re.compile("|".join(f"(?:{re.sub(r'[(][?]P<[a-z]+>', '(?:', p.pattern)})" for _, p in _PATTERNS), re.I)
_MONTH_DAY = re.compile(rf"\b{_MONTH}\s+{_DAY}\b(?!,?\s+(?:19|20)\d\d)", re.I)
_DAY_MONTH = re.compile(rf"\b{_DAY}\s+(?:of\s+)?{_MONTH}\b", re.I)
_MONTH_ONLY = re.compile(rf"^(?:(?:in|on|during|since|by|early|mid|late|the end of)[- ]+)*{_MONTH}$", re.I)
_YEAR_ONLY = re.compile(rf"^(?:(?:in|during|since|by|early|mid|late|the end of)[- ]+)*{_YEAR}$", re.I)
_SAME_DAY = re.compile(r"\b(?:today|tonight|this (?:morning|afternoon|evening)|(?:the|that) (?:same )?(?:day|date))\b", re.I)
_YESTERDAY = re.compile(r"\byesterday\b", re.I)
_WEEKDAY = re.compile(r"\b(?P<last>last\s+)?(?P<weekday>monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b", re.I)
_RELATIVE_YEAR = re.compile(r"\b(?P<which>last|this|next|previous|the previous)\s+year\b|\bearlier this year\b", re.I)
_RELATIVE_MONTH = re.compile(r"\b(?P<which>last|this|previous|the previous)\s+month\b|\bearlier this month\b", re.I)
FUTURE_SLACK = timedelta(days=7)  # "on March 3" in a release of March 1 is days ahead; months ahead is last year's


@dataclass(frozen=True)
class NormalDate:
    """An ISO date and what it states: "day" (YYYY-MM-DD), "month" (YYYY-MM) or "year" (YYYY)."""

    iso: str
    precision: str


def _valid(year: int, month: int, day: int | None = None) -> bool:
    try:
        date(year, month, day or 1)
    except ValueError:
        return False
    return True


def _month(match: re.Match[str]) -> int:
    groups = match.groupdict()
    return int(groups["mnum"]) if groups.get("mnum") else _MONTHS[groups["month"].casefold().rstrip(".")]


def _absolute(text: str) -> NormalDate | None:
    for precision, pattern in _PATTERNS:
        match = pattern.search(text)
        if not match:
            continue
        year = int(match.group("year"))
        month = 1 if precision == "year" else _month(match)
        day = int(match.group("day")) if precision == "day" else None
        if not _valid(year, month, day):
            continue
        if precision == "day":
            return NormalDate(f"{year:04d}-{month:02d}-{day:02d}", "day")
        if precision == "month":
            return NormalDate(f"{year:04d}-{month:02d}", "month")
        return NormalDate(f"{year:04d}", "year")
    return None


def _in_anchor_year(anchor: date, month: int, day: int | None) -> NormalDate | None:
    """A month (and day) without a year: the latest such date not far after the document's date."""
    year = anchor.year
    if not _valid(year, month, day):
        year -= 1  # February 29 in a non-leap year: the last one
        if not _valid(year, month, day):
            return None
    if date(year, month, day or 1) > anchor + FUTURE_SLACK:
        year -= 1
        if not _valid(year, month, day):
            return None
    if day is None:
        return NormalDate(f"{year:04d}-{month:02d}", "month")
    return NormalDate(f"{year:04d}-{month:02d}-{day:02d}", "day")


def _relative(text: str, anchor: date) -> NormalDate | None:
    if (match := _MONTH_DAY.search(text)) or (match := _DAY_MONTH.search(text)):
        return _in_anchor_year(anchor, _month(match), int(match.group("day")))
    if match := _MONTH_ONLY.match(text):
        return _in_anchor_year(anchor, _month(match), None)
    if _SAME_DAY.search(text):
        return NormalDate(anchor.isoformat(), "day")
    if _YESTERDAY.search(text):
        return NormalDate((anchor - timedelta(days=1)).isoformat(), "day")
    if match := _WEEKDAY.search(text):
        back = (anchor.weekday() - _WEEKDAYS[match.group("weekday").casefold()]) % 7
        if back == 0 and match.group("last"):
            back = 7
        return NormalDate((anchor - timedelta(days=back)).isoformat(), "day")
    if match := _RELATIVE_YEAR.search(text):
        which = (match.group("which") or "this").casefold()
        shift = {"last": -1, "previous": -1, "the previous": -1, "next": 1}.get(which, 0)
        return NormalDate(f"{anchor.year + shift:04d}", "year")
    if match := _RELATIVE_MONTH.search(text):
        which = (match.group("which") or "this").casefold()
        month = anchor + relativedelta(months=-1 if which != "this" else 0)
        return NormalDate(f"{month.year:04d}-{month.month:02d}", "month")
    return None


def parse_anchor(value: str | None) -> date | None:
    """The document's date (ISO, from its metadata) as a date; None when it states no day."""
    if not value:
        return None
    try:
        return date.fromisoformat(str(value)[:10])
    except ValueError:
        return None


def normalize_date(text: str | None, anchor: date | None) -> NormalDate | None:
    """The date `text` states, read against the document date `anchor` for relative words."""
    if not text:
        return None
    words = re.sub(r"\s+", " ", str(text)).strip().strip(".,;")
    if match := _YEAR_ONLY.match(words):
        return NormalDate(match.group("year"), "year")
    found = _absolute(words)
    if found is None and anchor is not None:
        found = _relative(words, anchor)
    return found


#: A story's place dateline with its day, among its first lines: "TALLINN, March 6 (Agency) -", "RIGA, 6 March 2026 -",
#: "WASHINGTON, D.C., March 4 --".
_STORY_DATELINE = re.compile(
    rf"^[ \t]*[A-Z][A-Za-z'.-]*(?:[ /][A-Z][A-Za-z'.-]*){{0,3}}(?:,[ \t]+[A-Z][A-Za-z.]*)?,[ \t]+(?P<date>(?i:{_MONTH}[ \t]+{_DAY}|{_DAY}[ \t]+{_MONTH})"
    rf"(?:,?[ \t]+{_YEAR})?)[ \t]*(?:\(|[-\u2013\u2014]|$)".replace("(?P<month>", "(?:").replace("(?P<day>", "(?:")
    .replace("(?P<year>", "(?:"), re.M)
DATELINE_LINES = 8  # a dateline stands among the first lines of a document (ingest/metadata.py reads it too)
#: A story's place dateline: among its first 16 raw lines, blank ones counted, as `story_day` read before e441d48
#: (M12, review V6: 8 non-empty lines missed it under a web page's byline/share/print/section lines and the story took
#: the page's later date).
STORY_DATELINE_LINES = 2 * DATELINE_LINES
_MARKUP = re.compile(r"^[#>*_\s]+|[*_\s]+$")
_WHITESPACE = re.compile(r"\s+")


def clean_line(text: str) -> str:
    """A line without its Markdown marks at either end ("# ", "*...*", "> ") and with its spacing collapsed."""
    return _WHITESPACE.sub(" ", _MARKUP.sub("", text)).strip()


def head_lines(text: str) -> Iterator[str]:
    """The text's non-empty lines, cleaned, as they are asked for: the callers read the first few (issue 18: cleaning
    every line of every document three times was a third of reading the benchmark corpus). A dateline stands among the
    first DATELINE_LINES of them: both dateline readers, `ingest.metadata.dateline` (the document's date) and
    `story_day` (a story's place dateline), look there (issue 13, C5: `story_day` read 16 raw lines of its own)."""
    return (line for line in (clean_line(raw) for raw in text.splitlines()) if line)


def story_day(text: str, anchor: date | None) -> date | None:
    """The day a story's place dateline states ("TALLINN, March 6 (Agency) -"), its year the document date's when it
    has none; None without such a dateline, or without a year to place it. A weekday in the story ("on Friday") is
    read from this day, the writer's, not from a later publication date (issue 13, M7)."""
    head = "\n".join(head_lines("\n".join(text.lstrip().splitlines()[:STORY_DATELINE_LINES])))
    match = _STORY_DATELINE.search(head)
    if match is None:
        return None
    words = match.group("date")
    found = _absolute(words) or (_relative(words, anchor) if anchor is not None else None)
    if found is None or found.precision != "day":
        return None
    return date.fromisoformat(found.iso)


def normalize_relations(doc: Document, relations: Iterable[Relation]) -> None:
    """Every relation's date as ISO, the words kept in `date_text` (in place; what a build does per document).

    A designation the extractor set apart as dated ("on Monday", "on March 9") whose date is the document's own day is
    today's action after all (`current`): only the date, read against the document's, can tell. The document's day is
    its story's place dateline's when it states one ("TALLINN, March 6 -" in a page published on March 9)."""
    published = parse_anchor(doc.meta.get("date"))
    anchor = story_day(doc.text, published) or published
    for rel in relations:
        if not rel.date:
            continue
        if rel.date_text is None:
            rel.date_text = rel.date
        found = normalize_date(rel.date_text, anchor)
        rel.date = found.iso if found else None
        if (rel.relation == "designated_by" and not rel.current and anchor is not None and found is not None
                and found.precision == "day" and found.iso == anchor.isoformat()):
            rel.current = True  # "The United States on Monday imposed sanctions on X" in Monday's story: today's action


__all__ = ["ABSOLUTE_DATE", "DATELINE_LINES", "clean_line", "head_lines", "NormalDate", "normalize_date", "normalize_relations", "parse_anchor"]
