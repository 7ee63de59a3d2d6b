"""holds_role from the post field of a list entry: "SURNAME, Given. DOB: ... Position: Director, Y Lda." (UK),
"Function: ..." (EU), "; Position: Deputy Head of Y" (SDN-style).

`nlp.name_entries` finds the entries, makes a person entry's name one PERSON mention and the body after a post's
comma one ORG mention. Each item of a post field ("(1) Former Director of Commercial Operations, Y (2) Managing
Partner, Z") gives a post: its words before the comma (or before "of"/"at"/"for") at the body after them, when the
words hold a title head and the body is one organization mention running to the item's end. A field without a body
("Position: Businessman", "Title: Mr") gives nothing (thirty-second session, TL).
"""
from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Span

from ..nlp.coref import Cluster
from ..nlp.doc_text import doc_text
from ..nlp.name_entries import POST_LABELS, entries, post_items
from ..records import Relation
from .context import DocContext
from .roles_table import BODY_PREPOSITIONS, body_from, body_start, post_relation, unquoted_end


def field_roles(ctx: DocContext) -> Iterator[Relation]:
    """One post per item of each person entry's post field that names a title and a body."""
    doc = ctx.doc
    text = doc_text(doc)
    for entry in entries(doc):
        if entry.kind != "Person":
            continue
        name = doc.char_span(entry.name_start, entry.name_end, alignment_mode="expand")
        person = ctx.entity(ctx.resolver.mention_at(name.start)) if name is not None else None
        if person is None or person.type != "Person":
            continue
        for field in entry.fields:
            if field.label not in POST_LABELS:
                continue
            for a, b in post_items(text, field.value_start, field.value_end):
                item = doc.char_span(a, b, alignment_mode="expand")
                found = _item_post(ctx, item) if item is not None and len(item) > 1 else None
                if found is None:
                    continue
                end, org = found
                if org.type in {"Person", "Country", "SanctionsProgram"} or org.index == person.index \
                        or org.name in ctx.gaz.countries:  # "Deputy Prime Minister, Republic of X": the state, no body
                    continue
                rel = post_relation(ctx, person, org, item, item.start, end)
                if rel is not None:
                    yield rel


def _item_post(ctx: DocContext, item: Span) -> tuple[int, Cluster] | None:
    """(end of the post's words, its body) of one post item: "Director, Y Lda." (the first comma whose rest is one
    body) or "Deputy Head of Y" (a body running from after the preposition to the item's end)."""
    doc = ctx.doc
    for k in range(item.start + 1, item.end - 1):
        if doc[k].text == "," and body_from(ctx, k + 1, item.end):
            org = ctx.entity(ctx.resolver.mention_at(k + 1))
            return (k, org) if org is not None else None
    end = unquoted_end(item)
    for k in range(item.start + 1, item.end - 1):
        if doc[k].lower_ not in BODY_PREPOSITIONS:
            continue
        start = body_start(item, k + 1)
        if start < item.end and body_from(ctx, start, end):
            org = ctx.entity(ctx.resolver.mention_at(start))
            return (k, org) if org is not None else None
    return None
