"""Each document's own title and date, read from its metadata before its text.

Relative dates in a document ("on Friday", "the same day") mean something only
against the date the document was published, and an analyst needs a title to
tell documents apart, so every document gets both when its file states them:

- HTML: `<time datetime>`, date meta tags (`article:published_time`, `date`,
  `DC.date`, ...), `<h1>`, `og:title`, `<title>` (a " | Site" suffix dropped);
- Markdown and text: the first heading (or first short line) and a dateline
  among the first lines ("*Brussels, November 6, 2020*", "**Press release — 10 March 2022**");
- JSON lines: the record's `title` and `date` fields, else the text as above.

What the file does not state is taken from the text, and `meta["title_source"]` /
`meta["date_source"]` say so: the title from the first sentence, the date from the
latest full date the text mentions. `meta["date"]` is ISO (YYYY-MM-DD, or YYYY-MM /
YYYY when only those are stated); `meta["date_text"]` keeps the words as written.
"""
from __future__ import annotations

import re
from collections.abc import Iterator
from itertools import islice
from typing import Any

from ..resolve.dates import ABSOLUTE_DATE, DATELINE_LINES as _DATELINE_LINES, clean_line as _clean, head_lines as _lines, normalize_date
from ..resolve.identifiers import identifier_date_spans

_MAX_TITLE_WORDS = 30
_HTML_DATE_META = ("article:published_time", "og:published_time", "date", "dc.date", "dcterms.date", "dc.date.issued",
                   "publication_date", "pubdate", "article.published", "citation_publication_date")
_TITLE_SUFFIX = re.compile(r"\s+[|\u2013\u2014-]\s+[^|\u2013\u2014]{2,40}$")
_SENTENCE_END = re.compile(r"(?<=[a-z]{3}[.!?])\s")  # not after "U.S." or "Mr."
_PLACE_DATELINE = re.compile(r"^[A-Z][A-Za-z.,/ ]{1,40}?\s*[\u2013\u2014-]+\s*")  # "WASHINGTON — "


def _iso(text: str) -> tuple[str, str] | None:
    """(ISO date, words) of a date as a dateline or attribute states it, None if it is not one."""
    found = normalize_date(text, None)
    return (found.iso, text.strip()) if found else None


def html_metadata(html: str) -> dict[str, str]:
    """Title and date an HTML page states in its markup (not its body text)."""
    import lxml.html

    meta: dict[str, str] = {}
    try:
        root = lxml.html.document_fromstring(html)
    except (ValueError, lxml.etree.ParserError):
        return meta
    for time in root.iter("time"):
        # the words a reader sees first: a UTC timestamp can fall on the next day
        shown, machine = _iso(time.text_content()), _iso(time.get("datetime") or "")
        stated = shown if shown and (machine is None or len(shown[0]) >= len(machine[0])) else machine
        if stated:
            meta["date"], meta["date_text"] = stated[0], (time.text_content().strip() or stated[1])
            break
    tags = {(m.get("property") or m.get("name") or m.get("itemprop") or "").casefold(): m.get("content") or ""
            for m in root.iter("meta")}
    if "date" not in meta:
        for key in _HTML_DATE_META:
            stated = _iso(tags.get(key, ""))
            if stated:
                meta["date"], meta["date_text"] = stated
                break
    for candidate in (*(h.text_content() for h in root.iter("h1")), tags.get("og:title", ""),
                      *(_TITLE_SUFFIX.sub("", t.text_content().strip()) for t in root.iter("title"))):
        title = _clean(candidate or "")
        if title:
            meta["title"] = title
            break
    return meta


def _heading_like(line: str) -> bool:
    words = line.split()
    return 4 <= len(words) <= _MAX_TITLE_WORDS and not line.endswith((".", ":", ";", ",")) and _iso(line) is None


def dateline(text: str) -> tuple[str, str] | None:
    """(ISO date, words as written) of a dateline among the first lines of a text."""
    for line in islice(_lines(text), _DATELINE_LINES):
        if len(line.split()) > 12:
            continue
        for match in _action_dates(line):
            stated = _iso(match.group(0))
            if stated:
                return stated
    return None


def _action_dates(text: str) -> Iterator[re.Match[str]]:
    """The text's dates but those of birth dates and passport fields ("KARIMI, Reza; DOB 12 Mar 1971"): those date no
    release (review V4: a list of designees dated the document, and every designation, by a date of birth). One walk
    over both in text order: a list of thousands of designees has as many fields, and testing every date against every
    field was quadratic."""
    fields: list[tuple[int, int]] = []
    for a, b in identifier_date_spans(text):  # in order of start; fields that overlap or touch become one
        if fields and a <= fields[-1][1]:
            fields[-1] = (fields[-1][0], max(fields[-1][1], b))
        else:
            fields.append((a, b))
    k = 0
    for m in ABSOLUTE_DATE.finditer(text):
        while k < len(fields) and fields[k][1] <= m.start():
            k += 1  # a field that ends before this date ends before every later one
        if k == len(fields) or m.end() <= fields[k][0]:
            yield m


def text_title(text: str, lines: int = _DATELINE_LINES) -> str | None:
    """A markdown heading, else the first heading-like line above the first paragraph of a text."""
    for raw in text.splitlines()[:lines * 2]:
        if raw.lstrip().startswith("#") and _clean(raw):
            return _clean(raw)
    for line in islice(_lines(text), lines):
        if _heading_like(line):
            return line
        if len(line.split()) > _MAX_TITLE_WORDS or line.endswith("."):
            break  # the body has started: a heading below it heads a section, not the document
    return None


def _first_sentence(text: str) -> str | None:
    for line in _lines(text):
        if len(line.split()) >= 4:
            sentence = _SENTENCE_END.split(_PLACE_DATELINE.sub("", line), maxsplit=1)[0]
            words = sentence.split()
            return " ".join(words[:16]) + (" ..." if len(words) > 16 else "")
    return None


def _latest_date(text: str) -> tuple[str, str] | None:
    found = [stated for m in _action_dates(text) if (stated := _iso(m.group(0))) and len(stated[0]) == 10]
    return max(found) if found else None


def complete(meta: dict[str, Any], raw: str, plain: str, title_lines: int = _DATELINE_LINES,
             problems: list[str] | None = None) -> dict[str, Any]:
    """Fill `meta`'s title and date from the file's own text where its markup stated none.

    `raw` is the file's text before markup was removed (markdown headings), `plain` the
    document text; `title_lines` is how far down a title may stand (1 for an HTML body, whose
    page title is in its markup). A date already in `meta` is normalised to ISO, its words kept.
    A stated date that is no date ("soon", "n/a") is dropped, not stored as one: it would
    anchor nothing and sort nowhere; the text's own date is used instead and `problems`
    (when given) gets a line saying so.
    """
    if meta.get("date"):
        stated = normalize_date(str(meta["date"]), None)
        if stated:
            meta.setdefault("date_text", str(meta["date"]))
            meta["date"] = stated.iso
            meta.setdefault("date_source", "metadata")
        else:
            if problems is not None:
                problems.append(f"the 'date' field {str(meta['date'])[:60]!r} is not a date; the date is taken from the text")
            del meta["date"]
            meta.pop("date_text", None)
    if not meta.get("date"):
        stated_line = dateline(raw) or dateline(plain)
        if stated_line:
            meta["date"], meta["date_text"], meta["date_source"] = stated_line[0], stated_line[1], "dateline"
        elif latest := _latest_date(plain):
            meta["date"], meta["date_text"], meta["date_source"] = latest[0], latest[1], "latest date in the text"
    if meta.get("title"):
        meta.setdefault("title_source", "metadata")
    else:
        heading = text_title(raw, title_lines) or text_title(plain, title_lines)
        if heading:
            meta["title"], meta["title_source"] = heading, "heading"
        elif sentence := _first_sentence(plain):
            meta["title"], meta["title_source"] = sentence, "first sentence"
    return meta


__all__ = ["complete", "dateline", "html_metadata", "text_title"]
