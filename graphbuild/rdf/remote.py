"""A SPARQL 1.1 endpoint as the store (`EndpointStore`): rdflib's SPARQLUpdateStore for queries, one update per write.

`--store http://host:7878/query` reads through the SPARQL 1.1 protocol; writes go
to the update endpoint (`--update-url`, default: the query URL with a trailing
`/query` replaced by `/update`, else the same URL). Replacing a document's graph
is a single update request (``DROP SILENT GRAPH <g> ; INSERT DATA { GRAPH <g> { ... } }``)
that the server runs as one transaction (Oxigraph, Fuseki and GraphDB do), so a
build killed midway leaves no half-written document on the server either.

Queries use the server's default graph for patterns outside ``GRAPH``; graphbuild's
own queries always use ``GRAPH ?g``, so they work on any server. For ad-hoc queries,
run the server with a union default graph (``oxigraph serve --union-default-graph``).
"""
from __future__ import annotations

import urllib.error
from collections.abc import Iterable, Iterator
from io import BytesIO
from pathlib import Path
from typing import Any
from urllib.parse import urlencode
from urllib.request import Request, urlopen

import pyoxigraph as ox
from rdflib import Dataset, Graph, URIRef
from rdflib.plugins.stores.sparqlstore import SPARQLUpdateStore
from rdflib.query import Result

from ..errors import StoreError
from .base import KnowledgeStore, is_endpoint
from .terms import to_ox
from .vocab import DEFAULT_BASE, NAME_INDEX_GRAPH, ONTOLOGY_GRAPH

ACCEPT = "application/sparql-results+json, text/turtle;q=0.9, application/n-triples;q=0.8"
GRAPH_TYPES = {"text/turtle": "turtle", "application/n-triples": "nt", "application/rdf+xml": "xml"}


def default_update_url(url: str) -> str:
    """The update endpoint for a query endpoint: `.../query` -> `.../update`, else the same URL."""
    base, _, query = url.partition("?")
    if base.rstrip("/").endswith("/query"):
        base = base.rstrip("/")[: -len("/query")] + "/update"
    return base + (f"?{query}" if query else "")


def _describe(exc: BaseException) -> str:
    if isinstance(exc, urllib.error.HTTPError):
        try:
            body = exc.read().decode("utf-8", "replace").strip().replace("\n", " ")
        except Exception:  # noqa: BLE001
            body = ""
        return f"HTTP {exc.code} {exc.reason}" + (f": {body[:300]}" if body else "")
    if isinstance(exc, urllib.error.URLError):
        return str(exc.reason)
    return str(exc) or type(exc).__name__


class _PostingStore(SPARQLUpdateStore):
    """SPARQLUpdateStore whose queries are POSTed (no URL length limit) and whose HTTP errors raise.

    rdflib's POST path returns an (code, message, None) tuple on an HTTP error instead
    of raising, which would lose the server's explanation; this raises it instead.
    """

    def _query(self, query: str, default_graph: str | None = None, named_graph: str | None = None) -> Result:
        self._queries += 1
        params = {"default-graph-uri": default_graph} if default_graph else {}
        request = Request(self.query_endpoint + ("?" + urlencode(params) if params else ""), data=query.encode("utf-8"),
                          headers={"Accept": ACCEPT, "Content-Type": "application/sparql-query; charset=UTF-8"})
        with urlopen(request) as response:  # noqa: S310 - the user's endpoint
            body = response.read()
            content_type = response.headers.get("Content-Type", "application/sparql-results+json").split(";")[0].strip()
        if content_type in GRAPH_TYPES:  # CONSTRUCT / DESCRIBE
            result = Result("CONSTRUCT")
            result.graph = Graph().parse(data=body, format=GRAPH_TYPES[content_type])
            return result
        return Result.parse(BytesIO(body), content_type=content_type)


def open_remote(url: str, update_url: str | None = None) -> Dataset:
    """An rdflib Dataset over the endpoint; fails fast with one clear line when it cannot be reached."""
    store = _PostingStore(query_endpoint=url, update_endpoint=update_url or default_update_url(url),
                          returnFormat="json", autocommit=True, context_aware=True)
    dataset = Dataset(store=store, default_union=True)
    try:
        store.query("ASK { }", initNs={}, initBindings={}, queryGraph="__UNION__")
    except Exception as exc:  # noqa: BLE001 - urllib and rdflib raise many types
        raise StoreError(f"{url}: cannot reach the SPARQL endpoint ({_describe(exc)}); "
                         "check the URL (e.g. http://127.0.0.1:7878/query) and that the server runs") from exc
    return dataset


def run_update(dataset: Dataset, update: str) -> None:
    """Send one SPARQL update request (one transaction on the server)."""
    store = dataset.store
    try:
        store.update(update, initNs={}, initBindings={}, queryGraph=None)  # type: ignore[call-arg]
    except Exception as exc:  # noqa: BLE001
        endpoint = getattr(store, "update_endpoint", "?")
        if isinstance(exc, (urllib.error.URLError, ConnectionError, TimeoutError)) and not isinstance(exc, urllib.error.HTTPError):
            raise StoreError(f"{endpoint}: the SPARQL server does not answer ({_describe(exc)}); it stopped or is "
                             "unreachable: start it again and re-run the build (documents stored so far are kept)") from exc
        raise StoreError(f"{endpoint}: SPARQL update failed ({_describe(exc)}); "
                         "is this the update endpoint (--update-url) and is the server writable?") from exc


def _n_triples(quads: Iterable[Any]) -> dict[Any, str]:
    """{graph name: its quads' triples as N-Triples}, in order; Oxigraph's serializer escapes every term as data."""
    by_graph: dict[Any, list[Any]] = {}
    for quad in quads:
        by_graph.setdefault(quad.graph_name, []).append(ox.Triple(quad.subject, quad.predicate, quad.object))
    return {name: ox.serialize(triples, format=ox.RdfFormat.N_TRIPLES).decode("utf-8") for name, triples in by_graph.items()}


def _data_block(quads: Iterable[Any]) -> str:
    """The body of an INSERT DATA / DELETE DATA for pyoxigraph Quads."""
    return "\n".join(body if isinstance(name, ox.DefaultGraph) else f"GRAPH {name} {{\n{body}}}"
                     for name, body in _n_triples(quads).items())


def replace_update(graph: object, quads: Iterable[Any]) -> str:
    """One SPARQL update that drops `graph` and inserts `quads` (pyoxigraph Quads): one transaction.

    Every term is written by Oxigraph's N-Triples serializer (escaped as RDF data); no document
    text is pasted as query syntax.
    """
    parts = [f"DROP SILENT GRAPH {to_ox(graph)}"]
    block = _data_block(quads)
    if block:
        parts.append("INSERT DATA {\n" + block + "\n}")
    return " ;\n".join(parts)


class EndpointStore(KnowledgeStore):
    """A SPARQL 1.1 server as the store: queries over the protocol, every write one update request."""

    #: One write at a time: each is a request the server runs as one transaction.
    concurrent_loads = 1

    def __init__(self, location: str | Path, base: str = DEFAULT_BASE, update_url: str | None = None,
                 read_only: bool = False) -> None:
        super().__init__(location, base, update_url, read_only)
        self.dataset = open_remote(self.location, update_url)
        self._bind_prefixes()

    @classmethod
    def accepts(cls, location: str | Path) -> bool:
        return is_endpoint(location)

    def _update(self, update: str) -> None:
        self._check_writable()
        run_update(self.dataset, update)

    # ---- writing -----------------------------------------------------------------------------------
    def replace_graph(self, graph: URIRef, quads: list[Any]) -> None:
        self._update(replace_update(graph, quads))

    def remove_quads(self, quads: Iterable[Any]) -> None:
        block = _data_block(quads)
        if block:
            self._update("DELETE DATA {\n" + block + "\n}")

    def replace_subjects(self, graph: Any, subjects: Iterable[Any], quads: list[Any]) -> None:
        name = graph if isinstance(graph, ox.NamedNode) else to_ox(graph)
        values = " ".join(str(s) for s in subjects)  # pyoxigraph terms print as N-Triples: data, not syntax
        parts = [f"DELETE {{ GRAPH {name} {{ ?s ?p ?o }} }} WHERE {{ VALUES ?s {{ {values} }} GRAPH {name} {{ ?s ?p ?o }} }}"]
        block = _data_block(quads)
        if block:
            parts.append("INSERT DATA {\n" + block + "\n}")
        self._update(" ;\n".join(parts))

    def load_nquads(self, graphs: Iterable[Any], facts: list[str], seals: list[str]) -> None:
        """One DROP + INSERT DATA update per document graph (atomic on the server), facts and seal together."""
        by_graph: dict[str, list[ox.Quad]] = {g.value if isinstance(g, ox.NamedNode) else str(g): [] for g in graphs}
        for path in [*facts, *seals]:
            with open(path, "rb") as handle:
                for quad in ox.parse(handle, format=ox.RdfFormat.N_QUADS):
                    by_graph.setdefault(quad.graph_name.value, []).append(quad)
        for graph, quads in by_graph.items():
            self.replace_graph(URIRef(graph), quads)

    # ---- reading -----------------------------------------------------------------------------------
    def _quads(self, sparql: str) -> Iterator[Any]:
        for s, p, o, g in self.query(sparql):
            yield ox.Quad(to_ox(s), to_ox(p), to_ox(o), to_ox(g))

    def graph_quads(self, graph: URIRef) -> Iterator[Any]:
        return self._quads(f"SELECT ?s ?p ?o ?g WHERE {{ VALUES ?g {{ {to_ox(graph)} }} GRAPH ?g {{ ?s ?p ?o }} }}")

    def iter_quads(self, include_ontology: bool = False) -> Iterator[Any]:
        skip = {str(NAME_INDEX_GRAPH)} | (set() if include_ontology else {str(ONTOLOGY_GRAPH)})
        for quad in self._quads("SELECT ?s ?p ?o ?g WHERE { GRAPH ?g { ?s ?p ?o } }"):
            if quad.graph_name.value not in skip:
                yield quad

    def count(self) -> int:
        rows = self.query("SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }")
        return int(next(iter(rows))[0])

    def subjects_in(self, graphs: Iterable[Any], predicates: Iterable[Any]) -> None:
        """Unknown: one request per graph would cost more than the full name index rebuild it saves."""
        return None


__all__ = ["EndpointStore", "default_update_url", "open_remote", "replace_update", "run_update"]
