"""A post taken up and left later in the same document is a former post.

"X became chairman of Y in 2019. X resigned as chairman of Y in 2021." states the post twice; the two statements
merge into one relation (`Relation.key`), and the merge keeps it current when either statement is. A statement of
leaving the post ("resigned as", "was dismissed as": `titles_words.post_left`) that comes after every statement of
holding it ends the post the earlier ones gave, so they become former too and the merged post is a former one, with
the leaving sentence among its evidence (review of R, V; twenty-fourth session F). A leaving told first ("X resigned
as chairman in 2015 ... X returned as chairman in 2018") ends nothing stated after it.
"""
from __future__ import annotations

from collections import defaultdict

from spacy.tokens import Span

from ..records import Relation
from .context import DocContext
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
        if held and left and max(r.evidence[0].start for r in left) > max(r.evidence[0].start for r in held):
            for rel in held:
                rel.current = False
    return relations


def _tells_leaving(ctx: DocContext, sent: Span | None) -> bool:
    """The sentence leaves a post: a title after "as" on a verb of leaving it."""
    return sent is not None and any(t.lower_ == "as" and t.i + 1 < sent.end and post_left(ctx.doc, t.i + 1, sent.start)
                                    for t in sent)
