"""holds_role from the post cell of a people table ("Name | Nationality | Role" / "X | PRC | Director, Y Limited").

The row's first cell is the person (`nlp.name_tables` made it one mention, or the model found a person there); the
post cell gives the post and its body:
- in the cell: after its last comma ("Director, Y Co., Limited") or after "of"/"at"/"for" ("General Director of Y"),
  when that part is one organization the model found there;
- else the table's body: the post column's own name ("| Name | Position at Y |") or a heading right above the table
  (a heading line or a line in bold, "**Y**" over "| Name | Post |"), when it is the name of a body the release names. A board named in the
  cell ("Chairman of the Management Board") is then an organ of that body, part of the post, not a body of its own
  (`without_organ_posts` drops the post at the board the prose rules read from the row).
A cell without a title word ("Businessman", "Buyer of Y") or without a body gives nothing.
"""
from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from spacy.tokens import Span

from ..names import fold
from ..nlp.coref import Cluster
from ..nlp.doc_text import doc_text
from ..nlp.name_tables import Row, post_column, post_tables
from ..nlp.mentions import US_WORDS
from ..records import Relation
from .common import ref, relation
from .context import DocContext
from .roles_common import NAME, PAST_WORDS
from .titles_us import US_CHAMBER_WORDS, US_PHRASE_WORDS, foreign_chamber

#: Words after which the rest of a post cell is the post's body: "Director of Y", "Chief accountant at Y".
BODY_PREPOSITIONS = frozenset({"of", "at", "for"})
#: Words of a company's or chamber's organ: "the Management Board" in a cell under "Position at Y" is Y's board.
ORGAN_WORDS = frozenset({"management", "supervisory", "executive", "board", "boards", "directors", "of", "the",
                         "presidium", "bureau"})
#: A column name's words before the body it names: "position at y", "role in y", "post held at y".
COLUMN_BODY_WORDS = frozenset({"at", "in", "of", "with", "within"})
#: Quote marks around a body's name in a post cell ("Head of the so-called "X"").
QUOTES = frozenset({'"', "\u201c", "\u201d", "'", "\u2018", "\u2019"})


@dataclass(frozen=True)
class TablePost:
    """One post a table row gives, and the organ its cell named when the table's body took its place; `split`: one of
    two posts the cell names ("Recruiter and former corporal of Y", `_two_posts`), whose words the prose rules read as
    both at Y."""
    relation: Relation
    row: Row
    organ: str | None
    split: bool = False


def table_roles(ctx: DocContext) -> Iterator[Relation]:
    """One post per row of a people table whose post cell names a title and a body (in the cell or the table's)."""
    for post in table_posts(ctx):
        yield post.relation


def without_organ_posts(ctx: DocContext, relations: list[Relation]) -> list[Relation]:
    """The relations less a row person's post at the board their cell named where the table gave the post's body
    ("| X | Chairman of the Management Board |" under "Position at Y": the chairman is Y's, not the board's), and less
    the other rules' posts of a row whose cell names two posts at a body the table split (`_two_posts`: the prose
    rules share "of Y" with both titles of "Recruiter and former corporal of Y")."""
    posts = table_posts(ctx)
    organs = {(p.relation.subject.name, p.organ, p.row.start) for p in posts if p.organ}
    organs |= {(p.relation.subject.name, p.relation.object.name, p.row.start) for p in posts if p.split}
    if not organs:
        return relations
    own = {id(p.relation) for p in posts}
    return [r for r in relations
            if id(r) in own or not (r.relation == "holds_role" and any((r.subject.name, r.object.name, _row_start(ctx, e.start)) in organs for e in r.evidence))]


def _row_start(ctx: DocContext, char: int) -> int:
    text = doc_text(ctx.doc)
    return text.rfind("\n", 0, char) + 1


def table_posts(ctx: DocContext) -> list[TablePost]:
    """The posts of every table row whose first cell is a person and whose post cell reads as a post at a body; read
    once per document (the rules' extractor, its organ filter and the learned scorer's each ask)."""
    if ctx.table_posts is None:
        ctx.table_posts = _read_table_posts(ctx)
    return ctx.table_posts


def _read_table_posts(ctx: DocContext) -> list[TablePost]:
    doc = ctx.doc
    out: list[TablePost] = []
    for row in post_tables(doc):
        name_span = doc.char_span(*row.cells[0], alignment_mode="expand")
        line = doc.char_span(row.start, row.end, alignment_mode="expand")
        if name_span is None or line is None:
            continue
        person = _row_person(ctx, name_span)
        if person is None:
            continue
        for column, name in enumerate(row.columns):
            if column == 0 or not post_column(name):
                continue
            cell = doc.char_span(*row.cells[column], alignment_mode="expand")
            if cell is None or len(cell) == 0:
                continue
            found = [p for item in _items(cell) for p in _item_posts(ctx, row, column, person, line, item)]
            if found:
                out += found
                break
    return out


def _row_person(ctx: DocContext, name_cell: Span) -> Cluster | None:
    """The person the name cell names: the mention at its start, or after the rank before the name ("Major General
    X": the model's mention starts at the name; thirty-fourth session, LS); None where it is no person."""
    for token in name_cell:
        mention = ctx.resolver.mention_at(token.i)
        if mention is not None:
            entity = ctx.entity(mention)
            return entity if entity is not None and entity.type == "Person" else None
    return None


def _items(cell: Span) -> list[Span]:
    """The cell's items: the words between its semicolons ("Chief of Staff of Y; former commander of Z": two posts,
    each read as a cell of its own; thirty-fourth session, LS)."""
    doc = cell.doc
    cuts = [cell.start - 1] + [t.i for t in cell if t.text == ";"] + [cell.end]
    return [doc[a + 1:b] for a, b in zip(cuts, cuts[1:]) if b > a + 1]


def _item_posts(ctx: DocContext, row: Row, column: int, person: Cluster, line: Span, item: Span) -> list[TablePost]:
    """The posts one item of a post cell gives: none where it names no title or no body."""
    found = _cell_post(ctx, row, column, item)
    if found is None:
        return []
    role_end, org, organ = found
    if org.type in {"Person", "Country", "SanctionsProgram"}:
        return []
    posts = _two_posts(ctx, row, column, item.start, role_end, org) if organ is None else None
    rels = [_post(ctx, person, body, line, start, end) for start, end, body in posts or [(item.start, role_end, org)]]
    if rels[0] is None:
        return []
    return [TablePost(rel, row, organ, posts is not None) for rel in rels if rel is not None]


def _post(ctx: DocContext, person: Cluster, org: Cluster, line: Span, start: int, end: int) -> Relation | None:
    """The row's post of the words start..end at org, when they hold a title word."""
    doc = ctx.doc
    words = [t.lower_ for t in doc[start:end]]
    title_words = words[:words.index("of")] if "of" in words[1:] else words
    heads = [w for w in title_words if w in ctx.gaz.title_heads]
    if not heads:
        return None
    role = " ".join(doc[start:end].text.split())
    return relation("holds_role", ref(person), ref(org), line, NAME, 0.85, role=role,
                    role_class=ctx.gaz.title_heads[heads[-1]], current=not set(words) & PAST_WORDS)


def _two_posts(ctx: DocContext, row: Row, column: int, start: int, end: int, org: Cluster) -> list[tuple[int, int, Cluster]] | None:
    """"| X | Recruiter and former corporal of the Y Force |" under "Role in the Z Gang": two posts, the first at the
    body the column names, the second at the body its own words name; None where the words before the body hold no
    "and" between two titles or the column names no other body (a heading's body is no such promise: "Chairman and
    Chief Executive of Y" under "**Z**" stays one post at Y) (thirty-second session, TL)."""
    doc = ctx.doc
    heads = ctx.gaz.title_heads
    split = next((k for k in range(start + 1, end - 1) if doc[k].lower_ == "and"), None)
    if split is None or not any(t.lower_ in heads for t in doc[start:split]) or not any(t.lower_ in heads for t in doc[split + 1:end]):
        return None
    table_body = _column_body(ctx, row, column)
    if table_body is None or table_body.index == org.index:
        return None
    return [(start, split, table_body), (split + 1, end, org)]


def _cell_post(ctx: DocContext, row: Row, column: int, cell: Span) -> tuple[int, Cluster, str | None] | None:
    """(end of the post's words, its body, the organ the cell named in its place) of a post cell, or None."""
    doc = ctx.doc
    for k in range(cell.start + 1, cell.end - 1):  # "Director, Y Co., Limited": the first comma whose rest is one body
        if doc[k].text == "," and _body_from(ctx, k + 1, cell.end):
            org = ctx.entity(ctx.resolver.mention_at(k + 1))
            return (k, org, None) if org is not None else None
    organ: Cluster | None = None
    organ_end = cell.end
    cell_end = _unquoted_end(cell)
    for k in range(cell.start + 1, cell.end - 1):  # "General Director of Y": a body running to the cell's end
        if doc[k].lower_ not in BODY_PREPOSITIONS:
            continue
        start = _body_start(cell, k + 1)
        body = ctx.resolver.mention_at(start) if start < cell.end else None
        if body is not None and body.label == "ORG" and body.start == start and {w.lower() for w in body.text.split()} <= ORGAN_WORDS:
            organ, organ_end = ctx.entity(body), body.end  # "Member of the Management Board, Chief Accountant"
            break
        if body is not None and _body_from(ctx, start, cell_end):
            org = ctx.entity(body)
            return (k, org, None) if org is not None else None
    table_body = _table_body(ctx, row, column)
    if table_body is None:
        return None
    end = next((k for k in range(cell.start + 1, cell.end) if doc[k].text in {",", "(", ";"}), cell.end)
    if organ_end < end and doc[organ_end].lower_ == "and":
        end = organ_end  # "Deputy Chairman of the Management Board and Chief Financial Officer": the first post
    return end, table_body, organ.name if organ is not None else None


def _body_start(cell: Span, i: int) -> int:
    """The first token of the body named after a preposition at i-1: past "the", a hyphened describing word before a
    quoted name ("the so-called", "the Russia-installed", "the self-proclaimed") and the opening quote
    ("Deputy Head of the so-called "X City Administration"": the name in quotes is the body)."""
    doc = cell.doc
    if i < cell.end and doc[i].lower_ == "the":
        i += 1
    if (i + 3 < cell.end and doc[i + 1].text == "-" and doc[i + 2].is_lower and doc[i + 2].is_alpha
            and doc[i + 3].text in QUOTES):
        i += 3
    return i + 1 if i < cell.end and doc[i].text in QUOTES else i


def _unquoted_end(cell: Span) -> int:
    """The cell's end before the closing quote of a quoted body at its end."""
    end = cell.end
    while end > cell.start + 1 and cell.doc[end - 1].text in QUOTES:
        end -= 1
    return end


def _body_from(ctx: DocContext, start: int, end: int) -> bool:
    """The tokens start..end are one organization mention."""
    body = ctx.resolver.mention_at(start)
    return body is not None and body.label == "ORG" and body.start == start and body.end >= end


def _table_body(ctx: DocContext, row: Row, column: int) -> Cluster | None:
    """The body a table's posts are at: named by the post column ("position at y") or by a heading line right above
    the table ("**Y**", blank lines between), when the release names a body so outside that line too (a heading the
    model reads as a name, "Officials named", is no body)."""
    if _column_names_body(row, column):
        return _column_body(ctx, row, column)
    heading = _heading_above(ctx, row.start)
    if heading is None:
        return None
    text = doc_text(ctx.doc)[heading[0]:heading[1]]
    return _body_named(ctx, text, heading) or _foreign_chamber_named(ctx, text, heading)


def _foreign_chamber_named(ctx: DocContext, text: str, heading: tuple[int, int]) -> Cluster | None:
    """The other state's legislature a heading "**House of Representatives**" names over its members' table, where the
    gazetteer read the bare name as the U.S. chamber (`titles_us.foreign_chamber`: the heading says no "U.S." and the
    release names one legislature that is no U.S. body; LS, thirty-third session). Not in a release that writes a U.S.
    chamber as such ("members of the U.S. Congress"): a heading has no context of its own, and such a release's bare
    chamber is the U.S. one (reviewer rls)."""
    if any(c.authority in US_CHAMBER_WORDS and any(_us_chamber_written(f) for f in c.forms) for c in ctx.resolver.clusters):
        return None
    key = fold(" ".join(text.split()))
    chamber = next((c for c in ctx.resolver.clusters if c.authority and any(fold(form) == key for form in (c.name, *c.forms))), None)
    span = ctx.doc.char_span(heading[0], heading[1], alignment_mode="expand")
    if chamber is None or span is None:
        return None
    return foreign_chamber(ctx.doc, ctx.resolver, chamber, span.start, span.end)


def _us_chamber_written(form: str) -> bool:
    """A chamber's form that says it is the U.S. one ("U.S. Congress", "United States Senate"); a bare "U.S." the
    resolver put in the chamber's cluster says nothing of the chamber."""
    words = set(form.split())
    return bool(words & US_PHRASE_WORDS) and bool(words - US_WORDS)


def _column_names_body(row: Row, column: int) -> bool:
    """The post column's name names a body after a preposition ("position at y", "role in the y")."""
    words = row.columns[column].split()
    at = next((i for i, w in enumerate(words) if w in COLUMN_BODY_WORDS), None)
    return at is not None and at + 1 < len(words)


def _column_body(ctx: DocContext, row: Row, column: int) -> Cluster | None:
    """The body the post column's name names ("position at y", "role in the y"), else None."""
    words = row.columns[column].split()
    at = next((i for i, w in enumerate(words) if w in COLUMN_BODY_WORDS), None)
    if at is None or at + 1 >= len(words):
        return None
    named = words[at + 2:] if words[at + 1] == "the" else words[at + 1:]  # "role in the y" (TL)
    return _body_named(ctx, " ".join(named), None) if named else None


def _heading_above(ctx: DocContext, row_start: int) -> tuple[int, int] | None:
    """The characters of the heading line over the table holding the row at row_start: its lines read upward past the
    table and blank lines; a heading line (`ctx.headings`) or a line wholly in bold ("**Y**"), else None."""
    text = doc_text(ctx.doc)
    pos = row_start
    while pos > 0:
        start = text.rfind("\n", 0, pos - 1) + 1
        line = text[start:pos - 1]
        pos = start
        if "|" in line or not line.strip():
            continue
        lo = start + len(line) - len(line.lstrip())
        hi = start + len(line.rstrip())
        if any(a <= lo < b for a, b in ctx.headings) or any(a <= lo and hi <= b for a, b in ctx.bold):
            return lo, hi
        return None
    return None


def _body_named(ctx: DocContext, text: str, heading: tuple[int, int] | None) -> Cluster | None:
    """The one plain body of the release one of whose forms is the text (case and accents aside), named outside the
    heading's characters too."""
    key = fold(" ".join(text.split()))
    if not key:
        return None
    found = {c.index: c for c in ctx.resolver.clusters
             if c.is_plain_body and any(fold(form) == key for form in (c.name, *c.forms))}
    if heading is not None:
        found = {i: c for i, c in found.items() if any(m.cluster == i and not heading[0] <= ctx.doc[m.start].idx < heading[1]
                                                       for m in ctx.resolver.mentions)}
    return next(iter(found.values())) if len(found) == 1 else None
