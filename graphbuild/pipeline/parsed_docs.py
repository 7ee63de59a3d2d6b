"""A 1-worker build with extraction in the build process: the model worker parses, the build process extracts.

Issue 18, S25 (measured, off by default: `$GRAPHBUILD_EXTRACT_IN_BUILD=1` turns it on for a `--workers 1` build).
In a 1-worker build the model worker's CPU is the build's wall time (its start-up, the model, the extractors),
while the build process uses about a quarter of the second core. Here the worker runs the pipeline without
`gb_relations` and sends each window's parsed Doc as bytes (`Doc.to_bytes` without the tensor); the build process
rebuilds it in an English vocabulary of its own and runs the extractors on it: the same relations, ~0.8 CPU-s of
the 60 quick documents moved from the worker to the second core. What it costs is `speedup_2_workers`: two
workers gain nothing from it (both cores already run models), so the faster one-worker build leaves them less to
win (docs/benchmarks.md, "Issue 18, twenty-first session (S25)").
"""
from __future__ import annotations

import os
import threading
from collections import deque
from collections.abc import Iterable, Iterator
from typing import Any

from ..nlp.windows import join_windows, window_limit
from ..records import Document
from . import workers
from .workers import BATCH_CHARS, BATCH_TOKENS, Handoff, Outcome, char_batches, marked_windows, outcome

#: Set to "1": a 1-worker local build extracts in the build process (`ships_docs`).
EXTRACT_IN_BUILD_ENV = "GRAPHBUILD_EXTRACT_IN_BUILD"
#: The pipeline component the worker leaves to the build process.
RELATIONS_PIPE = "gb_relations"
#: What the worker sends for a document: the pipeline's language and each window's bytes and start offset in the document.
Parsed = tuple[str, list[tuple[bytes, int]]]

_VOCABS: dict[str, Any] = {}  # the build process's vocabulary for rebuilt Docs, by the pipeline's language
_PREPARING = threading.Lock()  # held by `prepare`: the first Doc waits for the thread importing spaCy


def ships_docs(workers: int) -> bool:
    """Whether a local build with `workers` forked model workers extracts in the build process."""
    return workers == 1 and os.environ.get(EXTRACT_IN_BUILD_ENV) == "1"


def parse_stream(nlp: Any, docs: Iterable[Document], batch_size: int) -> Iterator[tuple[Document, Parsed]]:
    """(document, its windows parsed as bytes) in input order: `extract_stream`'s batches, without the extractors."""
    limit = window_limit(nlp)
    names = [name for name in nlp.pipe_names if name != RELATIONS_PIPE]
    waiting: deque[Document] = deque()
    parts: list[tuple[bytes, int]] = []
    with nlp.select_pipes(enable=names):
        for group in char_batches(marked_windows(nlp, docs, limit, waiting), batch_size, max(BATCH_CHARS, limit), BATCH_TOKENS):
            for spacy_doc, (start, last) in nlp.pipe(group, as_tuples=True, batch_size=len(group)):
                parts.append((spacy_doc.to_bytes(exclude=["tensor"]), start))
                if last:
                    yield waiting.popleft(), (nlp.lang, parts)
                    parts = []


def parse_chunk(docs: list[Document], batch_size: int) -> list[Parsed]:
    """Runs in a forked worker (in place of its `_extract_chunk`): the documents parsed, not extracted."""
    if workers._LOAD_ERROR is not None:
        raise workers._LOAD_ERROR
    return [parsed for _, parsed in parse_stream(workers._NLP, docs, batch_size)]


def prepare(lang: str | None = None) -> Any:
    """Import spaCy (without its command line) and the extractors, ahead of the first Doc when started on a thread
    once the model worker is forked (this overlaps the worker's own start-up); with `lang`, that language's
    vocabulary for the rebuilt Docs (made once)."""
    with _PREPARING:
        from ..nlp.spacy_import import import_spacy_without_cli

        import_spacy_without_cli()  # imports nothing when spaCy is imported already
        import spacy

        from .. import extract  # noqa: F401  (the extractors and their Doc extensions)

        if lang is not None and lang not in _VOCABS:
            _VOCABS[lang] = spacy.blank(lang).vocab
        return _VOCABS.get(lang) if lang is not None else None


def prepare_ahead() -> None:
    """`prepare` on a daemon thread (a failure shows again at the first `extract_parsed`)."""
    def run() -> None:
        try:
            prepare()
        except Exception:  # noqa: BLE001 - only a head start
            pass

    threading.Thread(target=run, name="graphbuild-extract-imports", daemon=True).start()


def extract_parsed(parsed: Parsed) -> Outcome:
    """A document's outcome from its parsed windows: each rebuilt and run through the extractors here."""
    lang, windows = parsed
    vocab = prepare(lang)  # first: a thread may be importing spaCy now
    from spacy.tokens import Doc

    from ..extract import relations_component

    pieces: list[tuple[list[dict], int]] = []
    words = 0
    errors: list[str] = []
    for data, start in windows:
        spacy_doc = relations_component(Doc(vocab).from_bytes(data))
        relations, count, error = outcome(spacy_doc)
        pieces.append((relations, start))
        words += count
        if error and error not in errors:
            errors.append(error)
    return join_windows(pieces), words, "; ".join(errors) or None


#: What `graphbuild.pipeline.local_engine.process` hands `extract_in_processes` when `ships_docs`.
HANDOFF = Handoff(job=parse_chunk, finish=extract_parsed, forked=prepare_ahead)

__all__ = ["EXTRACT_IN_BUILD_ENV", "HANDOFF", "extract_parsed", "parse_chunk", "parse_stream", "prepare", "prepare_ahead",
           "ships_docs"]
