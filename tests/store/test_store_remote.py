"""A SPARQL 1.1 endpoint as the store (a real `oxigraph serve` on a loopback port), and `graphbuild serve`."""
from __future__ import annotations

import csv
import io
import os
import subprocess
import sys
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

import pyoxigraph as ox
import pytest
from rdflib import Literal
from typer.testing import CliRunner

from graphbuild.rdf import queries
from graphbuild.cli import app
from graphbuild.errors import StoreError
from graphbuild.pipeline.run import BuildOptions, build
from graphbuild.rdf.remote import default_update_url
from graphbuild.rdf.store import KnowledgeStore

from gbstore_support import free_port, read_jsonl, stop, wait_for_http

SEEDS = Path(__file__).resolve().parent.parent.parent / "seeds"
runner = CliRunner()


def bundled_results(store: KnowledgeStore) -> dict[str, list[tuple[str, ...]]]:
    found = {}
    for query in queries.bundled():
        params = {"name": Literal("Office of Foreign Assets Control")} if query.name == "entity" else {}
        rows = queries.run(store, query.text, params)
        found[query.name] = sorted(tuple("" if v is None else str(v) for v in row) for row in rows)
    return found


def test_build_query_view_export_and_validate_through_an_endpoint(oxigraph_server, replay, replayed_seed_build, tmp_path):
    url = oxigraph_server
    out = tmp_path / "out"
    report = build([SEEDS], BuildOptions(out=out, store=url))
    assert (report.processed, report.unchanged) == (18, 0)
    assert read_jsonl(out / "relations.jsonl") == read_jsonl(replayed_seed_build / "relations.jsonl")
    trig = ox.RdfFormat.TRIG
    assert set(ox.parse(path=str(out / "graph.trig"), format=trig)) == set(ox.parse(path=str(replayed_seed_build / "graph.trig"), format=trig))

    with KnowledgeStore(url, read_only=True) as remote, KnowledgeStore(replayed_seed_build / "store", read_only=True) as local:
        assert bundled_results(remote) == bundled_results(local)
        assert remote.document_hashes() == local.document_hashes()
        weird = 'x" } UNION { ?s ?p ?o } # \n'
        assert list(queries.run(remote, queries.get("entity").text, {"name": Literal(weird)})) == []

    again = build([SEEDS], BuildOptions(out=out, store=url))
    assert (again.processed, again.unchanged) == (0, 18)

    csv_remote = runner.invoke(app, ["query", "--store", url, "--name", "designations-by-authority", "-p", "authority=OFAC",
                                     "--format", "csv"])
    csv_local = runner.invoke(app, ["query", "--store", str(replayed_seed_build / "store"), "--name", "designations-by-authority",
                                    "-p", "authority=OFAC", "--format", "csv"])
    assert csv_remote.exit_code == 0 and csv_remote.output == csv_local.output
    exported = tmp_path / "remote.jsonl"
    assert runner.invoke(app, ["export", "--store", url, "--format", "jsonl", "-o", str(exported)]).exit_code == 0
    assert read_jsonl(exported) == read_jsonl(out / "relations.jsonl")
    view = runner.invoke(app, ["view", "--store", url, "-o", str(tmp_path / "view.html")])
    assert view.exit_code == 0, view.output
    assert (tmp_path / "view.html").stat().st_size > 10_000
    validated = runner.invoke(app, ["validate", "--store", url])
    assert validated.exit_code == 0 and "conforms" in validated.output

    docs = sorted(read_jsonl(out / "relations.jsonl"), key=lambda r: r["doc"])
    pruned_doc = docs[0]["doc"]
    pruned_root = tmp_path / "fewer"
    pruned_root.mkdir()
    for path in SEEDS.iterdir():
        if path.name != pruned_doc.split("#")[0]:
            (pruned_root / path.name).write_bytes(path.read_bytes())
    pruned = build([pruned_root], BuildOptions(out=out, store=url, prune=True))
    assert pruned.pruned >= 1 and pruned.processed == 0
    with KnowledgeStore(url, read_only=True) as remote:
        assert pruned_doc not in remote.document_hashes()


def test_update_url_defaults_and_unreachable_endpoints():
    assert default_update_url("http://127.0.0.1:7878/query") == "http://127.0.0.1:7878/update"
    assert default_update_url("http://h/ds/query/") == "http://h/ds/update"
    assert default_update_url("http://h/ds/sparql") == "http://h/ds/sparql"
    with pytest.raises(StoreError, match=r"cannot reach the SPARQL endpoint"):
        KnowledgeStore(f"http://127.0.0.1:{free_port()}/query")


def test_a_failing_remote_query_is_one_clear_error(oxigraph_server):
    with KnowledgeStore(oxigraph_server) as ks:
        with pytest.raises(StoreError, match="query failed") as info:
            ks.query("SELECT nonsense")
        assert "400" in str(info.value) or "error" in str(info.value).lower()
        assert str(info.value).startswith(f"{ks.location}: query failed: ")


def test_graphbuild_serve_is_a_read_only_endpoint_that_keeps_writers_out(seed_copy):
    store = seed_copy / "store"
    port = free_port()
    process = subprocess.Popen([sys.executable, "-m", "graphbuild", "serve", "--store", str(store), "--port", str(port)],
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env={**os.environ})
    try:
        base = f"http://127.0.0.1:{port}"
        wait_for_http(f"{base}/query?query=ASK%7B%7D", process)
        with KnowledgeStore(store, read_only=True) as reader:  # a read-only open works beside the server
            sparql = queries.prepare(reader, queries.get("designations-by-authority").text, {"authority": Literal("OFAC")})
        request = urllib.request.Request(f"{base}/query", data=urllib.parse.urlencode({"query": sparql}).encode(),
                                         headers={"Accept": "text/csv", "Content-Type": "application/x-www-form-urlencoded"})
        with urllib.request.urlopen(request, timeout=30) as response:
            served = list(csv.reader(io.StringIO(response.read().decode("utf-8"))))
        local = runner.invoke(app, ["query", "--store", str(store), "--name", "designations-by-authority", "-p", "authority=OFAC",
                                    "--format", "csv"])
        assert local.exit_code == 0, local.output
        assert served == list(csv.reader(io.StringIO(local.output)))
        union = urllib.request.Request(f"{base}/query?query=" + urllib.parse.quote(
            "SELECT (COUNT(*) AS ?n) WHERE { ?s a <https://w3id.org/graphbuild/ontology#Person> }"), headers={"Accept": "text/csv"})
        with urllib.request.urlopen(union, timeout=30) as response:  # the default graph is the union of all graphs
            assert int(response.read().decode().split()[1]) > 10
        with pytest.raises(urllib.error.HTTPError):
            urllib.request.urlopen(urllib.request.Request(f"{base}/update", data=b"DROP ALL",
                                                          headers={"Content-Type": "application/sparql-update"}), timeout=30)
        with pytest.raises(StoreError, match="in use|another graphbuild process"):
            KnowledgeStore(store)  # a build cannot write underneath the server
        second = runner.invoke(app, ["serve", "--store", str(store), "--port", str(port)])
        assert isinstance(second.exception, StoreError) and "in use" in str(second.exception)
    finally:
        stop(process)
    with KnowledgeStore(store) as ks:  # once the server stops, the store is writable again
        assert ks.count() > 0


def test_serve_refuses_what_it_cannot_serve(tmp_path):
    for location, message in ((str(tmp_path), "no Oxigraph store"), ("http://127.0.0.1:7878/query", "already a SPARQL endpoint")):
        result = runner.invoke(app, ["serve", "--store", location])
        assert isinstance(result.exception, StoreError) and message in str(result.exception)
