"""A person's name after a military or police rank, which the model read with the rank as a body's name (issue 13,
NM, thirty-first session).

Why: "**Lieutenant Colonel A B C de D** (C), commander of ..." and "**Division General A B C D** (C) is the commander
of ..." came out one organisation named with the rank, and "Colonel **A B-c** (A)" an organisation without it: the
designee and the holder of the post were no person. `mentions._without_title_abbreviations` cuts a rank written whole
only off a mention already typed a person. Here a mention typed a body or a place that opens with a rank, or stands
right after one, is the person its remaining words name, when those words have a person's name's shape: two to six
capitalised words or a name's particles ("de"), no word of a company, a public body or a group ("General Dynamics
Land Systems", "Major League Baseball" are left).
"""
from __future__ import annotations

import re

from spacy.tokens import Doc

from ..names import NAME_PARTICLES
from .gazetteers import Gazetteers
from .mention import RANK_NOUNS, Mention

__all__ = ["people_after_ranks"]

#: Words that qualify a rank before its noun ("Division General", "Lieutenant Colonel", "Rear Admiral").
RANK_MODIFIERS = frozenset({"division", "brigade", "lieutenant", "major", "vice", "rear", "senior", "junior", "first",
                            "second", "staff", "master", "chief", "brigadier"})
#: A capitalised name word in any Latin alphabet, with apostrophes inside.
NAME_WORD = re.compile(r"^[A-Z\u00C0-\u00DE][a-z\u00DF-\u024F]+(?:['’][A-Za-z\u00C0-\u024F]+)*$")
#: Words that name a body whatever their case, besides the gazetteers' ("League", "Systems").
BODY_WORDS = frozenset({"league", "systems", "staff", "command", "academy", "school", "university", "corps", "forces",
                        "force", "army", "navy", "guard", "police", "unit", "dynamics", "electric", "motors"})
#: Last words of a place's name: a town or a street named after an officer ("General Tavares City", "Marshal Oskarov
#: Avenue") is no person (RN, thirty-first session).
PLACE_HEADS = frozenset({"city", "town", "village", "province", "district", "region", "oblast", "governorate",
                         "municipality", "county", "street", "avenue", "road", "square", "boulevard", "prospekt",
                         "highway", "island", "islands", "airport", "port", "bay"})


def people_after_ranks(doc: Doc, mentions: list[Mention], gaz: Gazetteers) -> None:
    """Cut the rank off, and retype as people, in place, the body- or place-typed mentions a rank opens or precedes."""
    body_words = gaz.company_words | gaz.public_body_words | gaz.group_nouns | BODY_WORDS
    starts = {i for m in mentions for i in range(m.start, m.end)}
    for m in mentions:
        if m.authority or m.label not in {"ORG", "GPE"}:
            continue
        start = m.start
        while start < m.end and _rank_token(doc, start):
            start += 1
        if start > m.start and doc[start - 1].lower_ in RANK_NOUNS and _person_shaped(doc, start, m.end, body_words):
            m.start, m.text, m.label = start, doc[start:m.end].text, "PERSON"  # "**Lieutenant Colonel A B C**"
        elif start == m.start and m.start > 0 and m.start - 1 not in starts and _rank_token(doc, m.start - 1) \
                and doc[m.start - 1].lower_ in RANK_NOUNS and _person_shaped(doc, m.start, m.end, body_words):
            m.label = "PERSON"  # "Colonel **A B-c** (A)"


def _rank_token(doc: Doc, i: int) -> bool:
    """Token `i` is a capitalised rank noun or rank modifier ("Colonel", "Division")."""
    return doc[i].text[:1].isupper() and (doc[i].lower_ in RANK_NOUNS or doc[i].lower_ in RANK_MODIFIERS)


def _person_shaped(doc: Doc, start: int, end: int, body_words: frozenset[str] | set[str]) -> bool:
    """Two to six name words (glued hyphenated halves and particles allowed), capitalised first and last, no body word,
    no place's last word."""
    words: list[str] = []
    i = start
    while i < end:
        t = doc[i]
        if t.text == "-" and not t.whitespace_ and i > start and not doc[i - 1].whitespace_ and i + 1 < end:
            words[-1] += "-" + doc[i + 1].text
            i += 2
            continue
        words.append(t.text)
        i += 1
    if not 2 <= len(words) <= 6 or any(w.lower() in body_words for w in words) or words[-1].lower() in PLACE_HEADS:
        return False
    shaped = [bool(NAME_WORD.match(w.split("-")[0])) for w in words]
    return shaped[0] and shaped[-1] and all(s or w.lower() in NAME_PARTICLES for s, w in zip(shaped, words))
