"""Ctrl-C held while a model worker is forked, and raised once the fork is done.

WHY: `os.fork` runs the at-fork hooks of the modules imported (logging takes its module lock before the fork and
releases it after, in both processes). A SIGINT whose KeyboardInterrupt is raised inside such a hook is reported as
"unraisable" and dropped, and the fork goes on: the build did not stop, and logging's lock could stay held, so the
next `logging.getLogger` (an import on another thread) waited for ever. The final read of the fourteenth session
saw one early Ctrl-C hang a build so (F2, item 4). Here SIGINT is blocked in this thread around the fork
(`signal.pthread_sigmask`) and its Python handler is swapped for one that only notes it (every Python handler runs
in the main thread, even when another thread's mask let the kernel deliver the signal there). Once the fork is done
the handler and the mask are restored and a Ctrl-C that came meanwhile is raised then, outside every hook. The
forked worker starts with SIGINT blocked and unblocks it once it ignores it (`workers._worker_init`): a Ctrl-C to
the terminal's process group does not reach it before then either.
"""
from __future__ import annotations

import signal
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from types import FrameType
from typing import Any

__all__ = ["sigint_held"]


@contextmanager
def sigint_held() -> Iterator[None]:
    """Defer SIGINT while the body runs (a fork), then deliver it; a plain section off the main thread or where the
    platform has no signal masks."""
    if threading.current_thread() is not threading.main_thread() or not hasattr(signal, "pthread_sigmask"):
        yield
        return
    taken: list[int] = []

    def note(signum: int, frame: FrameType | None) -> None:
        taken.append(signum)

    previous: Any = signal.getsignal(signal.SIGINT)
    old_mask = signal.pthread_sigmask(signal.SIG_BLOCK, ())  # the mask as it is; a Ctrl-C already noted raises here
    try:
        signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGINT})
        if previous is not None:  # None: a handler not set from Python, which could not be put back
            signal.signal(signal.SIGINT, note)
        yield
    finally:
        try:
            if previous is not None:
                signal.signal(signal.SIGINT, previous)
        finally:
            signal.pthread_sigmask(signal.SIG_SETMASK, old_mask)  # a pending Ctrl-C is delivered (and raised) here
        if taken and signal.SIGINT not in old_mask:
            signal.raise_signal(signal.SIGINT)  # one another thread received during the fork, raised now
