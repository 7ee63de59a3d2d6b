"""Shared fixtures: the spaCy pipeline and one build of seeds/ are made once per test session."""
from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
SHARED = ROOT.parent / "shared"
CHROMIUM = os.environ.get("GRAPHBUILD_CHROMIUM", "/usr/bin/chromium")
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run"]


@pytest.fixture(scope="session")
def nlp():
    """The full graphbuild pipeline (model + gazetteer ruler + extractors)."""
    from graphbuild.nlp.model import load_pipeline

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
    from graphbuild.pipeline.run import BuildOptions, build

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


@pytest.fixture(scope="session")
def browser() -> Iterator[Any]:
    """One headless Debian chromium for the whole session, via Playwright (never a downloaded browser).

    Session-wide because Playwright's sync API cannot start while another instance runs in the same thread.
    """
    sync_api = pytest.importorskip("playwright.sync_api")
    if not Path(CHROMIUM).exists():
        pytest.skip(f"{CHROMIUM} is missing: apt-get install -y chromium (never `playwright install`)")
    with sync_api.sync_playwright() as playwright:
        instance = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield instance
        instance.close()
