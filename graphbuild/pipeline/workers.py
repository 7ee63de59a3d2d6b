"""Running the extraction pipeline over documents, in this process or in worker processes.

`graphbuild build --workers N` (local engine) used spaCy's own `n_process`: each
worker sent every parsed `Doc` back (tokens, tags, parse and our extensions, as
bytes) and the build process rebuilt it, only to read the relations off it. Here
the workers are forked after the pipeline is loaded (no second model load) and
return what the build needs: the relations as JSON-ready dicts, the word count
and the extraction error, if any. The same outcome comes from every path (one
process, worker processes, a Dask worker), so all engines store the same facts.
"""
from __future__ import annotations

import multiprocessing as mp
from collections import deque
from collections.abc import Iterable, Iterator
from typing import Any

from ..errors import GraphBuildError
from ..records import Document

#: What the extractors read from a document's metadata.
META_KEYS = ("bold", "headings", "date")
#: (relation dicts, word count, extraction error or None) for one document.
Outcome = tuple[list[dict], int, "str | None"]

_NLP: Any = None  # the pipeline a forked worker inherits from the build process


def make_doc(nlp: Any, doc: Document) -> Any:
    """The document's text as a spaCy Doc, with the metadata the extractors read."""
    spacy_doc = nlp.make_doc(doc.text)
    spacy_doc.user_data["gb_meta"] = {k: v for k, v in doc.meta.items() if k in META_KEYS}
    return spacy_doc


def outcome(spacy_doc: Any) -> Outcome:
    """What a build keeps of a processed Doc."""
    words = sum(1 for t in spacy_doc if not t.is_space and not t.is_punct)
    error = spacy_doc._.extract_error if spacy_doc.has_extension("extract_error") else None
    return list(spacy_doc._.relations or []), words, error


def extract_stream(nlp: Any, docs: Iterable[Document], batch_size: int, n_process: int = 1) -> Iterator[tuple[Document, Outcome]]:
    """(document, outcome) in input order, in this process (or spaCy's own `n_process` workers)."""
    items = ((make_doc(nlp, d), d) for d in docs)
    for spacy_doc, doc in nlp.pipe(items, as_tuples=True, batch_size=batch_size, n_process=n_process):
        yield doc, outcome(spacy_doc)


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


def _extract_chunk(docs: list[Document], batch_size: int) -> list[Outcome]:
    """Runs in a forked worker, on the pipeline it inherited."""
    return [result for _, result in extract_stream(_NLP, docs, batch_size)]


def can_fork() -> bool:
    return "fork" in mp.get_all_start_methods()


def extract_in_processes(nlp: Any, docs: Iterable[Document], workers: int, batch_size: int) -> Iterator[tuple[Document, Outcome]]:
    """(document, outcome) in input order, from `workers` forked processes sharing the loaded pipeline.

    Documents go out in chunks of `batch_size`, at most two chunks per worker at a time,
    so memory stays flat however long the stream. A worker that dies (killed, out of
    memory) ends the build with an error instead of a hang; a build that stops early
    cancels the chunks not yet started.
    """
    from concurrent.futures import ProcessPoolExecutor
    from concurrent.futures.process import BrokenProcessPool

    global _NLP
    _NLP = nlp
    pending: deque = deque()

    def died(exc: BaseException, submitting: list[Document] | None = None) -> GraphBuildError:
        parts = [part for part, _ in pending] + ([submitting] if submitting else [])
        first, last = parts[0][0].path, parts[-1][-1].path
        return GraphBuildError(f"a worker process died (killed, or out of memory?) while the documents from {first} "
                               f"to {last} were being extracted; the documents stored so far are kept: re-run the "
                               f"build, with fewer --workers or a smaller --batch-size")

    pool = ProcessPoolExecutor(max_workers=workers, mp_context=mp.get_context("fork"))
    try:
        def take() -> Iterator[tuple[Document, Outcome]]:
            part, future = pending[0]
            try:
                outcomes = future.result()
            except BrokenProcessPool as exc:
                raise died(exc) from exc
            pending.popleft()
            return zip(part, outcomes)

        for part in partitions(docs, batch_size):
            try:
                pending.append((part, pool.submit(_extract_chunk, part, batch_size)))
            except BrokenProcessPool as exc:
                raise died(exc, part) from exc
            while len(pending) >= 2 * workers:
                yield from take()
        while pending:
            yield from take()
    finally:
        pool.shutdown(wait=True, cancel_futures=True)  # after an error, only the chunks already running finish
        _NLP = None


__all__ = ["META_KEYS", "Outcome", "can_fork", "extract_in_processes", "extract_stream", "make_doc", "outcome", "partitions"]
