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

from spacy.tokens import Span

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
