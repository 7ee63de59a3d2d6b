"""Long documents in windows: a text over the window size goes through the model in pieces.

spaCy refuses a text over ``nlp.max_length`` (1,000,000 characters, error E088), and
its parser and our extractors grow with the length of a text held at once: one 1 MB
line took minutes and gigabytes as one Doc. A long text is therefore cut into
windows of at most `WINDOW_CHARS` characters, at the last paragraph break, else line
break, else sentence end, else space before the limit (a hard cut only when a window
has none of these). Each window is parsed as its own Doc, so memory follows the
window, not the document; relations found in a window get their evidence offsets
shifted back to the document's, and the same fact stated in two windows is merged
as the extractors merge it within one Doc. Documents under the limit are one window:
their results do not change. The cost: a surname or "the company" whose first full
mention is in an earlier window is not resolved.
"""
from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

from ..fact_merge import FactMerger
from ..records import Relation

#: Characters per window: well under spaCy's max_length, large enough that press releases and articles stay whole.
WINDOW_CHARS = 50_000
#: Tokens per window: the model's memory follows tokens, not characters (~36 KB a token in tok2vec), and 50,000
#: characters of short tokens ("#" lines, figures, initials) hold 25,000 or more; a window over this is cut again
#: (`graphbuild.pipeline.workers.token_windows`). The densest window of the readable corpora holds 8,364 (C1).
WINDOW_TOKENS = 20_000
#: A cut is searched for in the last part of a window only, so no window is much shorter than the limit.
_SEARCH_FROM = 0.5
_BOUNDARIES = (re.compile(r"\n[ \t]*\n"), re.compile(r"\n"), re.compile(r"[.!?;][\"')\]]*\s"), re.compile(r"\s"))


def window_limit(nlp: Any, preferred: int | None = None) -> int:
    """The window size for this pipeline: `preferred` (default WINDOW_CHARS), and never over the model's max_length."""
    preferred = preferred or WINDOW_CHARS
    return max(1, min(preferred, int(getattr(nlp, "max_length", preferred) or preferred)))


def _cut(text: str, start: int, limit: int) -> int:
    """Where the window starting at `start` ends: after the last boundary in its second half."""
    end = start + limit
    low = start + int(limit * _SEARCH_FROM)
    for pattern in _BOUNDARIES:
        last = None
        for match in pattern.finditer(text, low, end):
            last = match
        if last is not None:
            return last.end()
    return end


def split_windows(text: str, limit: int = WINDOW_CHARS) -> list[tuple[int, int]]:
    """(start, end) character spans covering `text` in order, each at most `limit` long."""
    if limit < 1:
        raise ValueError("window limit must be positive")
    spans: list[tuple[int, int]] = []
    start = 0
    while len(text) - start > limit:
        end = _cut(text, start, limit)
        spans.append((start, end))
        start = end
    spans.append((start, len(text)))
    return spans


def window_meta(meta: dict[str, Any], start: int, end: int) -> dict[str, Any]:
    """The document metadata for one window: bold and heading ranges inside it, shifted to its offsets."""
    out = dict(meta)
    for key in ("bold", "headings"):
        if key in meta:
            out[key] = [[a - start, b - start] for a, b in meta[key] if a >= start and b <= end]
    return out


def join_windows(parts: Iterable[tuple[list[dict], int]]) -> list[dict]:
    """Relation dicts of each window (with its start offset) as the document's: offsets shifted, duplicates merged."""
    parts = list(parts)
    if len(parts) == 1 and parts[0][1] == 0:
        return parts[0][0]
    merged = FactMerger()  # windows do not overlap: their statements add up
    for dicts, offset in parts:
        for data in dicts:
            rel = Relation.from_json({**data, "doc": data.get("doc") or ""})
            for evidence in rel.evidence:
                evidence.start += offset
                evidence.end += offset
            merged.add(rel)
    return [rel.to_json() for rel in merged.relations()]


__all__ = ["WINDOW_CHARS", "WINDOW_TOKENS", "join_windows", "split_windows", "window_limit", "window_meta"]
