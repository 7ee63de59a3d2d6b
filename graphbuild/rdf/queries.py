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

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from rdflib import Literal, URIRef
from rdflib.query import Result

from ..errors import QueryError, StoreError
from ..ingest.textcheck import lone_surrogate_at
from ..paths import queries_dir
from . import name_index
from .base import open_store
from .result_formats import FORMATS, format_result
from .sparql_text import VARIABLE_NAME as _NAME
from .sparql_text import bind_values, check_read_only, is_update, query_variables, uses_service

_PARAM_LINE = re.compile(r"^#\s+\?([A-Za-z_][A-Za-z0-9_]*)(?:\s*(->|~>)\s*\?([A-Za-z_][A-Za-z0-9_]*))?\s+(.*\S)\s*$")
_REQUIRES = re.compile(r"^#\s*Requires one of:\s*(.*)$", re.IGNORECASE | re.MULTILINE)


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
        except UnicodeDecodeError as exc:
            raise QueryError(f"{file}: not UTF-8 text (invalid byte at offset {exc.start}); save the file as UTF-8") from exc
    _check_utf8(str(sparql), "the query text is")
    return str(sparql)


def _check_utf8(value: str, what: str) -> None:
    """Refuse text holding bytes that were not UTF-8 where it came from (a shell in Latin-1, a file name).

    Python hands such bytes over as lone surrogates ("\\udcf1" for 0xF1); no RDF term or query can hold them.
    """
    at = lone_surrogate_at(value)
    if at is not None:
        code = ord(value[at])
        shown = f"\\x{code - 0xDC00:02x}" if 0xDC80 <= code <= 0xDCFF else f"\\u{code:04x}"
        raise QueryError(f"{what} not valid UTF-8 text (byte {shown}); type it again in a UTF-8 terminal or "
                         "write it to a UTF-8 .rq file (--file)")


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
        _check_utf8(value, f"parameter {name!r}:")
        bindings[name] = parse_term(value, iri=name == "iri")
    return bindings


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


def run_formatted(store_location: str, text: str, bindings: Mapping[str, object], fmt: str, allow_service: bool = False) -> str:
    """Open the store read-only, run the query with `bindings`, and format the result."""
    if fmt not in FORMATS:
        raise QueryError(f"unknown format {fmt!r}; expected one of {', '.join(FORMATS)}")
    check_read_only(text, allow_service)
    with open_store(store_location, read_only=True) as store:
        return format_result(run(store, text, bindings, strict=True, allow_service=allow_service), fmt)


__all__ = ["BundledQuery", "FORMATS", "bind_values", "bundled", "check_read_only", "is_update", "uses_service", "find_entities", "format_result", "get", "parse_params",
           "parse_term", "prepare", "resolve_query", "run", "run_formatted"]
