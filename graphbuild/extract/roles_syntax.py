"""The holder of a post found through the parse when the words between name and title are no simple link.

"X founded Y in 2015 and still serves as its chief executive": between X and the title stand a clause of
its own, so the word-pattern link (copula, appositive) fails; the dependency tree still says who serves: the
title is the object of "as" under "serves", whose subject is the subject of the verb it is coordinated with.
Only verbs that state a post link it ("serve as", "act as", "work as", "be", "remain", "become"), so "X
praised Y's director" gives X nothing.
"""
from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Span, Token

from ..nlp.coref import Cluster
from ..nlp.mentions import Mention
from ..records import Relation
from .context import DocContext
from .roles_common import _emit
from .titles import Title

POST_VERBS = {"serve", "act", "work", "be", "remain", "become"}
PAST_MARKERS = {"previously", "formerly", "once"}


def syntactic_holder(ctx: DocContext, sent: Span, group: list[Title],
                     people: list[tuple[Mention, Cluster]]) -> Iterator[Relation]:
    """Posts of `group` for the subject the parse gives its verb (through coordinated verbs)."""
    doc = sent.doc
    first = group[0]
    head = doc[first.end - 1]
    verb = _post_verb(head)
    if verb is None:
        return
    subject = _subject(verb)
    if subject is None:
        return
    holder = next((c for m, c in people if m.start <= subject.i < m.end), None)
    if holder is None:
        return
    former = verb.tag_ == "VBD" or any(c.lower_ in PAST_MARKERS for c in verb.children)
    for title in group:
        rel = _emit(ctx, sent, holder, title, 0.75, former)
        if rel:
            yield rel


def _post_verb(head: Token) -> Token | None:
    """The verb that links a title to its holder: "serves as <title>" or "is <title>"."""
    if head.dep_ == "pobj" and head.head.lower_ == "as" and head.head.head.pos_ in {"VERB", "AUX"}:
        verb = head.head.head
    elif head.dep_ in {"attr", "oprd"}:
        verb = head.head
    else:
        return None
    return verb if verb.lemma_.lower() in POST_VERBS else None


def _subject(verb: Token) -> Token | None:
    """The verb's subject, or that of the verb it is coordinated with ("founded Y and serves as ...")."""
    for _ in range(4):
        subject = next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
        if subject is not None:
            return subject if subject.pos_ == "PROPN" else None
        if verb.dep_ != "conj":
            return None
        verb = verb.head
    return None
