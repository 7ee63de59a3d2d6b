"""Helpers of the store tests (also imported by the crash test's subprocess).

Replay recorded extraction output instead of running spaCy: store tests without the model's cost.

`install(relations_jsonl)` replaces `graphbuild.pipeline.run.process` with a function that
yields, for each document, the relations a real build recorded for it (ids dropped,
so resolution runs again). A document id "copyN/x.md" replays the relations of "x.md",
so a corpus can be multiplied for load and crash tests. Also importable by the
subprocess of the crash test.
"""
from __future__ import annotations

import json
import re
import socket
import subprocess
import time
import urllib.error
import urllib.request
from collections import defaultdict
from pathlib import Path

import graphbuild.pipeline.local_engine as local_engine
from graphbuild.rdf.store import KnowledgeStore

_COPY = re.compile(r"^copy\d+/")


def recorded(relations_jsonl: Path) -> dict[str, list[dict]]:
    by_doc: dict[str, list[dict]] = defaultdict(list)
    for line in Path(relations_jsonl).read_text(encoding="utf-8").splitlines():
        if line.strip():
            record = json.loads(line)
            for end in ("subject", "object"):
                record[end] = {**record[end], "id": None}
            by_doc[record["doc"]].append(record)
    return by_doc


def make_process(relations_jsonl: Path):
    """A stand-in for `graphbuild.pipeline.local_engine.process` that replays `relations_jsonl`."""
    by_doc = recorded(relations_jsonl)

    def process(docs, model, workers, batch_size, **_):  # noqa: ARG001 - same signature as local_engine.process
        for doc in docs:
            records = by_doc.get(_COPY.sub("", doc.id), [])
            yield doc, ([{**r, "doc": doc.id} for r in records], len(doc.text.split()), None)

    return process


def install(relations_jsonl: Path) -> None:
    local_engine.process = make_process(relations_jsonl)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_for_http(url: str, process: subprocess.Popen | None = None, timeout: float = 20.0) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process is not None and process.poll() is not None:
            raise RuntimeError(f"server exited with {process.returncode}: {process.stderr.read() if process.stderr else ''}")
        try:
            with urllib.request.urlopen(url, timeout=1):
                return
        except urllib.error.HTTPError:
            return  # it answers
        except OSError:
            time.sleep(0.1)
    raise RuntimeError(f"{url} did not answer within {timeout}s")


def stop(process: subprocess.Popen) -> None:
    if process.poll() is None:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


def write_docs(folder: Path, *docs: dict) -> Path:
    """`folder` holding exactly `docs`, one JSON-lines file each (those of an earlier call removed): a corpus a test
    builds again after changing which documents it holds."""
    folder.mkdir(parents=True, exist_ok=True)
    for old in folder.glob("*.jsonl"):
        old.unlink()
    for doc in docs:
        (folder / (doc["id"].split(".")[0] + ".jsonl")).write_text(json.dumps(doc) + "\n", encoding="utf-8")
    return folder


def read_jsonl(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def graphs(store_path: Path) -> dict[str, set]:
    """{graph name: its quads} of a store."""
    found: dict[str, set] = defaultdict(set)
    with KnowledgeStore(store_path, read_only=True) as ks:
        for quad in ks.iter_quads():
            found[quad.graph_name.value].add(quad)
    return dict(found)
