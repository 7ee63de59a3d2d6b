"""`graphbuild build` into a new store forks its model worker before it imports the build's modules (issue 18).

The worker loads the model while the build opens the store; the build then takes that worker.
An existing store gets none ahead (its documents may all be unchanged), and a worker no build
took is killed, not waited for.
"""
from __future__ import annotations

import multiprocessing as mp
import shutil
import time
from pathlib import Path

import pytest
from typer.testing import CliRunner

from graphbuild.cli import app
from graphbuild.nlp import model as nlp_model
from graphbuild.pipeline import workers
from graphbuild.pipeline.run import BuildOptions, build

from pipeline_support import document_quads, seed_corpus

pytestmark = pytest.mark.skipif(not workers.can_fork(), reason="forked workers need a platform with fork")

PICK = ["global_magnitsky_first_designations_2017.txt", "north_korea_lazarus_group_2019.html", "venezuela_pdvsa_2019.txt"]


@pytest.fixture
def pools(monkeypatch):
    """(workers, loads the model itself) of every pool of model workers made; two usable cores."""
    made: list[tuple[int, bool]] = []
    original = workers._model_pool

    def counted(count, load, model):
        made.append((count, load))
        return original(count, load, model)

    monkeypatch.setattr(workers, "_model_pool", counted)
    monkeypatch.setattr(workers, "usable_cores", lambda: 2)
    return made


def test_a_new_store_gets_its_model_worker_ahead_and_the_build_takes_it(tmp_path, pools):
    corpus = seed_corpus(tmp_path, PICK)
    result = CliRunner().invoke(app, ["build", str(corpus), "-o", str(tmp_path / "cli")])
    assert result.exit_code == 0, result.output
    assert pools == [(1, True)]  # the one forked ahead; extract_in_processes made none
    assert workers._AHEAD is None and mp.active_children() == []

    library = build([corpus], BuildOptions(out=tmp_path / "library"))  # the library call: a worker at the first document
    assert pools == [(1, True), (1, True)]
    assert library.processed == 3
    for name in ("relations.jsonl", "graph.html"):
        assert (tmp_path / "cli" / name).read_bytes() == (tmp_path / "library" / name).read_bytes()
    assert document_quads(tmp_path / "cli" / "store") == document_quads(tmp_path / "library" / "store")

    shutil.copy(Path(__file__).resolve().parents[2] / "seeds" / "russia_oligarchs_officials_2018.md", corpus)
    again = CliRunner().invoke(app, ["build", str(corpus), "-o", str(tmp_path / "cli")])  # the store exists now
    assert again.exit_code == 0, again.output
    assert "documents: 4 (1 built, 3 unchanged, 0 pruned)" in again.output
    assert pools == [(1, True), (1, True), (1, True)]  # made when the new document came, not ahead


def _slow_load(model=None, *args, **kwargs):
    time.sleep(120)


def test_a_worker_ahead_that_no_build_takes_is_killed_not_waited_for(tmp_path, pools, monkeypatch):
    monkeypatch.setattr(nlp_model, "load_pipeline", _slow_load)
    empty = tmp_path / "empty"
    empty.mkdir()
    started = time.perf_counter()
    result = CliRunner().invoke(app, ["build", str(empty), "-o", str(tmp_path / "out")])
    assert result.exit_code == 1
    assert "no document found in" in str(result.exception)
    assert pools == [(1, True)]
    assert workers._AHEAD is None and mp.active_children() == []
    assert time.perf_counter() - started < 60  # the 120 s load was not waited for


@pytest.mark.parametrize(("case", "expected"), [
    ("new store", True), ("two workers", False), ("--store given", False), ("dask engine", False),
    ("store exists", False), ("one usable core", False),
])
def test_only_a_one_worker_build_into_a_new_store_forks_ahead(tmp_path, pools, monkeypatch, case, expected):
    from graphbuild import cli

    started: list[str | None] = []
    monkeypatch.setattr(workers, "start_model_worker", started.append)
    if case == "store exists":
        (tmp_path / "out" / "store").mkdir(parents=True)
    if case == "one usable core":
        monkeypatch.setattr(workers, "usable_cores", lambda: 1)
    ahead = cli._model_worker_ahead(tmp_path / "out", str(tmp_path / "s") if case == "--store given" else None,
                                    "dask" if case == "dask engine" else "local", 2 if case == "two workers" else 1, "xx_model")
    assert (ahead, started) == (expected, ["xx_model"] if expected else [])


def test_the_worker_ahead_is_known_by_its_model_until_taken_or_ended(pools, monkeypatch):
    monkeypatch.setattr(nlp_model, "load_pipeline", _slow_load)
    workers.start_model_worker("xx_model")
    try:
        assert (workers.model_worker_ahead("xx_model"), workers.model_worker_ahead(None)) == (True, False)
        assert len(mp.active_children()) == 1
    finally:
        workers.discard_model_worker()
    assert (workers.model_worker_ahead("xx_model"), mp.active_children()) == (False, [])
