"""The store on disk: rdflib's API over a persistent Oxigraph store (`oxrdflib`), with Oxigraph's fast paths.

Writes go straight to Oxigraph, without SPARQL text: replacing a document's graph is
two atomic steps (drop the old graph, then add every new quad, content hash and
pipeline fingerprint included, in one `extend`), so a build killed in between leaves
the document absent, never half-written, and the next build writes it again. Bulk
loads use Oxigraph's bulk loader (see `graphbuild.rdf.shards` for why it is fast), and so do
a first build's large batches of documents (`write_documents`): facts first, then the seals.
"""
from __future__ import annotations

import io
import os
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any

import pyoxigraph as ox
from rdflib import Dataset, URIRef

from ..errors import StoreError
from ..pipeline import early_store
from .base import SEAL_PREDICATES, KnowledgeStore, is_endpoint
from .terms import PREFIXES, to_ox
from .vocab import DEFAULT_BASE, NAME_INDEX_GRAPH, ONTOLOGY_GRAPH


#: Fewer quads than this in one `write_documents` go in a transaction per document (a bulk load's fixed cost is higher).
BULK_MIN_QUADS = 2_000


def _open(path: Path, read_only: bool) -> tuple[Dataset, ox.Store]:
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
        except RuntimeError as exc:
            raise _damaged(path, exc) from exc
        except OSError as exc:
            raise StoreError(f"{path}: cannot open the Oxigraph store read-only ({exc})") from exc
        return Dataset(store=OxigraphStore(store=inner)), inner
    try:
        inner = early_store.take(path)  # created on a thread while the command line imported itself, if it was
        if inner is None:
            path.parent.mkdir(parents=True, exist_ok=True)
            inner = ox.Store(str(path))
    except RuntimeError as exc:
        raise _damaged(path, exc) from exc
    except OSError as exc:
        raise StoreError(f"{path}: cannot open the Oxigraph store ({exc}); {_open_failure_hint(exc)}") from exc
    return Dataset(store=OxigraphStore(store=inner)), inner


def _damaged(path: Path, exc: RuntimeError) -> StoreError:
    """pyoxigraph raises the storage engine's own failures as RuntimeError; RocksDB's "Corruption: ..." (a file of
    the store truncated or overwritten) means the store cannot be read, while the documents are still where they
    were built from."""
    reason = " ".join(str(exc).split())
    if "corruption" not in reason.lower():
        return StoreError(f"{path}: cannot use the Oxigraph store ({reason})")
    return StoreError(f"{path}: the store is damaged ({reason}); build again into a new folder "
                      "(or move this one away and re-run the same build: every document is read again)")


def _open_failure_hint(exc: OSError) -> str:
    """What most likely happened, from the storage engine's message: a lock held, a full disk, permissions."""
    text = str(exc).lower()
    if "no space left" in text or getattr(exc, "errno", None) == 28:
        return "the disk is full: free some space and re-run (documents stored so far are kept)"
    if "permission denied" in text or "read-only file system" in text:
        return "no permission to write there: pick another -o/--store or fix the folder's permissions"
    if "lock" in text or "temporarily unavailable" in text:
        return ("another graphbuild process (a build, or graphbuild serve) is using it: stop it, or query it "
                "read-only")
    return "is the folder an Oxigraph store on a writable disk?"


def _named(graph: Any) -> ox.NamedNode:
    return graph if isinstance(graph, ox.NamedNode) else to_ox(graph)


class _Files(io.RawIOBase):
    """Several files read as one stream; `current` names the one being read (for error messages)."""

    def __init__(self, paths: Iterable[str | Path]) -> None:
        super().__init__()
        self._paths = [str(p) for p in paths]
        self._handle: Any = None
        self.current = self._paths[0] if self._paths else ""

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        while True:
            if self._handle is None:
                if not self._paths:
                    return 0
                self.current = self._paths.pop(0)
                self._handle = open(self.current, "rb")
            count = self._handle.readinto(buffer)
            if count:
                return count
            self._handle.close()
            self._handle = None

    def close(self) -> None:
        if self._handle is not None:
            self._handle.close()
            self._handle = None
        super().close()


class LocalStore(KnowledgeStore):
    """An Oxigraph store in a folder (created if missing unless `read_only`)."""

    def __init__(self, location: str | Path, base: str = DEFAULT_BASE, update_url: str | None = None,
                 read_only: bool = False) -> None:
        super().__init__(location, base, update_url, read_only)
        self._dirty = False
        self._held_seals: list[Any] = []  # seals of the last bulk batch, written with the next write (write_documents)
        self._ox: ox.Store | None
        self.dataset, self._ox = _open(Path(location), read_only)
        self._bind_prefixes()

    @classmethod
    def accepts(cls, location: str | Path) -> bool:
        return not is_endpoint(location)

    def _oxstore(self) -> ox.Store:
        self._check_open()
        assert self._ox is not None  # set until close
        return self._ox

    def _write(self, what: str, action: Callable[[ox.Store], None], held: bool = False) -> None:
        """Run one write on the Oxigraph store; its errors name the store and what was written.

        Seals a bulk write held back (`write_documents`) go in first; `held`: `action` writes them itself."""
        self._check_writable()
        if self._held_seals and not held:
            self.write_held_seals()
        try:
            action(self._oxstore())
        except (OSError, ValueError) as exc:
            raise StoreError(f"{self.location}: cannot write {what} ({exc})") from exc
        self._dirty = True

    # ---- writing -----------------------------------------------------------------------------------
    def replace_graph(self, graph: URIRef, quads: list[Any]) -> None:
        name = to_ox(graph)

        def replace(store: ox.Store) -> None:
            if store.contains_named_graph(name):
                store.remove_graph(name)
            if quads:
                store.extend(quads)

        self._write(f"graph {graph}", replace)

    def write_documents(self, graphs: list[tuple[URIRef, list[Any]]], bulk: bool = False, hold_seals: bool = False) -> None:
        """Replace these document graphs; with `bulk`, from BULK_MIN_QUADS quads on, Oxigraph's bulk loader writes the facts.

        A transaction per document cost ~18 microseconds of CPU per quad here, the bulk loader ~5 plus
        ~15 ms per call (400 benchmark documents, 109,410 quads: 1.9 -> 0.8-1.0 CPU-s in batches of ~8,000
        quads; docs/benchmarks.md, issue 18). The bulk load is not atomic, so the seals (content hash,
        pipeline version) go in afterwards in one transaction: a build killed in between leaves documents
        without a hash, which the next build extracts and replaces again (as the dask engine's shards do).

        `hold_seals`: the seals wait instead and go into the next bulk load, beside the next batch's facts,
        or into one transaction at `write_held_seals` (called by any other write and by `flush`, so `close`). Each write
        after a bulk load cost ~45 ms of RocksDB's CPU (a batch's seals took as much as its facts): one call per
        batch instead of two, 1.7-2.0 -> 1.2-1.3 CPU-s for those 400 documents. Still safe: a batch's seals are
        written only once the call that loaded its facts has returned.
        """
        if not bulk or sum(len(quads) for _, quads in graphs) < BULK_MIN_QUADS:
            super().write_documents(graphs)  # a transaction per graph (held seals first: `_write`)
            return
        names = [to_ox(graph) for graph, _ in graphs]
        replaced = {name.value for name in names}
        held = [quad for quad in self._held_seals if quad.graph_name.value not in replaced]  # a graph replaced again
        seals: list[Any] = []

        def write(store: ox.Store) -> None:
            facts: list[Any] = []
            for name, (_, quads) in zip(names, graphs):
                if store.contains_named_graph(name):
                    store.remove_graph(name)
                for quad in quads:
                    (seals if quad.predicate.value in SEAL_PREDICATES else facts).append(quad)
            store.bulk_extend(facts + held if held else facts)  # `held`: their facts are in since an earlier call returned
            if not hold_seals:
                store.extend(seals)

        self._write(f"{len(graphs)} document graphs", write, held=True)
        self._held_seals = seals if hold_seals else []

    def write_held_seals(self) -> None:
        """Write the seals the last `write_documents(..., hold_seals=True)` kept back, in one transaction."""
        if not self._held_seals:
            return
        seals = self._held_seals
        self._write(f"the seals of {len({quad.graph_name.value for quad in seals})} document graphs",
                    lambda store: store.extend(seals), held=True)
        self._held_seals = []

    def remove_quads(self, quads: Iterable[Any]) -> None:
        def remove(store: ox.Store) -> None:
            for quad in quads:
                store.remove(quad)

        self._write("the removal of quads", remove)

    def replace_subjects(self, graph: Any, subjects: Iterable[Any], quads: list[Any]) -> None:
        name = _named(graph)

        def replace(store: ox.Store) -> None:
            for subject in subjects:
                for quad in list(store.quads_for_pattern(subject, None, None, name)):
                    store.remove(quad)
            store.extend(quads)

        self._write(f"graph {name.value}", replace)

    def load_nquads(self, graphs: Iterable[Any], facts: list[str], seals: list[str]) -> None:
        self._check_writable()
        self.write_held_seals()
        oxstore = self._oxstore()
        stream = _Files([path for path in facts if os.path.getsize(path)])
        try:
            for graph in graphs:
                oxstore.remove_graph(_named(graph))  # an absent graph is no error
            if stream.current:
                # lenient: no second IRI check; every term was validated when the shard writer built it
                oxstore.bulk_load(io.BufferedReader(stream, 1 << 20), format=ox.RdfFormat.N_QUADS, lenient=True)
            for seal in seals:
                stream.current = seal
                if os.path.getsize(seal):
                    oxstore.load(path=seal, format=ox.RdfFormat.N_QUADS)  # transactional, and last
            self._dirty = True
        except (SyntaxError, OSError, ValueError) as exc:
            others = f" (loaded together with {len(seals) - 1} other shards)" if len(seals) > 1 else ""
            raise StoreError(f"{stream.current}: cannot load this N-Quads shard into {self.location}{others} ({exc}); "
                             "documents left without a content hash are extracted again by the next build") from exc
        finally:
            stream.close()

    # ---- reading -----------------------------------------------------------------------------------
    def select(self, sparql: str) -> list[tuple[Any, ...]]:
        """`KnowledgeStore.select` straight from Oxigraph: the rdflib Dataset made an rdflib term of every cell
        (oxrdflib's conversion was most of the build's store reads after its last document; issue 18)."""
        store = self._oxstore()
        try:
            solutions = store.query(sparql, use_default_graph_as_union=True, prefixes=PREFIXES)
            width = len(solutions.variables)
            return [tuple(solution[i] for i in range(width)) for solution in solutions]
        except RuntimeError as exc:  # a damaged file met while reading (see `_damaged`)
            raise _damaged(Path(self.location), exc) from exc
        except (SyntaxError, OSError, ValueError) as exc:
            raise StoreError(f"{self.location}: query failed: {exc}") from exc

    def graph_quads(self, graph: URIRef) -> Iterator[Any]:
        return self._oxstore().quads_for_pattern(None, None, None, to_ox(graph))

    def iter_quads(self, include_ontology: bool = False) -> Iterator[Any]:
        skip = {str(NAME_INDEX_GRAPH)} | (set() if include_ontology else {str(ONTOLOGY_GRAPH)})
        for quad in self._oxstore():
            if not (isinstance(quad.graph_name, ox.NamedNode) and quad.graph_name.value in skip):
                yield quad

    def count(self) -> int:
        return len(self._oxstore())

    def subjects_in(self, graphs: Iterable[Any], predicates: Iterable[Any]) -> set[Any]:
        oxstore = self._oxstore()
        wanted = [_named(p) for p in predicates]
        found: set[Any] = set()
        for graph in graphs:
            name = _named(graph)
            for predicate in wanted:
                found.update(q.subject for q in oxstore.quads_for_pattern(None, predicate, None, name))
        return found

    # ---- housekeeping ------------------------------------------------------------------------------
    def optimize(self) -> None:
        """Compact the on-disk store (Oxigraph's `optimize`).

        Bulk loads add sorted files side by side that each lookup must consult until they are
        merged; after the --engine dask load, reads are about twice as fast once compacted.
        """
        oxstore = self._oxstore()
        if self.read_only:
            return
        try:
            oxstore.optimize()
        except OSError as exc:
            raise StoreError(f"{self.location}: cannot compact the store ({exc})") from exc

    def flush(self) -> None:
        if self._ox is not None and self._held_seals:
            self.write_held_seals()
        if self._ox is not None and self._dirty:
            try:
                self._ox.flush()
            except OSError as exc:  # RocksDB's own IO error: say what it means (a full disk, permissions)
                raise StoreError(f"{self.location}: cannot write the store ({exc}); {_open_failure_hint(exc)}") from exc
            self._dirty = False

    def _release(self) -> None:
        self._ox = None  # the last reference: Oxigraph closes the database (and its background jobs) here


__all__ = ["LocalStore"]
