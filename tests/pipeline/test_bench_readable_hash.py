"""benchmarks/readable_hash.py: the flat folder of readable documents the docs' "relations unchanged" figures build
(never a file of `benchmarks/blind/unread_*`), and the sorted fingerprint of a relations file (C6)."""
from __future__ import annotations

import hashlib
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

import pytest  # noqa: E402

from benchmarks.readable_hash import MissingSources, link_readable, main, sorted_hash  # noqa: E402


def _files(folder: Path, *names: str) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    for name in names:
        (folder / name).write_text(f"text of {name}\n", encoding="utf-8")


def test_every_readable_set_is_linked_under_its_prefix_and_no_unread_one(tmp_path):
    root, shared = tmp_path / "repo", tmp_path / "shared"
    _files(shared / "eval" / "train" / "docs", "jy0001.html")
    _files(shared / "eval" / "dev" / "docs", "sm01.html")
    _files(shared / "eval" / "dev", "gold.jsonl")
    _files(shared / "eval" / "unlabeled", "sb0001.html", "README.md")
    _files(root / "seeds", "note_2020.txt", "gold.jsonl")
    _files(root / "benchmarks" / "synthetic" / "t2" / "docs", "t2_01.md")
    _files(root / "benchmarks" / "synthetic" / "t10" / "docs", "t10_01.md")
    _files(root / "benchmarks" / "synthetic" / "t10", "gold.jsonl")
    _files(root / "benchmarks" / "blind" / "study" / "docs", "b01.md")
    _files(root / "benchmarks" / "blind" / "check" / "docs")
    _files(root / "benchmarks" / "blind" / "final" / "docs")
    _files(root / "benchmarks" / "blind" / "unread_a" / "docs", "b01.md")
    links = tmp_path / "links"
    assert link_readable(links, root, shared) == 7
    assert sorted(p.name for p in links.iterdir()) == [
        "blindstudy_b01.md", "real_jy0001.html", "real_sb0001.html", "real_sm01.html", "seeds_note_2020.txt",
        "t10_t10_01.md", "t2_t2_01.md"]
    assert all("unread" not in str(p.resolve()) for p in links.iterdir())
    assert link_readable(links, root, shared) == 7  # a second call leaves the links as they are


def test_the_fingerprint_is_the_bytewise_sorted_lines_hash(tmp_path):
    relations = tmp_path / "relations.jsonl"
    relations.write_bytes(b'{"doc": "b"}\n{"doc": "a"}\n{"doc": "B"}\n')
    shell = subprocess.run(f"LC_ALL=C sort {relations} | sha256sum", shell=True, capture_output=True, text=True, check=True)
    assert sorted_hash(relations) == (3, shell.stdout[:16])
    assert sorted_hash(relations)[1] == hashlib.sha256(b'{"doc": "B"}\n{"doc": "a"}\n{"doc": "b"}\n').hexdigest()[:16]


def test_a_missing_source_folder_stops_it_instead_of_a_partial_fingerprint(tmp_path, capsys):
    """V8's item 13: from a `git archive` without `--shared` it built 446 of the 512 documents and printed their
    fingerprint as the whole's (M30, sixteenth session)."""
    root, shared = tmp_path / "repo", tmp_path / "no_shared"
    _files(root / "seeds", "note_2020.txt")
    _files(root / "benchmarks" / "synthetic" / "t2" / "docs", "t2_01.md")
    for name in ("study", "check", "final"):
        _files(root / "benchmarks" / "blind" / name / "docs", "b01.md")
    with pytest.raises(MissingSources) as err:
        link_readable(tmp_path / "links", root, shared)
    assert str(shared / "eval" / "train" / "docs") in str(err.value)
    assert not (tmp_path / "links").exists()
    assert main([str(tmp_path / "out"), "--shared", str(shared)]) == 2
    assert "readable source folders missing" in capsys.readouterr().err
