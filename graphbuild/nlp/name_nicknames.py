"""A person's name with a quoted nickname inside it: `Rafael "El Gato" Mendoza Ruiz` is one person.

The small model reads such a name in pieces: the nickname as a person of its own and the surnames as another (or the
surnames and the next person's given name as one firm: "Mendoza Ruiz and Ismael"), so one designee became two, one
of them a nickname alone ('Ismael "El Güero' and 'Zamudio Fuentes'; P9, fifteenth session). The words settle it: one
or two capitalised given names, a quoted run of one to three capitalised words, then one to three capitalised
surnames, with a person's mention among the pieces, are one PERSON mention written as in the text (quotes kept, as
the gold writes such names).

Only the name's own words are joined (issue 13, M21, after review V7 item 8): the walk before the quote stops at a
title, rank or honorific ("Commander", "Brigadier General", "Sheikh", "Gen.") and at a headline's word ("Treasury
Sanctions X ..."), so none of them becomes part of the person's name; it steps over particles and hyphens ("Abd
al-Rahman", "María de los Ángeles") and goes on over a person's mention the model found up to the quote ("Jose Luis
Tadeo"), so no given name is cut off; the walk after the quote does the same for the surnames. A full name of three
words before the quote and another person's name of two after it ("X Y Z "Nick" V W") are two people: no join.
"""
from __future__ import annotations

from spacy.tokens import Doc, Token

from ..names import NAME_PARTICLES
from .gazetteers import Gazetteers
from .doc_text import token_words
from .mention import CALENDAR_WORDS, HYPHENS, PERSON_WORD, Mention
from .name_contexts import NOT_NAME_WORDS
from .not_names import beside_a_name

OPENING = frozenset({'"', "\u201c"})
CLOSING = frozenset({'"', "\u201d"})
MAX_NICKNAME = 3
MAX_GIVEN = 2  # given names walked over past the model's own person mention
MAX_SURNAMES = 3


def _name_word(tok: Token) -> bool:
    """A capitalised word of a person's name on the same line ("Ruiz", "Güero"; not "The", a month or a number)."""
    return bool(PERSON_WORD.match(tok.text)) and tok.pos_ == "PROPN" and tok.lower_ not in CALENDAR_WORDS \
        and "\n" not in tok.whitespace_


def _not_the_name(tok: Token, gaz: Gazetteers) -> bool:
    """A word that stands beside a name but is none of it: a title or rank ("Commander", "Brigadier"), an honorific
    ("Sheikh"), an abbreviated title ("Gen.", not an initial "J."), or a headline's or sentence's word ("Sanctions")."""
    low = tok.lower_.rstrip(".")
    return beside_a_name(low, gaz) or low in NOT_NAME_WORDS or (tok.text.endswith(".") and len(low) > 1)


def _joiner(doc: Doc, i: int) -> bool:
    """A particle or a glued hyphen inside a name ("de los", "al-"): part of it only with name words on both sides."""
    tok = doc[i]
    glued = tok.text in HYPHENS and not doc[i - 1].whitespace_ and not tok.whitespace_ if i > 0 else False
    return (tok.text in NAME_PARTICLES or glued) and "\n" not in tok.whitespace_


def _person_pieces(mentions: list[Mention]) -> dict[int, Mention]:
    """Token index -> the PERSON mention the model found there."""
    return {i: m for m in mentions if m.label == "PERSON" for i in range(m.start, m.end)}


def _name_run(doc: Doc, first: int, step: int, limit: int, gaz: Gazetteers, person: dict[int, Mention]) -> int:
    """The farthest name word walking from `first`, the word beside the quote, by `step` (-1: the given names before
    the quote, 1: the surnames after it); `first - step` when there is none.

    One walk both ways, so the given names and the surnames obey the same rules: it steps over particles and glued
    hyphens ("de los", "al-") only to a name word beyond them, stops at a word that is none of the name (a title, an
    honorific, a headline's word), and goes past `limit` words only inside the model's own person mention beside the
    quote."""
    def within(k: int) -> bool:
        return 0 <= k < len(doc)

    last, i, taken = first - step, first, 0
    while within(i):
        j = i
        while within(j) and _joiner(doc, j):
            j += step
        if j != i:  # "de los", "bin": go on only to a name word beyond them
            if not within(j) or not _name_word(doc[j]) or _not_the_name(doc[j], gaz):
                break
            i = j
        if not _name_word(doc[i]) or _not_the_name(doc[i], gaz):
            break
        piece = person.get(i)
        if taken >= limit and not (piece is not None and piece.start <= first < piece.end):
            break
        last, taken, i = i, taken + 1, i + step
    return last


def _given_start(doc: Doc, open_i: int, gaz: Gazetteers, person: dict[int, Mention]) -> int:
    """The first token of the given names before the quote at `open_i` (== open_i when there is none)."""
    return _name_run(doc, open_i - 1, -1, MAX_GIVEN, gaz, person)


def _surname_end(doc: Doc, close: int, gaz: Gazetteers, person: dict[int, Mention]) -> int:
    """The end (exclusive) of the surnames after the quote's closing mark at `close` (== close + 1 when none)."""
    return _name_run(doc, close + 1, 1, MAX_SURNAMES, gaz, person) + 1


def _two_people(open_i: int, close: int, start: int, end: int, person: dict[int, Mention]) -> bool:
    """A name of three words or more the model found ending at the quote, and another of two or more starting after it:
    "X Y Z "Nick" V W" names two people, not one."""
    before, after = person.get(open_i - 1), person.get(close + 1)
    return (before is not None and after is not None and before.end == open_i and after.start == close + 1
            and open_i - max(before.start, start) >= 3 and min(after.end, end) - after.start >= 2)


def _quoted_run(doc: Doc, open_i: int) -> int | None:
    """The index of the closing mark of a quoted run of capitalised words opened at `open_i`, or None."""
    for close in range(open_i + 2, min(open_i + MAX_NICKNAME + 2, len(doc))):
        if doc[close].text in CLOSING:
            inner = doc[open_i + 1:close]
            return close if all(t.text[:1].isupper() and t.is_alpha for t in inner) else None
        if not doc[close].is_alpha:
            return None
    return None


def _span(doc: Doc, open_i: int, close: int, gaz: Gazetteers, person: dict[int, Mention]) -> tuple[int, int] | None:
    """(start, end) of the whole name around the quoted run, when given names stand before it and surnames after."""
    if open_i == 0 or "\n" in doc[open_i - 1].whitespace_:
        return None
    start = _given_start(doc, open_i, gaz, person)
    end = _surname_end(doc, close, gaz, person)
    if start == open_i or end == close + 1 or _two_people(open_i, close, start, end, person):
        return None
    return start, end


def join_quoted_nicknames(doc: Doc, mentions: list[Mention], gaz: Gazetteers) -> list[Mention]:
    """`mentions` with each `Given "Nick" Surname` name as one PERSON mention in place of the pieces it overlaps."""
    spans: list[tuple[int, int]] = []
    person: dict[int, Mention] | None = None
    for i, text in enumerate(token_words(doc)[0]):  # the words, not a `Token` each (issue 18, S19)
        if text not in OPENING or (spans and i < spans[-1][1]):
            continue
        close = _quoted_run(doc, i)
        if close is None:
            continue
        person = _person_pieces(mentions) if person is None else person
        span = _span(doc, i, close, gaz, person)
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
