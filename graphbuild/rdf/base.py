"""The store interface: what the build, the queries, the views and the exports need from a store.

`KnowledgeStore` is the one type the rest of graphbuild uses. Its two implementations
are an Oxigraph store on disk (`graphbuild.rdf.local.LocalStore`) and a SPARQL 1.1
endpoint (`graphbuild.rdf.remote.EndpointStore`); everything that differs between
them lives in those two classes, and nothing outside them asks which one it has.
``KnowledgeStore(location, ...)`` opens the implementation that accepts the location
(a folder, or an ``http(s)://`` URL), as ``open_store(location, ...)`` does with a
return type a type checker follows. The implementations register themselves when
they are imported, which the package `graphbuild.rdf` does first.

One named graph per source document; the default graph of queries is the union of
all graphs. Replacing a document's graph is atomic on both implementations: a build
killed midway leaves every document either in its old state or its new one (or, on
the local store, absent), never half-written, and the next build finishes it. The one
exception is a first build into a local store, which writes batches in bulk (facts, then
seals): killed, it may leave documents without their seal, which the next build redoes.
"""
from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Iterable, Iterator, Mapping
from pathlib import Path
from typing import Any, ClassVar

import pyoxigraph as ox
from rdflib import Dataset, URIRef
from rdflib.query import Result

from ..errors import StoreError
from .mapping import IriMinter, Quad
from .terms import PREFIXES, ox_quads, to_ox
from .vocab import DEFAULT_BASE, GB, ONTOLOGY_GRAPH

#: The quads that mark a document as done (its content hash, the pipeline that made it): written after its facts.
SEAL_PREDICATES = frozenset({str(GB.sha256), str(GB.pipelineVersion)})


def is_endpoint(location: str | Path) -> bool:
    """Whether a store location names a SPARQL endpoint (an http(s) URL) rather than a folder."""
    return str(location).startswith(("http://", "https://"))


def store_key(location: str | Path) -> str:
    """One key per store however its location is written (a folder's absolute path, or the URL)."""
    return str(location) if is_endpoint(location) else str(Path(location).resolve())


def find_store(path_or_url: str | Path) -> tuple[Path | None, str | Path]:
    """(the build's output folder when there is one, the store location) for a location a user gave:
    an output folder (with `store/`), a store folder, or a SPARQL endpoint URL."""
    if is_endpoint(path_or_url):
        return None, path_or_url
    path = Path(path_or_url)
    if not path.exists():
        raise StoreError(f"{path}: no graph here; build one first (graphbuild.build(INPUTS, out={str(path)!r})) "
                         "or give an output folder, a store folder or a SPARQL endpoint URL")
    if (path / "store").is_dir() and not (path / "CURRENT").exists():
        return path, path / "store"
    if path.name == "store" and (path.parent / "relations.jsonl").exists():
        return path.parent, path
    return None, path_or_url


def canonical(quads: Iterable[Any]) -> set[Any]:
    """Quads with blank nodes canonically renamed, to compare two graphs."""
    dataset = ox.Dataset(quads)
    dataset.canonicalize(ox.CanonicalizationAlgorithm.RDFC_1_0)
    return set(dataset)


class KnowledgeStore(ABC):
    """A store of documents' named graphs; ``KnowledgeStore(location, ...)`` opens the right implementation."""

    _implementations: ClassVar[list[type[KnowledgeStore]]] = []
    #: Bulk loads that may run side by side (`graphbuild.rdf.shards`); None: as many as asked.
    concurrent_loads: ClassVar[int | None] = None
    dataset: Dataset

    def __init_subclass__(cls, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        KnowledgeStore._implementations.append(cls)

    def __new__(cls, location: str | Path, *args: Any, **kwargs: Any) -> KnowledgeStore:
        return super().__new__(implementation(location) if cls is KnowledgeStore else cls)

    def __init__(self, location: str | Path, base: str = DEFAULT_BASE, update_url: str | None = None,
                 read_only: bool = False) -> None:
        self.location = str(location)
        self.minter = IriMinter(base)
        self.read_only = read_only
        self.closed = False

    @classmethod
    def accepts(cls, location: str | Path) -> bool:
        """Whether this implementation opens `location` (the base class opens none itself)."""
        return False

    def _bind_prefixes(self) -> None:
        # Queries see the union of all graphs by default; GRAPH ?g { } keeps documents apart.
        self.dataset.default_union = True
        for prefix, namespace in PREFIXES.items():
            self.dataset.bind(prefix, namespace, override=True, replace=True)

    def __repr__(self) -> str:
        return f"<{type(self).__name__} {self.location}{' (closed)' if self.closed else ''}>"

    # ---- what each implementation provides -----------------------------------------------------
    @abstractmethod
    def replace_graph(self, graph: URIRef, quads: list[Any]) -> None:
        """Replace one named graph with `quads` (pyoxigraph Quads naming that graph); no quads drop it."""

    @abstractmethod
    def graph_quads(self, graph: URIRef) -> Iterator[Any]:
        """Every quad of one named graph, as pyoxigraph Quads."""

    @abstractmethod
    def iter_quads(self, include_ontology: bool = False) -> Iterator[Any]:
        """Every quad of the document graphs (and the ontology graph if asked) as pyoxigraph Quads.

        The name index is derived from the document graphs and never included.
        """

    @abstractmethod
    def count(self) -> int:
        """The number of quads in every named graph."""

    @abstractmethod
    def subjects_in(self, graphs: Iterable[Any], predicates: Iterable[Any]) -> set[Any] | None:
        """The subjects (pyoxigraph terms) of these predicates in these graphs; None when the store cannot
        tell cheaply (then callers fall back to work that does not need to know)."""

    @abstractmethod
    def remove_quads(self, quads: Iterable[Any]) -> None:
        """Remove these pyoxigraph Quads (absent ones are no error)."""

    @abstractmethod
    def replace_subjects(self, graph: Any, subjects: Iterable[Any], quads: list[Any]) -> None:
        """In `graph`, drop every quad about one of `subjects`, then add `quads` (one write)."""

    @abstractmethod
    def load_nquads(self, graphs: Iterable[Any], facts: list[str], seals: list[str]) -> None:
        """Replace `graphs` with the quads of the N-Quads files `facts`, then those of `seals`.

        The seals (each document's content hash) go in last: a document is done once its seal is in.
        """

    def flush(self) -> None:
        """Persist the writes made so far (nothing to do where every write is already committed)."""

    def optimize(self) -> None:
        """Compact the store after bulk loads (nothing to do where the server manages its files)."""

    def _release(self) -> None:
        """Let go of what `close` must release beyond the rdflib dataset."""

    # ---- shared by every implementation ----------------------------------------------------------
    def document_hashes(self) -> dict[str, str]:
        """{document id: content hash} of every document in the store."""
        rows = self.select(
            "PREFIX gb: <https://w3id.org/graphbuild/ontology#> PREFIX dcterms: <http://purl.org/dc/terms/>"
            " SELECT ?id ?sha WHERE { GRAPH ?g { ?g a gb:Document ; dcterms:identifier ?id ; gb:sha256 ?sha } }"
        )
        return {row[0].value: row[1].value for row in rows}

    def unsealed_documents(self) -> list[URIRef]:
        """Document graphs without their content hash: a bulk-loaded build killed before it wrote their seals. They
        are incomplete by construction; a build drops them before it starts (their inputs, if still there, are
        extracted again because they are not among `document_hashes`)."""
        rows = self.query(
            "PREFIX gb: <https://w3id.org/graphbuild/ontology#>"
            " SELECT DISTINCT ?g WHERE { GRAPH ?g { ?g a gb:Document } FILTER NOT EXISTS { GRAPH ?g { ?g gb:sha256 ?sha } } }"
        )
        return [URIRef(str(row[0])) for row in rows]

    def replace_document(self, doc_id: str, quads: Iterable[Quad]) -> int:
        """Drop the document's graph and write its new quads in one transaction; returns the quad count."""
        return len(self.write_document(doc_id, quads))

    def write_document(self, doc_id: str, quads: Iterable[Quad]) -> list[Any]:
        """`replace_document`, returning the pyoxigraph Quads written (the build makes its outputs from them)."""
        converted = ox_quads(quads)
        self.replace_graph(self.minter.document(doc_id), converted)
        return converted

    def write_documents(self, graphs: list[tuple[URIRef, list[Any]]], bulk: bool = False, hold_seals: bool = False) -> None:
        """Replace several document graphs (name, pyoxigraph Quads): one `replace_graph` each. With `bulk` the
        local store loads a large batch in bulk (faster; not atomic: a document is done once its seal is in);
        with `hold_seals` too, it may keep the batch's seals for its next write (`write_held_seals`)."""
        for graph, quads in graphs:
            self.replace_graph(graph, quads)

    def write_held_seals(self) -> None:
        """Write the seals `write_documents(hold_seals=True)` kept back (none here: every graph went in whole)."""

    def remove_document(self, doc_id: str) -> None:
        self.replace_graph(self.minter.document(doc_id), [])

    def load_ontology(self, path: Path) -> None:
        """Replace the ontology graph with the Turtle file at `path` (no write when it is unchanged)."""
        name = to_ox(ONTOLOGY_GRAPH)
        try:
            quads = {ox.Quad(q.subject, q.predicate, q.object, name) for q in ox.parse(path=str(path), format=ox.RdfFormat.TURTLE)}
        except (OSError, SyntaxError) as exc:
            raise StoreError(f"{path}: cannot read the ontology ({exc})") from exc
        if canonical(self.graph_quads(ONTOLOGY_GRAPH)) == canonical(quads):
            return
        self.replace_graph(ONTOLOGY_GRAPH, sorted(quads, key=str))

    def query(self, sparql: str, bindings: Mapping[str, object] | None = None) -> Result:
        """Run SPARQL over the union of all graphs; `bindings` are bound as RDF terms, never pasted."""
        self._check_open()
        try:
            return self.dataset.query(sparql, initBindings=dict(bindings or {}))
        except Exception as exc:  # rdflib/pyoxigraph raise many types
            raise StoreError(f"{self.location}: query failed: {exc}") from exc

    def select(self, sparql: str) -> list[tuple[Any, ...]]:
        """A SELECT's rows (over the same union of graphs as `query`) as pyoxigraph terms, None where unbound.

        For graphbuild's own queries that only read the values (`.value`): a local store answers them
        without making an rdflib term of every cell (`graphbuild.rdf.local`); here, `query`'s rows converted.
        """
        return [tuple(None if term is None else to_ox(term) for term in row) for row in self.query(sparql)]

    def values(self, sparql: str) -> list[tuple[str | None, ...]]:
        """A SELECT's rows (`select`) as each cell's value, None where unbound: an IRI's or a literal's `.value` is
        what `str()` of its rdflib term gave, without an rdflib term per cell (issue 18, S20)."""
        return [tuple(None if term is None else term.value for term in row) for row in self.select(sparql)]

    def data_graph(self) -> Dataset:
        return self.dataset

    def dump_trig(self, path: Path) -> None:
        """Every document graph (not the ontology) as TriG, sorted so that equal stores give equal files."""
        quads = sorted(self.iter_quads(), key=lambda q: (str(q.graph_name), str(q.subject), str(q.predicate), str(q.object)))
        from ..outputs.atomic import atomic_output  # whole or not at all: a full disk leaves no truncated file

        with atomic_output(path) as handle:
            ox.serialize(quads, handle, format=ox.RdfFormat.TRIG)

    def close(self) -> None:
        """Flush and let go of the store: a local store's lock is free for the next open, in this process too.

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
            self._release()

    def _check_open(self) -> None:
        if self.closed:
            raise StoreError(f"{self.location}: this store was closed; open it again to use it")

    def _check_writable(self) -> None:
        self._check_open()
        if self.read_only:
            raise StoreError(f"{self.location}: opened read-only; cannot write")

    def __enter__(self) -> KnowledgeStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def implementation(location: str | Path) -> type[KnowledgeStore]:
    """The store class that opens `location` (the first that accepts it)."""
    for kind in KnowledgeStore._implementations:
        if kind.accepts(location):
            return kind
    raise StoreError(f"{location}: no store implementation accepts this location "
                     "(import the store from graphbuild.rdf.store, which loads them)")


def open_store(location: str | Path, base: str = DEFAULT_BASE, update_url: str | None = None,
               read_only: bool = False) -> KnowledgeStore:
    """Open the store at a folder (created if missing, unless `read_only`) or a SPARQL endpoint URL."""
    return implementation(location)(location, base=base, update_url=update_url, read_only=read_only)


__all__ = ["KnowledgeStore", "implementation", "open_store", "canonical", "find_store", "is_endpoint", "store_key"]
