"""The body a table row names in a cell of its own: "| **X** | Dhow operator | OFAC |" under a "Designated by" column.

A fact sheet of two bodies' actions lists every designee in one table and gives each row the body that designates
it; the release's own body (the State Department, whose bureau issued the sheet) is not the body of the rows whose
cell says "OFAC". Read from the row's cells: a cell that holds a U.S. sanctioning body's name and nothing else (a
parenthesis after it allowed: "OFAC (E.O. 14059)"), in a column whose header names the acting body ("Designated by",
"Authority"; not "Previously sanctioned by", rsb). Twenty-fifth session, SB (unread_af).
"""
from __future__ import annotations

import re

from spacy.tokens import Span

from ..nlp.coref import Cluster
from .context import DocContext
from .issuer import is_sanctioning
from .named_bodies import is_home_body


#: Words of a column header that names the body acting in each row ("Designated by", "Sanctioning authority",
#: "Agency"), and words that make the column an earlier action's ("Previously sanctioned by", "Earlier listing"): rsb.
ACTOR_COLUMN_WORDS = frozenset({"by", "authority", "agency", "body", "bureau", "department"})
EARLIER_COLUMN_WORDS = frozenset({"earlier", "previous", "previously", "prior", "former", "formerly", "past"})
_SEPARATOR = re.compile(r"^\|?(\s*:?-{2,}:?\s*\|)+\s*:?-*:?\s*$")


def _cells(line: str) -> list[str]:
    """A table line's cells, stripped of bold marks and of a parenthesis after the text ("OFAC (E.O. 14059)")."""
    return [re.sub(r"\s*\(.*\)\s*$", "", cell.strip(" *")) for cell in line.strip().strip("|").split("|")]


def _actor_columns(text: str, line_start: int) -> set[int]:
    """The columns of the table around the line at `line_start` whose header names the acting body: read from the
    header line above the table's separator line. A cell naming OFAC under "Earlier sanctions" is no row's actor."""
    lines = text[:line_start].rstrip("\n").split("\n")
    while lines and lines[-1].strip().startswith("|") and not _SEPARATOR.match(lines[-1].strip()):
        lines.pop()  # the rows above this one
    if len(lines) < 2 or not _SEPARATOR.match(lines[-1].strip()):
        return set()
    out: set[int] = set()
    for k, cell in enumerate(_cells(lines[-2])):
        words = set(re.findall(r"[a-z]+", cell.lower()))
        if words & ACTOR_COLUMN_WORDS and not words & EARLIER_COLUMN_WORDS:
            out.add(k)
    return out


def row_body(ctx: DocContext, sent: Span) -> Cluster | None:
    """The U.S. sanctioning body a table row's cell names alone under a column of the acting body ("Designated by"),
    when the sentence is one row and exactly one such body is named so; else None."""
    text = sent.text.strip()
    if text.count("|") < 2 or "\n" in text:
        return None  # one row: its cells between pipes (a name line may begin after the row's first pipe)
    doc_text = sent.doc.text
    line_start = doc_text.rfind("\n", 0, sent.start_char) + 1
    line_end = doc_text.find("\n", sent.start_char)
    row = _cells(doc_text[line_start:line_end if line_end >= 0 else len(doc_text)])
    cells = {row[k] for k in _actor_columns(doc_text, line_start) if k < len(row)}
    found: dict[int, Cluster] = {}
    for m in ctx.mentions_in(sent.start, sent.end):
        cluster = ctx.entity(m)
        if cluster is not None and cluster.authority and is_sanctioning(ctx, cluster) and is_home_body(ctx, cluster) \
                and sent.doc[m.start:m.end].text in cells:
            found[cluster.index] = cluster
    return next(iter(found.values())) if len(found) == 1 else None
