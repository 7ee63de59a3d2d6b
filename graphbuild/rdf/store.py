"""The knowledge-graph store: rdflib's API over a persistent Oxigraph store (or a SPARQL endpoint).

One named graph per source document. A document's quads are written in one
atomic `extend`, together with its content hash, so a build killed midway
leaves either the whole document or none of it, and the next build finishes it.
"""
from __future__ import annotations

from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

import pyoxigraph as ox
from rdflib import BNode, Dataset, Graph, Literal, URIRef
from rdflib.query import Result

from ..errors import StoreError
from .mapping import IriMinter, Quad
from .vocab import DEFAULT_BASE, GB

ONTOLOGY_GRAPH = URIRef("https://w3id.org/graphbuild/ontology")


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


def is_endpoint(location: str | Path) -> bool:
    return str(location).startswith(("http://", "https://"))


class KnowledgeStore:
    """Open a store at a folder (created if missing) and read/write documents' graphs."""

    def __init__(self, location: str | Path, base: str = DEFAULT_BASE, update_url: str | None = None, read_only: bool = False) -> None:
        self.location = str(location)
        self.minter = IriMinter(base)
        self.remote = is_endpoint(location)
        if self.remote:
            from .remote import open_remote

            self.dataset = open_remote(self.location, update_url)
            self._ox: ox.Store | None = None
            return
        path = Path(location)
        if read_only and not path.exists():
            raise StoreError(f"{path}: no store here; build one first (graphbuild build INPUT -o OUT) or pass --store")
        try:
            exists = path.exists()
            path.parent.mkdir(parents=True, exist_ok=True)
            self.dataset = Dataset(store="Oxigraph")
            self.dataset.open(str(path), create=not exists)
        except (OSError, ValueError) as exc:
            raise StoreError(f"{path}: cannot open the Oxigraph store ({exc}); is another graphbuild process using it?") from exc
        self._ox = self.dataset.store._inner  # type: ignore[attr-defined]

    # ---- documents ---------------------------------------------------------
    def document_hashes(self) -> dict[str, str]:
        """{document id: content hash} of every document in the store."""
        rows = self.query(
            "PREFIX gb: <https://w3id.org/graphbuild/ontology#> PREFIX dcterms: <http://purl.org/dc/terms/>"
            " SELECT ?id ?sha WHERE { GRAPH ?g { ?g a gb:Document ; dcterms:identifier ?id ; gb:sha256 ?sha } }"
        )
        return {str(row[0]): str(row[1]) for row in rows}

    def replace_document(self, doc_id: str, quads: Iterable[Quad]) -> int:
        """Drop the document's graph and write its new quads atomically; returns the quad count."""
        graph = self.minter.document(doc_id)
        converted = [ox.Quad(to_ox(s), to_ox(p), to_ox(o), to_ox(g)) for s, p, o, g in quads]
        if self._ox is None:
            from .remote import replace_graph

            replace_graph(self.dataset, graph, converted)
            return len(converted)
        try:
            self._ox.remove_graph(to_ox(graph))
        except Exception:  # graph absent: nothing to drop  # noqa: BLE001
            pass
        self._ox.extend(converted)
        return len(converted)

    def remove_document(self, doc_id: str) -> None:
        graph = self.minter.document(doc_id)
        if self._ox is None:
            from .remote import drop_graph

            drop_graph(self.dataset, graph)
            return
        try:
            self._ox.remove_graph(to_ox(graph))
        except Exception:  # noqa: BLE001
            pass

    def load_ontology(self, path: Path) -> None:
        """Replace the ontology graph with the Turtle file at `path`."""
        graph = Graph()
        graph.parse(path, format="turtle")
        quads = [(s, p, o, ONTOLOGY_GRAPH) for s, p, o in graph]
        if self._ox is None:
            from .remote import replace_graph

            replace_graph(self.dataset, ONTOLOGY_GRAPH, [ox.Quad(to_ox(s), to_ox(p), to_ox(o), to_ox(g)) for s, p, o, g in quads])
            return
        try:
            self._ox.remove_graph(to_ox(ONTOLOGY_GRAPH))
        except Exception:  # noqa: BLE001
            pass
        self._ox.extend([ox.Quad(to_ox(s), to_ox(p), to_ox(o), to_ox(g)) for s, p, o, g in quads])

    # ---- reading -----------------------------------------------------------
    def query(self, sparql: str, bindings: Mapping[str, object] | None = None) -> Result:
        """Run SPARQL over the union of all graphs; `bindings` are bound as RDF terms, never pasted."""
        try:
            return self.dataset.query(sparql, initBindings=dict(bindings or {}))
        except Exception as exc:  # rdflib/pyoxigraph raise many types
            raise StoreError(f"query failed: {exc}") from exc

    def data_graph(self) -> Dataset:
        return self.dataset

    def count(self) -> int:
        if self._ox is not None:
            return len(self._ox)
        rows = self.query("SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }")
        return int(next(iter(rows))[0])

    def dump_trig(self, path: Path) -> None:
        """Every document graph (not the ontology) as TriG."""
        if self._ox is not None:
            quads = [q for q in self._ox if not (isinstance(q.graph_name, ox.NamedNode) and q.graph_name.value == str(ONTOLOGY_GRAPH))]
            quads.sort(key=lambda q: (str(q.graph_name), str(q.subject), str(q.predicate), str(q.object)))
            with path.open("wb") as handle:
                ox.serialize(quads, handle, format=ox.RdfFormat.TRIG)
            return
        self.dataset.serialize(destination=str(path), format="trig")

    def flush(self) -> None:
        if self._ox is not None:
            self._ox.flush()

    def close(self) -> None:
        try:
            self.flush()
        finally:
            self.dataset.close()

    def __enter__(self) -> "KnowledgeStore":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


__all__ = ["KnowledgeStore", "ONTOLOGY_GRAPH", "GB", "is_endpoint"]
