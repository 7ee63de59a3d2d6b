"""A build stopped early (Ctrl-C, an error while storing) ends its model workers at once.

Nothing reads a running chunk's outcomes once the build stops; waiting for it held Ctrl-C
for as long as the model needed for up to `--batch-size` documents (seconds on real releases).
"""
from __future__ import annotations

import multiprocessing as mp
import time

import pytest

from graphbuild.nlp import model as nlp_model
from graphbuild.pipeline import workers
from graphbuild.records import Document

pytestmark = pytest.mark.skipif(not workers.can_fork(), reason="forked workers need a platform with fork")


def _no_model(model=None, *args, **kwargs):
    return None


def _long_chunk(docs, batch_size):  # stands in for the model on a chunk of long documents
    time.sleep(120)


def _fast_chunk(docs, batch_size):
    return [([], len(doc.text.split()), None) for doc in docs]


def _documents(count: int, interrupt_after: int | None = None):
    for n in range(count):
        if interrupt_after is not None and n == interrupt_after:
            raise KeyboardInterrupt  # what Ctrl-C raises in the build's thread
        yield Document(id=f"d{n}.txt", text=f"word {n}", sha256=str(n), path=f"d{n}.txt")


def test_ctrl_c_during_a_running_chunk_kills_the_worker_instead_of_waiting(monkeypatch):
    monkeypatch.setattr(nlp_model, "load_pipeline", _no_model)
    monkeypatch.setattr(workers, "_extract_chunk", _long_chunk)
    started = time.perf_counter()
    with pytest.raises(KeyboardInterrupt):
        list(workers.extract_in_processes(None, _documents(10, interrupt_after=3), workers=1, batch_size=4))
    assert time.perf_counter() - started < 30  # the 120 s chunk was not waited for
    assert mp.active_children() == []


def _first_fast(docs, batch_size):  # the first document comes back, the next chunks run long
    if docs[0].id != "d0.txt":
        time.sleep(120)
    return _fast_chunk(docs, batch_size)


def test_a_consumer_that_stops_early_ends_the_workers(monkeypatch):
    monkeypatch.setattr(nlp_model, "load_pipeline", _no_model)
    monkeypatch.setattr(workers, "_extract_chunk", _first_fast)
    stream = workers.extract_in_processes(None, _documents(10), workers=2, batch_size=2)
    first = next(stream)
    assert (first[0].id, first[1]) == ("d0.txt", ([], 2, None))
    started = time.perf_counter()
    stream.close()  # as the build does when storing a document fails: later chunks are running
    assert time.perf_counter() - started < 30
    assert mp.active_children() == []


def test_a_complete_stream_still_returns_every_outcome_in_order(monkeypatch):
    monkeypatch.setattr(nlp_model, "load_pipeline", _no_model)
    monkeypatch.setattr(workers, "_extract_chunk", _fast_chunk)
    got = [(doc.id, outcome) for doc, outcome in workers.extract_in_processes(None, _documents(7), workers=1, batch_size=4)]
    assert got == [(f"d{n}.txt", ([], 2, None)) for n in range(7)]
    assert mp.active_children() == []
