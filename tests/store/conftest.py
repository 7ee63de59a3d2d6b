"""Fixtures of the store tests: replayed builds (no model), a real `oxigraph serve` on a loopback port."""
from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import gbstore_support  # noqa: E402
from gbstore_support import free_port, stop, wait_for_http  # noqa: E402

ROOT = HERE.parent.parent
SEEDS = ROOT / "seeds"


@pytest.fixture(scope="session")
def seed_out(seed_build) -> Path:
    return seed_build[0]


@pytest.fixture()
def replay(monkeypatch, seed_out):
    """Builds in this test replay the seed build's extraction instead of running spaCy."""
    import graphbuild.pipeline.local_engine as local_engine

    monkeypatch.setattr(local_engine, "process", gbstore_support.make_process(seed_out / "relations.jsonl"))
    return seed_out / "relations.jsonl"


@pytest.fixture(scope="session")
def replayed_seed_build(tmp_path_factory, seed_build) -> Path:
    """A replayed build of seeds/ (the reference for remote and crash tests), made once."""
    import graphbuild.pipeline.local_engine as local_engine
    import graphbuild.pipeline.run as pipeline

    original = local_engine.process
    local_engine.process = gbstore_support.make_process(seed_build[0] / "relations.jsonl")
    try:
        out = tmp_path_factory.mktemp("replayed")
        pipeline.build([SEEDS], pipeline.BuildOptions(out=out))
    finally:
        local_engine.process = original
    return out


@pytest.fixture()
def oxigraph_server(tmp_path):
    """Start `oxigraph serve` (read-write, union default graph) on a free loopback port; yields the query URL."""
    from graphbuild.serve import oxigraph_binary

    port = free_port()
    process = subprocess.Popen([oxigraph_binary(), "serve", "--location", str(tmp_path / "server-store"),
                                "--bind", f"127.0.0.1:{port}", "--union-default-graph"],
                               stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    try:
        wait_for_http(f"http://127.0.0.1:{port}/query?query=ASK%7B%7D", process)
        yield f"http://127.0.0.1:{port}/query"
    finally:
        stop(process)


@pytest.fixture()
def seeds_copy(tmp_path) -> Path:
    """A private copy of seeds/ that a test may edit."""
    target = tmp_path / "seeds"
    shutil.copytree(SEEDS, target)
    return target
