"""A post taken up and left later in the same document is a former post.

"X became chairman of Y in 2019. X resigned as chairman of Y in 2021." states the post twice; the two statements
merge into one relation (`Relation.key`), and the merge keeps it current when either statement is. A statement of
leaving the post ("resigned as", "was dismissed as": `titles_words.post_left`) that comes after every statement of
holding it ends the post the earlier ones gave, so they become former too and the merged post is a former one, with
the leaving sentence among its evidence (review of R, V; twenty-fourth session F). A leaving told first ("X resigned
as chairman in 2015 ... X returned as chairman in 2018") ends nothing stated after it. Nor does a leaving that is
no leaving done: a modal's ("X could / will resign as chairman": a hypothetical or a plan), a temporary one ("stepped
down temporarily"), or one the person came back from ("resigned as chairman in 2019 and was reappointed in 2021", or
"was reappointed chairman" told after it, which the rules may read as former): review of F (RF), twenty-fourth session.
The test of a leaving done is `leaving_done.done_for_good`, which `post_left` applies (P, twenty-fourth session).
"""
from __future__ import annotations

from collections import defaultdict

from spacy.tokens import Span, Token

from ..records import Relation
from .context import DocContext
from .leaving_done import returning
from .titles_words import post_left


def left_later(ctx: DocContext, relations: list[Relation]) -> list[Relation]:
    """`relations` with each current post made former when a later sentence of the document tells its holder left it."""
    by_key: dict[tuple, list[Relation]] = defaultdict(list)
    by_start = {sent.start_char: sent for sent in ctx.sentences}
    for rel in relations:
        if rel.relation == "holds_role" and rel.evidence:
            by_key[rel.key()].append(rel)
    for stated in by_key.values():
        held = [r for r in stated if r.current]
        left = [r for r in stated if not r.current and _tells_leaving(ctx, by_start.get(r.evidence[0].start))]
        last = max((r.evidence[0].start for r in left), default=-1)
        if held and left and last > max(r.evidence[0].start for r in held) \
                and not _came_back(ctx, held[0], last):
            for rel in held:
                rel.current = False
        elif left and not held and _holder_came_back(ctx, left[0], last):
            for rel in stated:  # "X resigned as chairman of Y in 2019. He returned as chairman in 2022." (F, 25th)
                rel.current = True
    return relations


def _tells_leaving(ctx: DocContext, sent: Span | None) -> bool:
    """The sentence leaves a post: a title after "as" on a verb of leaving it."""
    return sent is not None and any(t.lower_ == "as" and t.i + 1 < sent.end and post_left(ctx.doc, t.i + 1, sent.start)
                                    for t in sent)  # post_left reads whether the leaving is done for good (leaving_done)


def _came_back(ctx: DocContext, rel: Relation, after: int) -> bool:
    """A sentence after the last leaving (at char `after`) tells a coming back to the post, with its role word: "X was
    reappointed chairman of Y in 2023" (the rules may give no post there, or a former one)."""
    role = (rel.role or "").casefold()
    return bool(role) and any(sent.start_char > after and role in sent.text.casefold()
                              and any(returning(t) for t in sent if t.pos_ in {"VERB", "AUX"}) for sent in ctx.sentences)


def _holder_came_back(ctx: DocContext, rel: Relation, after: int) -> bool:
    """A sentence after the leaving (at char `after`) has the post's holder (the name, or "he" / "she" the resolver
    takes to the holder) as the subject of a verb of coming back, with the role word and no other body named: "He
    returned as chairman in 2022" names no body, so the rules give it no post of its own, and the post left stayed
    former (F, twenty-fifth session). Unlike `_came_back`, which only keeps a post current, this one makes a former
    post current, so the holder must be the one who comes back ("Z returned as chairman" leaves X's post former)."""
    role = (rel.role or "").casefold()
    if not role:
        return False
    for sent in ctx.sentences:
        if sent.start_char <= after or role not in sent.text.casefold():
            continue
        bodies = {c.name for m in ctx.mentions_in(sent.start, sent.end) if (c := ctx.entity(m)) is not None and c.is_plain_body}
        if bodies - {rel.object.name}:
            continue
        for verb in (t for t in sent if t.pos_ in {"VERB", "AUX"} and returning(t)):
            subject = next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
            if subject is not None and _names_holder(ctx, subject, rel.subject.name):
                return True
    return False


def _names_holder(ctx: DocContext, subject: Token, name: str) -> bool:
    """The subject is the holder: a mention of that person, or a pronoun the resolver takes to them."""
    if subject.lower_ in {"he", "she"}:
        person = ctx.resolver.person_for_pronoun(subject.i)
        return person is not None and person.name == name
    m = ctx.resolver.mention_at(subject.i)
    cluster = ctx.entity(m) if m is not None else None
    return cluster is not None and cluster.name == name
