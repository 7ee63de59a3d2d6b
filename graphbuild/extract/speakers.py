"""People a story quotes or who speak of an action, read as speakers, not designees (issue 13, D26).

A wire story names beside its designees the people who comment on the action: a spokesperson who "told reporters",
an analyst who "said", a lawyer who "said the listing had destroyed" a business, an activist who "called on" a
government, a new chief executive who "told" the agency. The learned scorer weighed them as designees of the story
(the name's position and shape look like a designee's), and gave them the story's body. A name whose every mention
sits in the subject of a speaking verb (the subject itself, or a phrase set beside it: "X, a spokesperson for Y,
said") speaks of the action; it is not a target of it. A designation word inside that subject ("X, who was
designated today, said ...") says otherwise, so such a mention is no speaker's.
"""
from __future__ import annotations

from spacy.tokens import Span, Token

from ..nlp.doc_text import token_lemmas, token_tree
from .context import DocContext

#: Verbs by which a story reports what a person said or asked ("said", "told reporters", "called on", "urged"); not
#: verbs that also state an act a designee is described doing ("X has written malware", "X denied detainees access to
#: lawyers", "X warned the cartel of raids", "X condemned ...").
SPEAKING_VERBS = frozenset({"say", "tell", "call", "urge", "argue", "comment", "insist", "explain", "reply", "declare"})

#: Links by which a name hangs inside the subject phrase it belongs to ("X, a partner at Y", "the firm's lawyer, X"),
#: not clauses of their own ("X, who leads Y", "a firm that Z controls").
INSIDE_SUBJECT = frozenset({"appos", "compound", "prep", "pobj", "poss", "amod", "nmod", "npadvmod", "conj", "cc", "punct", "det"})

#: A designation word inside the subject makes the speaker a possible designee ("X, who was sanctioned today, said").
DESIGNATION_LEMMAS = frozenset({"designate", "sanction", "designation", "blacklist", "list", "listing", "block", "target"})


def speaking_subject(token: Token) -> Token | None:
    """The subject token whose phrase holds `token`, when that subject is the subject of a speaking verb; None
    otherwise. Walks up the heads through the links of `INSIDE_SUBJECT` only."""
    doc = token.doc
    tree = token_tree(doc)  # the climb reads heads and labels, a `Token` only for what it ends on (issue 18, PF)
    i = token.i
    for _ in range(12):
        if tree.deps[i] == "nsubj":
            verb = doc[tree.heads[i]]
            return doc[i] if verb.lemma_.lower() in SPEAKING_VERBS and verb.pos_ in {"VERB", "AUX"} else None
        if tree.heads[i] == i:
            return doc[i] if _root_speaks(doc[i]) else None
        if tree.deps[i] not in INSIDE_SUBJECT:
            return None
        i = tree.heads[i]
    return None


def _root_speaks(root: Token) -> bool:
    """A noun the parser made the sentence's root, with the speaking verb hung on it as a clause of its own past tense
    ("X, director of Y, called on Z to ...": "called" read as describing X)."""
    return root.pos_ in {"PROPN", "NOUN"} and any(
        c.dep_ == "acl" and c.tag_ == "VBD" and c.lemma_.lower() in SPEAKING_VERBS and c.i > root.i for c in root.children)


def speaker_mention(sent: Span, start: int, end: int) -> bool:
    """The mention (token offsets `start`..`end` of `sent`'s doc) lies in the subject of a speaking verb, and that
    subject holds no designation word."""
    doc = sent.doc
    subject = speaking_subject(doc[start:end].root)
    if subject is None:
        return False
    lemmas = token_lemmas(doc)
    return not any(lemmas[t.i] in DESIGNATION_LEMMAS for t in subject.subtree)


def speaker_names(ctx: DocContext) -> set[str]:
    """The (case-folded) names of the entities whose every mention is a `speaker_mention`: people who speak of the
    action in the story and are named nowhere else."""
    every: dict[int, bool] = {}
    for m in ctx.resolver.mentions:
        cluster = ctx.entity(m)
        if cluster is None:
            continue
        sent = ctx.sentences[ctx.sentence_index(m.start)]
        every[cluster.index] = every.get(cluster.index, True) and speaker_mention(sent, m.start, m.end)
    return {ctx.resolver.clusters[i].name.casefold() for i, speaks in every.items() if speaks}
