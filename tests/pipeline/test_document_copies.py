"""One text saved under two file names states its facts once; a store that keeps documents no longer among the
inputs says so (issue 13, P8, fourteenth session).

Before: "release.md" and "release (1).md" (one download saved twice) were two documents, every fact had two sources
(`sources-of-a-fact` listed both: two documents for one statement), and deleting a file without `--prune` left its
facts in the graph with nothing said. Invented names and texts."""
from __future__ import annotations

import json
from collections import Counter

from graphbuild.pipeline.run import BuildOptions, build

RELEASE = ("WASHINGTON -- Today, the Department of the Treasury's Office of Foreign Assets Control (OFAC) designated "
           "Orvan Teskel, the director of Belmor Freight LLC, for shipping drone parts.\n")


def _docs(out) -> Counter:
    """Document id -> number of relations in relations.jsonl."""
    lines = (out / "relations.jsonl").read_text(encoding="utf-8").splitlines()
    return Counter(json.loads(line)["doc"] for line in lines)


def test_one_text_under_two_names_is_built_once(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "release.md").write_text(RELEASE, encoding="utf-8")
    (folder / "release_copy.md").write_text(RELEASE, encoding="utf-8")
    report = build([folder], BuildOptions(out=tmp_path / "out"))
    assert (report.documents, report.processed) == (1, 1)
    assert set(_docs(tmp_path / "out")) == {"release.md"}
    assert report.warnings == [{"path": str(folder / "release_copy.md"),
                                "reason": "same text as 'release.md'; skipped (one document saved twice states its "
                                          "facts once)"}]


def test_a_copy_added_later_keeps_the_stored_document_and_prune_keeps_one(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "release.md").write_text(RELEASE, encoding="utf-8")
    build([folder], BuildOptions(out=tmp_path / "out"))
    first = _docs(tmp_path / "out")
    (folder / "a_copy.md").write_text(RELEASE, encoding="utf-8")  # sorts first, the stored one stays
    again = build([folder], BuildOptions(out=tmp_path / "out"))
    assert (again.processed, again.unchanged) == (0, 1)
    assert _docs(tmp_path / "out") == first
    pruned = build([folder], BuildOptions(out=tmp_path / "out", prune=True))  # as a fresh build: the first input's
    assert (pruned.processed, pruned.pruned) == (1, 1)
    assert set(_docs(tmp_path / "out")) == {"a_copy.md"} and sum(_docs(tmp_path / "out").values()) == sum(first.values())


def test_documents_left_in_the_store_are_reported(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "release.md").write_text(RELEASE, encoding="utf-8")
    (folder / "other.md").write_text(RELEASE.replace("Orvan Teskel", "Dilan Marosh"), encoding="utf-8")
    build([folder], BuildOptions(out=tmp_path / "out", outputs=False))
    (folder / "other.md").unlink()
    report = build([folder], BuildOptions(out=tmp_path / "out", outputs=False))
    assert [w["reason"] for w in report.warnings] == [
        "1 document(s) in the store are not among the inputs; their facts stay in the graph (build with --prune to "
        "remove them)"]
    assert build([folder], BuildOptions(out=tmp_path / "out", outputs=False, prune=True)).warnings == []
