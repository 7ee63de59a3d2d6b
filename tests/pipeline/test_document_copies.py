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


def test_a_copy_added_later_that_sorts_first_is_the_one_kept(tmp_path):
    """As a fresh build: the first input read in this build keeps the text (M15: the store's id no longer wins,
    which lost texts when the stored document was edited in the same build); the stored copy's graph goes, counted
    as a copy removed, not as pruned."""
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "release.md").write_text(RELEASE, encoding="utf-8")
    build([folder], BuildOptions(out=tmp_path / "out"))
    first = _docs(tmp_path / "out")
    (folder / "a_copy.md").write_text(RELEASE, encoding="utf-8")
    again = build([folder], BuildOptions(out=tmp_path / "out"))
    assert (again.processed, again.unchanged, again.pruned, again.copies_removed) == (1, 0, 0, 1)
    assert set(_docs(tmp_path / "out")) == {"a_copy.md"} and sum(_docs(tmp_path / "out").values()) == sum(first.values())
    same = build([folder], BuildOptions(out=tmp_path / "out", prune=True))
    assert (same.processed, same.unchanged, same.pruned, same.copies_removed) == (0, 1, 0, 0)


def _subjects(out) -> dict[str, set[str]]:
    """Document id -> the subject names of its relations."""
    found: dict[str, set[str]] = {}
    for line in (out / "relations.jsonl").read_text(encoding="utf-8").splitlines():
        record = json.loads(line)
        found.setdefault(record["doc"], set()).add(record["subject"]["name"])
    return found


OTHER = RELEASE.replace("Orvan Teskel", "Dilan Marosh").replace("Belmor Freight LLC", "Quessal Marine Ltd")
THIRD = RELEASE.replace("Orvan Teskel", "Berit Yaltan").replace("Belmor Freight LLC", "Tavrin Cargo LLC")


def test_two_files_whose_texts_are_swapped_are_both_rebuilt(tmp_path):
    """Before (M15): each was a 'copy' of the other's stored text, both graphs were removed, the store was empty."""
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.md").write_text(RELEASE, encoding="utf-8")
    (folder / "b.md").write_text(OTHER, encoding="utf-8")
    before = build([folder], BuildOptions(out=tmp_path / "out"))
    fresh = _subjects(tmp_path / "out")
    (folder / "a.md").write_text(OTHER, encoding="utf-8")
    (folder / "b.md").write_text(RELEASE, encoding="utf-8")
    report = build([folder], BuildOptions(out=tmp_path / "out"))
    assert (report.documents, report.processed, report.pruned, report.copies_removed, report.warnings) == (2, 2, 0, 0, [])
    assert _subjects(tmp_path / "out") == {"a.md": fresh["b.md"], "b.md": fresh["a.md"]}
    assert sum(_docs(tmp_path / "out").values()) == sum(before.relations.values())


def test_a_text_kept_under_a_new_name_while_the_old_file_is_edited_keeps_its_facts(tmp_path):
    """The user keeps the old text as z_old.md and writes a new one into a.md: both are built (before, z_old.md was
    skipped as a copy of the stored a.md, whose new text no longer held it)."""
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.md").write_text(RELEASE, encoding="utf-8")
    build([folder], BuildOptions(out=tmp_path / "out"))
    old = _subjects(tmp_path / "out")["a.md"]
    (folder / "z_old.md").write_text(RELEASE, encoding="utf-8")
    (folder / "a.md").write_text(THIRD, encoding="utf-8")
    report = build([folder], BuildOptions(out=tmp_path / "out"))
    assert (report.processed, report.pruned, report.copies_removed, report.warnings) == (2, 0, 0, [])
    subjects = _subjects(tmp_path / "out")
    assert subjects["z_old.md"] == old and "Orvan Teskel" in old
    assert "Berit Yaltan" in subjects["a.md"] and "Orvan Teskel" not in subjects["a.md"]


def test_documents_left_in_the_store_are_reported(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "release.md").write_text(RELEASE, encoding="utf-8")
    (folder / "other.md").write_text(RELEASE.replace("Orvan Teskel", "Dilan Marosh"), encoding="utf-8")
    build([folder], BuildOptions(out=tmp_path / "out", outputs=False))
    (folder / "other.md").unlink()
    report = build([folder], BuildOptions(out=tmp_path / "out", outputs=False))
    assert [w["reason"] for w in report.warnings] == [
        "1 document(s) in the store are not among the inputs ('other.md'); their facts stay in the graph (build with "
        "--prune to remove them)"]
    assert build([folder], BuildOptions(out=tmp_path / "out", outputs=False, prune=True)).warnings == []


def _record(rid: str, date: str, url: str) -> str:
    return json.dumps({"id": rid, "date": date, "url": url, "text": RELEASE}) + "\n"


def test_one_text_under_two_records_with_other_metadata_is_two_documents(tmp_path):
    """A notice issued again on another day (another date and url) keeps its own date (before, M15: the second record
    was skipped as a copy and only the first date stayed); the same text with the same metadata is a copy, and the
    warning names the record skipped (file:line, id)."""
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "feed.jsonl").write_text(_record("s1", "2025-03-06", "https://example.org/a")
                                       + _record("s2", "2026-09-01", "https://example.org/b")
                                       + _record("s3", "2026-09-01", "https://example.org/b"), encoding="utf-8")
    report = build([folder], BuildOptions(out=tmp_path / "out"))
    assert (report.documents, report.processed) == (2, 2)
    assert set(_docs(tmp_path / "out")) == {"feed.jsonl#s1", "feed.jsonl#s2"}
    assert report.warnings == [{"path": f"{folder / 'feed.jsonl'}:3",
                                "reason": "record 'feed.jsonl#s3': same text and metadata as 'feed.jsonl#s2'; skipped "
                                          "(one document saved twice states its facts once)"}]
