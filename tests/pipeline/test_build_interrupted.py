"""Ctrl-C during `graphbuild build` says what the store holds, and exits 130 as before (typer's code for it)."""
from __future__ import annotations

from typer.testing import CliRunner

from graphbuild.cli import app
from graphbuild.pipeline import run


def test_an_interrupted_build_says_the_documents_built_so_far_are_stored(tmp_path, monkeypatch):
    def interrupted(inputs, options, on_document=None):
        raise KeyboardInterrupt

    monkeypatch.setattr(run, "build", interrupted)
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "note.txt").write_text("A short note about nothing in particular.\n", encoding="utf-8")
    result = CliRunner().invoke(app, ["build", str(tmp_path / "in"), "-o", str(tmp_path / "out"), "--workers", "2"])
    assert result.exit_code == 130
    assert result.output == ("graphbuild: interrupted; the documents built so far are stored: "
                             "re-run the same command to build the rest\n")
