"""The chunks a build hands its model workers: small first, `batch_size` in the middle, small again at the end.

Small first chunks let the build process work on outcomes while the worker runs the next
chunk; a short last chunk leaves little of that work once the model is done (issue 18).
"""
from __future__ import annotations

import multiprocessing as mp

import pytest

from graphbuild.errors import ModelError
from graphbuild.nlp import model as nlp_model
from graphbuild.pipeline import workers
from graphbuild.pipeline.workers import chunk_schedule, extract_in_processes
from graphbuild.records import Document


def _docs(n: int) -> list[Document]:
    return [Document(id=f"d{k}.txt", path=f"d{k}.txt", text=f"Document number {k}.", sha256=str(k), meta={})
            for k in range(n)]


def _sizes(n: int, size: int) -> list[int]:
    return [len(chunk) for chunk in chunk_schedule(_docs(n), size)]


@pytest.mark.parametrize(("n", "size", "expected"), [
    (0, 32, []),
    (1, 32, [1]),
    (2, 32, [1, 1]),
    (3, 32, [1, 1, 1]),
    (5, 32, [1, 2, 1, 1]),
    (60, 32, [1, 2, 4, 8, 16, 15, 7, 4, 2, 1]),  # the quick benchmark's corpus
    (200, 32, [1, 2, 4, 8, 16, 32, 32, 32, 32, 21, 10, 5, 3, 1, 1]),
    (20, 4, [1, 2, 4, 4, 4, 3, 1, 1]),
    (6, 1, [1, 1, 1, 1, 1, 1]),
])
def test_chunk_sizes_grow_to_the_batch_size_and_shrink_at_the_end(n, size, expected):
    assert _sizes(n, size) == expected
    assert sum(expected) == n


def test_chunks_keep_every_document_once_in_order():
    docs = _docs(77)
    chunks = list(chunk_schedule(docs, 8))
    assert [doc.id for chunk in chunks for doc in chunk] == [doc.id for doc in docs]
    assert max(len(chunk) for chunk in chunks) == 8


def test_the_schedule_reads_a_bounded_number_of_documents_ahead():
    """A chunk of n goes out once n more documents are read: never more than 2 * size held."""
    read: list[int] = []

    def stream():
        for k, doc in enumerate(_docs(1000)):
            read.append(k)
            yield doc

    given = 0
    for chunk in chunk_schedule(stream(), 16):
        given += len(chunk)
        assert len(read) - given <= 2 * 16
    assert given == 1000


def _refuse(model=None, *args, **kwargs):
    raise ModelError(f"cannot load spaCy model {model!r}; install it as a package")


@pytest.mark.skipif(not workers.can_fork(), reason="forked workers need a platform with fork")
def test_a_model_the_worker_cannot_load_is_reported_as_such(monkeypatch):
    """One worker loads the pipeline itself: its ModelError reaches the build, not 'a worker died'."""
    monkeypatch.setattr(nlp_model, "load_pipeline", _refuse)
    with pytest.raises(ModelError, match=r"^cannot load spaCy model 'xx_missing_model'; install it as a package$"):
        for _ in extract_in_processes(None, _docs(3), 1, 32, model="xx_missing_model"):
            pass
    assert mp.active_children() == []  # the pool is shut down
