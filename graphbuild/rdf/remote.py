"""A SPARQL 1.1 endpoint as the store: rdflib's SPARQLUpdateStore for queries, one update per graph write.

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
from collections.abc import Iterable
from io import BytesIO
from typing import Any
from urllib.parse import urlencode
from urllib.request import Request, urlopen

from rdflib import Dataset, Graph, URIRef
from rdflib.plugins.stores.sparqlstore import SPARQLUpdateStore
from rdflib.query import Result

from ..errors import StoreError

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


class EndpointStore(SPARQLUpdateStore):
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
    store = EndpointStore(query_endpoint=url, update_endpoint=update_url or default_update_url(url),
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
        raise StoreError(f"{endpoint}: SPARQL update failed ({_describe(exc)}); "
                         "is this the update endpoint (--update-url) and is the server writable?") from exc


def replace_graph(dataset: Dataset, graph: URIRef, ox_quads: Iterable[Any]) -> None:
    """Drop `graph` and insert `ox_quads` (pyoxigraph Quads) in one update request."""
    from .store import replace_update

    run_update(dataset, replace_update(graph, ox_quads))


def drop_graph(dataset: Dataset, graph: URIRef) -> None:
    from .store import replace_update

    run_update(dataset, replace_update(graph, []))
