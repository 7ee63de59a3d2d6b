"""`graphbuild build --engine dask`: extraction on a Dask cluster, N-Quads shards, bulk load.

The local engine parses, extracts, resolves and writes one document at a time in
one process (plus spaCy's `n_process` children). This engine splits the same
work where it parallelises:

1. **extract** (workers): the driver streams the changed documents in partitions
   of `batch_size` to the cluster; each worker keeps one loaded pipeline and
   returns every document's relations (JSON-ready dicts) and word count. At most
   two partitions per worker are in flight, so memory stays flat however large
   the corpus.
2. **resolve** (driver): results are taken in submission order and entity ids
   are resolved against the one `EntityIndex`, exactly as the local engine does,
   so both engines mint the same IRIs.
3. **shard** (workers): each resolved partition goes back to a worker that maps
   it to quads (`relation_quads`) and writes them as N-Quads: `NNNNNN.nq` with
   the facts, `NNNNNN.seal.nq` with each document's content hash.
4. **load** (driver): for each shard, the documents' old graphs are dropped, the
   facts are bulk-loaded, then the seal is loaded; two shards load side by side
   (`LOAD_THREADS`), which keeps both of Oxigraph's loader threads busy. Once all
   are in, the store is compacted (`KnowledgeStore.optimize`). A build killed between the
   two leaves documents without a hash, which the next build redoes; a document
   is never skipped with half of its facts.

Without `--scheduler` a `LocalCluster` with `--workers` processes is started and
stopped; with `--scheduler tcp://host:8786` the build uses that cluster (workers
need graphbuild and the model installed). Shards go to `OUT/shards/` (or
`$GRAPHBUILD_SHARD_DIR`, which on a real cluster must be a folder every worker
and the driver can reach); with a remote scheduler and no shared folder, workers
send the N-Quads back to the driver instead. `$GRAPHBUILD_KEEP_SHARDS=1` keeps
the shard files after loading.
"""
from __future__ import annotations

import logging
import os
import shutil
import sys
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pyoxigraph as ox
from rdflib import Literal, URIRef

from .errors import GraphBuildError, StoreError
from .rdf.mapping import IriMinter, relation_quads
from .rdf.store import KnowledgeStore, to_ox
from .rdf.vocab import GB
from .records import Document, Relation
from .workers import Outcome, extract_stream

if TYPE_CHECKING:  # pragma: no cover
    from .pipeline import BuildOptions, BuildReport
    from .resolve import EntityIndex

PIPELINE_VERSION = URIRef(str(GB) + "pipelineVersion")
SEAL_PREDICATES = {str(GB.sha256), str(PIPELINE_VERSION)}
_PIPELINES: dict[str | None, Any] = {}  # one loaded pipeline per worker process and model


# ---- worker side -------------------------------------------------------------------------------
def _pipeline(model: str | None) -> Any:
    nlp = _PIPELINES.get(model)
    if nlp is None:
        from .nlp import load_pipeline

        nlp = _PIPELINES[model] = load_pipeline(model)
    return nlp


def extract_partition(docs: list[Document], model: str | None, batch_size: int) -> list[Outcome]:
    """(relation dicts, word count, extraction error) for each document, in order; runs on a worker."""
    return [result for _, result in extract_stream(_pipeline(model), docs, batch_size)]


def write_shard(items: list[tuple[Document, list[Relation]]], base: str, path: str | None,
                fingerprint: str | None = None) -> tuple[str | None, bytes | None, bytes | None, list[int]]:
    """Map resolved relations to N-Quads; write `path` and its seal (or return the bytes when `path` is None).

    The seal holds what marks a document as done: its content hash and, when the
    build records one, the pipeline fingerprint (`gb:pipelineVersion`).
    """
    minter = IriMinter(base)
    body: list[ox.Quad] = []
    seal: list[ox.Quad] = []
    counts: list[int] = []
    for doc, relations in items:
        quads = relation_quads(doc, relations, minter)
        if fingerprint is not None:
            graph = minter.document(doc.id)
            quads.append((graph, PIPELINE_VERSION, Literal(fingerprint), graph))
        counts.append(len(quads))
        for s, p, o, g in quads:
            (seal if str(p) in SEAL_PREDICATES else body).append(ox.Quad(to_ox(s), to_ox(p), to_ox(o), to_ox(g)))
    body_bytes = ox.serialize(body, format=ox.RdfFormat.N_QUADS) or b""
    seal_bytes = ox.serialize(seal, format=ox.RdfFormat.N_QUADS) or b""
    if path is None:
        return None, body_bytes, seal_bytes, counts
    Path(path).parent.mkdir(parents=True, exist_ok=True)
    Path(path).write_bytes(body_bytes)
    Path(seal_path(path)).write_bytes(seal_bytes)
    return path, None, None, counts


def seal_path(path: str | Path) -> str:
    return str(path)[: -len(".nq")] + ".seal.nq"


# ---- driver side -------------------------------------------------------------------------------
def _remote_replace(store: KnowledgeStore, paths: Iterable[str | Path], graphs: Iterable[Any]) -> None:
    """On a SPARQL endpoint: one DROP + INSERT DATA update per document graph (atomic on the server)."""
    from rdflib import URIRef

    by_graph: dict[str, list[ox.Quad]] = {str(g): [] for g in graphs}
    for path in paths:
        with open(path, "rb") as handle:
            for quad in ox.parse(handle, format=ox.RdfFormat.N_QUADS):
                by_graph.setdefault(quad.graph_name.value, []).append(quad)
    for graph, quads in by_graph.items():
        store.replace_graph(URIRef(graph), quads)


def bulk_load(store: KnowledgeStore, path: str | Path, graphs: Iterable[Any] = ()) -> None:
    """Drop `graphs`, then load the N-Quads file at `path` with Oxigraph's bulk loader (or updates to an endpoint)."""
    oxstore = getattr(store, "_ox", None)
    if oxstore is None:
        _remote_replace(store, [path], graphs)
        return
    for graph in graphs:
        oxstore.remove_graph(graph if isinstance(graph, ox.NamedNode) else to_ox(graph))  # an absent graph is no error
    if os.path.getsize(path):
        oxstore.bulk_load(path=str(path), format=ox.RdfFormat.N_QUADS)


def load_shard(store: KnowledgeStore, path: str | Path, graphs: Iterable[Any] = ()) -> None:
    """One shard: facts (after dropping the documents' old graphs), then the seal with the content hashes."""
    seal = seal_path(path)
    oxstore = getattr(store, "_ox", None)
    if oxstore is None:
        _remote_replace(store, [path, seal], graphs)
        return
    try:
        bulk_load(store, path, graphs)
        if os.path.getsize(seal):
            oxstore.load(path=seal, format=ox.RdfFormat.N_QUADS)  # transactional, and last
    except (SyntaxError, OSError, ValueError) as exc:
        raise StoreError(f"{path}: cannot load this N-Quads shard into {store.location} ({exc}); "
                         "its documents keep no content hash, so the next build extracts them again") from exc


#: Shards loaded side by side. Oxigraph's bulk loader parses on one thread and writes the sorted
#: index files on another, one after the other; two loads at once keep two cores busy (about 1.5x
#: the quads/s of loading one shard after another, docs/benchmarks.md).
LOAD_THREADS = 2


def load_shards(store: KnowledgeStore, shards: list[tuple[str | Path, list[Any]]], threads: int = LOAD_THREADS) -> None:
    """`load_shard` for each (path, graphs), up to `threads` at once into a local store (one by one to an endpoint).

    The shards must hold different documents (the graphs one drops are not the ones another
    loads); every shard is attempted, and the first error is raised after all have finished.
    """
    if threads <= 1 or len(shards) <= 1 or getattr(store, "_ox", None) is None:
        for path, graphs in shards:
            load_shard(store, path, graphs)
        return
    from concurrent.futures import ThreadPoolExecutor

    with ThreadPoolExecutor(min(threads, len(shards))) as pool:
        futures = [pool.submit(load_shard, store, path, graphs) for path, graphs in shards]
    errors = [f.exception() for f in futures if f.exception() is not None]
    if errors:
        raise errors[0]


def _client(options: "BuildOptions") -> tuple[Any, Any]:
    try:
        from dask.distributed import Client, LocalCluster
    except ImportError as exc:  # pragma: no cover - depends on the install
        raise GraphBuildError("--engine dask needs dask[distributed]; expected it installed (fix: pip install 'graphbuild[dask]')") from exc
    if options.scheduler:
        try:
            return Client(options.scheduler, timeout="30s"), None
        except (OSError, TimeoutError) as exc:
            raise GraphBuildError(f"cannot reach the Dask scheduler at {options.scheduler!r} ({exc}); "
                                  "expected an address like tcp://host:8786 (start one with: dask scheduler)") from exc
    cluster = LocalCluster(n_workers=max(1, options.workers), threads_per_worker=1, processes=True,
                           dashboard_address=None, silence_logs=logging.WARNING)
    return Client(cluster), cluster


def _partitions(docs: Iterable[Document], size: int) -> Iterator[list[Document]]:
    chunk: list[Document] = []
    for doc in docs:
        chunk.append(doc)
        if len(chunk) >= size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def build_changed(docs: Iterable[Document], options: "BuildOptions", store: KnowledgeStore, index: "EntityIndex",
                  curation: Any, report: "BuildReport", on_document: Callable[[str, str], None] | None = None,
                  fingerprint: str | None = None) -> None:
    """Extract, resolve, shard and load `docs` (the changed documents of a build) on a Dask cluster.

    Does per document what the local loop in `pipeline.build` does: curation, resolution,
    extraction errors into the report, and the `fingerprint` (gb:pipelineVersion) stored
    beside the content hash.
    """
    client, cluster = _client(options)
    shared = os.environ.get("GRAPHBUILD_SHARD_DIR")
    shard_dir = Path(shared) if shared else Path(options.out) / "shards"
    inline = bool(options.scheduler) and not shared
    keep = os.environ.get("GRAPHBUILD_KEEP_SHARDS") == "1"
    shard_dir.mkdir(parents=True, exist_ok=True)
    try:
        workers = max(1, len(client.scheduler_info().get("workers", {})) or options.workers)
        extracting: deque = deque()
        writing: deque = deque()
        parts = _partitions(docs, max(1, options.batch_size))
        exhausted = False
        serial = 0

        def fill() -> None:
            nonlocal exhausted
            while not exhausted and len(extracting) < 2 * workers:
                part = next(parts, None)
                if part is None:
                    exhausted = True
                    return
                extracting.append((part, client.submit(extract_partition, part, options.model, options.batch_size, pure=False)))

        def drain(limit: int) -> None:
            """Load written shards (LOAD_THREADS at once) until at most `limit` are waiting."""
            while len(writing) > limit:
                batch = [writing.popleft() for _ in range(min(LOAD_THREADS, len(writing)))]
                loads = []
                for part, future in batch:
                    path, body, seal, counts = future.result()
                    if path is None:
                        path = str(shard_dir / f"inline-{id(future)}.nq")
                        Path(path).write_bytes(body or b"")
                        Path(seal_path(path)).write_bytes(seal or b"")
                    loads.append((path, [store.minter.document(d.id) for d, _ in part], part, counts))
                load_shards(store, [(path, graphs) for path, graphs, _, _ in loads])
                for path, _, part, counts in loads:
                    if not keep:
                        for p in (path, seal_path(path)):
                            Path(p).unlink(missing_ok=True)
                    for (doc, _), count in zip(part, counts):
                        report.quads += count
                        report.processed += 1
                        if on_document:
                            on_document(doc.id, "built")

        fill()
        while extracting:
            part, future = extracting.popleft()
            results = future.result()
            fill()
            resolved: list[tuple[Document, list[Relation]]] = []
            for doc, (dicts, words, error) in zip(part, results):
                if error:  # as the local engine reports it
                    print(f"graphbuild: {doc.path}: {error}", file=sys.stderr)
                    report.errors.append({"path": doc.path, "reason": error})
                relations = [Relation.from_json({**r, "doc": doc.id}) for r in dicts]
                if curation is not None:
                    relations = curation.apply(relations)
                for rel in relations:
                    rel.subject.id = index.resolve(rel.subject)
                    rel.object.id = index.resolve(rel.object)
                report.words += words
                resolved.append((_light(doc), relations))
            serial += 1
            target = None if inline else str(shard_dir / f"{serial:06d}.nq")
            writing.append((resolved, client.submit(write_shard, resolved, store.minter.base, target, fingerprint, pure=False)))
            drain(2 * workers + LOAD_THREADS - 1)
        drain(0)
        if serial:
            store.optimize()  # merge the bulk-loaded files: reads afterwards are about twice as fast
    finally:
        client.close()
        if cluster is not None:
            cluster.close()
        if not keep and not shared:
            shutil.rmtree(shard_dir, ignore_errors=True)


def _light(doc: Document) -> Document:
    """The document without its text (the shard writer needs only id, hash, path and metadata)."""
    return replace(doc, text="")


__all__ = ["LOAD_THREADS", "build_changed", "extract_partition", "write_shard", "bulk_load", "load_shard", "load_shards"]
