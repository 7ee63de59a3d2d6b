"""The background writer: every item written once, in order; a writer's error reaches the caller; memory stays bounded."""
from __future__ import annotations

import threading
import time

import pytest

from graphbuild.rdf.writer import BackgroundWriter


def test_items_are_written_in_order_on_another_thread():
    written, threads = [], set()

    def write(item: int) -> None:
        written.append(item)
        threads.add(threading.current_thread().name)

    with BackgroundWriter(write, depth=4) as writer:
        for i in range(100):
            writer.put(i)
    assert written == list(range(100))
    assert threads == {"graphbuild-writer"}


def test_an_error_in_the_writer_is_raised_and_later_items_are_not_written():
    written = []

    def write(item: int) -> None:
        if item == 3:
            raise OSError("disk full")
        written.append(item)

    writer = BackgroundWriter(write, depth=2)
    with pytest.raises(OSError, match="disk full"):
        for i in range(50):  # a later put (or close) raises; put never blocks for good on a stopped writer
            writer.put(i)
        writer.close()
    writer.close()
    assert written == [0, 1, 2]


def test_a_failed_block_drops_what_waits_and_the_thread_is_done_before_its_error_goes_on():
    written = []
    started = threading.Event()

    def write(item: int) -> None:
        started.set()
        time.sleep(0.05)
        written.append(item)

    with pytest.raises(KeyError):
        with BackgroundWriter(write, depth=8) as writer:
            for i in range(8):
                writer.put(i)
            started.wait(5)
            raise KeyError("extraction failed")
    assert writer._finished.is_set()  # nothing writes after the block (and the store's close) has gone on
    settled = list(written)
    time.sleep(0.2)
    assert written == settled and written == list(range(len(written))) and len(written) < 8  # a prefix, the rest dropped


def test_at_most_depth_items_wait():
    gate = threading.Event()
    started = threading.Event()

    def write(item: int) -> None:
        started.set()
        gate.wait(5)

    writer = BackgroundWriter(write, depth=2)
    writer.put(0)
    started.wait(5)  # item 0 is being written, the queue is empty
    writer.put(1)
    writer.put(2)
    blocked = threading.Thread(target=writer.put, args=(3,))
    blocked.start()
    blocked.join(0.2)
    assert blocked.is_alive()  # a third waiting item blocks the caller
    gate.set()
    blocked.join(5)
    writer.close()
