"""A 1-worker build that extracts in the build process ($GRAPHBUILD_EXTRACT_IN_BUILD=1) builds the same graph."""
from __future__ import annotations

from pathlib import Path

import pytest

from graphbuild.nlp import windows
from graphbuild.pipeline import local_engine, parsed_docs, workers
from graphbuild.pipeline.run import BuildOptions, build

from pipeline_support import document_quads, seed_corpus

PICK = ["global_magnitsky_first_designations_2017.txt", "russia_oligarchs_officials_2018.md",
        "wire_briefs_2021.jsonl", "treasury_leadership_appointments_2023.md"]

pytestmark = pytest.mark.skipif(not workers.can_fork(), reason="forked workers need a platform with fork")


def _relations(out: Path) -> list[str]:
    return sorted((out / "relations.jsonl").read_text(encoding="utf-8").splitlines())


def test_only_a_one_worker_build_with_the_variable_ships_docs(monkeypatch):
    monkeypatch.delenv(parsed_docs.EXTRACT_IN_BUILD_ENV, raising=False)
    assert not parsed_docs.ships_docs(1)
    monkeypatch.setenv(parsed_docs.EXTRACT_IN_BUILD_ENV, "1")
    assert parsed_docs.ships_docs(1) and not parsed_docs.ships_docs(2)


def test_extracting_in_the_build_process_gives_the_same_graph(tmp_path, monkeypatch):
    """Small windows (each document several Docs) and small chunks: offsets, merges and word counts as before."""
    corpus = seed_corpus(tmp_path, PICK)
    monkeypatch.setattr(windows, "WINDOW_CHARS", 1_500)
    monkeypatch.delenv(parsed_docs.EXTRACT_IN_BUILD_ENV, raising=False)
    worker = build([corpus], BuildOptions(out=tmp_path / "worker", batch_size=2))
    monkeypatch.setenv(parsed_docs.EXTRACT_IN_BUILD_ENV, "1")
    shipped: list[int] = []  # windows of each document the build process extracted
    counted = parsed_docs.HANDOFF._replace(finish=lambda parsed: shipped.append(len(parsed[1])) or parsed_docs.extract_parsed(parsed))
    monkeypatch.setattr(local_engine, "HANDOFF", counted)
    here = build([corpus], BuildOptions(out=tmp_path / "here", batch_size=2))

    assert len(shipped) == here.processed == worker.processed > len(PICK)
    assert max(shipped) > 1  # some document went as several windows
    assert (here.words, here.quads, here.errors) == (worker.words, worker.quads, worker.errors)
    assert _relations(tmp_path / "here") == _relations(tmp_path / "worker")
    assert document_quads(tmp_path / "here" / "store") == document_quads(tmp_path / "worker" / "store")
