"""A head verb in a relative clause on a body, read over the dependency parse: "Y, a Moscow-based company that X
founded in 2025", "Y, a Dushanbe money transfer business that X manages", "Y, a Beirut-based fuel trading company he
founded", "Y, the potash and nitrogen producer he founded in 1998 and chaired until 2022" (issue 13, thirty-second
session, VP).

`roles_relative` reads the same clause from its tokens: the noun phrase between the body and the clause must be a
few lower-case words, so a place before "-based", a place or name inside the phrase ("a Dushanbe money transfer
business") or an "and" in it ("the potash and nitrogen producer") stopped it. Here the parse gives the three ends:
- the verb is a relative clause (`relcl`) of a head verb (`roles_prose.HEAD_VERBS`), not passive, with no object of
  its own but the relative pronoun ("that X owns a stake in" or "that X directed to pay" state no post), and no
  order ("directed the firm to ...": `roles_prose._instructs`); a verb coordinated with it and without a subject of
  its own ("founded in 1998 and chaired until 2022") states a second post;
- the person is the clause's subject: a name, or the paragraph's he/she (`roles_links.pronoun_people`); a name that
  only owns the subject ("that X's brother runs") is none;
- the body is the noun the clause hangs on: a body's name itself, or a common noun apposed to a body's name (or a
  conjunct of that noun), the name before it.
"""
from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Span, Token

from ..nlp.coref import Cluster
from ..nlp.mentions import Mention
from ..records import Relation
from .common import ref, relation
from .context import DocContext
from .roles_common import NAME
from .roles_prose import HEAD_VERBS, _instructs, verb_post

#: Relative pronouns that may stand as the clause verb's object: the body the clause hangs on.
RELATIVE_OBJECTS = frozenset({"that", "which", "whom"})
#: Posts that stay after the past tense: a founder remains the founder.
LASTING = frozenset({"found", "co-found", "cofound"})


def parsed_relative_roles(ctx: DocContext, sent: Span, people: list[tuple[Mention, Cluster]]) -> Iterator[Relation]:
    """X's post at Y for each person subject of a head verb's relative clause on Y (see the module doc)."""
    doc = sent.doc
    for m, cluster in people:
        subject = doc[m.start:m.end].root
        if subject.dep_ != "nsubj" or subject.head.dep_ != "relcl":
            continue
        clause = subject.head
        body = _clause_body(ctx, sent, clause.head)
        if body is None or body is cluster:
            continue
        for verb in [clause] + [c for c in clause.conjuncts if c.i > clause.i and not _own_subject(c)]:
            lemma = verb.lemma_.lower()
            if lemma not in HEAD_VERBS or not verb.tag_.startswith("VB") or not _no_object(verb) or _instructs(verb):
                continue
            role, role_class = verb_post(lemma)
            yield relation("holds_role", ref(cluster), ref(body), sent, NAME, 0.75, role=role, role_class=role_class,
                           current=verb.tag_ != "VBD" or lemma in LASTING)


def _own_subject(verb: Token) -> bool:
    return any(c.dep_ in {"nsubj", "nsubjpass"} for c in verb.children)


def _no_object(verb: Token) -> bool:
    """Active, with no object but the relative pronoun: "that X founded", "he founded in 2019"."""
    return not any(c.dep_ in {"auxpass", "dative", "prt"} or c.dep_ in {"dobj", "obj"} and c.lower_ not in RELATIVE_OBJECTS
                   for c in verb.children)


def _clause_body(ctx: DocContext, sent: Span, noun: Token) -> Cluster | None:
    """The body a relative clause on `noun` describes: the body `noun` names, or the one a lower-case common noun
    (or the conjunct of one: "the potash and nitrogen producer") is apposed to, named before it."""
    own = _body_named_at(ctx, sent, noun)
    if own is not None:
        return own
    if not noun.is_lower or noun.tag_ not in {"NN", "NNS"}:
        return None
    apposed = noun.head if noun.dep_ == "conj" and noun.head.dep_ == "appos" else noun
    if apposed.dep_ != "appos" or apposed.head.i >= apposed.i:
        return None
    return _body_named_at(ctx, sent, apposed.head)


def _body_named_at(ctx: DocContext, sent: Span, tok: Token) -> Cluster | None:
    """The organization whose mention (inside the sentence) has `tok` as its head word."""
    m = ctx.resolver.mention_at(tok.i)
    if m is None or m.label != "ORG" or m.start < sent.start or sent.doc[m.start:m.end].root.i != tok.i:
        return None
    cluster = ctx.entity(m)
    return cluster if cluster is not None and cluster.is_plain_body else None
