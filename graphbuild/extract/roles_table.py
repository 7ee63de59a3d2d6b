"""holds_role from the "Role" cell of a people table ("Name | Nationality | Role" / "X | PRC | Director, Y Limited").

The row's first cell is the person (`nlp.name_tables` made it one mention); the role cell gives the post and, after
its last comma, the body, when that part is an organization the model found there. A cell without a title word
("Businessman", "Shareholder, Y") or without a body gives nothing.
"""
from __future__ import annotations

from collections.abc import Iterator

from ..nlp.name_tables import ROLE_COLUMNS, people_tables
from ..records import Relation
from .common import ref, relation
from .context import DocContext
from .roles_common import NAME


def table_roles(ctx: DocContext) -> Iterator[Relation]:
    """One post per row of a people table whose role cell reads "Title, Body"."""
    doc = ctx.doc
    for row in people_tables(doc):
        column = next((i for i, name in enumerate(row.columns) if name in ROLE_COLUMNS), None)
        if column is None:
            continue
        name_span = doc.char_span(*row.cells[0], alignment_mode="expand")
        role_span = doc.char_span(*row.cells[column], alignment_mode="expand")
        line = doc.char_span(row.start, row.end, alignment_mode="expand")
        if name_span is None or role_span is None or line is None or len(role_span) < 3:
            continue
        person = ctx.entity(ctx.resolver.mention_at(name_span.start))
        if person is None or person.type != "Person":
            continue
        comma = next((k for k in range(role_span.start + 1, role_span.end - 1) if doc[k].text == "," and _body_from(ctx, k + 1, role_span.end)), None)
        body = ctx.resolver.mention_at(comma + 1) if comma is not None else None
        if comma is None or body is None:
            continue  # the first comma whose rest is one organization: "Director, Y Co., Limited"
        org = ctx.entity(body)
        words = [t.lower_ for t in doc[role_span.start:comma]]
        heads = [w for w in words if w in ctx.gaz.title_heads]
        if org is None or org.type in {"Person", "Country", "SanctionsProgram"} or not heads:
            continue
        role = " ".join(doc[role_span.start:comma].text.split())
        yield relation("holds_role", ref(person), ref(org), line, NAME, 0.85, role=role,
                       role_class=ctx.gaz.title_heads[heads[-1]], current=True)


def _body_from(ctx: DocContext, start: int, end: int) -> bool:
    """The tokens start..end are one organization mention."""
    body = ctx.resolver.mention_at(start)
    return body is not None and body.label == "ORG" and body.start == start and body.end >= end
