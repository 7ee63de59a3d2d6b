"""A release's header: the lines above its first prose paragraph (headline, format line, byline, date), and the
body that a State Department format line names ("PRESS STATEMENT", "MEDIA NOTE", "Office of the Spokesperson").

Read from the text alone, so both the issuer (issuer.py) and the titles that name no body of their own
("Department Spokesperson", titles_us.release_department) ask the same header.
"""
from __future__ import annotations

import re
from functools import lru_cache

_WORD = re.compile(r"[A-Za-z][\w'.-]*")  # compiled once (issue 18, PF, 32nd)


@lru_cache(maxsize=None)
def _format_pattern(form: str) -> re.Pattern[str]:
    """A format's words standing alone, compiled once per format (the text was built and looked up per line)."""
    return re.compile(rf"(?<!\w){form}(?!\w)")

#: The State Department's own formats, named on a line of a statement's header (its press releases are "PRESS
#: STATEMENT" or "MEDIA NOTE" from the "Office of the Spokesperson"; the Treasury's are press releases).
FORMATS = {"press statement": "U.S. Department of State", "media note": "U.S. Department of State",
           "office of the spokesperson": "U.S. Department of State", "department spokesperson": "U.S. Department of State"}
HEADER_LINES = 12  # a header longer than this is no header: the release's prose has begun
PROSE_WORDS = 12  # a line of this many words ending in a full stop is a paragraph of prose


def header_lines(text: str) -> tuple[list[str], int]:
    """(the lines above the first prose paragraph, markdown marks stripped; the character where that paragraph starts)."""
    lines: list[str] = []
    offset = 0
    for raw in text.split("\n"):
        line = raw.strip().strip("#*_ ").strip()
        words = _WORD.findall(line)
        if line and (len(words) >= PROSE_WORDS and line.endswith((".", ":")) or len(words) > 30 or len(lines) >= HEADER_LINES):
            return lines, offset
        if line:
            lines.append(line)
        offset += len(raw) + 1
    return lines, len(text)


def format_body(line: str) -> str | None:
    """The body whose release format the header line names ("Press Statement": the State Department), else None."""
    folded = f" {line.casefold()} "
    return next((body for form, body in FORMATS.items() if _format_pattern(form).search(folded)), None)


def header_format_body(text: str) -> str | None:
    """The body of the first format line in the release's header, else None."""
    return next((body for line in header_lines(text)[0] if (body := format_body(line)) is not None), None)
