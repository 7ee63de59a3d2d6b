"""SPARQL for `graphbuild query`: bundled queries, parameters bound as RDF terms, result formats.

Bundled queries live in `graphbuild/queries/*.rq`. Each starts with a comment header:
its first line is the one-line description `graphbuild query --list` prints, then what
it answers, its parameters as ``#   ?name  what it is`` lines, and an example.

Parameters (``-p NAME=VALUE``) are RDF terms -- a Literal, or an IRI written ``<...>`` --
and reach the query as a ``VALUES`` block joined at the top of its WHERE clause, or
wherever the query marks the place with ``VALUES ?name { UNDEF }`` (see `bind_values`). The
value is serialised as an RDF term (N-Triples escaping), never pasted into the query
text, so quotes, braces, ``#`` or newlines in a name cannot change the query. Because
the block is joined at the top of the WHERE clause, FILTERs there see the value. The
same text works on the local store and on any SPARQL 1.1 endpoint.

Name parameters: a header line ``#   ?authority -> ?authorityIri  ...`` says that a
name given for ``?authority`` is looked up among every label and alias in the store
(ignoring case, accents, punctuation and "SURNAME, Given" order) and the matching
entities are bound to ``?authorityIri`` (``~>``: the name *contains* the text), through
the store's name index (`graphbuild.rdf.name_index`) when it has one. The
query then joins on IRIs, which is fast at any size; the name itself is bound too.
Run as-is by another tool, such a query simply has no filter. A header line
``# Requires one of: ?a ?b`` makes at least one of those parameters mandatory (without
one, `graphbuild query` refuses the query; `run` from Python returns no rows).
"""
from __future__ import annotations

import csv
import io
import json
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from rdflib import BNode, Literal, URIRef
from rdflib.query import Result

from ..errors import QueryError, StoreError
from ..paths import queries_dir
from . import name_index

FORMATS = ("table", "csv", "json")
_NAME = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")
_PARAM_LINE = re.compile(r"^#\s+\?([A-Za-z_][A-Za-z0-9_]*)(?:\s*(->|~>)\s*\?([A-Za-z_][A-Za-z0-9_]*))?\s+(.*\S)\s*$")
_REQUIRES = re.compile(r"^#\s*Requires one of:\s*(.*)$", re.IGNORECASE | re.MULTILINE)
_TOKENS = re.compile(
    r'(?P<comment>\#[^\n]*)'
    r'|(?P<string>"""(?:[^"\\]|\\.|"(?!""))*"""|\'\'\'(?:[^\'\\]|\\.|\'(?!\'\'))*\'\'\'|"(?:[^"\\\n]|\\.)*"|\'(?:[^\'\\\n]|\\.)*\')'
    r'|(?P<iri><[^<>"{}|^`\\\s]*>)'
    r'|(?P<word>[A-Za-z_][A-Za-z0-9_]*)'
    r'|(?P<open>\{)|(?P<close>\})'
    r'|(?P<other>[^\s])',
    re.DOTALL,
)


@dataclass(frozen=True)
class BundledQuery:
    """A query shipped in graphbuild/queries/: `name` (file stem), one-line `description`, its text."""

    name: str
    description: str
    path: Path
    text: str
    params: dict[str, str] = field(default_factory=dict)
    about: str = ""
    lookups: dict[str, tuple[str, str]] = field(default_factory=dict)  # name parameter -> (IRI variable, "->" or "~>")


def _header_lines(text: str) -> list[str]:
    lines = []
    for line in text.splitlines():
        if not line.startswith("#"):
            break
        lines.append(line)
    return lines


def parse_header(text: str) -> tuple[str, str, dict[str, str]]:
    """(description, the rest of the comment header, {parameter: explanation}) of a query text."""
    lines = _header_lines(text)
    params = {m.group(1): m.group(4) for m in (_PARAM_LINE.match(line) for line in lines) if m}
    words = [line.lstrip("#").strip() for line in lines]
    description = words[0] if words else ""
    return description, "\n".join(words[1:]).strip(), params


def parse_lookups(text: str) -> dict[str, tuple[str, str]]:
    """{name parameter: (IRI variable, "->" exact or "~>" contains)} declared in the header."""
    return {m.group(1): (m.group(3), m.group(2)) for m in (_PARAM_LINE.match(line) for line in _header_lines(text))
            if m and m.group(2)}


def bundled() -> list[BundledQuery]:
    """Every bundled query, sorted by name."""
    found = []
    for path in sorted(queries_dir().glob("*.rq")):
        text = path.read_text(encoding="utf-8")
        description, about, params = parse_header(text)
        found.append(BundledQuery(path.stem, description, path, text, params, about, parse_lookups(text)))
    return found


def get(name: str) -> BundledQuery:
    for item in bundled():
        if item.name == name:
            return item
    names = ", ".join(q.name for q in bundled())
    raise QueryError(f"unknown bundled query {name!r}; expected one of: {names} (graphbuild query --list)")


def resolve_query(sparql: str | None, file: Path | None, name: str | None) -> str:
    """The query text from exactly one of: the argument, --file, --name."""
    given = [what for what, value in (("a SPARQL argument", sparql), ("--file", file), ("--name", name)) if value]
    if len(given) != 1:
        raise QueryError("give exactly one query: SPARQL text, --file F.rq or --name NAME "
                         f"({'got ' + ' and '.join(given) if given else 'got none'}); list bundled queries with --list")
    if name:
        return get(name).text
    if file:
        try:
            return Path(file).read_text(encoding="utf-8")
        except OSError as exc:
            raise QueryError(f"{file}: cannot read the query file ({exc.strerror or exc})") from exc
    return str(sparql)


def parse_term(value: str, iri: bool = False) -> URIRef | Literal:
    """A parameter value as an RDF term: a literal, taken verbatim (``<...>`` included), unless `iri`.

    An IRI is asked for explicitly: ``-p iri=...`` (a parameter named iri), ``-p NAME=iri:https://...``,
    or `iri=True`. A name such as ``<Unknown>`` can then still be looked up as the literal it is.
    """
    if value.startswith("iri:"):
        value, iri = value[4:], True
    if not iri:
        return Literal(value)
    if value.startswith("<") and value.endswith(">"):
        value = value[1:-1]
    if not value or re.search(r'[\s<>"{}|^`\\]', value) or not re.match(r"^[A-Za-z][A-Za-z0-9+.-]*:", value):
        raise QueryError(f"{value!r} is not a valid IRI (expected an absolute IRI such as https://..., without spaces or <>\"{{}}|^`\\)")
    return URIRef(value)


def parse_params(items: Iterable[str]) -> dict[str, URIRef | Literal]:
    """['NAME=VALUE', ...] -> {NAME: RDF term}; VALUE is a literal, an IRI for ``iri=`` or ``NAME=iri:...``."""
    bindings: dict[str, URIRef | Literal] = {}
    for item in items:
        name, sep, value = item.partition("=")
        name = name.strip().lstrip("?$")
        if not sep or not _NAME.match(name):
            raise QueryError(f"parameter {item!r} should look like NAME=VALUE (e.g. -p authority=OFAC, -p iri=https://... "
                             "or -p name=iri:https://...)")
        if name in bindings:
            raise QueryError(f"parameter {name!r} is given twice")
        bindings[name] = parse_term(value, iri=name == "iri")
    return bindings


def _term(value: object) -> str:
    """An RDF term in SPARQL/N-Triples syntax (strings escaped by pyoxigraph)."""
    from .store import to_ox

    if isinstance(value, (URIRef, Literal, BNode)):
        if isinstance(value, BNode):
            raise QueryError("a blank node cannot be bound as a query parameter; use an IRI or a literal")
        return str(to_ox(value))
    return str(to_ox(Literal(value)))


def _values_position(sparql: str) -> int:
    """Offset just after the `{` that opens the query's WHERE clause (outside strings, IRIs, comments)."""
    depth = 0
    first_open: int | None = None
    after_where = False
    for match in _TOKENS.finditer(sparql):
        kind = match.lastgroup
        if kind == "word" and depth == 0 and match.group().upper() == "WHERE":
            after_where = True
        elif kind == "open":
            if depth == 0 and after_where:
                return match.end()
            if depth == 0 and first_open is None:
                first_open = match.end()
            depth += 1
        elif kind == "close":
            depth = max(0, depth - 1)
    if first_open is not None and not re.search(r"\bCONSTRUCT\b", sparql, re.IGNORECASE):
        return first_open  # SELECT/ASK/DESCRIBE without the optional WHERE keyword
    raise QueryError("cannot bind parameters: the query has no WHERE { ... } clause")


def query_variables(sparql: str) -> set[str]:
    """The ?variables / $variables the query text uses (outside strings, IRIs and comments)."""
    names: set[str] = set()
    tokens = list(_TOKENS.finditer(sparql))
    for mark, word in zip(tokens, tokens[1:]):
        if mark.group() in {"?", "$"} and word.lastgroup == "word" and word.start() == mark.end():
            names.add(word.group())
    return names


def _placeholders(sparql: str) -> dict[str, list[tuple[int, int]]]:
    """{variable: spans of ``VALUES ?variable { UNDEF }``} in the query's code (not in strings, IRIs or comments)."""
    text = [(m.start(), m.end()) for m in _TOKENS.finditer(sparql) if m.lastgroup in {"comment", "string", "iri"}]
    spans: dict[str, list[tuple[int, int]]] = {}
    for match in re.finditer(r"\bVALUES\s+[?$]([A-Za-z_][A-Za-z0-9_]*)\s*\{\s*UNDEF\s*\}", sparql, re.IGNORECASE):
        if not any(a <= match.start() < b for a, b in text):
            spans.setdefault(match.group(1), []).append((match.start(), match.end()))
    return spans


def _values(name: str, values: Iterable[object]) -> str:
    return f"VALUES ?{name} {{ {' '.join(_term(v) for v in values)} }}"


def bind_values(sparql: str, bindings: Mapping[str, object], alternatives: Mapping[str, Iterable[object]] | None = None) -> str:
    """The query with its parameters bound by VALUES blocks.

    `bindings` gives one value per variable; `alternatives` a set of values for a variable
    (``VALUES ?x { <a> <b> }``; an empty set matches nothing). A variable is bound where the
    query marks its place with ``VALUES ?x { UNDEF }`` (a join with nothing, so the query runs
    unchanged elsewhere), every such place; without a mark, at the top of the WHERE clause.
    Marks let a query bind a value inside the pattern that can use it (Oxigraph evaluates a
    top-level VALUES separately from a GRAPH block that contains OPTIONALs or BINDs).
    """
    alternatives = dict(alternatives or {})
    if not bindings and not alternatives:
        return sparql
    for name in [*bindings, *alternatives]:
        if not _NAME.match(str(name).lstrip("?$")):
            raise QueryError(f"{name!r} is not a SPARQL variable name")
    several = {str(k).lstrip("?$"): list(v) for k, v in alternatives.items()}
    single = {name: v for k, v in bindings.items() if (name := str(k).lstrip("?$")) not in several}
    marks = _placeholders(sparql)
    edits = [(a, b, _values(name, [single[name]] if name in single else several[name]))
             for name in [*single, *several] for a, b in marks.get(name, [])]
    loose = {name: v for name, v in single.items() if name not in marks}  # one row for every unmarked single value
    top = [f"VALUES ({' '.join('?' + k for k in loose)}) {{ ({' '.join(_term(v) for v in loose.values())}) }}"] if loose else []
    top += [_values(name, values) for name, values in several.items() if name not in marks]
    if top:
        at = _values_position(sparql)
        edits.append((at, at, "".join(f"\n  {line}" for line in top) + "\n"))
    for a, b, text in sorted(edits, reverse=True):
        sparql = sparql[:a] + text + sparql[b:]
    return sparql


def find_entities(store: Any, value: str, mode: str = "->") -> list[URIRef]:
    """Entities with a label or alias equal to `value` (``->``) or containing it (``~>``), normalised.

    Uses the store's name index (`graphbuild.rdf.name_index`); a store without one (built
    by an older version, or loaded from graph.trig elsewhere) is scanned label by label.
    """
    exact = mode == "->"
    wanted = name_index.lookup_keys(value) if exact else name_index.search_text(value)
    if not wanted:
        return []
    if name_index.present(store):
        if exact:
            text = bind_values(name_index.EXACT, {}, {"key": [Literal(k) for k in sorted(wanted)]})
        else:
            text = bind_values(name_index.CONTAINS, {"needle": Literal(wanted)})
        return sorted({row[0] for row in store.query(text)})

    def matches(name: str) -> bool:
        return bool(name_index.lookup_keys(name) & wanted) if exact else wanted in name_index.search_text(name)

    return sorted({entity for entity, name, _ in name_index.names(store) if matches(name)})


def missing_required(sparql: str, bindings: Mapping[str, object]) -> list[str]:
    """The parameters of an unmet ``# Requires one of:`` line (empty when every such line is met)."""
    for line in _REQUIRES.findall(sparql):
        needed = re.findall(r"[?$]([A-Za-z_][A-Za-z0-9_]*)", line)
        if needed and not set(needed) & set(bindings):
            return needed
    return []


def check_params(sparql: str, bindings: Mapping[str, object], strict: bool = True) -> None:
    """Refuse a parameter the query does not declare (header) or use: a typo would silently match everything.

    `strict`: also refuse a query whose required parameters (``# Requires one of:``) are missing.
    """
    _, _, declared = parse_header(sparql)
    known = set(declared) if declared else query_variables(sparql)
    unknown = sorted(set(bindings) - known)
    if unknown:
        expected = ", ".join(sorted(known)) or "none"
        raise QueryError(f"unknown parameter {unknown[0]!r} for this query; its parameters are: {expected}")
    needed = missing_required(sparql, bindings) if strict else []
    if needed:
        raise QueryError(f"this query needs one of: {', '.join(needed)} (e.g. -p {needed[0]}=...)")


def prepare(store: Any, sparql: str, bindings: Mapping[str, object] | None = None, strict: bool = False) -> str:
    """The query text to send: names looked up to IRIs in `store`, every value in VALUES blocks.

    A query whose required parameters are missing is an error when `strict` (the command
    line), else it matches nothing (its required variables are bound to no value).
    """
    bindings = {str(k).lstrip("?$"): v for k, v in (bindings or {}).items()}
    check_params(sparql, bindings, strict)
    alternatives: dict[str, list[object]] = {}
    lookups = parse_lookups(sparql)
    for param in missing_required(sparql, bindings):
        alternatives[lookups[param][0] if param in lookups else param] = []
    for param, (target, mode) in parse_lookups(sparql).items():
        value = bindings.get(param)
        if value is None:
            continue
        found = [value] if isinstance(value, URIRef) else find_entities(store, str(value), mode)
        alternatives[target] = sorted(set(alternatives[target]) & set(found)) if target in alternatives else found
        if target in bindings:  # an IRI given for the target itself must also be among the matches
            alternatives[target] = [v for v in alternatives[target] if v == bindings[target]]
    single = {k: v for k, v in bindings.items() if k not in alternatives}
    return bind_values(sparql, single, alternatives)


_UPDATE_WORDS = {"INSERT", "DELETE", "LOAD", "CLEAR", "CREATE", "DROP", "COPY", "MOVE", "ADD", "WITH"}


def _keywords(sparql: str) -> list[str]:
    """The query's bare words in upper case, outside strings, IRIs and comments, and not part of a
    prefixed name or variable (``gb:service`` and ``?service`` are not the SERVICE keyword)."""
    tokens = list(_TOKENS.finditer(sparql))
    words = []
    for k, token in enumerate(tokens):
        if token.lastgroup != "word":
            continue
        before = tokens[k - 1] if k else None
        after = tokens[k + 1] if k + 1 < len(tokens) else None
        if before is not None and before.end() == token.start() and before.group() in {"?", "$", ":"}:
            continue
        if after is not None and after.start() == token.end() and after.group() == ":":
            continue
        words.append(token.group().upper())
    return words


def uses_service(sparql: str) -> bool:
    """True when the query has a SERVICE clause (it would make this machine send requests elsewhere)."""
    return "SERVICE" in _keywords(sparql)


def is_update(sparql: str) -> bool:
    """True when the text is a SPARQL Update (INSERT, DELETE, LOAD, DROP, ...), not a query."""
    words = [w for w in _keywords(sparql) if w not in {"PREFIX", "BASE"}]
    return bool(words) and words[0] in _UPDATE_WORDS


def check_read_only(sparql: str, allow_service: bool = False) -> None:
    """Refuse an update (this command only reads) and, unless allowed, a SERVICE clause."""
    if is_update(sparql):
        raise QueryError("this is a SPARQL update (INSERT, DELETE, LOAD, DROP, ...); graphbuild query and serve are "
                         "read-only: change the store with graphbuild build (and --curation)")
    if uses_service(sparql) and not allow_service:
        raise QueryError("the query uses SERVICE, which would send requests from this machine to another address; "
                         "refused by default (pass --allow-service to permit it)")


def run(store: Any, sparql: str, bindings: Mapping[str, object] | None = None, strict: bool = False,
        allow_service: bool = False) -> Result:
    """Run `sparql` on an open KnowledgeStore with `bindings` bound as RDF terms (see `prepare`).

    Read-only: an update is refused, and so is SERVICE unless `allow_service`.
    """
    check_read_only(sparql, allow_service)
    text = prepare(store, sparql, bindings, strict)
    try:
        return store.query(text)
    except StoreError as exc:
        raise QueryError(str(exc).replace("\n", " ")) from exc


# ---- formats ------------------------------------------------------------------------------------
def _cell(term: object) -> str:
    if term is None:
        return ""
    if isinstance(term, BNode):
        return f"_:{term}"
    return str(term)


def _rows(result: Result) -> tuple[list[str], list[list[object]]]:
    names = [str(v) for v in (result.vars or [])]
    return names, [[row[i] for i in range(len(names))] for row in result]


def format_table(names: list[str], rows: list[list[object]], width: int = 60) -> str:
    def show(term: object) -> str:
        text = re.sub(r"\s+", " ", _cell(term)).strip()
        return text if len(text) <= width else text[: width - 1] + "…"

    cells = [[show(v) for v in row] for row in rows]
    widths = [max([len(n)] + [len(r[i]) for r in cells]) for i, n in enumerate(names)]
    lines = ["  ".join(n.ljust(w) for n, w in zip(names, widths)).rstrip(),
             "  ".join("-" * w for w in widths)]
    lines += ["  ".join(c.ljust(w) for c, w in zip(row, widths)).rstrip() for row in cells]
    lines.append(f"({len(rows)} row{'s' if len(rows) != 1 else ''})")
    return "\n".join(lines)


def format_csv(names: list[str], rows: list[list[object]]) -> str:
    """SPARQL 1.1 CSV results: a header of variable names, plain values (IRIs, literal text)."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(names)
    for row in rows:
        writer.writerow([_cell(v) for v in row])
    return buffer.getvalue().rstrip("\r\n")


def _json_term(term: object) -> dict[str, str] | None:
    if term is None:
        return None
    if isinstance(term, URIRef):
        return {"type": "uri", "value": str(term)}
    if isinstance(term, BNode):
        return {"type": "bnode", "value": str(term)}
    if isinstance(term, Literal):
        out = {"type": "literal", "value": str(term)}
        if term.language:
            out["xml:lang"] = term.language
        elif term.datatype and str(term.datatype) != "http://www.w3.org/2001/XMLSchema#string":
            out["datatype"] = str(term.datatype)
        return out
    return {"type": "literal", "value": str(term)}


def format_json(names: list[str], rows: list[list[object]]) -> str:
    """SPARQL 1.1 Query Results JSON (application/sparql-results+json)."""
    bindings = [{n: t for n, v in zip(names, row) if (t := _json_term(v)) is not None} for row in rows]
    return json.dumps({"head": {"vars": names}, "results": {"bindings": bindings}}, ensure_ascii=False, indent=1)


def format_result(result: Result, fmt: str) -> str:
    if fmt not in FORMATS:
        raise QueryError(f"unknown format {fmt!r}; expected one of {', '.join(FORMATS)}")
    if result.type == "ASK":
        answer = bool(result.askAnswer)
        return json.dumps({"head": {}, "boolean": answer}) if fmt == "json" else ("true" if answer else "false")
    if result.type in {"CONSTRUCT", "DESCRIBE"}:
        if fmt == "csv":
            raise QueryError(f"a {result.type} query returns a graph; use --format table (Turtle) or json (JSON-LD)")
        return result.graph.serialize(format="json-ld" if fmt == "json" else "turtle")
    names, rows = _rows(result)
    if fmt == "csv":
        return format_csv(names, rows)
    if fmt == "json":
        return format_json(names, rows)
    return format_table(names, rows)


def run_formatted(store_location: str, text: str, bindings: Mapping[str, object], fmt: str, allow_service: bool = False) -> str:
    """Open the store read-only, run the query with `bindings`, and format the result."""
    from .store import KnowledgeStore

    if fmt not in FORMATS:
        raise QueryError(f"unknown format {fmt!r}; expected one of {', '.join(FORMATS)}")
    check_read_only(text, allow_service)
    with KnowledgeStore(store_location, read_only=True) as store:
        return format_result(run(store, text, bindings, strict=True, allow_service=allow_service), fmt)


__all__ = ["BundledQuery", "FORMATS", "bind_values", "bundled", "check_read_only", "is_update", "uses_service", "find_entities", "format_result", "get", "parse_params",
           "parse_term", "prepare", "resolve_query", "run", "run_formatted"]
