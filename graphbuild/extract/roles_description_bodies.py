"""A body named in the description set beside a person does not hold the title told of that person after it.

"Pavel Orlin, a partner of Ivers Brekke LLP, is the treasurer of Corvane Shipping LLC": the rules give the treasurer
post at Corvane; the learned scorer (roles_learned.v1), pairing the person with every body of the sentence, also gave
"treasurer" at the partnership, the body nearest the person (F, twenty-fifth session; at 0.97). A learned post is
dropped when, in each of its evidence sentences, its body is named only inside a phrase set off by a comma that
describes the person (`roles_described.inside_anothers_description`) and the rules give the person the same title at
another body in that sentence: the title is the other body's.
"""
from __future__ import annotations

from spacy.tokens import Span

from ..records import Relation
from .context import DocContext
from .roles_described import inside_anothers_description


def without_description_bodies(ctx: DocContext, learned: list[Relation], rules: list[Relation]) -> list[Relation]:
    """`learned` less the posts whose title the rules give the same person at another body of the same sentence, when
    the post's body is named there only in a description set beside the person."""
    by_start = {sent.start_char: sent for sent in ctx.sentences}
    return [r for r in learned if r.relation != "holds_role" or not _title_of_another_body(ctx, r, rules, by_start)]


def _title_of_another_body(ctx: DocContext, rel: Relation, rules: list[Relation], by_start: dict[int, Span]) -> bool:
    role = (rel.role or "").casefold()
    sents = {by_start[e.start] for e in rel.evidence if e.start in by_start}
    if not role or not sents:
        return False
    for sent in sents:
        elsewhere = any(r.relation == "holds_role" and r.subject.name == rel.subject.name and r.object.name != rel.object.name
                        and (r.role or "").casefold() == role and any(e.start == sent.start_char for e in r.evidence) for r in rules)
        if not elsewhere or not _described_only(ctx, rel, sent):
            return False
    return True


def _described_only(ctx: DocContext, rel: Relation, sent: Span) -> bool:
    """Every mention of the post's body in the sentence lies in a phrase describing the post's holder."""
    mentions = ctx.mentions_in(sent.start, sent.end)
    people = [(m, c) for m in mentions if (c := ctx.entity(m)) is not None and c.name == rel.subject.name]
    bodies = [m for m in mentions if (c := ctx.entity(m)) is not None and c.name == rel.object.name]
    if not (people and bodies) or not all(inside_anothers_description(ctx, m, people) for m in bodies):
        return False
    return _title_only_after(sent, (rel.role or "").casefold(), min(m.start for m in bodies), max(m.end for m in bodies))


def _title_only_after(sent: Span, role: str, start: int, end: int) -> bool:
    """The title's words stand after the body's name (at tokens start..end) and not before it: "X, a partner of Y,
    is the treasurer of Z". Not "A member of the House, X, who sits on the Y committee": the title opens the
    sentence, and the description states a post at Y of its own."""
    doc = sent.doc
    before = doc[sent.start:start].text.casefold()
    after = doc[end:sent.end].text.casefold()
    return role in after and role not in before
