"""A Ctrl-C while a model worker is forked is raised once the fork is done, never inside an at-fork hook, where
Python drops it (final read F2 item 4: an early Ctrl-C once hung a build; fifteenth session, C6)."""
from __future__ import annotations

import os
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from graphbuild.pipeline import workers
from graphbuild.pipeline.fork_guard import sigint_held

pytestmark = pytest.mark.skipif(not hasattr(signal, "pthread_sigmask"), reason="signal masks are POSIX")

# The SIGINT a user's Ctrl-C sends, sent by an at-fork hook of the build process itself: it arrives while os.fork
# runs the hooks (logging's among them), the moment F2 saw a Ctrl-C dropped.
AT_FORK = """
import os, runpy, signal, sys
sent = []
def ctrl_c():
    if not sent:
        sent.append(1)
        os.kill(os.getpid(), signal.SIGINT)
os.register_at_fork(before=ctrl_c)
sys.argv = ["graphbuild", "build", sys.argv[1], "-o", sys.argv[2]]
runpy.run_module("graphbuild", run_name="__main__")
"""

# The Ctrl-C arriving while `python -m graphbuild` imports its command line, after the early fork.
AT_IMPORT = """
import runpy, sys
class CtrlC:
    def find_spec(self, name, path=None, target=None):
        if name == "graphbuild.cli":
            raise KeyboardInterrupt
sys.meta_path.insert(0, CtrlC())
sys.argv = ["graphbuild", "build", sys.argv[1], "-o", sys.argv[2]]
runpy.run_module("graphbuild", run_name="__main__")
"""


def test_a_ctrl_c_in_the_held_section_is_raised_when_it_ends():
    reached = []
    with pytest.raises(KeyboardInterrupt):
        with sigint_held():
            os.kill(os.getpid(), signal.SIGINT)
            time.sleep(0.05)
            reached.append("after the signal")  # not interrupted inside
    assert reached == ["after the signal"]
    assert signal.SIGINT not in signal.pthread_sigmask(signal.SIG_BLOCK, ())
    assert signal.getsignal(signal.SIGINT) is signal.default_int_handler


def test_a_ctrl_c_another_thread_receives_is_raised_when_it_ends():
    other = threading.Thread(target=time.sleep, args=(0.5,))
    other.start()
    reached = []
    try:
        with pytest.raises(KeyboardInterrupt):
            with sigint_held():
                signal.pthread_kill(other.ident, signal.SIGINT)  # Python runs its handler in the main thread
                time.sleep(0.05)
                reached.append("after the signal")
    finally:
        other.join()
    assert reached == ["after the signal"]


def test_no_ctrl_c_leaves_nothing_changed():
    before = signal.pthread_sigmask(signal.SIG_BLOCK, ())
    with sigint_held():
        pass
    assert signal.pthread_sigmask(signal.SIG_BLOCK, ()) == before
    assert signal.getsignal(signal.SIGINT) is signal.default_int_handler


@pytest.mark.skipif(not workers.forks_workers(1), reason="the early fork needs fork and a second core")
@pytest.mark.parametrize("script", [AT_FORK, AT_IMPORT], ids=["during-the-fork", "importing-the-command-line"])
def test_an_early_ctrl_c_stops_the_build_in_one_line(tmp_path: Path, script: str):
    docs, out = tmp_path / "docs", tmp_path / "out"
    docs.mkdir()
    (docs / "note.txt").write_text("Today, OFAC designated Marl Ostev Trading LLC.\n", encoding="utf-8")
    done = subprocess.run([sys.executable, "-c", script, str(docs), str(out)], capture_output=True, text=True,
                          timeout=120, cwd=Path(__file__).resolve().parents[2])
    assert "Exception ignored" not in done.stderr
    assert (done.returncode, done.stderr) == (130, "graphbuild: interrupted before the build started; nothing was built\n")
    assert not out.exists()  # the store created ahead is removed, with the folder it made
