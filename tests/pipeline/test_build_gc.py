"""A build runs with the collector thresholds of a build (pipeline.run.BUILD_GC_THRESHOLD) and gives the caller's
back afterwards, also when it fails."""
from __future__ import annotations

import gc

import pytest

import graphbuild.pipeline.local_engine as local_engine
from graphbuild.errors import GraphBuildError
from graphbuild.pipeline.run import BUILD_GC_THRESHOLD, BuildOptions, build


def test_thresholds_during_a_build_and_restored_after(tmp_path, monkeypatch):
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "note.txt").write_text("A short note that names nobody.\n", encoding="utf-8")
    seen: list[tuple[int, ...]] = []

    def no_model(documents, model, workers, batch_size, **_):
        for doc in documents:
            seen.append(gc.get_threshold())
            yield doc, ([], 6, None)

    monkeypatch.setattr(local_engine, "process", no_model)
    before = gc.get_threshold()
    try:
        gc.set_threshold(900, 11, 12)
        report = build([docs], BuildOptions(out=tmp_path / "out", outputs=False))
        assert report.processed == 1
        assert seen == [BUILD_GC_THRESHOLD]
        assert gc.get_threshold() == (900, 11, 12)

        def failing(documents, model, workers, batch_size, **_):
            raise GraphBuildError("the model is gone")
            yield  # pragma: no cover

        monkeypatch.setattr(local_engine, "process", failing)
        (docs / "note.txt").write_text("Another note.\n", encoding="utf-8")
        with pytest.raises(GraphBuildError):
            build([docs], BuildOptions(out=tmp_path / "out", outputs=False))
        assert gc.get_threshold() == (900, 11, 12)
    finally:
        gc.set_threshold(*before)


def test_thresholds_restored_when_reaping_the_workers_is_interrupted(tmp_path, monkeypatch):
    """Final read fb, finding 14 (M10): a Ctrl-C while the workers are joined skipped restoring the thresholds."""
    import graphbuild.pipeline.run as run

    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "note.txt").write_text("A short note that names nobody.\n", encoding="utf-8")

    def no_model(documents, model, workers, batch_size, **_):
        for doc in documents:
            yield doc, ([], 6, None)

    def interrupted():
        raise KeyboardInterrupt

    monkeypatch.setattr(local_engine, "process", no_model)
    monkeypatch.setattr(run, "finish_workers", interrupted)
    before = gc.get_threshold()
    try:
        gc.set_threshold(900, 11, 12)
        with pytest.raises(KeyboardInterrupt):
            build([docs], BuildOptions(out=tmp_path / "out", outputs=False))
        assert gc.get_threshold() == (900, 11, 12)
    finally:
        gc.set_threshold(*before)
