"""Crash safety: a build killed (SIGKILL) midway leaves a consistent store; the next run completes it, no duplicates.

The killed build runs in a subprocess and replays the seed build's extraction (no
model), over four copies of seeds/ (72 documents), so the kill lands among many
document writes. It is killed either right after a document committed, or while
a document's write is in flight.
"""
from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

import graphbuild.pipeline.local_engine as local_engine
from graphbuild.pipeline.run import BuildOptions, build

from gbstore_support import graphs, make_process, read_jsonl

HERE = Path(__file__).resolve().parent
SEEDS = HERE.parent.parent / "seeds"
COPIES = 4
KILL_AT = 29

SCRIPT = textwrap.dedent("""
    import os, signal, sys, threading
    sys.path.insert(0, {here!r})
    import gbstore_support
    gbstore_support.install({relations!r})
    import graphbuild.pipeline.local_engine as local_engine
    from graphbuild.pipeline.run import BuildOptions, build
    from graphbuild.rdf.local import LocalStore

    mode, kill_at = {mode!r}, {kill_at!r}
    built = 0
    if mode != "bulk":
        local_engine.WRITE_BATCH_QUADS = 0  # one document per write: the per-document transactions

    def on_document(doc_id, status):
        global built
        if status == "built":
            built += 1
            if mode == "after_commit" and built == kill_at:
                os.kill(os.getpid(), signal.SIGKILL)

    if mode == "during_write":
        original = LocalStore.replace_graph
        calls = 0

        def replace(self, graph, quads):
            global calls
            calls += 1
            if calls == kill_at + 1:  # the ontology is the first write
                threading.Timer(0.0005, os.kill, (os.getpid(), signal.SIGKILL)).start()
            return original(self, graph, quads)

        LocalStore.replace_graph = replace
    if mode == "bulk":  # killed after a batch's facts were bulk-loaded, before its seals (they go with the next batch's facts)
        bulk_writes = 0
        original_write = LocalStore._write

        class KilledBeforeSeals:
            def __init__(self, store):
                self.store = store

            def __getattr__(self, name):
                return getattr(self.store, name)

            def bulk_extend(self, quads):
                os.kill(os.getpid(), signal.SIGKILL)

        def write(self, what, action, held=False):
            global bulk_writes
            if what.endswith(" document graphs") and not what.startswith("the seals"):
                bulk_writes += 1
                if bulk_writes == 3:  # the first batch sealed by the second write, the second batch not yet
                    return original_write(self, what, lambda store: action(KilledBeforeSeals(store)), held)
            return original_write(self, what, action, held)

        LocalStore._write = write
    build([{corpus!r}], BuildOptions(out={out!r}, batch_size=1), on_document=on_document)
    print("not killed")
""")


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("crash-corpus")
    for i in range(COPIES):
        shutil.copytree(SEEDS, folder / f"copy{i}", ignore=shutil.ignore_patterns("gold.jsonl"))
        distinct_copy(folder / f"copy{i}", i)
    return folder


def distinct_copy(folder: Path, number: int) -> None:
    """Each copy's texts differ by a closing line: one text under two names is built once (run.py, P8), and the
    replayed relations are the seeds' whatever the text (gbstore_support.make_process keys them by name)."""
    for path in folder.iterdir():
        text = path.read_text(encoding="utf-8")
        if path.suffix == ".jsonl":
            text = text.replace('"text": "', f'"text": "Copy {number}. ')
        elif path.suffix == ".html":
            text = text.replace("</h1>", f" (copy {number})</h1>", 1)
        else:
            text += f"\nCopy {number}.\n"
        path.write_text(text, encoding="utf-8")


@pytest.fixture(scope="module")
def reference(corpus, seed_build, tmp_path_factory) -> Path:
    """The same corpus built in one uninterrupted (replayed) run."""
    original = local_engine.process
    local_engine.process = make_process(seed_build[0] / "relations.jsonl")
    try:
        out = tmp_path_factory.mktemp("crash-reference")
        build([corpus], BuildOptions(out=out))
    finally:
        local_engine.process = original
    return out


@pytest.mark.parametrize("mode", ["after_commit", "during_write"])
def test_a_killed_build_is_consistent_and_the_next_run_completes_it(mode, corpus, reference, seed_build, replay, tmp_path):
    out = tmp_path / "out"
    script = SCRIPT.format(here=str(HERE), relations=str(seed_build[0] / "relations.jsonl"), mode=mode, kill_at=KILL_AT,
                           corpus=str(corpus), out=str(out))
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=300,
                          env={**os.environ, "PYTHONHASHSEED": "0"})
    assert done.returncode == -signal.SIGKILL, (done.returncode, done.stdout, done.stderr[-2000:])

    expected = graphs(reference / "store")
    crashed = graphs(out / "store")
    documents = {g for g in crashed if g != "https://w3id.org/graphbuild/ontology"}
    if mode == "after_commit":
        assert len(documents) == KILL_AT
    else:
        assert KILL_AT - 1 <= len(documents) <= KILL_AT + 1  # the write in flight committed entirely, or not at all
    for graph in documents:
        assert crashed[graph] == expected[graph], f"graph {graph} is not the complete document"

    report = build([corpus], BuildOptions(out=out))  # the next run (replayed extraction, in this process)
    assert report.unchanged == len(documents)
    assert report.processed == len(expected) - len(documents)
    assert graphs(out / "store") == expected
    assert read_jsonl(out / "relations.jsonl") == read_jsonl(reference / "relations.jsonl")
    lines = [(r["doc"], r["relation"], r["subject"]["id"], r["object"]["id"], r["role"]) for r in read_jsonl(out / "relations.jsonl")]
    assert len(lines) == len(set(lines)), "a relation is duplicated"


def test_a_first_build_killed_between_bulk_facts_and_seals_is_completed_by_the_next_run(corpus, reference, seed_build,
                                                                                         replay, tmp_path):
    """A first build writes batches in bulk, facts before seals: killed in between, only the documents with their
    seal count as done, each complete; the next run extracts the others again and the store equals a clean build."""
    out = tmp_path / "out"
    script = SCRIPT.format(here=str(HERE), relations=str(seed_build[0] / "relations.jsonl"), mode="bulk", kill_at=KILL_AT,
                           corpus=str(corpus), out=str(out))
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=300,
                          env={**os.environ, "PYTHONHASHSEED": "0"})
    assert done.returncode == -signal.SIGKILL, (done.returncode, done.stdout, done.stderr[-2000:])

    expected = graphs(reference / "store")
    crashed = graphs(out / "store")
    seal = "https://w3id.org/graphbuild/ontology#sha256"
    sealed = {g for g, quads in crashed.items() if any(q.predicate.value == seal for q in quads)}
    unsealed = set(crashed) - sealed
    assert sealed and unsealed  # one batch done, the next one's facts in without their seals
    for graph in sealed:
        assert crashed[graph] == expected[graph], f"graph {graph} is not the complete document"

    report = build([corpus], BuildOptions(out=out))  # the next run: the store has documents, one transaction each
    assert report.unchanged == len(sealed)
    assert report.processed == len(expected) - len(sealed)
    assert graphs(out / "store") == expected
    assert read_jsonl(out / "relations.jsonl") == read_jsonl(reference / "relations.jsonl")
