"""Shared fixtures: the spaCy pipeline and one build of seeds/ are made once per test session."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
SHARED = ROOT.parent / "shared"


@pytest.fixture(scope="session")
def nlp():
    """The full graphbuild pipeline (model + gazetteer ruler + extractors)."""
    from graphbuild.nlp import load_pipeline

    return load_pipeline()


@pytest.fixture(scope="session")
def extract(nlp):
    """Text -> list of relation dicts (as written to relations.jsonl, without ids)."""

    def run(text: str, meta: dict | None = None) -> list[dict]:
        doc = nlp.make_doc(text)
        doc.user_data["gb_meta"] = meta or {}
        return list(nlp(doc)._.relations)

    return run


@pytest.fixture(scope="session")
def seed_build(tmp_path_factory):
    """One build of seeds/ (read-only for tests: copy `out` before changing it)."""
    from graphbuild.pipeline import BuildOptions, build

    out = tmp_path_factory.mktemp("seed-build")
    report = build([SEEDS], BuildOptions(out=out))
    return out, report


@pytest.fixture()
def seed_copy(seed_build, tmp_path):
    """A private copy of the seed build's output folder that a test may change."""
    out, _ = seed_build
    target = tmp_path / "out"
    shutil.copytree(out, target)
    return target


@pytest.fixture(scope="session")
def shared_dir():
    if not SHARED.exists():
        pytest.skip("../shared is not present")
    return SHARED
