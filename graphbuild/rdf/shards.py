"""Loading N-Quads shards into the store: the driver side of `graphbuild build --engine dask`.

A shard is two files: `NNNNNN.nq` with the facts of a few documents and
`NNNNNN.seal.nq` with their content hashes. Loading one drops the documents' old
graphs, bulk-loads the facts, then loads the seal (transactionally, and last), so
a load that stops midway leaves documents without a hash, which the next build
extracts again; no document is ever taken as done with half of its facts.

Speed comes from how Oxigraph's bulk loader works: each call parses its input on
one thread and then writes sorted index files, and every call has a fixed cost.
So consecutive shards are loaded together as one stream of about `GROUP_BYTES`
(a shard holds one partition of `--batch-size` documents, ~2 MB), and
`LOAD_THREADS` such groups load side by side, which keeps two cores busy
(docs/benchmarks.md: about 1.5x the rate of loading shards one by one). Shards
are graphbuild's own output, written by Oxigraph's serializer from terms that were
validated when they were built, so the loader skips checking every IRI again
(`lenient`: about 10% faster); a syntax error is still an error.
"""
from __future__ import annotations

import os
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from ..errors import StoreError
from .base import KnowledgeStore

#: Groups loaded side by side (a third one on two cores gained nothing when measured).
LOAD_THREADS = 2
#: About this many bytes of N-Quads per bulk-load call (6-24 MB measured alike; 2 MB calls are 30% slower).
GROUP_BYTES = 12 * 2**20

Shard = tuple["str | Path", list[Any]]  # (facts file, graphs of its documents to drop first)


def seal_path(path: str | Path) -> str:
    """The seal file beside a shard's facts file."""
    return str(path)[: -len(".nq")] + ".seal.nq"


def load_group(store: KnowledgeStore, shards: list[Shard]) -> None:
    """Consecutive shards in one go: drop their documents' graphs, load all facts as one stream, then the seals."""
    store.load_nquads([g for _, graphs in shards for g in graphs], [str(path) for path, _ in shards],
                      [seal_path(path) for path, _ in shards])


def _load_run(store: KnowledgeStore, shards: list[Shard]) -> None:
    """`load_group`; if the group fails, its shards again one by one, so only a broken shard stays out."""
    try:
        load_group(store, shards)
    except StoreError:
        if len(shards) == 1:
            raise
        errors = []
        for shard in shards:  # each drops its documents' graphs first: nothing half-loaded stays
            try:
                load_group(store, [shard])
            except StoreError as exc:
                errors.append(exc)
        if errors:
            raise errors[0] from None


def load_shard(store: KnowledgeStore, path: str | Path, graphs: Iterable[Any] = ()) -> None:
    """One shard: facts (after dropping the documents' old graphs), then the seal with the content hashes."""
    load_group(store, [(path, list(graphs))])


def groups(shards: list[Shard], limit: int = GROUP_BYTES) -> Iterator[list[Shard]]:
    """Consecutive shards in runs of about `limit` bytes of facts."""
    run: list[Shard] = []
    size = 0
    for shard in shards:
        run.append(shard)
        size += os.path.getsize(shard[0])
        if size >= limit:
            yield run
            run, size = [], 0
    if run:
        yield run


def load_shards(store: KnowledgeStore, shards: list[Shard], threads: int = LOAD_THREADS, group_bytes: int = GROUP_BYTES) -> None:
    """Load (facts file, graphs) shards in groups of ~`group_bytes`, `threads` groups at once (one by one to an endpoint).

    The shards must hold different documents (the graphs one drops are not the ones another
    loads). Every group is attempted, and a group that fails is retried shard by shard, so
    only a broken shard's documents stay out (without a content hash: the next build redoes
    them); the first error is raised once all have finished.
    """
    from concurrent.futures import ThreadPoolExecutor

    runs = list(groups(shards, group_bytes))
    side_by_side = max(1, min(threads, len(runs), store.concurrent_loads or threads))  # an endpoint: one at a time, in order
    with ThreadPoolExecutor(side_by_side) as pool:
        futures = [pool.submit(_load_run, store, run) for run in runs]
    errors = [f.exception() for f in futures if f.exception() is not None]
    if errors:
        raise errors[0]


__all__ = ["GROUP_BYTES", "LOAD_THREADS", "Shard", "groups", "load_group", "load_shard", "load_shards", "seal_path"]
