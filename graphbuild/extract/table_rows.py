"""The body a table row names in a cell of its own: "| **X** | Dhow operator | OFAC |" under a "Designated by" column.

A fact sheet of two bodies' actions lists every designee in one table and gives each row the body that designates
it; the release's own body (the State Department, whose bureau issued the sheet) is not the body of the rows whose
cell says "OFAC". Read from the row's cells: a cell that holds a U.S. sanctioning body's name and nothing else (a
parenthesis after it allowed: "OFAC (E.O. 14059)"). Twenty-fifth session, SB (unread_af).
"""
from __future__ import annotations

import re

from spacy.tokens import Span

from ..nlp.coref import Cluster
from .context import DocContext
from .issuer import is_sanctioning
from .named_bodies import is_home_body


def row_body(ctx: DocContext, sent: Span) -> Cluster | None:
    """The U.S. sanctioning body a table row's cell names alone, when the sentence is one row and exactly one such
    body is named so; else None."""
    text = sent.text.strip()
    if text.count("|") < 2 or "\n" in text:
        return None  # one row: its cells between pipes (a name line may begin after the row's first pipe)
    cells = {re.sub(r"\s*\(.*\)\s*$", "", cell.strip(" *")) for cell in text.strip("|").split("|")}
    found: dict[int, Cluster] = {}
    for m in ctx.mentions_in(sent.start, sent.end):
        cluster = ctx.entity(m)
        if cluster is not None and cluster.authority and is_sanctioning(ctx, cluster) and is_home_body(ctx, cluster) \
                and sent.doc[m.start:m.end].text in cells:
            found[cluster.index] = cluster
    return next(iter(found.values())) if len(found) == 1 else None
