"""`python -m graphbuild build ...` forks a 1-worker build's model worker before the command line is parsed,
only when the arguments surely ask for one (graphbuild.pipeline.early_start, issue 18)."""
from __future__ import annotations

import multiprocessing as mp
import subprocess
import sys

import pytest

from rdflib import URIRef

from graphbuild import cli
from graphbuild.pipeline import early_store, workers
from graphbuild.pipeline.early_start import early_model, fork_model_worker_early

from pipeline_support import document_quads, seed_corpus

PICK = ["global_magnitsky_first_designations_2017.txt", "venezuela_pdvsa_2019.txt"]


@pytest.fixture(autouse=True)
def _no_store_left_ahead():
    """A failing test does not leave its store created ahead (a module global) to the next ones (M12, review V6)."""
    yield
    early_store.discard()


def test_only_a_plain_one_worker_build_into_a_new_store_is_read_as_one(tmp_path):
    inputs = tmp_path / "docs"
    inputs.mkdir()
    out = str(tmp_path / "out")
    assert early_model(["build", str(inputs), "-o", out]) == (True, None)
    assert early_model(["build", str(inputs), "--out", out, "--model", "m_sm", "--prune", "--list", "x.csv"]) == (True, "m_sm")
    assert early_model(["build", str(inputs), "-o", out, "--workers", "1", "--batch-size", "8"]) == (True, None)
    refused = [
        ["build", str(inputs), "-o", out, "--workers", "2"],
        ["build", str(inputs), "-o", out, "--workers=1"],  # a form this reader leaves to typer
        ["build", str(inputs), "-o", out, "--engine", "dask"],
        ["build", str(inputs), "--store", str(tmp_path / "s")],
        ["build", str(inputs), "-o", out, "--help"],
        ["build", str(inputs), "-o"],
        ["build", str(tmp_path / "missing"), "-o", out],
        ["build", "-o", out],
        ["query", "--store", out],
        [],
    ]
    for argv in refused:
        assert early_model(argv) == (False, None), argv
    (tmp_path / "out" / "store").mkdir(parents=True)  # an existing store: its documents may all be unchanged
    assert early_model(["build", str(inputs), "-o", out]) == (False, None)


def test_the_early_worker_is_forked_once_and_ended_when_no_build_takes_it(tmp_path, monkeypatch):
    monkeypatch.setattr(workers, "usable_cores", lambda: 2)
    started: list[str | None] = []
    monkeypatch.setattr(workers, "start_model_worker", lambda model: started.append(model))
    argv = ["build", str(tmp_path), "-o", str(tmp_path / "out"), "--model", "m_sm"]
    assert fork_model_worker_early(argv) is True
    assert started == ["m_sm"]
    monkeypatch.setattr(workers, "model_worker_ahead", lambda model: model == "m_sm")
    assert fork_model_worker_early(argv) is True  # main() after `python -m graphbuild` forked it: no second worker
    assert started == ["m_sm"]
    assert fork_model_worker_early(["build", str(tmp_path), "--workers", "2"]) is False
    early_store.discard()


def test_the_new_store_is_created_on_a_thread_right_after_the_early_fork(tmp_path, monkeypatch):
    """Issue 18, S15: RocksDB's file syncing overlaps the command line's imports; the build's open takes that store."""
    monkeypatch.setattr(workers, "usable_cores", lambda: 2)
    monkeypatch.setattr(workers, "start_model_worker", lambda model: None)
    out = tmp_path / "deep" / "out"
    assert fork_model_worker_early(["build", str(tmp_path), "-o", str(out)]) is True
    assert early_store.open_ahead(out / "store") is False  # one at a time (main() after `python -m graphbuild`)
    early_store._OPENING.thread.join()
    assert (out / "store" / "CURRENT").exists()  # created before the build opens anything
    from graphbuild.rdf.store import open_store

    created = early_store._OPENING.store
    with open_store(out / "store") as store:
        assert store._oxstore() is created and early_store._OPENING is None
        store.replace_graph(URIRef("https://example.org/g"), [])
        assert store.count() == 0


def test_a_store_no_build_took_is_closed_and_its_folders_removed(tmp_path):
    kept = tmp_path / "kept"
    kept.mkdir()
    assert early_store.open_ahead(kept / "new" / "store") is True
    early_store.discard()
    assert kept.exists() and not (kept / "new").exists()
    assert early_store.open_ahead(kept / "store") is True
    from graphbuild.rdf.store import open_store

    with open_store(tmp_path / "other" / "store") as store:  # another folder: the one made ahead is discarded
        assert store.count() == 0
    assert early_store._OPENING is None and not (kept / "store").exists() and kept.exists()
    (tmp_path / "file").write_text("x")
    assert early_store.open_ahead(tmp_path / "file" / "store") is True  # -o names a file: nothing made, no error
    assert early_store.take(tmp_path / "file" / "store") is None and (tmp_path / "file").read_text() == "x"


def test_a_store_folder_another_build_filled_is_never_removed(tmp_path, monkeypatch):
    """M12, review V6: another `build -o` made the folder's store first (its lock); this thread's open fails.
    The other build's files stay; before, discard removed the whole folder."""
    import pyoxigraph

    def other_build_got_there_first(path: str) -> None:
        (tmp_path / "out" / "store" / "LIVE").write_text("the other build's data")
        raise OSError("IO error: lock hold by another process")

    monkeypatch.setattr(pyoxigraph, "Store", other_build_got_there_first)
    assert early_store.open_ahead(tmp_path / "out" / "store") is True
    assert early_store.take(tmp_path / "out" / "store") is None
    assert (tmp_path / "out" / "store" / "LIVE").read_text() == "the other build's data"
    assert early_store.open_ahead(tmp_path / "new" / "store") is True  # failed before anything was written: removed
    early_store.discard()
    assert not (tmp_path / "new").exists()


def test_the_store_folder_is_gone_from_its_path_before_its_lock_is_freed(tmp_path):
    """M15 (final read F2 item 5): discard freed the lock (dropped the store) and only then removed the folder, so a
    `build -o` opening it in between lost its files. Now the folder is renamed aside while the lock is held."""
    path = tmp_path / "out" / "store"
    seen_at_release: list[bool] = []

    class Holder:
        """Stands for the store object: the lock goes when it goes."""

        def __init__(self, store: object) -> None:
            self.store = store

        def __del__(self) -> None:
            seen_at_release.append(path.exists())

    assert early_store.open_ahead(path) is True
    opening = early_store._OPENING
    opening.thread.join()
    assert opening.opened and path.is_dir()
    opening.store = Holder(opening.store)
    early_store.discard()
    assert seen_at_release == [False]  # already moved aside when the store (its lock) was released
    assert not (tmp_path / "out").exists() and list(tmp_path.iterdir()) == []  # nothing left, under any name


@pytest.mark.skipif(not workers.can_fork(), reason="forked workers need a platform with fork")
def test_python_m_graphbuild_builds_the_same_graph_with_its_early_worker(tmp_path):
    corpus = seed_corpus(tmp_path, PICK)
    done = subprocess.run([sys.executable, "-m", "graphbuild", "build", str(corpus), "-o", str(tmp_path / "early")],
                          capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr[-2000:]
    assert "documents: 2 (2 built, 0 unchanged, 0 pruned)" in done.stdout
    refused = subprocess.run([sys.executable, "-m", "graphbuild", "build", str(corpus), "-o", str(tmp_path / "bad"),
                              "--batch-size", "0"], capture_output=True, text=True, timeout=60)
    assert refused.returncode == 2 and not (tmp_path / "bad" / "store").exists()
    from graphbuild.pipeline.run import BuildOptions, build

    build([corpus], BuildOptions(out=tmp_path / "library", workers=1))
    assert (tmp_path / "early" / "relations.jsonl").read_bytes() == (tmp_path / "library" / "relations.jsonl").read_bytes()
    assert document_quads(tmp_path / "early" / "store") == document_quads(tmp_path / "library" / "store")
    assert workers._AHEAD is None and cli._EARLY is False and mp.active_children() == []
