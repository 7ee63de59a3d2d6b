"""A killed `build --workers 2` leaves no worker behind and no one holding its stdout (issue 15, probe 3)."""
from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
PARAGRAPH = ("The Treasury Department's Office of Foreign Assets Control designated the Harbor Light Shipping Company "
             "on Monday for carrying fuel to the regime. Its director, Karl Obermann, was also designated, and the "
             "State Department named the Northern Star vessel as the company's property.\n\n")


def _children(pid: int) -> list[int]:
    path = Path(f"/proc/{pid}/task/{pid}/children")
    try:
        return [int(p) for p in path.read_text().split()]
    except OSError:
        return []


def _alive(pid: int) -> bool:
    """Running (a zombie waiting for its reaper counts as gone: it holds no memory and no pipe)."""
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except (OSError, IndexError):
        return False
    return state != "Z"


@pytest.mark.slow
@pytest.mark.skipif(not Path("/proc/self/task").exists(), reason="reads worker processes from /proc (Linux)")
@pytest.mark.parametrize("sig", [signal.SIGKILL, signal.SIGTERM, signal.SIGINT], ids=["kill-9", "term", "ctrl-c"])
def test_killing_the_build_ends_its_workers_and_its_output(tmp_path, sig):
    corpus = tmp_path / "in"
    corpus.mkdir()
    for k in range(400):
        (corpus / f"release_{k:03d}.txt").write_text(f"Release {k}.\n\n" + PARAGRAPH * 6, encoding="utf-8")
    process = subprocess.Popen([sys.executable, "-m", "graphbuild", "build", str(corpus), "-o", str(tmp_path / "out"),
                                "--workers", "2", "--batch-size", "4"], cwd=ROOT, stdout=subprocess.PIPE,
                               stderr=subprocess.PIPE, start_new_session=True)
    try:
        deadline = time.monotonic() + 300  # the model loads first: slow on a loaded machine
        workers: list[int] = []
        while time.monotonic() < deadline and len(workers) < 2 and process.poll() is None:
            workers = _children(process.pid)
            time.sleep(0.2)
        if process.poll() is not None:
            raise AssertionError(f"the build ended before its workers were seen: {process.communicate()[1].decode()[-2000:]}")
        assert len(workers) == 2, f"the build did not start two workers: {workers}"
        time.sleep(1.0)  # the workers are busy extracting
        os.kill(process.pid, sig)
        stdout, _ = process.communicate(timeout=60)  # EOF: nothing else holds the build's stdout
        assert process.returncode != 0
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline and any(_alive(pid) for pid in workers):
            time.sleep(0.1)
        assert [pid for pid in workers if _alive(pid)] == []
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()
