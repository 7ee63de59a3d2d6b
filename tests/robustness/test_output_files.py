"""Output files are written whole or not at all, and a full disk is one clear error (P10, fifteenth session).

A build that ran out of disk while writing graph.html left a truncated page beside the previous relations.jsonl, and
the store's own flush at close then failed too, so the user read `unexpected error: OSError ... 000012.sst` instead
of the first error. These tests make the disk "full" half-way through a write (a file object whose writes stop with
ENOSPC) and need no model. The last test: a GraphML/GEXF edge no longer mixes the date of one statement with the
current flag of another."""
from __future__ import annotations

import errno
import pathlib
from pathlib import Path

import pytest

from graphbuild.errors import GraphBuildError
from graphbuild.outputs.atomic import OutputError, atomic_output
from graphbuild.pipeline import run
from graphbuild.pipeline.options import BuildOptions
from graphbuild.rdf.local import LocalStore
from graphbuild.rdf.store import KnowledgeStore
from graphbuild.views.html import write_view


class _FullDisk:
    """A text or binary file that takes `room` characters, then fails as a full disk does."""

    def __init__(self, handle, room: int) -> None:
        self._handle, self._room = handle, room

    def write(self, data):
        if len(data) > self._room:
            self._handle.write(data[: self._room])
            self._handle.flush()
            self._room = 0
            raise OSError(errno.ENOSPC, "No space left on device")
        self._room -= len(data)
        return self._handle.write(data)

    def __getattr__(self, name):
        return getattr(self._handle, name)

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self._handle.close()


@pytest.fixture()
def full_disk_for(monkeypatch):
    """full_disk_for("graph.html"): files whose name contains it fail after 100 characters."""
    real_open = pathlib.Path.open

    def install(marker: str) -> None:
        def fake_open(self, mode="r", *args, **kwargs):
            handle = real_open(self, mode, *args, **kwargs)
            return _FullDisk(handle, 100) if marker in self.name and "w" in mode else handle
        monkeypatch.setattr(pathlib.Path, "open", fake_open)
    return install


def test_a_full_disk_leaves_the_previous_view_whole_and_says_so(tmp_path, full_disk_for):
    page = tmp_path / "graph.html"
    page.write_text("<html>the previous build's page</html>", encoding="utf-8")
    ks = KnowledgeStore(tmp_path / "store")
    try:
        full_disk_for("graph.html")
        with pytest.raises(GraphBuildError, match=r"graph\.html: cannot write the view \(the disk is full"):
            write_view(ks, page)
    finally:
        ks.close()
    assert page.read_text(encoding="utf-8") == "<html>the previous build's page</html>"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["graph.html", "store"]  # no temporary file left


def test_an_interrupted_write_leaves_no_partial_file(tmp_path):
    target = tmp_path / "relations.jsonl"
    with pytest.raises(KeyboardInterrupt):
        with atomic_output(target, "w", encoding="utf-8") as handle:
            handle.write("{}\n")
            raise KeyboardInterrupt
    assert list(tmp_path.iterdir()) == []
    with atomic_output(target, "w", encoding="utf-8") as handle:
        handle.write("{}\n")
    assert target.read_text(encoding="utf-8") == "{}\n" and list(tmp_path.iterdir()) == [target]


def test_a_special_file_or_a_link_is_written_through(tmp_path):
    """`export -o /dev/stdout` (or a FIFO) is written in place, never replaced by a renamed file; a link keeps its target."""
    import os
    import subprocess
    import sys

    code = ("from graphbuild.outputs.atomic import atomic_output\n"
            "with atomic_output('/dev/stdout') as h:\n    h.write(b'through')\n")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, timeout=60, check=True)
    assert done.stdout == b"through"
    assert not list(Path("/dev").glob(".stdout.tmp-*"))
    real = tmp_path / "real.json"
    real.write_text("old", encoding="utf-8")
    link = tmp_path / "link.json"
    os.symlink(real, link)
    with atomic_output(link, "w", encoding="utf-8") as handle:
        handle.write("new")
    assert link.is_symlink() and real.read_text(encoding="utf-8") == "new"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["link.json", "real.json"]


def test_the_outputs_error_is_the_one_reported_when_the_store_cannot_flush_either(tmp_path, monkeypatch):
    """The outputs fail on a full disk; closing the store then fails as well: the build reports the first error."""
    docs = tmp_path / "docs"
    docs.mkdir()

    def outputs_fail(*args, **kwargs):
        raise OutputError(f"{tmp_path}/out/graph.html: cannot write the view (the disk is full: free some space and re-run)")

    def flush_fails(self):
        raise OSError(errno.ENOSPC, "IO error: No space left on device: While appending to file: 000012.sst")

    monkeypatch.setattr(run, "write_build_outputs", outputs_fail)
    monkeypatch.setattr(run, "write_outputs", outputs_fail)
    monkeypatch.setattr(LocalStore, "flush", flush_fails)
    with pytest.raises(OutputError, match="the disk is full"):
        run.build([docs], BuildOptions(out=tmp_path / "out"))


def test_an_exported_edge_takes_its_date_and_current_flag_from_its_latest_statement():
    """GraphML/GEXF hold one edge per fact: stated as an earlier action of 2007 in one release and as today's in a
    2023 release, it was exported as a current designation dated 2007 (the first record's date, any record's flag)."""
    from graphbuild.outputs.formats import relations_to_networkx

    def rel(doc: str, date: str | None, current: bool) -> dict:
        return {"doc": doc, "relation": "designated_by", "role": None, "program": "E.O. 13382", "measures": [],
                "date": date, "current": current, "confidence": 0.9, "evidence": [],
                "subject": {"id": "urn:x", "name": "Veltran Shipping", "type": "Company", "aliases": []},
                "object": {"id": "urn:ofac", "name": "OFAC", "type": "PublicBody", "aliases": []}}

    graph = relations_to_networkx([rel("a.md", "2007", False), rel("b.html", "2023-03-21", True), rel("c.md", None, False)])
    [(_, _, edge)] = graph.edges(data=True)
    assert (edge["date"], edge["dates"], edge["current"], edge["documents"]) == (
        "2023-03-21", "2007; 2023-03-21", True, "a.md; b.html; c.md")
    graph = relations_to_networkx([rel("b.html", "2023-03-21", True), rel("d.md", "2024-05", False)])
    [(_, _, edge)] = graph.edges(data=True)
    assert (edge["date"], edge["current"]) == ("2024-05", False)  # the date and the flag of one statement, never mixed
