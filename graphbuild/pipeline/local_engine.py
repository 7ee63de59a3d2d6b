"""`graphbuild build` (the default engine): extraction in forked workers, writes in the background.

The model runs in `--workers` processes forked after it is loaded (in this process where
fork is unavailable: `graphbuild.pipeline.workers`); each document then goes through the shared per-document
step (`graphbuild.pipeline.step`) here, and its new graph replaces the old one in the
store on a background thread (`graphbuild.rdf.writer`), so the store's writes overlap
the model's work.
"""
from __future__ import annotations

import threading
from collections.abc import Callable, Iterable, Iterator
from typing import TYPE_CHECKING, Any

from ..rdf.mapping import Quad
from ..rdf.store import KnowledgeStore
from ..rdf.terms import ox_quads, to_ox
from ..rdf.writer import BackgroundWriter
from ..records import Document
from .options import BuildOptions, BuildReport
from .parsed_docs import HANDOFF, ships_docs
from .step import DocumentStep
from .workers import Outcome, extract_in_processes, extract_stream, forks_workers, model_worker_ahead

if TYPE_CHECKING:  # pragma: no cover
    from ..outputs.build_outputs import OutputParts
    from ..rdf.name_index import Touched


#: Quads gathered before the writer thread writes them (about 30 benchmark documents): a bulk load's fixed cost
#: (~15 ms) is then small beside the ~13 CPU-ms per 1,000 quads it saves over a transaction per document.
WRITE_BATCH_QUADS = 8_000
#: In a bulk build, past the first batches, a batch waits for this share of the quads already written (1/2: batches
#: of 8,000, 8,000, 8,000, 12,000, 18,000 ... quads). Each bulk load adds sorted files that RocksDB's compaction merges
#: again with what is already there, so fixed batches made compaction's CPU grow with the square of a build's size:
#: 400 benchmark documents, 14 bulk loads -> 6, ~0.45 of the build process's ~3.1 CPU-s (docs/benchmarks.md, S10).
#: The last batch is then up to a third of the quads (~37,000 of 112,000) instead of 8,000, written after the
#: model's last document (~0.1 s more; a 60-document build's batches stay as they were).
WRITE_BATCH_GROWTH = 2
#: Put in the writer's queue once every document has gone to the model workers: write the batch waiting now.
WRITE_NOW = object()


def process(docs: Iterable[Document], model: str | None, workers: int, batch_size: int,
            on_all_sent: Callable[[], None] | None = None, wait_exit: bool = True) -> Iterator[tuple[Document, Outcome]]:
    """Parse and extract documents in a stream: (document, (relation dicts, word count, error)).

    Forked worker processes send back relations only (`graphbuild.pipeline.workers`). That
    holds for one worker too: the model then runs in one forked process while this one
    resolves, maps and writes the previous chunk's documents, so the build's own work (about
    a fifth of a 1-worker build's CPU) no longer waits for the model nor competes with it for
    Python's GIL (docs/benchmarks.md, issue 18). One worker loads the pipeline itself (this
    process goes on meanwhile and never imports spaCy); several are forked after this process
    loaded it once.
    Where fork is unavailable, or this process may use only one core (the overlap gains
    nothing there and the fork costs a little), one worker runs in this process; more use
    spaCy's own `n_process` where fork is unavailable (it loads the model in each worker).
    `on_all_sent`: called once every document has gone to the forked workers; `wait_exit` False: the workers exit
    while the caller goes on (`extract_in_processes`, `finish_workers`). Neither applies in this process.
    """
    if forks_workers(workers):
        nlp = None
        if workers > 1:
            from ..nlp.blas_threads import import_numpy_without_blas_pool

            import_numpy_without_blas_pool()  # the workers fork from this process: no OpenBLAS pool in theirs either
            from ..nlp.model import load_pipeline

            nlp = load_pipeline(model)
        handoff = HANDOFF if ships_docs(workers) else None  # off by default: the worker parses, this process extracts
        yield from extract_in_processes(nlp, docs, workers, batch_size, model=model, on_all_sent=on_all_sent,
                                        wait_exit=wait_exit, handoff=handoff)
    else:
        from ..nlp.model import load_pipeline

        yield from extract_stream(load_pipeline(model), docs, batch_size, n_process=max(1, workers))


def build_changed(docs: Iterable[Document], options: BuildOptions, store: KnowledgeStore, step: DocumentStep,
                  report: BuildReport, on_document: Callable[[str, str], None] | None = None,
                  touched: Touched | None = None, parts: OutputParts | None = None, bulk: bool = False) -> None:
    """Extract, resolve and store `docs` (the changed documents of a build), in batches of document graphs.

    The writer thread gathers the documents' quads and writes them once WRITE_BATCH_QUADS are
    waiting (in a bulk build, a growing share of those written: `batch_limit`; the rest after the last document). `bulk` (a first build: the store holds no finished
    document) lets a large batch go through the store's bulk path (`KnowledgeStore.write_documents`),
    about half the CPU of a transaction per document; a build killed then may leave documents without
    their seal, which the next build extracts again. A bulk batch's seals go in with the next batch's facts
    (`hold_seals`: one store call per batch instead of two), the last batch's at the end. Into a store
    with documents, each document's graph is still replaced in one transaction (old or new, never half-written).
    `parts`: each graph also becomes its share of the outputs as it reaches the writer thread, before its
    batch is written (a batch held up to ~30 documents whose parts were all made after the model's last
    document); the outputs are written from them only once every batch is in the store.

    Once every document has gone to the model workers, the writer writes the batch it holds (`WRITE_NOW`) while
    the workers do the last chunks, and what comes after (a few documents) goes in a transaction per graph unless
    it is WRITE_BATCH_QUADS or more. A bulk load costs ~0.2 s of wall time whatever its size (Oxigraph's loader
    syncs its files, ~40 fsync/fdatasync calls, holding the GIL), and the last one came after the model's last
    document: ~0.25 s of a 60-document build's ~0.6 s tail (docs/benchmarks.md, issue 18, s14).
    """
    batch: list[tuple[Document, Any, list[Any]]] = []  # (document, graph name, pyoxigraph Quads) not yet written
    written = 0  # quads of the batches written so far
    waiting = 0  # quads in `batch`

    early = False  # the batch waiting when every document had gone to the workers is written

    def write(item: tuple[Document, list[Quad]] | object) -> None:
        nonlocal waiting, early
        if item is WRITE_NOW:
            early = True
            if batch:
                write_batch()
            return
        doc, quads = item  # type: ignore[misc]
        graph, converted = store.minter.document(doc.id), ox_quads(quads)
        if parts is not None:  # now, while the model works: after its last document only the last batch's write is left
            parts.add(to_ox(graph), converted)
        batch.append((doc, graph, converted))
        waiting += len(converted)
        if waiting >= (batch_limit(written) if bulk else WRITE_BATCH_QUADS):
            write_batch()

    def write_batch(last: bool = False) -> None:
        nonlocal written, waiting
        graphs = [graph for _, graph, _ in batch]
        if touched is not None:
            touched.note(graphs)  # the names the old graphs gave ...
        loader = bulk and not (last and early and waiting < WRITE_BATCH_QUADS)  # the few after WRITE_NOW: no bulk load's syncs
        store.write_documents([(graph, quads) for _, graph, quads in batch], bulk=loader, hold_seals=True)
        if touched is not None:
            touched.note(graphs)  # ... and the new ones
        for doc, graph, quads in batch:
            written += len(quads)
            report.quads += len(quads)
            report.processed += 1
            if on_document:
                on_document(doc.id, "built")
        batch.clear()
        waiting = 0

    importing = parts is None

    def start_imports() -> None:
        nonlocal importing
        if not importing:
            importing = True
            threading.Thread(target=_import_outputs, name="graphbuild-imports", daemon=True).start()

    if options.workers == 1 and model_worker_ahead(options.model):
        start_imports()  # its worker is forked already and no other fork follows: the imports overlap its model load
    with BackgroundWriter(write) as writer:  # the store's writes overlap the model's work
        for doc, outcome in process(docs, options.model, options.workers, options.batch_size,
                                   on_all_sent=lambda: writer.put(WRITE_NOW), wait_exit=False):  # reaped by `run.build`
            start_imports()  # else once the first documents are back (the workers are forked by then)
            writer.put((doc, step(doc, outcome)))
    if batch:
        write_batch(last=True)  # the writer thread has finished: the last documents
    store.write_held_seals()  # the last bulk batch's seals (each batch's went in with the next batch's facts)


def batch_limit(written: int) -> int:
    """The quads a bulk write batch gathers once `written` quads are in the store (`WRITE_BATCH_GROWTH`);
    WRITE_BATCH_QUADS 0 (a test's setting) keeps every document a write of its own."""
    if not WRITE_BATCH_QUADS:
        return 0
    return max(WRITE_BATCH_QUADS, written // WRITE_BATCH_GROWTH)


def _import_outputs() -> None:
    """Import what the outputs need (the view's layout, networkx and the numpy its layout imports on first use,
    the list links) while the model works.

    Started once the model workers are forked (never before: a fork copies no thread, and a
    module lock this thread held would stay held in the worker): with the worker forked ahead
    (`graphbuild.cli`) while it loads the model, else with the first documents back; this process
    mostly waits for the model then, and these imports (about 0.3-0.6 s) would otherwise come
    after the model's last document (docs/benchmarks.md, issue 18).
    """
    import importlib

    # numpy.random: networkx's spring layout imports it at its first call; graphbuild.link.view: `write_view` does
    # (~0.006 CPU-s of the build's tail before, s14)
    for name in ("graphbuild.views.html", "graphbuild.link.store", "graphbuild.link.view", "numpy", "numpy.random"):
        try:
            importlib.import_module(name)
        except Exception:  # noqa: BLE001 - only a head start; the outputs import them again and report errors there
            pass


__all__ = ["batch_limit", "build_changed", "process"]
