"""Strip light markdown (headings, bold) from text while remembering where it was.

Bold names and headings carry meaning in press releases (designees are set in
bold under headings), so their character ranges travel with the document.
"""
from __future__ import annotations

import re

_HEADING = re.compile(r"^(#{1,6})[ \t]+", re.M)
_BOLD = re.compile(r"\*\*(.+?)\*\*|__(.+?)__", re.S)


def strip_markup(text: str) -> tuple[str, list[tuple[int, int]], list[tuple[int, int]]]:
    """Return (plain text, bold ranges, heading ranges); ranges are offsets into the plain text."""
    text = _HEADING.sub("", text).replace("\\*", "")  # literal asterisks the page had, escaped by the HTML converter
    plain: list[str] = []
    bold: list[tuple[int, int]] = []
    pos = 0
    length = 0
    for match in _BOLD.finditer(text):
        before = text[pos:match.start()]
        plain.append(before)
        length += len(before)
        inner = match.group(1) if match.group(1) is not None else match.group(2)
        stripped = inner.strip()
        if stripped:
            lead = len(inner) - len(inner.lstrip())
            bold.append((length + lead, length + lead + len(stripped)))
        plain.append(inner)
        length += len(inner)
        pos = match.end()
    plain.append(text[pos:])
    result = "".join(plain)
    return result, bold, heading_lines(result)


def heading_lines(result: str) -> list[tuple[int, int]]:
    """Lines that read as headings: short, no final full stop, mostly capitalised words."""
    ranges: list[tuple[int, int]] = []
    offset = 0
    for line in result.split("\n"):
        stripped = line.strip()
        words = stripped.split()
        if 0 < len(words) <= 10 and not stripped.endswith((".", ":", ";", ",", "\u201d", '"')):
            capitalised = sum(1 for w in words if w[:1].isupper() or not w[:1].isalpha())
            if capitalised >= max(1, len(words) * 0.6):
                ranges.append((offset, offset + len(line)))
        offset += len(line) + 1
    return ranges
