"""Two short names the model read as one across a comma: "A, B, C and D are being designated" (thirty-first session, DP).

A release defines a short name for each target in parentheses ("**X Chip Systems CJSC** (X Chip)", "**Given Y**
(Y)") and then lists the short names in one sentence. The model sometimes tags two neighbours of that list as one
body ("X Chip, Z"), which the coreference makes a name of its own, so the designation sentence gave a firm named
"X Chip, Z" while each of the two was designated by its own name too (issue 13: four Treasury releases of the study
sets' WRITE half, each in its own set). When every piece between the commas is a short name the document defined in
parentheses right after a longer name, the mention is those names, each with the kind of the name it stands for.

- Only short names given in parentheses count: a firm's name holding a comma ("X Trading, S.A.", "X, Inc.") has no
  piece so defined and stays whole.
- A piece must be the short name itself, word for word; one piece that is not leaves the mention whole.
"""
from __future__ import annotations

from spacy.tokens import Doc

from .mention import Mention

__all__ = ["split_short_name_lists"]

#: Most words inside the parentheses that define a short name.
MAX_SHORT_WORDS = 4


def split_short_name_lists(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """`mentions` with each mention joined over commas from short names the document defined replaced by them."""
    defined = _defined_short_names(doc, mentions)
    if not defined:
        return mentions
    out: list[Mention] = []
    for m in mentions:
        parts = _parts(doc, m, defined) if m.label in {"ORG", "PERSON"} and not m.authority and m.alias_of is None else None
        out.extend(parts if parts is not None else [m])
    return out


def _defined_short_names(doc: Doc, mentions: list[Mention]) -> dict[str, tuple[int, str]]:
    """{short name: (the token its definition ends at, the label of the name it stands for)} for each "Name (Short)"."""
    defined: dict[str, tuple[int, str]] = {}
    for m in mentions:
        if m.label not in {"ORG", "PERSON"} or m.end >= len(doc) or doc[m.end].text != "(":
            continue
        close = next((k for k in range(m.end + 1, min(len(doc), m.end + 2 + MAX_SHORT_WORDS)) if doc[k].text == ")"), None)
        if close is None or close == m.end + 1:
            continue
        short = doc[m.end + 1:close]
        if any(t.text in {",", "(", ";"} for t in short) or not short.text[:1].isupper():
            continue
        defined.setdefault(short.text, (close, m.label))
    return defined


def _parts(doc: Doc, m: Mention, defined: dict[str, tuple[int, str]]) -> list[Mention] | None:
    commas = [k for k in range(m.start + 1, m.end - 1) if doc[k].text == ","]
    if not commas:
        return None
    bounds = [m.start, *commas, m.end]
    parts: list[Mention] = []
    for left, right in zip(bounds, bounds[1:]):
        start = left if left == m.start else left + 1
        piece = doc[start:right]
        known = defined.get(piece.text)
        if known is None or known[0] >= m.start:
            return None  # "X Trading, S.A.": a piece no parentheses defined before the mention
        parts.append(Mention(start, right, piece.text, known[1]))
    return parts
