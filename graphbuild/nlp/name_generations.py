"""A person's name followed by "the elder" / "the younger": part of the name, as "Jr." and "Sr." are (NS, thirtieth
session).

Why: "A B the elder is the chairman of X. His son, A B the younger, is the director of Y." names two men of one name.
The model tags "A B" alone in both, so the two mentions were one person: one node with both posts, of which the
conflict between them kept one and lost the other. Taken into the name, the epithet tells the two apart where the
suffixes do (`resolve.index.same_person`, `short_forms`): two nodes, each with its own posts and designations.

Only the epithet right after a name of two words or more and ending the phrase: "A B the younger brother of C" is a
description and "A B the younger of the two" a comparison (review RN), not a name ("the younger X" before a surname is `shared_surnames`' reading).
"""
from __future__ import annotations

from spacy.tokens import Doc

from .kin_words import AGE_EPITHETS
from .mention import Mention

__all__ = ["join_age_epithets"]

#: Parts of speech of the word after the epithet that make it a noun's modifier ("the younger brother"), not a name's end.
NOUN_TAGS = frozenset({"NOUN", "PROPN", "ADJ", "NUM"})


def join_age_epithets(doc: Doc, mentions: list[Mention]) -> None:
    """Extend each person's mention of two words or more by a following "the elder" / "the younger", in place."""
    for m in mentions:
        if m.label != "PERSON" or m.end - m.start < 2 or m.end + 1 >= len(doc):
            continue
        the, epithet = doc[m.end], doc[m.end + 1]
        if the.lower_ != "the" or epithet.lower_ not in AGE_EPITHETS or epithet.is_sent_start:
            continue
        after = doc[m.end + 2] if m.end + 2 < len(doc) else None
        if after is not None and not after.is_sent_start and (after.pos_ in NOUN_TAGS or after.lower_ == "of"):
            continue  # "A B the younger brother of C" describes, "A B the younger of the two" compares (RN)
        if any(o is not m and o.start < m.end + 2 and m.end <= o.end - 1 for o in mentions):
            continue
        m.end += 2
        m.text = doc[m.start:m.end].text
