"""Designations under a dated section heading take the heading's date (issue 13, M28).

A release may group its actions under headings that date them ("## March 3, 2025 Action", "**Actions of 12 May
2024**"): a designation read under such a heading as today's (`current: true`, the release's day) is the action of
the heading's day. An earlier day makes it an earlier action (`current: false`, dated as the heading writes it); the
release's own day leaves it today's. Only a heading that is a date label counts (the date and at most a few words),
and not the release's header (its title and dateline date the release, not a section). A section runs to the next
markup heading or the next dated heading line.
"""
from __future__ import annotations

import re
from bisect import bisect_right

from ..ingest.markup import heading_lines
from ..nlp.doc_text import doc_text
from ..records import Relation
from ..resolve.dates import ABSOLUTE_DATE, normalize_date, parse_anchor
from .context import DocContext
from .release_header import header_lines

_DIGIT = re.compile(r"\d")  # any figure: a day's or a year's (ABSOLUTE_DATE's every form has one)

#: How many words besides its date a heading may hold and still be a date label ("Actions of", "Designations on").
LABEL_WORDS = 3


def date_label(line: str) -> str | None:
    """The date a heading line states as its label, as written; None for a line that is no date label."""
    if _DIGIT.search(line) is None:  # every form of ABSOLUTE_DATE holds a figure: its slow search skipped (PF, 32nd)
        return None
    dates = ABSOLUTE_DATE.finditer(line)  # one pass: the first date, and whether a second follows
    found = next(dates, None)
    if found is None or next(dates, None) is not None:
        return None
    rest = re.findall(r"[A-Za-z][\w'-]*", line[:found.start()] + " " + line[found.end():])
    normal = normalize_date(found.group(0), None)
    if len(rest) > LABEL_WORDS or normal is None or normal.precision == "year":
        return None
    return found.group(0)


def _sections(ctx: DocContext) -> list[tuple[int, str | None]]:
    """(start character, the date it states or None) of each heading that opens or ends a dated section, in order."""
    text = doc_text(ctx.doc)
    body_starts = _body_start(text)
    marked = {start for start, _ in ctx.headings}
    found: dict[int, str | None] = {start: None for start in marked if start >= body_starts}
    lines = [(s, e) for s, e in heading_lines(text) if s >= body_starts]
    lines += [(s, e) for s, e in ctx.bold if s >= body_starts and _whole_line(text, s, e)]
    for start, end in lines:
        stated = date_label(text[start:end].strip("#*_ \t"))
        if stated is not None:
            found[start] = stated
    return sorted(found.items())


def _body_start(text: str) -> int:
    """Where the release's body starts: after its dateline when the header holds one (a short lead paragraph, "WASHINGTON
    — Today, OFAC designated X.", is taken into the header by `header_lines`' line lengths, and a dated section
    heading after it with it: F3 item 11, mended by M35), else where `header_lines` ends the header."""
    header_end = header_lines(text)[1]
    offset = 0
    for raw in text[:header_end].split("\n"):
        if date_label(raw.strip().strip("#*_ \t")) is not None:
            return min(header_end, offset + len(raw) + 1)
        offset += len(raw) + 1
    return header_end


def _whole_line(text: str, start: int, end: int) -> bool:
    """A bold range that is a line of its own ("**Actions of 12 May 2024**")."""
    return text[text.rfind("\n", 0, start) + 1:start].strip("*_ \t") == "" and text[end:(text.find("\n", end) + 1 or len(text) + 1) - 1].strip("*_ \t") == ""


def settle_section_dates(ctx: DocContext, relations: list[Relation]) -> list[Relation]:
    """Today's designations under a heading dated before the release: the heading's earlier action (in place); the
    bold heading line itself, read as a bold designee ("Actions of 12 May 2024"), is dropped."""
    # a bold date line read as a bold designee ("**March 3, 2025**") is no designee, dated section or not (M35)
    relations = [r for r in relations if not (r.relation == "designated_by" and date_label(r.subject.name) is not None)]
    release = parse_anchor(ctx.date)
    sections = _sections(ctx) if release is not None else []
    if release is None or not any(stated for _, stated in sections):
        return relations
    starts = [start for start, _ in sections]
    for rel in relations:
        if rel.relation != "designated_by" or not rel.current or not rel.evidence:
            continue
        k = bisect_right(starts, rel.evidence[0].start) - 1
        stated = sections[k][1] if k >= 0 else None
        day = normalize_date(stated, release) if stated else None
        if day is not None and day.iso < release.isoformat()[:len(day.iso)]:
            rel.current, rel.date = False, stated
    return relations
