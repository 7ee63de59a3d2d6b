"""What a build still does after the model's last document (issue 18, s14): the last bulk batch is written while the
workers do their last chunks, the workers exit while the build goes on, and the store syncs beside the outputs."""
from __future__ import annotations

import multiprocessing as mp
import threading

import pytest

import graphbuild.pipeline.local_engine as local_engine
import graphbuild.pipeline.run as run
from graphbuild.errors import StoreError
from graphbuild.nlp import model as nlp_model
from graphbuild.pipeline import workers
from graphbuild.pipeline.options import BuildOptions, BuildReport
from graphbuild.rdf.local import LocalStore
from graphbuild.records import Document

forking = pytest.mark.skipif(not workers.can_fork(), reason="forked workers need a platform with fork")


def _no_model(model=None, *args, **kwargs):
    return None


def _fast_chunk(docs, batch_size):
    return [([], len(doc.text.split()), None) for doc in docs]


def _documents(count: int):
    return [Document(id=f"d{n}.txt", text=f"word {n}", sha256=str(n), path=f"d{n}.txt", meta={}) for n in range(count)]


@forking
def test_all_sent_is_called_once_the_last_chunk_is_out(monkeypatch):
    """Chunks of 7 documents at most 4: [d0] [d1 d2] [d3 d4] [d5] [d6]; one worker has at most two out, and a chunk's
    outcomes are taken once two are, so the call comes after [d6] went out, d0-d5 back, [d6] still with the worker."""
    monkeypatch.setattr(nlp_model, "load_pipeline", _no_model)
    monkeypatch.setattr(workers, "_extract_chunk", _fast_chunk)
    got: list[str] = []
    calls: list[list[str]] = []
    for doc, _ in workers.extract_in_processes(None, _documents(7), 1, 4, on_all_sent=lambda: calls.append(list(got))):
        got.append(doc.id)
    assert calls == [[f"d{n}.txt" for n in range(6)]]
    assert got == [f"d{n}.txt" for n in range(7)]
    assert mp.active_children() == []  # by default the stream still waits for its workers to exit


@forking
def test_workers_left_to_exit_are_reaped_by_finish_workers(monkeypatch):
    monkeypatch.setattr(nlp_model, "load_pipeline", _no_model)
    monkeypatch.setattr(workers, "_extract_chunk", _fast_chunk)
    got = [doc.id for doc, _ in workers.extract_in_processes(None, _documents(3), 2, 1, wait_exit=False)]
    assert got == ["d0.txt", "d1.txt", "d2.txt"]
    assert len(workers._EXITING) == 1
    workers.finish_workers()
    assert workers._EXITING == [] and mp.active_children() == []



def _stuck() -> None:
    import time

    time.sleep(120)


@forking
def test_a_stuck_worker_is_killed_after_the_bounded_wait(monkeypatch, caplog):
    """Issue 13 (C5): `finish_workers` joined without a timeout, so a worker that never exits hung the build after
    its outputs. Now it waits at most its timeout, kills the worker, returns its id and logs a warning."""
    stuck = mp.get_context("fork").Process(target=_stuck, daemon=True)
    stuck.start()
    monkeypatch.setattr(workers, "_EXITING", [(None, [stuck])])
    monkeypatch.setattr(workers, "FINISH_TIMEOUT", 0.3, raising=False)
    done: list[object] = []
    reaper = threading.Thread(target=lambda: done.append(workers.finish_workers()), daemon=True)
    try:
        reaper.start()
        reaper.join(20)
        assert not reaper.is_alive(), "finish_workers still waits for a stuck worker"
        assert done == [[stuck.pid]] and not stuck.is_alive()
        assert "did not exit within" in caplog.text
    finally:
        if stuck.is_alive():
            stuck.kill()
        stuck.join()
        reaper.join(5)


def _slow_exit() -> None:
    import time

    time.sleep(1.0)


@forking
def test_a_healthy_worker_after_a_stuck_one_gets_its_own_grace(monkeypatch, caplog):
    """Review V6, item 8 (M13): the deadline was shared, so after one stuck worker used it up each healthy worker
    joined later got join(0), was killed and logged as stuck. Every worker now gets at least EXIT_GRACE."""
    context = mp.get_context("fork")
    stuck, healthy = context.Process(target=_stuck, daemon=True), context.Process(target=_slow_exit, daemon=True)
    stuck.start()
    healthy.start()
    monkeypatch.setattr(workers, "_EXITING", [(None, [stuck, healthy])])
    monkeypatch.setattr(workers, "FINISH_TIMEOUT", 0.3, raising=False)
    monkeypatch.setattr(workers, "EXIT_GRACE", 10.0, raising=False)
    try:
        assert workers.finish_workers() == [stuck.pid]
        assert healthy.exitcode == 0 and str(healthy.pid) not in caplog.text
    finally:
        for process in (stuck, healthy):
            if process.is_alive():
                process.kill()
            process.join()


class _Store:
    """Records each write_documents call as (documents, bulk)."""

    def __init__(self) -> None:
        self.calls: list[tuple[int, bool]] = []

    class minter:
        @staticmethod
        def document(doc_id):
            from rdflib import URIRef

            return URIRef(f"https://example.org/doc/{doc_id}")

    def write_documents(self, graphs, bulk=False, hold_seals=False):
        self.calls.append((len(graphs), bulk))

    def write_held_seals(self):
        pass


def test_the_batch_waiting_when_all_is_sent_is_written_then_and_the_rest_without_a_bulk_load(tmp_path, monkeypatch):
    docs = _documents(6)

    def process(documents, model, workers_, batch_size, on_all_sent=None, wait_exit=True):
        for n, doc in enumerate(documents):
            if n == 4 and on_all_sent is not None:
                on_all_sent()  # two documents still with the model
            yield doc, ([], 1, None)

    monkeypatch.setattr(local_engine, "process", process)
    monkeypatch.setattr(local_engine, "ox_quads", lambda quads: [object()] * 10)
    monkeypatch.setattr(local_engine, "WRITE_BATCH_QUADS", 1_000)  # no batch fills up before
    store = _Store()
    local_engine.build_changed(docs, BuildOptions(out=tmp_path, workers=1), store, lambda d, o: [], BuildReport(), bulk=True)
    assert store.calls == [(4, True), (2, False)]
    store = _Store()  # into a store with documents: transactions either way, the same split
    local_engine.build_changed(docs, BuildOptions(out=tmp_path, workers=1), store, lambda d, o: [], BuildReport(), bulk=False)
    assert store.calls == [(4, False), (2, False)]


def _corpus(tmp_path):
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "note.txt").write_text("A short note that names nobody.\n", encoding="utf-8")
    return docs


def _no_model_process(documents, model, workers_, batch_size, **_):
    for doc in documents:
        yield doc, ([], 6, None)


def test_the_store_syncs_beside_the_outputs_and_its_failure_still_fails_the_build(tmp_path, monkeypatch):
    """The flush waits (up to 5 s) for the outputs to start: it only sees them start when both run at once."""
    monkeypatch.setattr(local_engine, "process", _no_model_process)
    outputs_started = threading.Event()
    seen: list[tuple[str, bool]] = []
    flush, outputs = LocalStore.flush, run.write_build_outputs

    def slow_flush(self):
        if not seen:  # the flush before the outputs (close flushes again)
            seen.append((threading.current_thread().name, outputs_started.wait(5)))
        flush(self)

    def watched_outputs(*args, **kwargs):
        outputs_started.set()
        return outputs(*args, **kwargs)

    monkeypatch.setattr(LocalStore, "flush", slow_flush)
    monkeypatch.setattr(run, "write_build_outputs", watched_outputs)
    docs = _corpus(tmp_path)
    report = run.build([docs], BuildOptions(out=tmp_path / "out"))
    assert report.processed == 1 and (tmp_path / "out" / "graph.html").exists()
    assert seen == [("graphbuild-flush", True)]

    def failing_flush(self):  # only the flush beside the outputs: `close` flushes again and would raise anyway (M10)
        if threading.current_thread().name == "graphbuild-flush":
            raise StoreError("the disk is full")
        flush(self)

    monkeypatch.setattr(LocalStore, "flush", failing_flush)
    with pytest.raises(StoreError, match="the disk is full"):
        run.build([docs], BuildOptions(out=tmp_path / "out2"))
    assert not (tmp_path / "out2" / "report.json").exists()


def test_the_flush_error_fails_a_build_run_while_another_error_is_handled(tmp_path, monkeypatch):
    """Final read fb, finding 13 (M10): `BackgroundFlush.wait` kept quiet whenever `sys.exc_info()` showed an error,
    also the caller's, handled in the `except` block the build runs in; the flush's error was lost."""
    monkeypatch.setattr(local_engine, "process", _no_model_process)
    flush = LocalStore.flush

    def failing_flush(self):
        if threading.current_thread().name == "graphbuild-flush":
            raise StoreError("the disk is full")
        flush(self)

    monkeypatch.setattr(LocalStore, "flush", failing_flush)
    docs = _corpus(tmp_path)
    with pytest.raises(StoreError, match="the disk is full"):
        try:
            raise KeyError("the caller's own error")
        except KeyError:
            run.build([docs], BuildOptions(out=tmp_path / "out"))


def test_the_outputs_first_layout_imports_nothing_after_the_head_start():
    """`_import_outputs` runs while the model works; what the view's first layout still imported (numpy.random,
    for networkx's spring layout) came after the model's last document."""
    import subprocess
    import sys

    code = """
import sys
from graphbuild.pipeline.local_engine import _import_outputs
_import_outputs()
before = set(sys.modules)
from graphbuild.link.view import with_list_entries
from graphbuild.views.layout import precompute_layout
nodes = [f"n{k}" for k in range(14)]
precompute_layout(nodes, [(nodes[k], nodes[k + 1]) for k in range(13)] + [(nodes[0], nodes[6])])
print(sorted(name for name in set(sys.modules) - before if not name.startswith("_")))
"""
    root = __import__("pathlib").Path(__file__).resolve().parents[2]  # this tree's graphbuild
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120, cwd=root)
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.strip() == "[]"
