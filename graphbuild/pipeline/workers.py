"""Running the extraction pipeline over documents, in this process or in worker processes.

`graphbuild build --workers N` (local engine) used spaCy's own `n_process`: each
worker sent every parsed `Doc` back (tokens, tags, parse and our extensions, as
bytes) and the build process rebuilt it, only to read the relations off it. Here
the workers are forked after the pipeline is loaded (no second model load) and
return what the build needs: the relations as JSON-ready dicts, the word count
and the extraction error, if any. The same outcome comes from every path (one
process, worker processes, a Dask worker), so all engines store the same facts.

One worker (the default `--workers 1` build) loads the pipeline itself: spaCy's import
and the model load then run in the worker while the build process goes on (the store, the
outputs' imports), and the build process never imports spaCy. Documents go to the workers in
chunks that grow from one document (`chunk_schedule`), so the build's own per-document
work overlaps the model's from the first document on, and shrink again at the end of
the stream, so little of it is left once the model is done (docs/benchmarks.md, issue 18).
"""
from __future__ import annotations

import logging
import multiprocessing as mp
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from contextlib import nullcontext
from typing import Any, NamedTuple

from ..errors import GraphBuildError
from ..nlp.windows import WINDOW_TOKENS, join_windows, split_windows, window_limit, window_meta
from ..records import Document
from .fork_guard import sigint_held

#: What the extractors read from a document's metadata.
META_KEYS = ("bold", "headings", "date")
#: (relation dicts, word count, extraction error or None) for one document.
Outcome = tuple[list[dict], int, "str | None"]

#: Characters of text the model holds at once in one batch (bounds its memory; ~32 press releases).
BATCH_CHARS = 200_000
#: Tokens the model holds at once in one batch: 200,000 characters of prose are ~40,000 tokens, but of short tokens
#: ("#" lines) 100,000, which peaked at 3.2 GB (C1: the batch also stops here, so memory follows tokens too).
BATCH_TOKENS = 40_000

#: The cyclic collector's thresholds while a build runs, in the build process (`graphbuild.pipeline.run.build`)
#: and in its model workers (`_worker_init`); Python's default is (700, 10, 10). A build keeps every document's
#: quads and output records until its outputs, and few of them form cycles: with the default the collector ran
#: ~1,300 times in a 400-document --workers 2 build, its 9 full passes re-scanning all of that, 1.30 CPU-s of the
#: build process's ~9 (gc.callbacks + thread_time); with these, 7 young passes, 0.16. A model worker forked before
#: the build started (the 1-worker build's, forked ahead) ran with the default: 183 passes (0.05 CPU-s) while
#: spaCy was imported and the model loaded, 79 (0.05) over 60 documents; with these, 0.02 and 0.01 (issue 18).
BUILD_GC_THRESHOLD = (50_000, 20, 100)

#: glibc malloc's parameters for a model worker (`keep_model_memory`), by their numbers in malloc.h.
M_TRIM_THRESHOLD, M_MMAP_THRESHOLD = -1, -3
#: Allocations up to this size come from the heap, not from a fresh mapping (32 MB, glibc's ceiling on 64 bits) ...
WORKER_MMAP_THRESHOLD = 32 * 1024 * 1024
#: ... and the heap gives memory back to the system only when this much is free at its top (a batch of 32
#: documents frees more than 64 MB at once: with 64 MB here a 400-document build's worker still took ~188,000 faults).
WORKER_TRIM_THRESHOLD = 256 * 1024 * 1024

_NLP: Any = None  # the pipeline a forked worker inherits from the build process, or loads itself
_LOAD_ERROR: BaseException | None = None  # why a worker could not load the pipeline (raised with its first chunk)


def make_doc(nlp: Any, doc: Document, start: int = 0, end: int | None = None) -> Any:
    """The document's text (or the window `start`:`end` of it) as a spaCy Doc, with the metadata the extractors read.

    A text the tokenizer refuses becomes an empty Doc that carries the reason, so the
    document is reported and the batch around it goes on.
    """
    end = len(doc.text) if end is None else end
    meta = {k: v for k, v in doc.meta.items() if k in META_KEYS}
    try:
        spacy_doc = nlp.make_doc(doc.text[start:end])
    except Exception as exc:  # noqa: BLE001 - spaCy raises ValueError (E088) and others; reported per document
        spacy_doc = nlp.make_doc("")
        spacy_doc.user_data["gb_error"] = f"cannot be processed ({type(exc).__name__}: {str(exc).splitlines()[0][:200]})"
    spacy_doc.user_data["gb_meta"] = window_meta(meta, start, end) if (start, end) != (0, len(doc.text)) else meta
    return spacy_doc


def outcome(spacy_doc: Any) -> Outcome:
    """What a build keeps of a processed Doc."""
    words = sum(1 for t in spacy_doc if not t.is_space and not t.is_punct)
    error = spacy_doc.user_data.get("gb_error") or (spacy_doc._.extract_error if spacy_doc.has_extension("extract_error") else None)
    return list(spacy_doc._.relations or []), words, error


def extract_stream(nlp: Any, docs: Iterable[Document], batch_size: int, n_process: int = 1) -> Iterator[tuple[Document, Outcome]]:
    """(document, outcome) in input order, in this process (or spaCy's own `n_process` workers).

    A document longer than the window size goes through the model as several windows
    (`graphbuild.nlp.windows`), so neither spaCy's max_length nor its memory limits the
    document's length; its outcome joins the windows' (evidence offsets in the document's terms).
    In this process, a batch also stops at `BATCH_CHARS` characters: the model's memory
    grows with the text it holds at once (about 3 KB a character), not with the document count.
    """
    limit = window_limit(nlp)
    waiting: deque[Document] = deque()  # documents whose windows are in the pipe, in order
    windows = marked_windows(nlp, docs, limit, waiting)
    if n_process > 1:
        processed = nlp.pipe(windows, as_tuples=True, batch_size=batch_size, n_process=n_process)
    else:
        processed = (item for group in char_batches(windows, batch_size, max(BATCH_CHARS, limit), BATCH_TOKENS)
                     for item in nlp.pipe(group, as_tuples=True, batch_size=len(group)))
    parts: list[tuple[list[dict], int]] = []
    words = 0
    errors: list[str] = []
    for spacy_doc, (start, last) in processed:
        relations, count, error = outcome(spacy_doc)
        parts.append((relations, start))
        words += count
        if error and error not in errors:
            errors.append(error)
        if last:
            yield waiting.popleft(), (join_windows(parts), words, "; ".join(errors) or None)
            parts, words, errors = [], 0, []


def marked_windows(nlp: Any, docs: Iterable[Document], limit: int, waiting: deque[Document]) -> Iterator[tuple[Any, tuple[int, bool]]]:
    """(Doc, (start offset, whether it is the document's last window)) of each document's windows (`token_windows`),
    each document put in `waiting` as its windows start."""
    for doc in docs:
        waiting.append(doc)
        held = None  # one window held back: the last one is marked as such
        for spacy_doc, start in token_windows(nlp, doc, limit):
            if held is not None:
                yield held[0], (held[1], False)
            held = (spacy_doc, start)
        if held is not None:
            yield held[0], (held[1], True)


def token_windows(nlp: Any, doc: Document, limit: int, tokens: int | None = None) -> Iterator[tuple[Any, int]]:
    """(Doc, start offset) of each window of the document, in order: windows of at most `limit` characters
    (`split_windows`), and a window over `tokens` tokens cut again, at its own boundaries, into pieces of about half
    that, so that neither characters nor tokens make one Doc the model's memory cannot hold."""
    tokens = WINDOW_TOKENS if tokens is None else tokens
    for start, end in split_windows(doc.text, limit):
        yield from _within_tokens(nlp, doc, start, end, tokens)


def _within_tokens(nlp: Any, doc: Document, start: int, end: int, tokens: int) -> Iterator[tuple[Any, int]]:
    spacy_doc = make_doc(nlp, doc, start, end)
    if len(spacy_doc) <= tokens or end - start < 2:
        yield spacy_doc, start
        return
    chars = max(1, (end - start) * tokens // (2 * len(spacy_doc)))
    for s, e in split_windows(doc.text[start:end], chars):
        yield from _within_tokens(nlp, doc, start + s, start + e, tokens)


def char_batches(items: Iterable[tuple[Any, Any]], size: int, chars: int, tokens: int) -> Iterator[list[tuple[Any, Any]]]:
    """Consecutive (Doc, context) items in lists of at most `size` items and (past the first) `chars` characters and
    `tokens` tokens."""
    group: list[tuple[Any, Any]] = []
    held = held_tokens = 0
    for item in items:
        length, count = len(item[0].text), len(item[0])
        if group and (len(group) >= size or held + length > chars or held_tokens + count > tokens):
            yield group
            group, held, held_tokens = [], 0, 0
        group.append(item)
        held += length
        held_tokens += count
    if group:
        yield group


def partitions(docs: Iterable[Document], size: int) -> Iterator[list[Document]]:
    """Consecutive runs of `size` documents (the last one shorter)."""
    part: list[Document] = []
    for doc in docs:
        part.append(doc)
        if len(part) >= size:
            yield part
            part = []
    if part:
        yield part


def chunk_schedule(docs: Iterable[Document], size: int) -> Iterator[list[Document]]:
    """Consecutive runs of documents for the model workers: 1, 2, 4, ... up to `size`, smaller again at the end.

    WHY: the build process handles a chunk's outcomes while a worker runs the next one. With
    chunks of `size` from the start, the first outcome came back only after `size` documents'
    model time and the last chunk's per-document work all came after the model had finished.
    A chunk of n goes out only once n more documents are known to follow; when the stream
    ends, the rest goes in halves (e.g. 29 left: 15, 7, 4, 2, 1), so the last chunk is one
    document. At most 2 * `size` documents are held ahead. Outcomes do not depend on how
    documents are grouped (each Doc is parsed on its own; tests/pipeline/test_chunk_schedule.py).
    """
    size = max(1, size)
    stream = iter(docs)
    held: deque[Document] = deque()
    want = 1
    ended = False
    while True:
        while not ended and len(held) < 2 * want:
            try:
                held.append(next(stream))
            except StopIteration:
                ended = True
        if ended:
            break
        yield [held.popleft() for _ in range(want)]
        want = min(2 * want, size)
    while held:
        yield [held.popleft() for _ in range(min(size, (len(held) + 1) // 2))]


def _extract_chunk(docs: list[Document], batch_size: int) -> list[Outcome]:
    """Runs in a forked worker, on the pipeline it inherited or loaded."""
    if _LOAD_ERROR is not None:
        raise _LOAD_ERROR
    return [result for _, result in extract_stream(_NLP, docs, batch_size)]


PR_SET_PDEATHSIG = 1  # linux/prctl.h


def die_with_parent(parent: int) -> None:
    """Make this (worker) process end when `parent` does, however it ends (SIGTERM, SIGKILL, Ctrl-C).

    On Linux the kernel sends SIGKILL at the parent's death (prctl PR_SET_PDEATHSIG);
    elsewhere a daemon thread checks every second whether the parent is still there.
    Either way a killed build leaves no worker behind holding memory and its pipes.
    """
    import os
    import signal
    import sys

    armed = False
    if sys.platform.startswith("linux"):
        import ctypes

        try:
            libc = ctypes.CDLL(None, use_errno=True)
            armed = libc.prctl(PR_SET_PDEATHSIG, int(signal.SIGKILL), 0, 0, 0) == 0
        except (OSError, AttributeError):
            armed = False
    if not armed:
        import threading
        import time

        def watch() -> None:
            while os.getppid() == parent:
                time.sleep(1.0)
            os._exit(1)

        threading.Thread(target=watch, name="graphbuild-parent-watch", daemon=True).start()
    if os.getppid() != parent:  # the parent died before the signal was armed
        os._exit(1)


def _worker_init(parent: int, load: bool = False, model: str | None = None) -> None:
    """A forked worker: dies with the build, leaves Ctrl-C to the build, never holds its stdout, collects as a build does,
    keeps the memory the model frees (`keep_model_memory`).

    A pipe such as ``graphbuild build ... | tee log`` ends when the build does: the worker's
    stdout goes to /dev/null (it prints nothing; its results travel over the pool's pipe).
    With `load`, the worker loads the pipeline (`model`) itself; a failure (e.g. ModelError)
    is kept and raised with the first chunk, so the build reports it as such, not as a dead worker.
    """
    import gc
    import os
    import signal

    global _NLP, _LOAD_ERROR
    gc.set_threshold(*BUILD_GC_THRESHOLD)  # a worker forked ahead of the build has Python's default ones
    keep_model_memory()
    die_with_parent(parent)
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # the build process handles Ctrl-C and stops the pool
    if hasattr(signal, "pthread_sigmask"):  # forked with SIGINT blocked (fork_guard): a pending one is now dropped
        signal.pthread_sigmask(signal.SIG_UNBLOCK, {signal.SIGINT})
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, 1)
    os.close(devnull)
    if load:
        from ..nlp.blas_threads import import_numpy_without_blas_pool
        from ..nlp.spacy_import import import_spacy_without_cli

        import_numpy_without_blas_pool()  # before spaCy imports numpy: no OpenBLAS thread pool in the model's process
        import_spacy_without_cli()  # spaCy's command line is ~0.15 s of this worker's start-up, never used here
        from ..nlp import model as nlp_model  # looked up here: a test or benchmark may have replaced load_pipeline

        try:
            _NLP = nlp_model.load_pipeline(model)
        except Exception as exc:  # noqa: BLE001 - carried to the build process with the first chunk
            _LOAD_ERROR = exc
    gc.freeze()  # the pipeline (loaded here or inherited) lives as long as the worker: no collector pass rescans it


def keep_model_memory() -> bool:
    """Let this (model worker) process reuse the memory the model frees instead of mapping it afresh for every batch.

    WHY: glibc's malloc starts with a 128 KB mmap threshold that rises with each large block freed, and gives the
    heap's free top back to the system past 2x that: the model's per-batch arrays were mapped, zeroed by the kernel
    page by page and given back, batch after batch. A 1-worker build's worker took ~92,000 minor page faults over the
    60 benchmark documents (~1,500 a document; chunks of 7) and ~180,000-220,000 over the 400 (chunks up to 32); with
    these two thresholds fixed, ~22,000 and ~36,000 (~8,800 of them its first document's copy-on-write of the pages
    it shares with the build process), ~5% of the worker's CPU less, the same peak RSS (docs/benchmarks.md, issue 18).
    Fixing the trim threshold alone turns the mmap threshold's rise off (every block over 128 KB is mapped: ~290,000
    faults on the 60). Returns whether both were set (False off Linux or where mallopt is absent or refuses them).
    """
    import ctypes
    import sys

    if not sys.platform.startswith("linux"):
        return False
    try:
        mallopt = ctypes.CDLL(None).mallopt
    except (OSError, AttributeError):
        return False
    mallopt.argtypes = [ctypes.c_int, ctypes.c_int]
    mallopt.restype = ctypes.c_int
    return bool(mallopt(M_MMAP_THRESHOLD, WORKER_MMAP_THRESHOLD)) and bool(mallopt(M_TRIM_THRESHOLD, WORKER_TRIM_THRESHOLD))


def can_fork() -> bool:
    return "fork" in mp.get_all_start_methods()


def forks_workers(workers: int) -> bool:
    """Whether a local build with `workers` runs the model in forked processes: where fork exists and either
    several workers are asked for or one worker can overlap this process on a second core."""
    return (workers > 1 or usable_cores() > 1) and can_fork()


def usable_cores() -> int:
    """The cores this process may run on (its CPU affinity where the platform tells it)."""
    import os

    try:
        return len(os.sched_getaffinity(0))
    except (AttributeError, OSError):
        return os.cpu_count() or 1


#: The model worker a 1-worker build forked ahead (`start_model_worker`): (pool, model), until a build takes it.
_AHEAD: tuple[Any, str | None] | None = None
#: (a pool's management thread, its worker processes) for pools whose workers sent every outcome and are exiting;
#: `finish_workers` waits for them (the pool itself forgets both when shut down without waiting).
_EXITING: list[tuple[Any, list[Any]]] = []


def _model_pool(workers: int, load: bool, model: str | None) -> Any:
    """A pool of forked workers; with `load`, each loads the pipeline itself (`_worker_init`)."""
    import os
    from concurrent.futures import ProcessPoolExecutor

    return ProcessPoolExecutor(max_workers=workers, mp_context=mp.get_context("fork"), initializer=_worker_init,
                               initargs=(os.getpid(), load, model))


def _ready() -> None:
    """A job that does nothing: submitting it forks the pool's worker, which then loads the pipeline."""


def start_model_worker(model: str | None) -> None:
    """Fork the model worker of a 1-worker build now; it imports spaCy and loads the pipeline meanwhile.

    For a build sure to run the model (a new store: every document is new), the command line
    calls this before it imports the build's own modules, ~0.3 s before the build would reach
    its first changed document (docs/benchmarks.md, issue 18). `extract_in_processes` takes the
    worker; `discard_model_worker` ends one that no build took (an input folder without documents).
    """
    global _AHEAD
    discard_model_worker()
    pool = _model_pool(1, True, model)
    _AHEAD = (pool, model)  # first: a Ctrl-C raised once the fork is done leaves it for `discard_model_worker`
    with sigint_held():  # no KeyboardInterrupt inside an at-fork hook (fork_guard)
        pool.submit(_ready)  # with fork, the first submit forks the worker (and no thread is started before)


def model_worker_ahead(model: str | None) -> bool:
    """Whether a model worker for `model` was forked ahead and waits for a 1-worker build to take it."""
    return _AHEAD is not None and _AHEAD[1] == model


def discard_model_worker() -> None:
    """End a model worker started ahead that no build took, without waiting for its model load."""
    global _AHEAD
    if _AHEAD is None:
        return
    pool, _ = _AHEAD
    _AHEAD = None
    _kill_workers(pool)


def _kill_workers(pool: Any) -> None:
    """End a pool's workers now and reap them: what they are computing will not be read."""
    for process in list((getattr(pool, "_processes", None) or {}).values()):  # the pool has no public kill
        process.kill()
    pool.shutdown(wait=True, cancel_futures=True)


#: Seconds `finish_workers` waits in all for the workers of finished pools (each exits in ~0.05 s once its last
#: outcome is sent); one still running then is stuck (a hung native call, a stopped process) and is killed.
FINISH_TIMEOUT = 30.0
#: Seconds every worker (and pool manager) is still given once FINISH_TIMEOUT is spent: one stuck worker used up the
#: shared deadline, and the healthy workers joined after it were killed at once and logged as stuck (review V6,
#: item 8, M13). The whole wait is then at most FINISH_TIMEOUT + EXIT_GRACE per process (+ KILL_WAIT per kill).
EXIT_GRACE = 1.0
#: Seconds to wait for a killed worker, and then for its pool's management thread, to be gone.
KILL_WAIT = 5.0


def finish_workers(timeout: float | None = None) -> list[int]:
    """Wait for the workers of finished pools to exit (`extract_in_processes` lets them exit meanwhile), at most
    `timeout` seconds in all (None: FINISH_TIMEOUT) but at least EXIT_GRACE for each; kill those still running then.
    Returns the ids of the killed processes, with a warning logged: an unbounded join hung a build whose outputs were
    all written (issue 13, C5)."""
    timeout = FINISH_TIMEOUT if timeout is None else timeout
    deadline = time.monotonic() + timeout

    def wait() -> float:
        return max(deadline - time.monotonic(), EXIT_GRACE)

    killed: list[int] = []
    while _EXITING:
        manager, processes = _EXITING.pop()
        if manager is not None:
            manager.join(wait())  # it sends each worker its end and joins them
        for process in processes:
            process.join(wait())
            if process.is_alive():
                process.kill()
                process.join(KILL_WAIT)
                killed.append(process.pid)
        if manager is not None and manager.is_alive():
            manager.join(KILL_WAIT)  # it notices the killed worker and ends
    if killed:
        logging.getLogger(__name__).warning(
            "graphbuild: model worker process(es) %s did not exit within %.0f s of the last outcome and were killed "
            "(the build's outputs are complete)", ", ".join(map(str, killed)), timeout)
    return killed


class Handoff(NamedTuple):
    """Work split between the workers and this process (`graphbuild.pipeline.parsed_docs`): `job(chunk, batch_size)`
    runs in a worker in place of `_extract_chunk`, `finish(what it sent for a document)` makes that document's Outcome
    here, `forked()` is called once the workers are forked (a thread may start then: a fork copies none)."""
    job: Callable[[list[Document], int], list[Any]]
    finish: Callable[[Any], Outcome]
    forked: Callable[[], None]


def extract_in_processes(nlp: Any, docs: Iterable[Document], workers: int, batch_size: int,
                         model: str | None = None, on_all_sent: Callable[[], None] | None = None,
                         wait_exit: bool = True, handoff: Handoff | None = None) -> Iterator[tuple[Document, Outcome]]:
    """(document, outcome) in input order, from `workers` forked processes sharing the loaded pipeline.

    `nlp` None: each worker loads the pipeline (`model`) itself, in parallel with the build process.
    A 1-worker call takes the worker `start_model_worker` forked ahead for the same model.
    Documents go out in chunks of at most `batch_size` (`chunk_schedule`), at most two chunks
    per worker at a time, so memory stays flat however long the stream. A worker that dies
    (killed, out of memory) ends the build with an error instead of a hang. A build that stops
    early (Ctrl-C, an error while storing) kills its workers: nothing reads their outcomes any
    more, and waiting for a running chunk of up to `batch_size` documents held Ctrl-C for seconds.

    `on_all_sent` is called (in the caller's thread, between two outcomes) once the last chunk has gone to the
    workers: what follows is the outcomes of the fewer than 2 x `workers` chunks still out (the stream's last,
    smallest ones). `wait_exit` False: once the last outcome is in, the workers exit while the caller goes on, and
    `finish_workers` waits for them (a worker's exit, ~0.04-0.06 s of freeing the model's memory, was on a build's
    critical path: `graphbuild.pipeline.run.build` reaps them after its outputs). `handoff`: the workers do part of the
    work and this process the rest (`Handoff`).
    """
    from concurrent.futures.process import BrokenProcessPool

    global _NLP, _AHEAD
    finish_workers()  # an earlier stream's workers, if its caller did not wait for them
    _NLP = nlp
    pending: deque = deque()

    def died(exc: BaseException, submitting: list[Document] | None = None) -> GraphBuildError:
        parts = [part for part, _ in pending] + ([submitting] if submitting else [])
        first, last = parts[0][0].path, parts[-1][-1].path
        return GraphBuildError(f"a worker process died (killed, or out of memory?) while the documents from {first} "
                               f"to {last} were being extracted; the documents stored so far are kept: re-run the "
                               f"build, with fewer --workers or a smaller --batch-size")

    if nlp is None and workers == 1 and model_worker_ahead(model):
        pool, _AHEAD = _AHEAD[0], None  # forked ahead, loading (or done loading) this very model
    else:
        discard_model_worker()
        pool = _model_pool(workers, nlp is None, model)
    job = handoff.job if handoff is not None else _extract_chunk
    finished = False
    try:
        def take() -> Iterator[tuple[Document, Outcome]]:
            part, future = pending[0]
            try:
                outcomes = future.result()
            except BrokenProcessPool as exc:
                raise died(exc) from exc
            pending.popleft()
            if handoff is not None:  # what the worker sent becomes the outcome here
                return ((doc, handoff.finish(sent)) for doc, sent in zip(part, outcomes))
            return zip(part, outcomes)

        for part in chunk_schedule(docs, batch_size):
            try:
                with sigint_held() if not getattr(pool, "_processes", None) else nullcontext():  # this submit forks
                    pending.append((part, pool.submit(job, part, batch_size)))
            except BrokenProcessPool as exc:
                raise died(exc, part) from exc
            if handoff is not None and len(pending) == 1:
                handoff.forked()  # the first chunk is out: the workers are forked
            while len(pending) >= 2 * workers:
                yield from take()
        if on_all_sent is not None:
            on_all_sent()
        while pending:
            yield from take()
        finished = True
    finally:
        if finished and not wait_exit:
            exiting = (getattr(pool, "_executor_manager_thread", None), list((getattr(pool, "_processes", None) or {}).values()))
            pool.shutdown(wait=False)  # the workers exit on their own; `finish_workers` reaps them
            _EXITING.append(exiting)
        elif finished:
            pool.shutdown(wait=True)
        else:
            _kill_workers(pool)
        _NLP = None


__all__ = ["BUILD_GC_THRESHOLD", "FINISH_TIMEOUT", "Handoff", "META_KEYS", "Outcome", "can_fork", "chunk_schedule", "die_with_parent", "discard_model_worker", "extract_in_processes", "finish_workers",
           "extract_stream", "forks_workers", "keep_model_memory", "make_doc", "marked_windows", "model_worker_ahead", "outcome", "partitions", "start_model_worker",
           "usable_cores"]
