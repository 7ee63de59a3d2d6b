"""A name the sentence excepts from its action: "OFAC removed A and B from the SDN List, but not C", "designated A,
not B". The "not" right before the name's phrase, after "but", a comma or "and", denies that one conjunct; the
parser hangs it on the name, on the first object or on the verb, so the words decide. Read by the designation
targets (`targets.candidates`) and the delistings (F4 item 9: C was delisted or designated with A and B; issue 13,
M44)."""
from __future__ import annotations

from spacy.tokens import Doc

__all__ = ["denied_name"]

#: Words that deny the conjunct after them.
DENYING = frozenset({"not", "never"})
#: Words before "not" that make it a conjunct's ("but not C", ", not C", "and not C"), not a verb's ("is not C").
CONTRASTING = frozenset({"but", ",", "and", "yet"})
#: Words that open the name's noun phrase ("but not its subsidiary, C", "but not the firm C").
PHRASE_OPENERS = frozenset({"the", "a", "an", "its", "their", "his", "her"})


def denied_name(doc: Doc, start: int) -> bool:
    """The name starting at token `start` is a denied conjunct: "but not [the] C", ", not C"."""
    j = start - 1
    while j >= 0 and doc[j].lower_ in PHRASE_OPENERS:
        j -= 1
    return j >= 1 and doc[j].lower_ in DENYING and doc[j - 1].lower_ in CONTRASTING
