"""`graphbuild build` on a folder with a bad file: the build completes, report.json and stderr name the file and the reason."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.slow

GOOD = "Today, OFAC is designating Tinkoff Bank pursuant to E.O. 14024.\n"
CLI = Path(sys.executable).with_name("graphbuild")


def test_cli_build_with_one_bad_file_completes_and_reports_it(tmp_path):
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "good.txt").write_text(GOOD, encoding="utf-8")
    bad = docs / "binary.txt"
    bad.write_bytes(b"\x00\x01\x02\x03GIF89a\x00\x00" + bytes(range(256)))
    out = tmp_path / "out"
    env = {**os.environ, "PYTHONUNBUFFERED": "1"}
    proc = subprocess.run([str(CLI), "build", str(docs), "-o", str(out)], capture_output=True, text=True, timeout=300, env=env)
    assert proc.returncode == 0, proc.stderr
    report = json.loads((out / "report.json").read_text(encoding="utf-8"))
    assert report["documents"] == 1 and report["processed"] == 1
    (error,) = report["errors"]
    assert error["path"] == str(bad)
    assert "binary" in error["reason"]
    assert str(bad) in proc.stderr and error["reason"] in proc.stderr
    assert (out / "relations.jsonl").exists()
    relations = [json.loads(line) for line in (out / "relations.jsonl").read_text(encoding="utf-8").splitlines() if line.strip()]
    assert any(r["relation"] == "designated_by" and r["subject"]["name"] == "Tinkoff Bank" for r in relations)


def test_api_build_with_a_bad_jsonl_line_reports_path_and_line(tmp_path, capsys):
    from graphbuild.pipeline.run import BuildOptions, build

    docs = tmp_path / "docs"
    docs.mkdir()
    wire = docs / "wire.jsonl"
    wire.write_text(json.dumps({"id": "a", "text": GOOD}) + "\n" + '{"id": "b", "text": \n', encoding="utf-8")
    out = tmp_path / "out"
    report = build([docs], BuildOptions(out=out))
    assert report.processed == 1
    assert report.errors == [{"path": f"{wire}:2", "reason": report.errors[0]["reason"]}]
    assert "invalid JSON" in report.errors[0]["reason"]
    written = json.loads((out / "report.json").read_text(encoding="utf-8"))
    assert written["errors"] == report.errors
    err = capsys.readouterr().err
    assert f"{wire}:2" in err and report.errors[0]["reason"] in err


def test_cli_build_says_how_many_files_of_other_types_it_did_not_read(tmp_path):
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "good.txt").write_text(GOOD, encoding="utf-8")
    (docs / "scan.pdf").write_bytes(b"%PDF-1.4\n")
    (docs / "annex.pdf").write_bytes(b"%PDF-1.4\n")
    (docs / "photo.jpg").write_bytes(b"\xff\xd8\xff")
    out = tmp_path / "out"
    proc = subprocess.run([str(CLI), "build", str(docs), "-o", str(out)], capture_output=True, text=True, timeout=300)
    assert proc.returncode == 0, proc.stderr
    assert f"not read: 3 files of other types (.jpg 1, .pdf 2); see {out}/report.json" in proc.stdout.splitlines()
    report = json.loads((out / "report.json").read_text(encoding="utf-8"))
    assert report["documents"] == 1 and report["errors"] == []
    assert report["skipped_types"] == {".jpg": 1, ".pdf": 2}
    assert [line.split(" (")[0] for line in report["skipped"]] == [str(docs / n) for n in ("annex.pdf", "photo.jpg", "scan.pdf")]


def test_cli_build_of_a_folder_without_such_files_prints_no_such_line(tmp_path):
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "good.txt").write_text(GOOD, encoding="utf-8")
    out = tmp_path / "out"
    proc = subprocess.run([str(CLI), "build", str(docs), "-o", str(out)], capture_output=True, text=True, timeout=300)
    assert proc.returncode == 0, proc.stderr
    assert "not read:" not in proc.stdout
    assert "skipped_types" not in json.loads((out / "report.json").read_text(encoding="utf-8"))
