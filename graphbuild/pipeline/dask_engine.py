"""`graphbuild build --engine dask`: extraction on a Dask cluster, N-Quads shards, bulk load.

The local engine parses, extracts, resolves and writes one document at a time
(extraction in forked `--workers` processes, `graphbuild.pipeline.workers`). This engine
splits the same work where it parallelises across machines:

1. **extract** (workers): the driver streams the changed documents in partitions
   of `batch_size` to the cluster; each worker keeps one loaded pipeline and
   returns every document's relations (JSON-ready dicts) and word count. At most
   two partitions per worker are in flight, so memory stays flat however large
   the corpus.
2. **resolve** (driver): results are taken in submission order and go through the
   first half of the per-document step every engine runs (`DocumentStep.resolve`:
   curation, resolution against the one `EntityIndex`), so both engines mint the same IRIs.
3. **shard** (workers): each resolved partition goes back to a worker that maps
   it to quads with the second half (`document_quads`) and writes them as N-Quads:
   `NNNNNN.nq` with the facts, `NNNNNN.seal.nq` with each document's content hash.
4. **load** (driver, `graphbuild.rdf.shards`): for each shard, the documents'
   old graphs are dropped, the facts are bulk-loaded, then the seal is loaded.
   Consecutive shards load as one stream of ~12 MB and two such groups load side
   by side; once all are in, the store is compacted (`KnowledgeStore.optimize`).
   A build killed between facts and seal leaves documents without a hash, which
   the next build redoes; a document is never skipped with half of its facts.

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
from collections import deque
from collections.abc import Callable, Iterable
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pyoxigraph as ox

from ..errors import GraphBuildError
from ..rdf.base import SEAL_PREDICATES
from ..rdf.mapping import IriMinter
from ..rdf.shards import GROUP_BYTES, LOAD_THREADS, load_shard, load_shards, seal_path
from ..rdf.store import KnowledgeStore
from ..rdf.terms import ox_quad
from ..records import Document, Relation
from .options import BuildOptions, BuildReport
from .step import DocumentStep, document_quads
from .workers import Outcome, extract_stream, partitions

if TYPE_CHECKING:  # pragma: no cover
    from ..rdf.name_index import Touched

_PIPELINES: dict[str | None, Any] = {}  # one loaded pipeline per worker process and model


# ---- worker side -------------------------------------------------------------------------------
def _pipeline(model: str | None) -> Any:
    nlp = _PIPELINES.get(model)
    if nlp is None:
        from ..nlp.model import load_pipeline

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
        quads = document_quads(doc, relations, minter, fingerprint)
        counts.append(len(quads))
        for s, p, o, g in quads:
            (seal if str(p) in SEAL_PREDICATES else body).append(ox_quad(s, p, o, g))
    body_bytes = ox.serialize(body, format=ox.RdfFormat.N_QUADS) or b""
    seal_bytes = ox.serialize(seal, format=ox.RdfFormat.N_QUADS) or b""
    if path is None:
        return None, body_bytes, seal_bytes, counts
    Path(path).parent.mkdir(parents=True, exist_ok=True)
    Path(path).write_bytes(body_bytes)
    Path(seal_path(path)).write_bytes(seal_bytes)
    return path, None, None, counts


# ---- driver side -------------------------------------------------------------------------------
def _client(options: BuildOptions) -> tuple[Any, Any]:
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


def build_changed(docs: Iterable[Document], options: BuildOptions, store: KnowledgeStore, step: DocumentStep,
                  report: BuildReport, on_document: Callable[[str, str], None] | None = None,
                  touched: Touched | None = None) -> None:
    """Extract, resolve, shard and load `docs` (the changed documents of a build) on a Dask cluster.

    Same signature as `local_engine.build_changed` and the same per-document step
    (`step`); only where the work runs and how the quads reach the store differ.
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
        parts = partitions(docs, max(1, options.batch_size))
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

        ready: list[tuple[str, list[Any], list[tuple[Document, list[Relation]]], list[int]]] = []

        def load_ready() -> None:
            """Load the written shards waiting in `ready` (in groups, side by side) and report their documents."""
            all_graphs = [g for _, gs, _, _ in ready for g in gs]
            if touched is not None:
                touched.note(all_graphs)  # the names the old graphs gave ...
            load_shards(store, [(path, graphs) for path, graphs, _, _ in ready])
            if touched is not None:
                touched.note(all_graphs)  # ... and the new ones
            for path, _, part, counts in ready:
                if not keep:
                    for p in (path, seal_path(path)):
                        Path(p).unlink(missing_ok=True)
                for (doc, _), count in zip(part, counts):
                    report.quads += count
                    report.processed += 1
                    if on_document:
                        on_document(doc.id, "built")
            ready.clear()

        def drain(limit: int) -> None:
            """Collect written shards until at most `limit` are being written; load once enough bytes wait."""
            while len(writing) > limit:
                number, part, future = writing.popleft()
                path, body, seal, counts = future.result()
                if path is None:  # one name per partition: shards wait in `ready` until enough bytes do
                    path = str(shard_dir / f"inline-{number:06d}.nq")
                    Path(path).write_bytes(body or b"")
                    Path(seal_path(path)).write_bytes(seal or b"")
                ready.append((path, [store.minter.document(d.id) for d, _ in part], part, counts))
                if sum(os.path.getsize(r[0]) for r in ready) >= LOAD_THREADS * GROUP_BYTES:
                    load_ready()

        fill()
        while extracting:
            part, future = extracting.popleft()
            results = future.result()
            fill()
            resolved = [(_light(doc), step.resolve(doc, outcome)) for doc, outcome in zip(part, results)]
            serial += 1
            target = None if inline else str(shard_dir / f"{serial:06d}.nq")
            writing.append((serial, resolved, client.submit(write_shard, resolved, store.minter.base, target, step.fingerprint, pure=False)))
            drain(2 * workers)
        drain(0)
        load_ready()
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


__all__ = ["build_changed", "extract_partition", "write_shard", "load_shard", "load_shards", "seal_path"]
