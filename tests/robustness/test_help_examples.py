"""Every command's --help example works on the sample build (issue 15): run as a user would, from a folder holding
`seeds/` and the sample build in `out/`."""
from __future__ import annotations

import os
import re
import shlex
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest
import typer.main

from graphbuild.cli import app

ROOT = Path(__file__).resolve().parents[2]
SHARED = ROOT.parent / "shared"
LINK_FIXTURES = ROOT / "tests" / "link" / "fixtures"


def examples() -> list[tuple[str, str]]:
    """(command, example line) from each command's docstring, as --help prints it."""
    found = []
    for name, command in sorted(typer.main.get_command(app).commands.items()):
        lines = re.findall(r"Example:\s*(graphbuild\s.+)", command.help or "")
        assert lines, f"graphbuild {name} --help has no example"
        found += [(name, line.strip()) for line in lines]
    return found


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@pytest.fixture()
def workdir(seed_build, tmp_path) -> Path:
    work = tmp_path / "work"
    work.mkdir()
    (work / "seeds").symlink_to(ROOT / "seeds")
    shutil.copytree(seed_build[0], work / "out")
    if SHARED.exists():
        (tmp_path / "shared").symlink_to(SHARED)  # ../shared/ as in the repository's layout
    for fixture in LINK_FIXTURES.glob("*.csv"):  # a small sanctions list, for examples that name one (sdn.csv)
        shutil.copy(fixture, work / fixture.name)
    (tmp_path / "tmp").mkdir()
    return work


@pytest.mark.slow
@pytest.mark.parametrize("command, example", examples(), ids=[name for name, _ in examples()])
def test_the_help_example_works_on_the_sample_build(workdir, command, example):
    args = shlex.split(example)[1:]
    if any("../shared" in a for a in args) and not SHARED.exists():
        pytest.skip("the example reads ../shared, absent here")
    env = {**os.environ, "TMPDIR": str(workdir.parent / "tmp")}
    run = [sys.executable, "-m", "graphbuild", *args]
    if command == "serve":  # runs until stopped: start it, query it as its banner says, stop it
        port = _free_port()
        run = [a if a != "7878" else str(port) for a in run]
        process = subprocess.Popen(run, cwd=workdir, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
        try:
            deadline = time.monotonic() + 60
            while True:
                try:
                    with urllib.request.urlopen(f"http://127.0.0.1:{port}/query?query=ASK%7B%7D", timeout=5) as response:
                        assert response.read() == b'{"head":{},"boolean":true}'
                        break
                except OSError:
                    assert process.poll() is None and time.monotonic() < deadline, process.stderr.read() if process.stderr else ""
                    time.sleep(0.3)
        finally:
            process.terminate()
            process.wait(timeout=30)
        return
    result = subprocess.run(run, cwd=workdir, env=env, capture_output=True, text=True, timeout=600)
    assert result.returncode == 0, f"{example}\n{result.stdout}\n{result.stderr}"
    assert result.stdout.strip()
    if command == "eval":
        assert "designated_by" in result.stdout
        assert list((workdir.parent / "tmp").glob("graphbuild-eval-*")) == []  # its temporary build is removed
    for produced in re.findall(r"-o (\S+)", example):
        assert (workdir / produced).exists()
