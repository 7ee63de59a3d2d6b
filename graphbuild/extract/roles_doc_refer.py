"""Cues of a post stated apart from its body's name, for the learned role scorer (twenty-third session, T).

A release names a body once and then speaks of it by a kind noun or a pronoun: "Y shipped chips. The company's
managing director, X, ...", "Its editor-in-chief, X, ...", "X has worked for the group as a smuggler". The scorer
saw how many sentences lie between the two names, not what a reader follows: the reference in the person's own
sentence and the body it points back to (the subject of the last clause about a body, or one whose name or
description holds the noun), and the layout of the release: the body a paragraph opens with is that paragraph's subject, and a person
whose sentence names a post but no body holds it at that subject. Only words of common English and the release's
layout are read, never a name.
"""
from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Span, Token

from ..nlp.coref import refers_back
from ..nlp.described_heads import described_bodies
from .context import DocContext

MAX_LINK_ARCS = 4  # arcs between the reference and the person within which the reference is the person's own
POSSESSIVE_PRONOUNS = {"its"}
DETERMINERS = {"the", "this", "that"}
SUBJECT_DEPS = {"nsubj", "nsubjpass"}


@dataclass(frozen=True)
class BodyRef:
    """A word of the person's sentence that refers back to a body: 'its' (possessive pronoun), 'poss' ("the
    company's") or 'def' ("the group"), its noun, and how it meets the person: 'post' (inside the person's post
    phrase, "Its editor-in-chief, X"), 'clause' (a few arcs from the person, "X worked for the group") or 'none'."""

    token: int
    kind: str
    noun: str | None
    link: str

    @property
    def linked(self) -> bool:
        return self.link != "none"


def _arcs(a: Token, b: Token) -> int:
    """Arcs between two tokens of one sentence through their lowest common ancestor (a large number without one)."""
    up = {t.i: k for k, t in enumerate([a, *a.ancestors])}
    for k, t in enumerate([b, *b.ancestors]):
        if t.i in up:
            return k + up[t.i]
    return 99


def _apposed(noun: Token, person: Token) -> bool:
    """The noun and the person name one another ("Its editor, X", "X, the bank's governor")."""
    return (person.dep_ == "appos" and person.head.i == noun.i) or (noun.dep_ == "appos" and noun.head.i == person.i)


def _definite(noun: Token) -> bool:
    """"the group", "the central bank": a determiner of `DETERMINERS` on the noun."""
    return any(c.dep_ == "det" and c.lower_ in DETERMINERS for c in noun.children)


def _link(tok: Token, anchor: Token, person: Token, post: tuple[int, int] | None) -> str:
    if (post is not None and post[0] <= tok.i < post[1]) or (tok.dep_ == "poss" and _apposed(tok.head, person)):
        return "post"
    return "clause" if _arcs(anchor, person) <= MAX_LINK_ARCS else "none"


def body_refs(ctx: DocContext, sent: Span, person: Token, post: tuple[int, int] | None) -> list[BodyRef]:
    """The references back to a body in the person's sentence, those in the person's post phrase (`post`: its token
    span) first, then those on the person's clause, nearest to the person first."""
    out = []
    for tok in sent:
        low = tok.lower_
        if low in POSSESSIVE_PRONOUNS and tok.dep_ == "poss":
            out.append(BodyRef(tok.i, "its", None, _link(tok, tok.head, person, post)))
        elif tok.pos_ == "NOUN" and tok.is_lower and _definite(tok):
            if tok.dep_ == "poss":  # "the central bank's governor": any definite possessor of a thing or post
                out.append(BodyRef(tok.i, "poss", low, _link(tok, tok.head, person, post)))
            elif refers_back(ctx.gaz, low, ctx.resolver):  # "the group": only a noun that names a kind of body
                out.append(BodyRef(tok.i, "def", low, _link(tok, tok, person, post)))
    order = {"post": 0, "clause": 1, "none": 2}
    return sorted(out, key=lambda r: (order[r.link], abs(r.token - person.i)))


def body_nouns(ctx: DocContext, orgs: dict[int, list[Token]]) -> dict[int, set[str]]:
    """Body (cluster index) -> the lower-cased words of its names and the nouns the release describes it by ("Y, an
    armed group", "Y is a state-funded newspaper"; `orgs`: body -> the head word of each of its mentions)."""
    out: dict[int, set[str]] = {}
    for c in ctx.resolver.clusters:
        out.setdefault(c.index, set()).update(w.casefold() for n in (c.name, *c.aliases) for w in n.split())
    for c, noun in ctx.resolver.derived("described_bodies", described_bodies):
        out.setdefault(c.index, set()).add(noun)
    for index, heads in orgs.items():
        for head in heads:
            if head.dep_ == "nsubj" and head.head.lemma_ == "be":
                out.setdefault(index, set()).update(a.lower_ for a in head.head.children if a.dep_ == "attr" and a.pos_ == "NOUN")
    return out


def subject_before(orgs: dict[int, list[Token]], token: int) -> int | None:
    """The body that is the grammatical subject of the last clause before `token` whose subject is a body: the topic
    a reader takes "its" or "the company" back to ("Y shipped lathes to Z. Its director ...": Y, not Z)."""
    best, at = None, -1
    for index, heads in orgs.items():
        for head in heads:
            if head.i < token and head.dep_ in SUBJECT_DEPS and head.i > at:
                best, at = index, head.i
    return best


def bodies_of_kind(noun: str, nouns: dict[int, set[str]], orgs: dict[int, list[int]], token: int) -> set[int]:
    """The bodies named before `token` whose names or descriptions hold `noun`: two of them leave "the party"
    unresolved, and a reader takes it back to neither (the resolver's rule, F1 item 8)."""
    return {index for index, tokens in orgs.items() if noun in nouns.get(index, set()) and any(t < token for t in tokens)}


def refer_cues(refs: list[BodyRef], o_index: int, orgs: dict[int, list[int]], heads: dict[int, list[Token]],
               nouns: dict[int, set[str]], same_sentence: bool) -> list[str]:
    """Cues of the pair from the person's first reference: its kind, how it meets the person, and whether the
    candidate body is the one it points back to (the subject of the last clause about a body before it, or a body
    whose names or description hold its noun). `orgs`: body -> its tokens; `heads`: body -> the head word of each
    mention. (The body named last before the reference, and the release's most named body, were cues too: they
    pushed down true posts a test pins, "X, who stepped down as an adviser to Y, owns a stake in the firm".)"""
    if not refs:
        return ["d:ref=none"]
    ref = refs[0]
    where = "same" if same_sentence else "other"
    if ref.noun is not None and len(bodies_of_kind(ref.noun, nouns, orgs, ref.token)) > 1:
        return [f"d:ref={ref.kind}", f"d:ref={ref.kind}|{ref.linked}", f"d:refamb|{where}"]  # "the party" after two parties
    match = ref.noun is not None and ref.noun in nouns.get(o_index, set())
    topic = subject_before(heads, ref.token) == o_index
    return [f"d:ref={ref.kind}", f"d:ref={ref.kind}|{ref.linked}", f"d:refpost={ref.link}|{match or topic}|{where}"]


def paragraph_cues(para_first: dict[int, int | None], para_bodies: dict[int, set[int]], person_para: int, body_para: int,
                   o_index: int, free_post: bool) -> list[str]:
    """Layout cues: paragraphs between the two, whether the body opens the person's paragraph (its subject) or is the
    only body named there, each with whether the person's post names no body of its own (`free_post`)."""
    gap = abs(person_para - body_para)
    topic = para_first.get(person_para) == o_index
    only = para_bodies.get(person_para, set()) == {o_index}
    return [f"d:paradist={min(gap, 3)}", f"d:paratopic={topic}|{free_post}", f"d:paraonly={only}|{free_post}"]


def paragraph_layout(people: dict[int, list[int]], orgs: dict[int, list[int]], paras: list[int]
                     ) -> tuple[dict[int, int | None], dict[int, set[int]]]:
    """Per paragraph: the body named first when it comes before every person of the paragraph (else None), and the
    bodies named in it."""
    first: dict[int, tuple[int, int | None]] = {}
    bodies: dict[int, set[int]] = {}
    for is_body, table in ((False, people), (True, orgs)):
        for index, tokens in table.items():
            for t in tokens:
                p = paras[t]
                if is_body:
                    bodies.setdefault(p, set()).add(index)
                if p not in first or t < first[p][0]:
                    first[p] = (t, index if is_body else None)
    return {p: idx for p, (_, idx) in first.items()}, bodies
