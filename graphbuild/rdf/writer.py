"""Writing documents' graphs on a background thread while the build goes on extracting.

A 1-worker build spends most of its time in spaCy's model and about 5% writing to
Oxigraph; both let go of Python's GIL for much of their work (the model inside its
numeric kernels, Oxigraph while it inserts), so one thread for the writes lets
them overlap: 24.7-25.1 s instead of 26.6-26.9 s for 400 documents measured back
to back (docs/benchmarks.md). Items are written one at a time in the order given,
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
    it are dropped unwritten and the error is raised by the next `put` or by `close`.
    """

    def __init__(self, write: Callable[[Item], None], depth: int = 64) -> None:
        self._write = write
        self._queue: queue.Queue[Any] = queue.Queue(maxsize=depth)
        self._error: BaseException | None = None  # stays set: nothing is written after a failure
        self._reported = False
        self._thread = threading.Thread(target=self._run, name="graphbuild-writer", daemon=True)
        self._thread.start()

    def _run(self) -> None:
        while True:
            item = self._queue.get()
            if item is _DONE:
                return
            if self._error is None:
                try:
                    self._write(item)
                except BaseException as exc:  # noqa: BLE001 - handed to the caller's thread
                    self._error = exc

    def _raise(self) -> None:
        if self._error is not None and not self._reported:
            self._reported = True
            raise self._error

    def put(self, item: Item) -> None:
        self._raise()
        self._queue.put(item)

    def close(self) -> None:
        """Write what is waiting, stop the thread, and raise the writer's error if there was one."""
        if self._thread.is_alive():
            self._queue.put(_DONE)
            self._thread.join()
        self._raise()

    def __enter__(self) -> "BackgroundWriter[Item]":
        return self

    def __exit__(self, *exc: object) -> None:
        if exc[0] is None:
            self.close()
        else:  # the build failed: finish the writes already handed over, keep the build's own error
            try:
                self.close()
            except BaseException:  # noqa: BLE001 - the first error is the one to report
                pass


__all__ = ["BackgroundWriter"]
