"""Tables written as lines of cells ("Name | Nationality | Role"): where their rows are, and who their first cells name.

A release may list its designees as a table; the text keeps one row a line with "|" between the cells. The small
model reads an upper-case surname in a cell ("ZHOU Wenlong") as an organization and splits rows into several
sentences, so neither the name's kind nor the post in a "Role" cell reaches the extractors. A header whose first
cell is a name column and whose other cells describe people (nationality, date of birth, role, ...) says that
each row's first cell is a person: `people_in_tables` makes it one PERSON mention (without an "(a.k.a. ...)"
aside, which the alias pass reads), and `roles_table` reads the post from the role cell. So does a row of a table of
people and firms whose type column says "individual" (`typed_people`). A header whose first cell
names vessels ("Vessel | IMO | Flag | Ship manager") or that has an IMO column says the same of vessels: the model
misses one-word and all-capital ship names ("ARIA", "PACIFIC ORCHID"), so `first_cells_as_names` makes each a
VESSEL mention.
"""
from __future__ import annotations

from collections.abc import Callable, Container
from dataclasses import dataclass

from spacy.tokens import Doc

from .mention import Mention, replace_spans
from .company_forms import folded_legal_forms
from .doc_text import doc_text

NAME_COLUMNS = {"name", "names", "individual", "individuals", "person", "full name"}
#: Columns that only a person has: a table with one of them lists people.
PERSON_COLUMNS = {"nationality", "citizenship", "date of birth", "dob", "born", "place of birth", "role", "title", "position", "post",
                  "gender", "sex", "passport"}
#: First words of a column that gives each row's post: "Role", "Position at Y", "Post held", "Description" (a table
#: of people and firms describes a person by a post: "Director of Y").
POST_COLUMN_WORDS = frozenset({"role", "title", "position", "post", "description"})
#: A column that says of each row whether it names a person or a firm ("| Name | Type | ... |" over "| X | individual |").
TYPE_COLUMNS = frozenset({"type", "entity type", "category"})
PERSON_TYPES = frozenset({"individual", "person", "natural person"})
VESSEL_COLUMNS = {"vessel", "vessels", "vessel name", "ship", "ship name", "tanker"}
#: A first column that only numbers the rows ("| No. | Name | Position |", Japanese and other governments' notices):
#: the table is read from the column after it, so the name column is its first (thirty-second session, TL).
NUMBER_COLUMNS = frozenset({"no.", "no", "#", "nr.", "nr", "n°", "№", "s/n", "s.no.", "sr.", "sr. no.", "item", "number"})
#: Words that may follow a post cell's opening title ("Manager of Y", "Recruiter and former ...", "Accountant who ..."):
#: a cell whose title runs on into any other word ("Charcoal trader", "Freight company") opens with no post.
AFTER_TITLE_WORDS = frozenset({"of", "at", "for", "in", "and", "who", "to", "with", "since", "until", "from", "on"})
IMO_COLUMNS = {"imo", "imo number", "imo no.", "imo no"}


@dataclass(frozen=True)
class Row:
    """One table row: the character span of each cell (stripped), under the header's column names."""
    start: int
    end: int
    cells: tuple[tuple[int, int], ...]
    columns: tuple[str, ...]


def _cells(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """(start, end) of each "|"-separated cell of the line text[start:end], without the spaces around it."""
    out = []
    pos = start
    for part in text[start:end].split("|"):
        left = len(part) - len(part.lstrip())
        body = part.strip()
        out.append((pos + left, pos + left + len(body)))
        pos += len(part) + 1
    return out


def people_tables(doc: Doc) -> list[Row]:
    """Rows of the tables whose header has a name column first and a column only people have."""
    return _rows(doc, lambda names: names[0] in NAME_COLUMNS and bool(set(names[1:]) & PERSON_COLUMNS))


def post_tables(doc: Doc) -> list[Row]:
    """Rows of the tables whose header has a name column first and a post column (`post_column`), markdown tables
    included: there the outer bars open and close no cell and the rule under the header is no row. The rows are not
    retyped (`people_tables` is): `roles_table` reads a post only where the first cell is a person already."""
    rows = _rows(doc, lambda names: names[0] in NAME_COLUMNS and any(post_column(n) for n in names[1:]), outer_bars=True)
    text = doc_text(doc)
    return [r for r in rows if not set(text[r.cells[0][0]:r.cells[0][1]]) <= set("-: ")]


def post_column(name: str) -> bool:
    """A column name (lower case) that gives a post: "role", "position at y", "title / role", "description"."""
    words = name.replace("/", " ").split()
    return bool(words) and words[0] in POST_COLUMN_WORDS


def typed_people(doc: Doc) -> list[Row]:
    """Rows of a table of people and firms whose type column calls the row's name a person ("| X | individual |"):
    the model misses a two-word name in a cell as often as in a "Name | Role" table."""
    rows = _rows(doc, lambda names: names[0] in NAME_COLUMNS and bool(TYPE_COLUMNS & set(names[1:])), outer_bars=True)
    text = doc_text(doc)
    return [r for r in rows if any(c in TYPE_COLUMNS and " ".join(text[s:e].lower().split()) in PERSON_TYPES
                                   for c, (s, e) in zip(r.columns, r.cells))]


def vessel_tables(doc: Doc) -> list[Row]:
    """Rows of the tables whose header has a vessel column first, or a name column first and an IMO column."""
    return _rows(doc, lambda names: names[0] in VESSEL_COLUMNS or names[0] in NAME_COLUMNS and bool(set(names[1:]) & IMO_COLUMNS),
                 outer_bars=True)


def _rows(doc: Doc, header: Callable[[tuple[str, ...]], bool], outer_bars: bool = False) -> list[Row]:
    """Rows of the tables whose header line passes `header` (its cells' words in lower case). `outer_bars`: a markdown
    row's leading and trailing "|" open and close no cell ("| Vessel | IMO | Flag |", D15). People tables keep reading
    them as empty cells: their rows mix people and firms ("| Name | Location | Role |" over a person's row and a
    company's), and a first cell read as a person would retype the firms."""
    text = doc_text(doc)
    if "|" not in text:
        return []
    rows: list[Row] = []
    columns: tuple[str, ...] | None = None
    numbered = False
    pos = 0
    for line in text.split("\n"):
        start, end = pos, pos + len(line)
        pos = end + 1
        if line.count("|") < 1:
            columns = None
            continue
        cells = _cells(text, start, end)
        if outer_bars and len(cells) > 2 and line.strip().startswith("|") and line.strip().endswith("|"):
            cells = cells[1:-1]
        names = tuple(" ".join(text[s:e].lower().split()) for s, e in cells)
        if columns is None:
            numbered = len(names) > 2 and names[0] in NUMBER_COLUMNS
            if numbered:
                names = names[1:]
            if header(names):
                columns = names
            continue
        if numbered:
            cells = cells[1:]
        if len(cells) != len(columns) or not text[cells[0][0]:cells[0][1]].strip():
            columns = None
            continue
        rows.append(Row(start, end, tuple(cells), columns))
    return rows


def _name_end(doc: Doc, start: int, end: int) -> int:
    """Token end of a cell's name, before an "(a.k.a. ...)" aside."""
    for k in range(start, end):
        if doc[k].text == "(":
            return k
    return end


def titled_rows(doc: Doc, title_words: tuple[Container[str], Container[str]]) -> list[Row]:
    """Rows of the post tables whose post cell opens with a title ("General Director, Y", "Chief enforcer",
    "Legal Representative, Y Co., Ltd."): each names a person, however the model typed its first cell ("ZHOU
    Wenlong" as a firm, "KOROLEV Anton Vasilyevich" cut). A firm's row of a mixed table ("Charcoal trader that ...",
    "Freight company owned by ...") opens with no title. `title_words`: the gazetteer's title heads and modifiers."""
    heads, modifiers = title_words
    text = doc_text(doc)
    out: list[Row] = []
    for row in post_tables(doc):
        cells = [(c, s, e) for c, (s, e) in zip(row.columns, row.cells) if post_column(c)]
        if cells and _opens_with_title(text[cells[0][1]:cells[0][2]], heads, modifiers) and not _firms_row(text, row):
            out.append(row)
    return out


def _firms_row(text: str, row: Row) -> bool:
    """The row names a firm or a vessel whatever its post cell opens with: its name holds a legal form ("Zorvan
    Maritime Ltd | Manager of the tanker X", "Y SA | Owner: none listed"), or its type column calls it something other
    than a person ("| Y | Entity | Manager of ... |", "| X | Vessel | Operator: Y |") (review of TL's tables, RTL)."""
    forms = folded_legal_forms()
    s, e = row.cells[0]
    if any(w.strip(".,()").casefold() in forms for w in text[s:e].split()):
        return True
    return any(c in TYPE_COLUMNS and " ".join(text[a:b].lower().split()) not in PERSON_TYPES
               for c, (a, b) in zip(row.columns, row.cells))


def _opens_with_title(cell: str, heads: Container[str], modifiers: Container[str]) -> bool:
    """The cell's leading words are title words, one of them a head ("Deputy General Director"), and what follows them
    is the cell's end, a punctuation mark or a word of `AFTER_TITLE_WORDS`."""
    words = cell.replace("*", " ").split()
    seen_head = False
    for k, word in enumerate(words):
        if word.startswith("("):
            return seen_head  # "Director (Finance)"
        bare = word.strip(",;:.()").lower()
        if bare in heads or bare in modifiers:
            seen_head = seen_head or bare in heads
            if word[-1:] in ",;:":
                return seen_head
            continue
        return seen_head and k > 0 and (bare in AFTER_TITLE_WORDS or not bare)
    return seen_head


def people_in_tables(doc: Doc, mentions: list[Mention],
                     title_words: tuple[Container[str], Container[str]] = (frozenset(), frozenset())) -> list[Mention]:
    """The mentions with each people table's first cell as one PERSON mention (the pieces there dropped), so too each
    post table's row whose post cell opens with a title (`titled_rows`), and each vessel table's as one VESSEL mention."""
    mentions = first_cells_as_names(doc, mentions, people_tables(doc) + typed_people(doc) + titled_rows(doc, title_words), "PERSON")
    mentions = people_cut_at_cells(doc, mentions, post_tables(doc))
    return first_cells_as_names(doc, mentions, vessel_tables(doc), "VESSEL")


def people_cut_at_cells(doc: Doc, mentions: list[Mention], rows: list[Row]) -> list[Mention]:
    """The mentions with a person the model ran on past a row's first cell ("X Y | Chairwoman") cut at the cell's end:
    no name runs over a "|"."""
    cut: list[tuple[int, int]] = []
    for row in rows:
        span = doc.char_span(*row.cells[0], alignment_mode="expand")
        if span is None or len(span) == 0:
            continue
        for m in mentions:
            if m.label == "PERSON" and span.start <= m.start < span.end < m.end and any(t.text == "|" for t in doc[span.end:m.end]):
                cut.append((m.start, span.end))
    return replace_spans(doc, mentions, cut, "PERSON") if cut else mentions


def first_cells_as_names(doc: Doc, mentions: list[Mention], rows: list[Row], label: str) -> list[Mention]:
    """The mentions with each row's first cell as one mention of `label` (the pieces there dropped); not where a longer
    name or a known body covers the cell's words."""
    found: list[tuple[int, int]] = []
    for row in rows:
        s, e = row.cells[0]
        span = doc.char_span(s, e, alignment_mode="expand")
        if span is None or len(span) == 0:
            continue
        end = _name_end(doc, span.start, span.end)
        while end > span.start and doc[end - 1].is_space:
            end -= 1
        if end > span.start and doc[span.start].text[:1].isupper():
            found.append((span.start, end))
    found = [(s, e) for s, e in found if not any(m.start < e and s < m.end and (m.start < s or m.end > e or m.authority) for m in mentions)]
    if not found:
        return mentions
    names = {doc[s:e].text for s, e in found}
    out = replace_spans(doc, mentions, found, label)
    for m in out:
        if m.label == "ORG" and not m.authority and m.text in names:
            m.label = label  # the same name in prose, read as a firm ("**ZHOU Wenlong**, the director")
    return out
