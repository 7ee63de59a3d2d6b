"""`--engine dask` on a LocalCluster builds the same graph as the local engine."""
from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

from graphbuild.pipeline.run import BuildOptions, build
from graphbuild.rdf.store import ONTOLOGY_GRAPH, KnowledgeStore, to_ox

from pipeline_support import document_quads, seed_corpus

pytest.importorskip("dask.distributed")

PICK = ["global_magnitsky_first_designations_2017.txt", "russia_oligarchs_officials_2018.md",
        "north_korea_lazarus_group_2019.html", "wire_briefs_2021.jsonl", "treasury_leadership_appointments_2023.md"]


def _relations(out: Path) -> list[dict]:
    return sorted((json.loads(line) for line in (out / "relations.jsonl").read_text(encoding="utf-8").splitlines()),
                  key=lambda r: json.dumps(r, sort_keys=True))


@pytest.mark.slow
def test_dask_engine_equals_local_engine(tmp_path):
    corpus = seed_corpus(tmp_path, PICK)
    curation = tmp_path / "curation.yaml"
    curation.write_text("rename:\n  - name: Dan Gertler\n    to: Dan Gertler (mining)\n"
                        "reject:\n  entities: [Artem Chayka]\n", encoding="utf-8")
    local = build([corpus], BuildOptions(out=tmp_path / "local", curation=curation))
    dask = build([corpus], BuildOptions(out=tmp_path / "dask", engine="dask", workers=2, batch_size=2, curation=curation))

    assert dask.processed == local.processed == local.documents > len(PICK)
    assert dask.words == local.words and dask.quads == local.quads
    assert dask.errors == local.errors
    assert _relations(tmp_path / "dask") == _relations(tmp_path / "local")
    names = {r[side]["name"] for r in _relations(tmp_path / "dask") for side in ("subject", "object")}
    assert "Dan Gertler (mining)" in names and "Artem Chayka" not in names  # curation applied on the cluster path too
    assert document_quads(tmp_path / "dask" / "store") == document_quads(tmp_path / "local" / "store")
    assert not (tmp_path / "dask" / "shards").exists()

    # a re-run skips every document; a changed one replaces its graph, on both engines alike
    again = build([corpus], BuildOptions(out=tmp_path / "dask", engine="dask", outputs=False, curation=curation))
    assert again.unchanged == again.documents and again.processed == 0
    path = corpus / PICK[0]
    path.write_text(path.read_text(encoding="utf-8").replace("Dan Gertler", "Dan Gertler and Artem Chayka"), encoding="utf-8")
    changed_local = build([corpus], BuildOptions(out=tmp_path / "local", outputs=False, curation=curation))
    changed_dask = build([corpus], BuildOptions(out=tmp_path / "dask", engine="dask", outputs=False, curation=curation))
    assert changed_local.processed == changed_dask.processed == 1
    assert document_quads(tmp_path / "dask" / "store") == document_quads(tmp_path / "local" / "store")


@pytest.fixture()
def endpoint(tmp_path):
    """`oxigraph serve` on a free loopback port (stopped after the test); yields the query URL."""
    import socket
    import subprocess
    import time
    import urllib.request

    binary = Path(sys.executable).parent / "oxigraph"
    if not binary.exists():
        pytest.skip("the oxigraph server is not installed")
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    server = subprocess.Popen([str(binary), "serve", "--location", str(tmp_path / "server"), "--bind", f"127.0.0.1:{port}"],
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    url = f"http://127.0.0.1:{port}/query"
    try:
        for _ in range(100):
            try:
                urllib.request.urlopen(f"{url}?query=ASK%7B%7D", timeout=1)
                break
            except OSError:
                time.sleep(0.1)
        yield url
    finally:
        server.terminate()
        server.wait(timeout=10)


@pytest.mark.slow
def test_dask_engine_into_a_sparql_endpoint_equals_local(tmp_path, endpoint):
    corpus = seed_corpus(tmp_path, PICK[:3])
    build([corpus], BuildOptions(out=tmp_path / "local", outputs=False))
    report = build([corpus], BuildOptions(out=tmp_path / "dask", store=endpoint, engine="dask", outputs=False))
    assert report.processed == report.documents > 0
    store = KnowledgeStore(endpoint)
    try:
        rows = store.query("SELECT ?s ?p ?o ?g WHERE { GRAPH ?g { ?s ?p ?o } }")
        remote = {tuple(str(to_ox(t)) for t in row) for row in rows if str(row[3]) != str(ONTOLOGY_GRAPH)}
    finally:
        store.close()
    local = document_quads(tmp_path / "local" / "store")
    assert remote == local
    again = build([corpus], BuildOptions(out=tmp_path / "dask", store=endpoint, engine="dask", outputs=False))
    assert again.unchanged == again.documents and again.processed == 0
