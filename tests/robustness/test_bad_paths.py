"""Every input that is not built is reported with its path and reason; nothing is lost silently (issue 15, probe 4)."""
from __future__ import annotations

import os
import errno
from pathlib import Path

import pytest

from graphbuild.ingest import walk
from graphbuild.ingest.corpus import CorpusReport, read_corpus

TEXT = "The Treasury Department designated two shipping firms on Tuesday for moving oil for the regime.\n"


def _read(*inputs: Path) -> tuple[dict[str, str], dict[str, str], dict[str, str]]:
    report = CorpusReport()
    docs = {d.id: d.text for d in read_corpus(list(inputs), report)}
    return docs, {e.path: e.reason for e in report.errors}, {w.path: w.reason for w in report.warnings}


def test_an_unreadable_folder_is_reported_and_the_rest_is_read(tmp_path, monkeypatch):
    (tmp_path / "open").mkdir()
    (tmp_path / "open" / "a.txt").write_text(TEXT)
    (tmp_path / "closed").mkdir()
    (tmp_path / "closed" / "b.txt").write_text(TEXT)
    real = os.scandir

    def scandir(path):  # tests run as root, for whom chmod 000 changes nothing: refuse as the kernel would
        if Path(path).name == "closed":
            raise PermissionError(errno.EACCES, "Permission denied", str(path))
        return real(path)

    monkeypatch.setattr(walk.os, "scandir", scandir)
    docs, errors, _ = _read(tmp_path)
    assert list(docs) == ["open/a.txt"]
    assert errors == {str(tmp_path / "closed"): "cannot read folder (Permission denied); its documents are not built"}


def test_a_fifo_is_reported_not_read(tmp_path):
    (tmp_path / "a.txt").write_text(TEXT)
    os.mkfifo(tmp_path / "pipe.txt")  # reading it would block the build forever
    os.mkfifo(tmp_path / "other")
    docs, errors, _ = _read(tmp_path)
    assert list(docs) == ["a.txt"]
    assert errors == {str(tmp_path / "other"): "a named pipe (FIFO), not a regular file; skipped",
                      str(tmp_path / "pipe.txt"): "a named pipe (FIFO), not a regular file; skipped"}


def test_symlink_loops_and_broken_links_say_what_they_are(tmp_path):
    folder = tmp_path / "in"
    (folder / "sub").mkdir(parents=True)
    (folder / "sub" / "a.txt").write_text(TEXT)
    (folder / "self.txt").symlink_to("self.txt")
    (folder / "sub" / "up").symlink_to("..")  # a folder link back to an ancestor
    (folder / "gone.txt").symlink_to("missing.txt")
    docs, errors, _ = _read(folder, tmp_path / "loop.txt")
    assert list(docs) == ["sub/a.txt"]
    assert errors == {
        str(folder / "self.txt"): "symlink loop (the link points back to itself); skipped",
        str(folder / "sub" / "up"): "symlink loop (a link to a folder already being read); skipped",
        str(folder / "gone.txt"): "broken symlink (its target 'missing.txt' does not exist); skipped",
        str(tmp_path / "loop.txt"): "no such file or folder",
    }
    (tmp_path / "loop.txt").symlink_to("loop.txt")
    _, errors, _ = _read(tmp_path / "loop.txt")
    assert errors == {str(tmp_path / "loop.txt"): "symlink loop (the link points back to itself); skipped"}


def test_invalid_utf8_is_replaced_and_counted_not_turned_into_mojibake(tmp_path):
    good = "Juan Pérez and José Núñez were named by the ministry on Friday.\n".encode("utf-8")
    (tmp_path / "mixed.txt").write_bytes(good + b"A stray byte \xe9 and another \xff here.\n")
    docs, errors, warnings = _read(tmp_path)
    assert errors == {}
    assert docs["mixed.txt"].startswith("Juan Pérez and José Núñez")
    assert "A stray byte \ufffd and another \ufffd here." in docs["mixed.txt"]
    assert warnings == {str(tmp_path / "mixed.txt"): "2 invalid byte sequences in UTF-8 text replaced by U+FFFD"}


def test_one_stray_byte_beside_one_accent_is_the_issue_probe(tmp_path):
    (tmp_path / "probe.txt").write_bytes("Juan Pérez was named.".encode("utf-8") + b" Stray \xe9 byte.\n")
    docs, _, warnings = _read(tmp_path)
    assert docs["probe.txt"] == "Juan Pérez was named. Stray \ufffd byte.\n"  # not "PÃ©rez" or "Pķrez"
    assert warnings == {str(tmp_path / "probe.txt"): "1 invalid byte sequence in UTF-8 text replaced by U+FFFD"}
    (tmp_path / "probe.txt").write_bytes("Juan Pérez était nommé à Genève.\n".encode("cp1252"))  # legacy code page: detected
    docs, _, warnings = _read(tmp_path)
    assert (docs["probe.txt"], warnings) == ("Juan Pérez était nommé à Genève.\n", {})


def test_a_declared_charset_is_used_and_its_invalid_bytes_counted(tmp_path):
    page = ('<html><head><meta charset="windows-1252"></head><body><article><p>'
            + "Le ministère a désigné la société pour des ventes de pétrole à l'étranger. " * 3
            + "</p></article></body></html>").encode("cp1252").replace(b"soci\xe9t\xe9", b"soci\x81t\xe9")
    (tmp_path / "page.html").write_bytes(page)
    docs, errors, warnings = _read(tmp_path)
    assert errors == {}
    assert "Le ministère a désigné la soci\ufffdté" in docs["page.html"]
    assert warnings == {str(tmp_path / "page.html"): "3 invalid byte sequences in cp1252 text replaced by U+FFFD"}


def test_deeply_nested_html_keeps_its_text(tmp_path):
    sentence = "The Treasury designated the trading company on Monday for evading sanctions."
    (tmp_path / "deep.html").write_text("<html><body>" + "<div>" * 10000 + f"<p>{sentence}</p>" + "</div>" * 10000
                                        + "</body></html>")
    docs, errors, _ = _read(tmp_path)
    assert errors == {}
    assert docs["deep.html"] == sentence


def test_build_of_a_missing_input_or_of_nothing_exits_non_zero(tmp_path):
    from typer.testing import CliRunner

    from graphbuild.cli import app

    runner = CliRunner()
    missing = runner.invoke(app, ["build", str(tmp_path / "nonexistent"), "-o", str(tmp_path / "out")])
    assert missing.exit_code != 0
    assert str(missing.exception) == f"{tmp_path / 'nonexistent'}: no such file or folder; nothing was built"
    assert not (tmp_path / "out").exists()
    (tmp_path / "empty").mkdir()
    (tmp_path / "empty" / "notes.csv").write_text("a,b\n")
    nothing = runner.invoke(app, ["build", str(tmp_path / "empty"), "-o", str(tmp_path / "out2")])
    assert nothing.exit_code != 0
    assert str(nothing.exception).startswith(f"no document found in {tmp_path / 'empty'}")
