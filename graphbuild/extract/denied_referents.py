"""The entity a denial's subject stands for when it is no name the mention stage found (issue 13, DT).

"The institute's president, **X**, is a former deputy at the agency; she has not been designated", "He also runs
**Y**, a chemical import business; the company is not designated today", "Y itself is not being designated today"
(the sentence-initial name the model did not tag): `designation_denials` looked for a named mention in the subject of a
negated designation and found none, so the bold name stayed a designee. A personal pronoun or a definite "the company"
stands for the one name of its kind before it in the same sentence (none written as a possessive: "X's sister, ...,
she is not designated" may be of the sister); a proper noun with no mention for the one entity the release writes with
those very words. Nothing wider: a pronoun whose name lies in another sentence is left alone (the subject of that
sentence may be someone else).
"""
from __future__ import annotations

from spacy.tokens import Token

from ..nlp.coref import Cluster
from .context import DocContext

#: Pronouns of a person, and of a firm or body.
PERSON_PRONOUNS = frozenset({"he", "she"})
THING_PRONOUNS = frozenset({"it"})
#: Common nouns by which a release refers back to a firm or body it has just named ("the company is not designated").
FIRM_NOUNS = frozenset({"company", "firm", "entity", "business", "bank", "corporation", "enterprise"})
#: Determiners of such a reference back ("the company", "this firm"); not "a company" (a new one).
BACK_DETERMINERS = frozenset({"the", "this", "that"})
PERSON_TYPES = frozenset({"Person"})
FIRM_TYPES = frozenset({"Company", "Organization", "PublicBody"})


def referent(ctx: DocContext, tok: Token) -> Cluster | None:
    """The entity the subject token `tok` of a denial stands for when it is no named mention: see the module docstring.
    None when the words do not say."""
    low = tok.lower_
    if low in PERSON_PRONOUNS:
        return _nearest_before(ctx, tok, PERSON_TYPES)
    if low in FIRM_NOUNS and any(c.dep_ == "det" and c.lower_ in BACK_DETERMINERS for c in tok.children) and _modifiers(tok):
        return _described_as(ctx, tok)
    if low in THING_PRONOUNS or low in FIRM_NOUNS and any(c.dep_ == "det" and c.lower_ in BACK_DETERMINERS for c in tok.children):
        return _nearest_before(ctx, tok, FIRM_TYPES)
    if tok.pos_ == "PROPN":
        return _written_as(ctx, tok)
    return None


def _nearest_before(ctx: DocContext, tok: Token, types: frozenset[str]) -> Cluster | None:
    """The one entity of `types` named before `tok` in its sentence, not as a possessive ("X's sister, ..., she is not
    designated": the sister, whom the model may not have tagged, not X); None when there are two or none."""
    doc = tok.doc
    found: dict[int, Cluster] = {}
    for m in ctx.mentions_in(tok.sent.start, tok.i):
        cluster = ctx.entity(m)
        if cluster is None or cluster.type not in types or cluster.authority:
            continue
        if doc[m.end - 1].dep_ == "poss" or m.end < len(doc) and doc[m.end].tag_ == "POS":
            return None  # a possessive names whose relative the pronoun may be
        found[cluster.index] = cluster
    return next(iter(found.values())) if len(found) == 1 else None


def _modifiers(noun: Token) -> tuple[str, ...]:
    """The words that describe a firm noun ("trading" of "the trading firm", "his trading firm"), in order."""
    return tuple(c.lower_ for c in noun.children if c.dep_ in {"compound", "amod"} and c.i < noun.i)


def _described_as(ctx: DocContext, tok: Token) -> Cluster | None:
    """"... his trading firm, **Y**, where he serves as managing director. The trading firm is not designated today":
    the one firm that an apposition with the same described noun ("trading firm") names in the sentence before the
    denial or in its own sentence before it (DP, 34th session). None when no firm or two are so described."""
    doc = tok.doc
    k = ctx.sentence_index(tok.sent.start)
    start = ctx.sentences[k - 1].start if k > 0 else tok.sent.start
    wanted = (_modifiers(tok), tok.lemma_.lower())
    found: dict[int, Cluster] = {}
    for m in ctx.mentions_in(start, tok.i):
        cluster = ctx.entity(m)
        if cluster is None or cluster.type not in FIRM_TYPES or cluster.authority:
            continue
        root = doc[m.start:m.end].root
        nouns = [root.head] if root.dep_ == "appos" else []
        nouns += [c for c in root.children if c.dep_ == "appos"]
        if any((_modifiers(n), n.lemma_.lower()) == wanted for n in nouns):
            found[cluster.index] = cluster
    return next(iter(found.values())) if len(found) == 1 else None


def _written_as(ctx: DocContext, tok: Token) -> Cluster | None:
    """The one entity of the release whose name or a form of it is the proper noun's phrase ("Elektro-Drina itself is
    not being designated": the model tagged no name at the sentence's start, the release named it so before)."""
    words = [t for t in tok.doc[tok.left_edge.i:tok.i + 1] if t.dep_ != "det"]
    if not words:
        return None
    phrase = tok.doc[words[0].i:tok.i + 1].text.casefold()
    matches = {c.index: c for c in ctx.resolver.clusters
               if not c.authority and (c.name.casefold() == phrase or any(f.casefold() == phrase for f in c.forms))}
    return next(iter(matches.values())) if len(matches) == 1 else None
