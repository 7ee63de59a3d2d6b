"""Names the release says are NOT designated ("Lin and Chen are not being designated today").

Treasury names people and firms beside a designation -- a designee's owner, relative or manager -- and often says in
so many words that they are left out: "Its owner, X, is not being designated today", "X and Y are not designated
today", "Z, who is not designated, ...", "X was charged in ... and is not being designated". The sentence rules skip a
negated verb (designations.py), but the structural rules (a bold name, a list item, a name line of a release that
designates) read such a name as a designee all the same. `denied_names` gives the names a negated designation verb
has as its subject, so those rules leave them out. Issue 13 (D12).
"""
from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from .context import DocContext
from .designation_mood import unrealised
from .designation_windows import negated

#: The participles of a negated designation ("is not being designated", "was not sanctioned today").
DENIED_VERBS = frozenset({"designated", "sanctioned", "redesignated"})
SUBJECTS = frozenset({"nsubj", "nsubjpass"})
RELATIVES = frozenset({"who", "which", "that"})


def _subjects(verb: Token) -> Iterator[Token]:
    """The subject of the verb: its own, else that of the verb it is coordinated with ("was charged ... and is not being
    designated"); a relative pronoun stands for the noun its clause describes ("X, who is not designated")."""
    own = [c for c in verb.children if c.dep_ in SUBJECTS]
    if not own and verb.dep_ == "conj":
        own = [c for c in verb.head.children if c.dep_ in SUBJECTS]
    if not own and verb.dep_ in {"relcl", "acl"}:
        own = [verb.head]
    for tok in own:
        yield verb.head if tok.lower_ in RELATIVES and verb.dep_ == "relcl" else tok


def _with_conjuncts(tok: Token) -> Iterator[Token]:
    """The token and the names coordinated with or set beside it ("A, B and C", "Its owner, X,")."""
    stack = [tok]
    while stack:
        t = stack.pop()
        yield t
        stack.extend(c for c in t.children if c.dep_ in {"conj", "appos"})


def denied_names(ctx: DocContext) -> set[str]:
    """Names (case-folded, as the clusters give them) of the entities a negated designation verb has as its subject."""
    out: set[str] = set()
    for tok in ctx.doc:
        if tok.lower_ not in DENIED_VERBS or not tok.tag_.startswith("VB") or not (negated(tok) or unrealised(tok)):
            continue
        for subject in _subjects(tok):
            for t in _with_conjuncts(subject):
                cluster = ctx.entity(ctx.resolver.mention_at(t.i))
                if cluster is not None:
                    out.add(cluster.name.casefold())
    return out
