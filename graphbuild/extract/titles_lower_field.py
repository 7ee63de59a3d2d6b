"""A title's lower-case field before the body it is held at: "minister for sanctions at Y", "head of energy policy at Y".

The complement reader (titles_complement.scan_complement) took a capitalised field ("Minister of Finance") or a
body after "of/for/at", and stopped at a lower-case field: "X, minister for sanctions at the Foreign, Commonwealth
and Development Office, said" gave a title with no body. The learned scorer paired most such posts again from the
document, but never one at a sanctioning authority (roles_doc._designator: the officials a foreign government's
statement quotes) nor one it scored low. The field of one to three lower-case words is part of the post ("minister for
sanctions"), and the body named right after "at / within" is where it is held, when a body's name opens there
(a body or a state's possessive before one: "at Iraq's Ministry of Oil"). NS, thirty-third session.
"""
from __future__ import annotations

from spacy.tokens import Doc

from ..nlp.coref import DocResolver
from .titles_words import DETERMINERS

FIELD_WORDS = 3  # at most this many lower-case words make a field ("international sanctions policy")
FIELD_TAGS = frozenset({"NN", "NNS", "JJ", "VBG"})  # nouns and their modifiers: "sanctions", "energy policy", "consular"
WHERE_PREPS = frozenset({"at", "within"})  # not "in": "deputy minister of information in the Taliban's government" is the field's ministry
BODY_LABELS = frozenset({"ORG"})


def lower_field_end(doc: Doc, ctx: DocResolver, k: int, limit: int) -> int | None:
    """The index of the "at / within" that closes a lower-case field starting at `k` and opens a body's name,
    else None."""
    x = k
    while x < limit and x - k < FIELD_WORDS and doc[x].is_lower and doc[x].is_alpha and doc[x].tag_ in FIELD_TAGS \
            and doc[x].lower_ not in WHERE_PREPS:
        x += 1
    if x == k or x >= limit or doc[x].lower_ not in WHERE_PREPS:
        return None
    y = x + 1
    while y < limit and doc[y].lower_ in DETERMINERS:
        y += 1
    mention = ctx.mention_at(y) if y < limit else None
    if mention is None or mention.start != y:
        return None
    if mention.label in BODY_LABELS:
        return x
    after = ctx.mention_at(mention.end + 1) if mention.end + 1 < limit else None
    possessive_body = mention.label == "GPE" and mention.end < limit and doc[mention.end].tag_ == "POS" \
        and after is not None and after.start == mention.end + 1 and after.label in BODY_LABELS
    return x if possessive_body else None
