"""`graphbuild build --workers 2`: forked workers share the loaded pipeline and the graph equals a 1-worker build."""
from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from graphbuild.pipeline import workers
from graphbuild.errors import GraphBuildError
from graphbuild.pipeline.run import BuildOptions, build
from graphbuild.rdf.store import KnowledgeStore

from pipeline_support import document_quads, seed_corpus

PICK = ["global_magnitsky_first_designations_2017.txt", "russia_oligarchs_officials_2018.md",
        "north_korea_lazarus_group_2019.html", "wire_briefs_2021.jsonl", "treasury_leadership_appointments_2023.md",
        "venezuela_pdvsa_2019.txt"]

pytestmark = pytest.mark.skipif(not workers.can_fork(), reason="forked workers need a platform with fork")


def _relations(out: Path) -> list[str]:
    return sorted((out / "relations.jsonl").read_text(encoding="utf-8").splitlines())


def test_two_workers_build_the_same_graph_as_one(tmp_path):
    corpus = seed_corpus(tmp_path, PICK)
    one = build([corpus], BuildOptions(out=tmp_path / "one"))
    two = build([corpus], BuildOptions(out=tmp_path / "two", workers=2, batch_size=2))  # several chunks per worker

    assert two.processed == one.processed == one.documents > len(PICK)  # the .jsonl file holds several documents
    assert (two.words, two.quads, two.errors) == (one.words, one.quads, one.errors)
    assert _relations(tmp_path / "two") == _relations(tmp_path / "one")
    assert document_quads(tmp_path / "two" / "store") == document_quads(tmp_path / "one" / "store")
    assert json.loads((tmp_path / "two" / "report.json").read_text())["relations"] == one.to_json()["relations"]


def _die(docs, batch_size):  # replaces the worker's job: the process exits as if killed
    os._exit(9)


def test_a_dead_worker_is_a_clear_error_not_a_hang(tmp_path, monkeypatch):
    corpus = seed_corpus(tmp_path, PICK)
    monkeypatch.setattr(workers, "_extract_chunk", _die)
    with pytest.raises(GraphBuildError, match=r"a worker process died .* while the documents from \S+ to \S+ were being extracted"):
        build([corpus], BuildOptions(out=tmp_path / "out", workers=2, batch_size=2))
    with KnowledgeStore(tmp_path / "out" / "store", read_only=True) as store:  # the store is still usable
        assert store.document_hashes() == {}


def test_one_worker_extracts_in_a_forked_process_with_the_same_graph(tmp_path, monkeypatch):
    """--workers 1 runs the model in one forked process (the build resolves and writes meanwhile);
    the graph is the one the model gives in the build's own process (the path where fork is missing)."""
    from graphbuild.pipeline import local_engine

    corpus = seed_corpus(tmp_path, PICK)
    here: list[int] = []  # extract_stream calls seen in the build's own process
    original = workers.extract_stream

    def watched(*args, **kwargs):
        here.append(os.getpid())
        return original(*args, **kwargs)

    monkeypatch.setattr(local_engine, "extract_stream", watched)
    monkeypatch.setattr(workers, "extract_stream", watched)  # a forked worker calls it too, but in its own process
    monkeypatch.setattr(workers, "usable_cores", lambda: 2)
    forked = build([corpus], BuildOptions(out=tmp_path / "forked"))
    assert here == []  # nothing was parsed in the build's process
    monkeypatch.setattr(workers, "can_fork", lambda: False)
    inline = build([corpus], BuildOptions(out=tmp_path / "inline"))
    assert here == [os.getpid()]
    monkeypatch.setattr(workers, "can_fork", lambda: True)
    monkeypatch.setattr(workers, "usable_cores", lambda: 1)  # one core: no overlap to win, no fork
    build([corpus], BuildOptions(out=tmp_path / "one-core"))
    assert here == [os.getpid()] * 2

    assert forked.processed == inline.processed == inline.documents > len(PICK)
    assert (forked.words, forked.quads, forked.errors) == (inline.words, inline.quads, inline.errors)
    assert _relations(tmp_path / "forked") == _relations(tmp_path / "inline")
    assert document_quads(tmp_path / "forked" / "store") == document_quads(tmp_path / "inline" / "store")


def _collector_state() -> tuple[tuple[int, ...], bool]:
    import gc

    return gc.get_threshold(), gc.get_freeze_count() > 0


def test_a_worker_collects_as_a_build_does_even_when_forked_ahead_of_it():
    """A 1-worker build's model worker is forked before `build` sets BUILD_GC_THRESHOLD (pipeline.early_start):
    it sets them itself, and freezes what it holds after the model load (issue 18)."""
    import gc

    before = gc.get_threshold()
    gc.set_threshold(700, 10, 10)  # Python's default, as in a fresh `graphbuild build` process
    try:
        pool = workers._model_pool(1, False, None)
        try:
            assert pool.submit(_collector_state).result(timeout=60) == (workers.BUILD_GC_THRESHOLD, True)
        finally:
            pool.shutdown(wait=True)
        assert gc.get_threshold() == (700, 10, 10) and gc.get_freeze_count() == 0  # this process is left as it was
    finally:
        gc.set_threshold(*before)
