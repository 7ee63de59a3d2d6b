"""SPARQL query text, read and edited safely: values bound as RDF terms, read-only checks.

Parameters reach a query as ``VALUES`` blocks whose terms are serialised as RDF
(N-Triples escaping by pyoxigraph), never pasted into the query text, so quotes, braces,
``#`` or newlines in a value cannot change the query. The query is read with a small
tokenizer that knows strings, IRIs and comments, so a word inside them is never taken
for syntax.
"""
from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Mapping, Sequence

from rdflib import BNode, Literal, URIRef

from ..errors import QueryError
from .terms import to_ox

#: A SPARQL variable name (without its ? or $).
VARIABLE_NAME = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")
_TOKENS = re.compile(
    r'(?P<comment>\#[^\n]*)'
    r'|(?P<string>"""(?:[^"\\]|\\.|"(?!""))*"""|\'\'\'(?:[^\'\\]|\\.|\'(?!\'\'))*\'\'\'|"(?:[^"\\\n]|\\.)*"|\'(?:[^\'\\\n]|\\.)*\')'
    r'|(?P<iri><[^<>"{}|^`\\\s]*>)'
    r'|(?P<word>[A-Za-z_][A-Za-z0-9_]*)'
    r'|(?P<open>\{)|(?P<close>\})'
    r'|(?P<other>[^\s])',
    re.DOTALL,
)


def _term(value: object) -> str:
    """An RDF term in SPARQL/N-Triples syntax (strings escaped by pyoxigraph)."""
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
        if not VARIABLE_NAME.match(str(name).lstrip("?$")):
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


def iri_chunks(iris: Sequence[object], chunk: int) -> Iterator[str]:
    """The terms of a ``VALUES ?e { ... }`` block for each run of `chunk` IRIs: pyoxigraph IRIs print as <...>, so a
    long list of entities is asked about in several queries of bounded size."""
    for start in range(0, len(iris), chunk):
        yield " ".join(str(iri) for iri in iris[start:start + chunk])


__all__ = ["VARIABLE_NAME", "bind_values", "check_read_only", "iri_chunks", "is_update", "query_variables", "uses_service"]
