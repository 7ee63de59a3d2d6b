"""A successful `graphbuild build` ends without the interpreter's teardown (issue 18): exit handlers
still run, buffered output still arrives, and the store it closed opens again with every fact."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

CLI = Path(sys.executable).with_name("graphbuild")
RELEASE = "Today, OFAC is designating Tinkoff Bank pursuant to E.O. 14024.\n"


def test_exit_without_teardown_runs_exit_handlers_and_flushes_buffered_output(tmp_path):
    marker = tmp_path / "handler-ran"
    code = (
        "import atexit, sys\n"
        f"atexit.register(lambda: open({str(marker)!r}, 'w').write('ran'))\n"
        "sys.stdout.write('held in the buffer')\n"
        "from graphbuild.cli import _exit_without_teardown\n"
        "_exit_without_teardown(0)\n"
        "print('never reached')\n"
    )
    env = {k: v for k, v in os.environ.items() if k != "PYTHONUNBUFFERED"}  # stdout to a pipe is block-buffered
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, timeout=60)
    assert (done.returncode, done.stdout, done.stderr) == (0, "held in the buffer", "")
    assert marker.read_text() == "ran"


@pytest.mark.slow
def test_store_of_a_build_that_skipped_teardown_opens_with_its_facts(tmp_path):
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "release.txt").write_text(RELEASE, encoding="utf-8")
    out = tmp_path / "out"
    first = subprocess.run([str(CLI), "build", str(docs), "-o", str(out)], capture_output=True, text=True, timeout=300)
    assert first.returncode == 0, first.stderr
    assert first.stdout.splitlines()[-1].startswith(f"outputs: {out}/relations.jsonl")
    again = subprocess.run([str(CLI), "build", str(docs), "-o", str(out)], capture_output=True, text=True, timeout=300)
    assert again.returncode == 0, again.stderr
    assert "documents: 1 (0 built, 1 unchanged, 0 pruned)" in again.stdout.splitlines()
    listed = subprocess.run([str(CLI), "query", "--store", str(out), "--name", "designations-by-authority",
                             "--format", "json"], capture_output=True, text=True, timeout=120)
    assert listed.returncode == 0, listed.stderr
    rows = json.loads(listed.stdout)["results"]["bindings"]
    assert [(r["targetName"]["value"], r["authorityName"]["value"]) for r in rows] == [
        ("Tinkoff Bank", "Office of Foreign Assets Control")]

