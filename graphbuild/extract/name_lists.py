"""Long lists of names in a release: lines that hold only a name, and paragraphs that are runs of names.

A release that designates a parliament or a few hundred companies sets them out as one name per
line (or per table row, which the HTML reader turns into a line) or as one long comma-separated
paragraph. No sentence around a name says "designated": the list's structure does. A run of
such lines, or such a paragraph, in a release that states a designation, lists designees; the
statement that governs them (extract/release.py) gives the authority and the program.
"""
from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from spacy.tokens import Span

from ..nlp.coref import Cluster
from ..nlp.doc_text import doc_text, token_words
from .context import DocContext
from .list_items import NUMBERED_LINE
from .targets import hyphen_fragment

MIN_RUN = 3  # consecutive name lines that make a list
MIN_PARAGRAPH_NAMES = 4  # names in one paragraph that make it a list
BULLET_CHARS = "-\u2022*\u2013|"
JOINERS = {",", "and", ";", "(", ")", "|", "-", "\u2013", "\u2022", "*"}


@dataclass
class NameLine:
    span: Span
    names: list[Cluster]
    coverage: float  # share of the line's word tokens inside a name
    cell: Span | None = None  # a table row's first cell ("Name | Nationality | Role"): the only part read for names


def _targets(ctx: DocContext, span: Span) -> tuple[list[Cluster], int]:
    """Clusters of the target-like names in a span, and how many tokens those names cover."""
    found: list[Cluster] = []
    covered = 0
    for m in ctx.mentions_in(span.start, span.end):
        cluster = ctx.entity(m)
        if cluster is None or cluster.authority or cluster.type == "SanctionsProgram" or hyphen_fragment(span.doc, m.start):
            continue
        if cluster.type == "Country" and not _maybe_a_name(ctx, cluster, m.label):
            continue  # a country; a person's name the model took for a place (GPE) stays
        covered += sum(1 for t in span.doc[m.start:m.end] if not t.is_punct and not t.is_space)
        if m.alias_of is None and cluster not in found:
            found.append(cluster)
    return found, covered


def _maybe_a_name(ctx: DocContext, cluster: Cluster, label: str) -> bool:
    """A two- or three-word capitalised "place" that no gazetteer knows: in a list of people, a person the model took for a place."""
    words = cluster.name.split()
    return (label == "GPE" and cluster.name not in ctx.gaz.countries and cluster.name not in ctx.gaz.demonyms
            and 2 <= len(words) <= 4 and all(w[:1].isupper() for w in words))


def _retype(lines: list[NameLine]) -> None:
    """Names the model took for places, listed among people, are people (as nlp.coref does for organisations by syntax)."""
    types = [c.type for line in lines for c in line.names]
    if types.count("Person") <= len(types) / 2:
        for line in lines:
            line.names = [c for c in line.names if c.type != "Country"]
        return
    for line in lines:
        for cluster in line.names:
            if cluster.type == "Country":
                cluster.type = "Person"


#: A markdown table's rule under its header ("|---|---|", "| --- | :---: |", "--- | ---"); at least one bar: a bare
#: "---" is a heading's underline or a thematic break (review V2, finding 12).
TABLE_RULE = re.compile(r"(?=[^|\n]*\|)\s*\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?\s*")


def _lines(ctx: DocContext) -> Iterator[NameLine]:
    text = doc_text(ctx.doc)  # the bullet check (_marked) reads the same cached text
    raws = text.split("\n")
    offset = 0
    for k, raw in enumerate(raws):
        start, end = offset, offset + len(raw)
        offset = end + 1
        stripped = raw.strip().lstrip(BULLET_CHARS).strip()
        if not stripped:
            continue
        span = ctx.doc.char_span(start + raw.index(stripped[0]), end, alignment_mode="expand")
        if span is None or len(span) == 0:
            continue
        cell = None
        if "|" in stripped:  # a table row "Name | Nationality | Role": the name is its first cell, the row its evidence
            stripped = stripped.split("|")[0].strip()
            if not stripped:
                continue
            first = start + raw.index(stripped[0])
            cell = ctx.doc.char_span(first, first + len(stripped), alignment_mode="expand")
            if cell is None or len(cell) == 0:
                continue
            if k + 1 < len(raws) and TABLE_RULE.fullmatch(raws[k + 1]):
                yield NameLine(span, [], 0.0, cell)  # "| Vessel | IMO | Flag |" over its rule: column names, no name (D15)
                continue
        n_words, commas = stripped.count(" ") + 1, stripped.count(",")
        if n_words > 16 and (commas < 2 or n_words > 8 * commas):
            yield NameLine(span, [], 0.0)  # prose: ends a run; no mention lookup needed
            continue
        words = [t for t in cell or span if not t.is_punct and not t.is_space and t.lower_ not in JOINERS]
        if not words:
            continue
        names, covered = _targets(ctx, cell or span)
        yield NameLine(span, names, covered / len(words), cell)


def _marked(line: NameLine) -> bool:
    """The line opens with a bullet or a number ("- X", "2. X")."""
    text = doc_text(line.span.doc)  # built once per doc: `Doc.text` joins every token (issue 18: 29 of 33 CPU-s on train)
    opening = text[text.rfind("\n", 0, line.span.start_char) + 1:line.span.start_char].strip()
    return bool(NUMBERED_LINE.match(line.span.text)) or bool(opening) and opening[-1] in BULLET_CHARS


def name_lists(ctx: DocContext) -> list[NameLine]:
    """Lines of the release that list designees: runs of name-only lines, and paragraphs of names. Not a run that opens
    with the document's first line: the headline and the lines under it are the release's header."""
    out: list[NameLine] = []
    run: list[NameLine] = []
    header = False  # the line before the run is a table's header row ("Entity | Location | Basis"): its rows are a list
    previous: NameLine | None = None

    opening: NameLine | None = None  # the document's first line: its headline

    def close() -> None:
        if run and run[0] is opening:  # the headline, the format line, the byline ("X, Department Spokesperson"): no list
            run.clear()
        if len(run) >= MIN_RUN or run and header and all(x.cell is not None for x in run):
            _retype(run)
            out.extend(run)
        run.clear()

    for line in _lines(ctx):
        opening = line if opening is None else opening
        read = line.cell or line.span
        words = sum(1 for w in token_words(ctx.doc)[0][read.start:read.end] if w.isalpha())  # Token.is_alpha: str.isalpha
        if run and all(_marked(x) for x in run) and not _marked(line):
            close()  # "1. A", "2. B", "3. C", then a heading: the heading is no fourth item
        before, previous = previous, line
        if line.names and line.coverage >= 0.6 and words <= 14 and len(line.names) <= 3:
            line.names = line.names[:1]  # "Name, located in Cyprus": the line's own name, not the places after it
            if not run:
                header = before is not None and before.cell is not None and not before.names
            run.append(line)
            continue
        close()
        if len(line.names) >= MIN_PARAGRAPH_NAMES and line.coverage >= 0.75:
            _retype([line])
            out.append(line)
    close()
    return out
