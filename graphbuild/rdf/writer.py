"""Writing documents' graphs on a background thread while the build goes on extracting.

A 1-worker build spends most of its time in spaCy's model and about 5% writing to
Oxigraph; both let go of Python's GIL for much of their work (the model inside its
numeric kernels, Oxigraph while it inserts), so one thread for the writes lets
them overlap: 26.4-27.2 s instead of 29.0-30.2 s for the 400-document phase,
alternating in one process (docs/benchmarks.md). Items are written one at a time in the order given,
so a build stopped at any point has written a prefix of its documents, each whole.
"""
from __future__ import annotations

import queue
import threading
from collections.abc import Callable
from typing import Any, Generic, TypeVar

Item = TypeVar("Item")
_DONE = object()


class BackgroundWriter(Generic[Item]):
    """Call `write(item)` for every `put(item)`, in order, on one thread; `close` waits for the last.

    At most `depth` items wait (so memory stays flat). If `write` raises, the items after
    it are dropped unwritten and the error is raised by the next `put` or by `close`. If the
    caller's block fails (an error, Ctrl-C), the items still waiting are dropped and the
    thread is finished before the block's error goes on, so the store is never closed under
    a write.
    """

    def __init__(self, write: Callable[[Item], None], depth: int = 64) -> None:
        self._write = write
        self._queue: queue.Queue[Any] = queue.Queue(maxsize=depth)
        self._error: BaseException | None = None  # stays set: nothing is written after a failure
        self._reported = False
        self._dropping = False  # set when the caller gives up: waiting items are skipped
        self._finished = threading.Event()  # not Thread.is_alive: an interrupted join can leave it wrong
        self._thread = threading.Thread(target=self._run, name="graphbuild-writer", daemon=True)
        self._thread.start()

    def _run(self) -> None:
        try:
            while True:
                item = self._queue.get()
                if item is _DONE:
                    return
                if self._error is None and not self._dropping:
                    try:
                        self._write(item)
                    except BaseException as exc:  # noqa: BLE001 - handed to the caller's thread
                        self._error = exc
        finally:
            self._finished.set()

    def _raise(self) -> None:
        if self._error is not None and not self._reported:
            self._reported = True
            raise self._error

    def put(self, item: Item) -> None:
        self._raise()
        self._queue.put(item)

    def _stop(self) -> None:
        """Let the thread finish (after the item in hand, or the waiting ones unless dropping); wait for it.

        A Ctrl-C while waiting makes the thread drop what is left, and is raised once it has finished.
        """
        interrupted: BaseException | None = None
        sent = False
        while not self._finished.is_set():
            try:
                if not sent:
                    self._queue.put(_DONE)
                    sent = True
                self._finished.wait()
            except KeyboardInterrupt as exc:
                self._dropping = True
                interrupted = exc
        if interrupted is not None:
            raise interrupted

    def close(self) -> None:
        """Write what is waiting, stop the thread, and raise the writer's error if there was one."""
        self._stop()
        self._raise()

    def __enter__(self) -> "BackgroundWriter[Item]":
        return self

    def __exit__(self, *exc: object) -> None:
        if exc[0] is None:
            self.close()
        else:  # the block failed: drop what waits, finish the write in hand, let the block's error go on
            self._dropping = True
            self._stop()


__all__ = ["BackgroundWriter"]
