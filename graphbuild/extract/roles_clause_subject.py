"""A person who founded or runs the body a post is at is not that body.

"Marek Oravec is a driver for the firm Jonas Brekke founded" / "a manager at the bank Jonas Brekke set up in 2015":
the person's name follows "the <kind noun>" and opens a relative clause without "that" (its verb right after the
name), so the body is the unnamed firm the clause describes; the rules and the learned scorer gave the post to the
person (review of R, V; twenty-fourth session F). Such posts are dropped: the firm has no name to hold them.
"""
from __future__ import annotations

from spacy.tokens import Span

from ..nlp.name_cues import kind_nouns
from ..records import Relation
from .context import DocContext

#: Verb tags that open a relative clause without "that" right after its subject: "the firm X founded / runs".
CLAUSE_VERB_TAGS = frozenset({"VBD", "VBZ", "VBP"})


def without_clause_subject_bodies(ctx: DocContext, relations: list[Relation]) -> list[Relation]:
    """`relations` less the posts whose body is named only as the subject of a clause describing a kind noun."""
    by_start = {sent.start_char: sent for sent in ctx.sentences}
    return [r for r in relations if r.relation != "holds_role" or not _clause_subject_body(ctx, r, by_start)]


def _clause_subject_body(ctx: DocContext, rel: Relation, by_start: dict[int, Span]) -> bool:
    """Every mention of the post's body in its evidence sentences is a person's name (the model's label: the post
    made the mention a body's) after "the <kind noun>" with its own verb right after it."""
    doc = ctx.doc
    nouns = kind_nouns(ctx.gaz)
    found = False
    for sent in {by_start[e.start] for e in rel.evidence if e.start in by_start}:
        for m in ctx.mentions_in(sent.start, sent.end):
            if m.text != rel.object.name:
                continue
            if "PERSON" not in {m.label, doc[m.start].ent_type_} or m.start < 2 or m.end >= sent.end:
                return False
            noun, article, verb = doc[m.start - 1], doc[m.start - 2], doc[m.end]
            if not (noun.is_lower and noun.lower_ in nouns and article.lower_ in {"the", "a", "an"}
                    and verb.tag_ in CLAUSE_VERB_TAGS):
                return False
            found = True
    return found
