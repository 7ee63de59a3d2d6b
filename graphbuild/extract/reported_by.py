"""The sanctioning body a sentence reports its words from: "..., the Treasury said", "X, whom the Treasury described as
the unit's commander", "Y, a firm that the British government said acted as a conduit".

A news story names the designees of an action in a sentence with no acting body ("Among those sanctioned was X",
"Also targeted were A and B", "The third individual, C, is ...") and attributes what it says of them to the body that
acted. Without an actor the designation went to the story's announcing body, which in a story of two U.S. bodies (or
of a U.S. and a foreign one) may be the other one: b's n05 gave OFAC's designees to the State Department, whose
casino designation is the story's first active verb; j02 gave the Foreign Office's to OFAC. The reporter is read as
"according to X" already is (`designations._sentence_designations`). Issue 13, D24.
"""
from __future__ import annotations

from spacy.tokens import Span, Token

from ..nlp.coref import Cluster
from ..nlp.doc_text import token_lemmas
from .context import DocContext
from .home_body import named_office
from .named_bodies import sanctioning_in

#: Verbs by which a story attributes what it says of a designee to a body ("said", "described as", "accused of").
SPEAKING_LEMMAS = frozenset({"say", "describe", "accuse", "allege", "state", "tell", "claim"})


def sentence_reporter(ctx: DocContext, sent: Span) -> Cluster | None:
    """The sanctioning body heading the subject of a speaking verb of `sent` (the first such verb), when every
    sanctioning body the sentence names heads one: a body named in another role ("sanctioned by the EU", "a firm the
    Treasury designated in 2019") leaves the sentence to the other rules. None when there is none."""
    lemmas = token_lemmas(sent.doc)  # the lemmas first, a `Token` only for a speaking verb (issue 18)
    verbs = [sent.doc[i] for i in range(sent.start, sent.end) if lemmas[i] in SPEAKING_LEMMAS]
    verbs = [v for v in verbs if v.tag_.startswith("VB")]
    if not verbs:
        return None
    named = sanctioning_in(ctx, sent.start, sent.end)
    reporters = [c for verb in verbs for c in (*_subject_heads(ctx, verb), *_named_before(ctx, verb)) if any(c is n for n in named)]
    if not reporters or not all(any(n is r for r in reporters) for n in named):
        return None
    return named_office(ctx, reporters[0])  # "the Treasury said" in a story naming OFAC acting: OFAC, as a story's reporter


def _subject_heads(ctx: DocContext, verb: Token) -> list[Cluster]:
    """The bodies whose mention holds the head of one of the verb's subjects ("the Treasury said": the parser may give
    a relative clause's verb two, "that the British government said")."""
    out = []
    for subject in (c for c in verb.children if c.dep_ == "nsubj"):
        m = ctx.resolver.mention_at(subject.i)
        cluster = ctx.resolver.cluster_of(m) if m is not None else None
        if cluster is not None:
            out.append(cluster)
    return out


def _named_before(ctx: DocContext, verb: Token) -> list[Cluster]:
    """The body whose name ends right before the verb, past a parenthetical short name and adverbs ("whom the Foreign
    Office (FCDO) accused of ...", "the Treasury also said"), as the parser may hang it elsewhere."""
    doc = verb.doc
    j = verb.i - 1
    while j >= 0 and doc[j].tag_ == "RB":
        j -= 1
    if j >= 0 and doc[j].text == ")":
        j = next((k for k in range(j - 1, max(-1, j - 6), -1) if doc[k].text == "("), -1) - 1
    m = ctx.resolver.mention_at(j) if j >= 0 else None
    cluster = ctx.resolver.cluster_of(m) if m is not None and m.end == j + 1 else None
    return [cluster] if cluster is not None else []
