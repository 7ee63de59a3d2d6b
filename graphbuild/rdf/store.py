"""The knowledge-graph store: rdflib's API over a persistent Oxigraph store (or a SPARQL endpoint).

One named graph per source document. Replacing a document's graph is one SPARQL
update (``DROP SILENT GRAPH <g> ; INSERT DATA { GRAPH <g> { ... } }``), which
Oxigraph -- embedded or behind a SPARQL 1.1 endpoint -- runs as one transaction,
together with the document's content hash: a build killed midway leaves every
document either in its old state or its new one, never half-written, and the
next build finishes it. The default graph of queries is the union of all graphs.
"""
from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from pathlib import Path
from typing import Any

import pyoxigraph as ox
from rdflib import BNode, Dataset, Literal, URIRef
from rdflib.query import Result
from rdflib.term import Node

from ..errors import StoreError
from .mapping import IriMinter, Quad
from .vocab import DEFAULT_BASE, GB, NAME_INDEX_GRAPH, ONTOLOGY_GRAPH

#: Prefixes every query may use without declaring them (a PREFIX in the query wins).
PREFIXES = {
    "gb": "https://w3id.org/graphbuild/ontology#",
    "ftm": "https://followthemoney.tech/ns#",
    "org": "http://www.w3.org/ns/org#",
    "prov": "http://www.w3.org/ns/prov#",
    "dcterms": "http://purl.org/dc/terms/",
    "schema": "https://schema.org/",
    "foaf": "http://xmlns.com/foaf/0.1/",
    "skos": "http://www.w3.org/2004/02/skos/core#",
    "owl": "http://www.w3.org/2002/07/owl#",
    "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
    "rdfs": "http://www.w3.org/2000/01/rdf-schema#",
    "xsd": "http://www.w3.org/2001/XMLSchema#",
}


def to_ox(term: object) -> Any:
    """An rdflib term as a pyoxigraph term."""
    if isinstance(term, URIRef):
        return ox.NamedNode(str(term))
    if isinstance(term, Literal):
        if term.language:
            return ox.Literal(str(term), language=term.language)
        if term.datatype:
            return ox.Literal(str(term), datatype=ox.NamedNode(str(term.datatype)))
        return ox.Literal(str(term))
    if isinstance(term, BNode):
        return ox.BlankNode(str(term))
    raise StoreError(f"cannot store term {term!r}; expected an IRI, literal or blank node")


def from_ox(term: Any) -> Node:
    """A pyoxigraph term as an rdflib term."""
    if isinstance(term, ox.NamedNode):
        return URIRef(term.value)
    if isinstance(term, ox.BlankNode):
        return BNode(term.value)
    if isinstance(term, ox.Literal):
        if term.language:
            return Literal(term.value, lang=term.language)
        if term.datatype.value == "http://www.w3.org/2001/XMLSchema#string":
            return Literal(term.value)
        return Literal(term.value, datatype=URIRef(term.datatype.value))
    raise StoreError(f"cannot convert term {term!r}; expected an IRI, literal or blank node")


def is_endpoint(location: str | Path) -> bool:
    return str(location).startswith(("http://", "https://"))


def replace_update(graph: object, quads: Iterable[Any]) -> str:
    """One SPARQL update that drops `graph` and inserts `quads` (pyoxigraph Quads): one transaction.

    Only for remote endpoints, where SPARQL 1.1 Update is the protocol. Every term is written by
    Oxigraph's N-Triples serializer (escaped as RDF data); no document text is pasted as query syntax.
    """
    by_graph: dict[Any, list[Any]] = {}
    for quad in quads:
        by_graph.setdefault(quad.graph_name, []).append(ox.Triple(quad.subject, quad.predicate, quad.object))
    parts = [f"DROP SILENT GRAPH {to_ox(graph)}"]
    if by_graph:
        blocks = []
        for name, triples in by_graph.items():
            body = ox.serialize(triples, format=ox.RdfFormat.N_TRIPLES).decode("utf-8")
            blocks.append(body if isinstance(name, ox.DefaultGraph) else f"GRAPH {name} {{\n{body}}}")
        parts.append("INSERT DATA {\n" + "\n".join(blocks) + "\n}")
    return " ;\n".join(parts)


def _canonical(quads: Iterable[Any]) -> set[Any]:
    """Quads with blank nodes canonically renamed, to compare two graphs."""
    dataset = ox.Dataset(quads)
    dataset.canonicalize(ox.CanonicalizationAlgorithm.RDFC_1_0)
    return set(dataset)


def _open_local(path: Path, read_only: bool) -> tuple[Dataset, ox.Store]:
    """An Oxigraph store on disk; read-only opens take no lock, so they work beside `graphbuild serve`."""
    from oxrdflib import OxigraphStore

    if read_only:
        if not path.exists():
            raise StoreError(f"{path}: no store here; build one first (graphbuild build INPUT -o OUT) or pass --store")
        if not (path / "CURRENT").exists():
            hint = f"; did you mean --store {path / 'store'}?" if (path / "store" / "CURRENT").exists() else ""
            raise StoreError(f"{path}: not an Oxigraph store (no CURRENT file){hint}")
        try:
            inner = ox.Store.read_only(str(path))
        except OSError as exc:
            raise StoreError(f"{path}: cannot open the Oxigraph store read-only ({exc})") from exc
        return Dataset(store=OxigraphStore(store=inner)), inner
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        inner = ox.Store(str(path))
    except OSError as exc:
        raise StoreError(f"{path}: cannot open the Oxigraph store ({exc}); is another graphbuild process "
                         "(a build, or graphbuild serve) using it? Stop it, or query it read-only") from exc
    return Dataset(store=OxigraphStore(store=inner)), inner


class KnowledgeStore:
    """Open a store at a folder (created if missing) and read/write documents' graphs."""

    def __init__(self, location: str | Path, base: str = DEFAULT_BASE, update_url: str | None = None, read_only: bool = False) -> None:
        self.location = str(location)
        self.minter = IriMinter(base)
        self.remote = is_endpoint(location)
        self.read_only = read_only
        self.closed = False
        self._dirty = False
        if self.remote:
            from .remote import open_remote

            self.dataset = open_remote(self.location, update_url)
            self._ox: ox.Store | None = None
        else:
            self.dataset, self._ox = _open_local(Path(location), read_only)
        # Queries see the union of all graphs by default; GRAPH ?g { } keeps documents apart.
        self.dataset.default_union = True
        for prefix, namespace in PREFIXES.items():
            self.dataset.bind(prefix, namespace, override=True, replace=True)

    # ---- documents ---------------------------------------------------------
    def document_hashes(self) -> dict[str, str]:
        """{document id: content hash} of every document in the store."""
        rows = self.query(
            "PREFIX gb: <https://w3id.org/graphbuild/ontology#> PREFIX dcterms: <http://purl.org/dc/terms/>"
            " SELECT ?id ?sha WHERE { GRAPH ?g { ?g a gb:Document ; dcterms:identifier ?id ; gb:sha256 ?sha } }"
        )
        return {str(row[0]): str(row[1]) for row in rows}

    def replace_document(self, doc_id: str, quads: Iterable[Quad]) -> int:
        """Drop the document's graph and write its new quads in one transaction; returns the quad count."""
        graph = self.minter.document(doc_id)
        converted = [ox.Quad(to_ox(s), to_ox(p), to_ox(o), to_ox(g)) for s, p, o, g in quads]
        self.replace_graph(graph, converted)
        return len(converted)

    def remove_document(self, doc_id: str) -> None:
        self.replace_graph(self.minter.document(doc_id), [])

    def load_ontology(self, path: Path) -> None:
        """Replace the ontology graph with the Turtle file at `path` (no write when it is unchanged)."""
        name = to_ox(ONTOLOGY_GRAPH)
        try:
            quads = {ox.Quad(q.subject, q.predicate, q.object, name) for q in ox.parse(path=str(path), format=ox.RdfFormat.TURTLE)}
        except (OSError, SyntaxError) as exc:
            raise StoreError(f"{path}: cannot read the ontology ({exc})") from exc
        if self._ox is not None and _canonical(self._ox.quads_for_pattern(None, None, None, name)) == _canonical(quads):
            return
        self.replace_graph(ONTOLOGY_GRAPH, sorted(quads, key=str))

    def replace_graph(self, graph: URIRef, quads: list[Any]) -> None:
        """Replace one named graph with `quads` (pyoxigraph Quads naming that graph); no quads drop it."""
        self._check_open()
        if self.read_only:
            raise StoreError(f"{self.location}: opened read-only; cannot write")
        if self._ox is None:
            from .remote import drop_graph, replace_graph

            if quads:
                replace_graph(self.dataset, graph, quads)
            else:
                drop_graph(self.dataset, graph)
            return
        # Two atomic steps, no SPARQL text: drop the old graph, then add every new quad (content hash and
        # pipeline fingerprint included) in one `extend`. A build killed in between leaves the document
        # absent, never half-written, and the next build sees it missing and writes it again.
        name = to_ox(graph)
        try:
            if self._ox.contains_named_graph(name):
                self._ox.remove_graph(name)
            if quads:
                self._ox.extend(quads)
        except (OSError, ValueError) as exc:
            raise StoreError(f"{self.location}: cannot write graph {graph} ({exc})") from exc
        self._dirty = True

    # ---- reading -----------------------------------------------------------
    def query(self, sparql: str, bindings: Mapping[str, object] | None = None) -> Result:
        """Run SPARQL over the union of all graphs; `bindings` are bound as RDF terms, never pasted."""
        self._check_open()
        try:
            return self.dataset.query(sparql, initBindings=dict(bindings or {}))
        except Exception as exc:  # rdflib/pyoxigraph raise many types
            raise StoreError(f"query failed: {exc}") from exc

    def data_graph(self) -> Dataset:
        return self.dataset

    def iter_quads(self, include_ontology: bool = False) -> Iterator[Any]:
        """Every quad of the document graphs (and the ontology graph if asked) as pyoxigraph Quads.

        The name index is derived from the document graphs and never included.
        """
        self._check_open()
        skip = {str(NAME_INDEX_GRAPH)} | (set() if include_ontology else {str(ONTOLOGY_GRAPH)})
        if self._ox is not None:
            for quad in self._ox:
                if not (isinstance(quad.graph_name, ox.NamedNode) and quad.graph_name.value in skip):
                    yield quad
            return
        rows = self.query("SELECT ?s ?p ?o ?g WHERE { GRAPH ?g { ?s ?p ?o } }")
        for s, p, o, g in rows:
            if str(g) not in skip:
                yield ox.Quad(to_ox(s), to_ox(p), to_ox(o), to_ox(g))

    def count(self) -> int:
        self._check_open()
        if self._ox is not None:
            return len(self._ox)
        rows = self.query("SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }")
        return int(next(iter(rows))[0])

    def dump_trig(self, path: Path) -> None:
        """Every document graph (not the ontology) as TriG, sorted so that equal stores give equal files."""
        quads = sorted(self.iter_quads(), key=lambda q: (str(q.graph_name), str(q.subject), str(q.predicate), str(q.object)))
        with path.open("wb") as handle:
            ox.serialize(quads, handle, format=ox.RdfFormat.TRIG)

    def note_write(self) -> None:
        """Record a write made straight on the Oxigraph store (bulk loads, the name index): `flush` persists it."""
        self._dirty = True

    def optimize(self) -> None:
        """Compact the on-disk store (Oxigraph's `optimize`); nothing to do on an endpoint.

        Bulk loads add sorted files side by side that each lookup must consult until they are
        merged; after the --engine dask load, reads are about twice as fast once compacted.
        """
        self._check_open()
        if self._ox is None or self.read_only:
            return
        try:
            self._ox.optimize()
        except OSError as exc:
            raise StoreError(f"{self.location}: cannot compact the store ({exc})") from exc

    def flush(self) -> None:
        if self._ox is not None and self._dirty:
            self._ox.flush()
            self._dirty = False

    def close(self) -> None:
        """Flush and let go of the store: its folder's lock is free for the next open, in this process too.

        A query result not yet read to the end still holds the store (and its lock) until it is
        dropped: read results (list(...)) before closing.
        """
        if self.closed:
            return
        try:
            self.flush()
        finally:
            self.closed = True
            self.dataset.close()
            self._ox = None  # the last reference: Oxigraph closes the database (and its background jobs) here

    def _check_open(self) -> None:
        if self.closed:
            raise StoreError(f"{self.location}: this store was closed; open it again to use it")

    def __enter__(self) -> "KnowledgeStore":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


__all__ = ["KnowledgeStore", "ONTOLOGY_GRAPH", "PREFIXES", "GB", "is_endpoint", "replace_update", "to_ox", "from_ox"]
