"""A person's name with a quoted nickname inside it: `Rafael "El Gato" Mendoza Ruiz` is one person.

The small model reads such a name in pieces: the nickname as a person of its own and the surnames as another (or the
surnames and the next person's given name as one firm: "Mendoza Ruiz and Ismael"), so one designee became two, one
of them a nickname alone ('Ismael "El Güero' and 'Zamudio Fuentes'; P9, fifteenth session). The words settle it: one
or two capitalised given names, a quoted run of one to three capitalised words, then one to three capitalised
surnames, with a person's mention among the pieces, are one PERSON mention written as in the text (quotes kept, as
the gold writes such names).
"""
from __future__ import annotations

from spacy.tokens import Doc, Token

from .mention import CALENDAR_WORDS, PERSON_WORD, Mention

OPENING = frozenset({'"', "\u201c"})
CLOSING = frozenset({'"', "\u201d"})
MAX_NICKNAME = 3
MAX_GIVEN = 2
MAX_SURNAMES = 3


def _name_word(tok: Token) -> bool:
    """A capitalised word of a person's name on the same line ("Ruiz", "Güero"; not "The", a month or a number)."""
    return bool(PERSON_WORD.match(tok.text)) and tok.pos_ == "PROPN" and tok.lower_ not in CALENDAR_WORDS \
        and "\n" not in tok.whitespace_


def _quoted_run(doc: Doc, open_i: int) -> int | None:
    """The index of the closing mark of a quoted run of capitalised words opened at `open_i`, or None."""
    for close in range(open_i + 2, min(open_i + MAX_NICKNAME + 2, len(doc))):
        if doc[close].text in CLOSING:
            inner = doc[open_i + 1:close]
            return close if all(t.text[:1].isupper() and t.is_alpha for t in inner) else None
        if not doc[close].is_alpha:
            return None
    return None


def _span(doc: Doc, open_i: int, close: int) -> tuple[int, int] | None:
    """(start, end) of the whole name around the quoted run, when given names stand before it and surnames after."""
    start = open_i
    while start > 0 and open_i - start < MAX_GIVEN and _name_word(doc[start - 1]):
        start -= 1
    end = close + 1
    while end < len(doc) and end - close - 1 < MAX_SURNAMES and _name_word(doc[end]):
        end += 1
    if start == open_i or end == close + 1 or "\n" in doc[open_i - 1].whitespace_:
        return None
    return start, end


def join_quoted_nicknames(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """`mentions` with each `Given "Nick" Surname` name as one PERSON mention in place of the pieces it overlaps."""
    spans: list[tuple[int, int]] = []
    for i, tok in enumerate(doc):
        if tok.text not in OPENING or (spans and i < spans[-1][1]):
            continue
        close = _quoted_run(doc, i)
        span = _span(doc, i, close) if close is not None else None
        if span is None:
            continue
        pieces = [m for m in mentions if m.start < span[1] and span[0] < m.end]
        if not any(m.label == "PERSON" for m in pieces) or any(m.authority for m in pieces):
            continue
        spans.append(span)
    if not spans:
        return mentions
    kept = [m for m in mentions if not any(m.start < e and s < m.end for s, e in spans)]
    kept += [Mention(s, e, doc[s:e].text, "PERSON") for s, e in spans]
    kept.sort(key=lambda m: m.start)
    return kept
