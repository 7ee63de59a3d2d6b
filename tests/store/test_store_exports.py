"""`graphbuild export --format ...`: every format parses back and agrees with the store."""
from __future__ import annotations

import json
import subprocess
import sys
from collections import Counter
from pathlib import Path

import networkx as nx
import pyoxigraph as ox
import pytest
from typer.testing import CliRunner

from graphbuild.cli import app
from graphbuild.errors import GraphBuildError
from graphbuild.outputs.formats import FORMATS, relations_to_networkx
from graphbuild.rdf.store import KnowledgeStore

from gbstore_support import read_jsonl

runner = CliRunner()


@pytest.fixture(scope="module")
def exported(seed_build, tmp_path_factory) -> dict[str, Path]:
    out, _ = seed_build
    folder = tmp_path_factory.mktemp("exports")
    files = {}
    for fmt in FORMATS:
        files[fmt] = folder / f"graph.{fmt}"
        result = runner.invoke(app, ["export", "--store", str(out / "store"), "--format", fmt, "-o", str(files[fmt])])
        assert result.exit_code == 0, (fmt, result.output, result.exception)
    return files


@pytest.fixture(scope="module")
def store_quads(seed_build) -> set:
    with KnowledgeStore(seed_build[0] / "store", read_only=True) as ks:
        return set(ks.iter_quads())


def test_quad_formats_round_trip_exactly(exported, store_quads):
    for fmt, rdf_format in (("trig", ox.RdfFormat.TRIG), ("nquads", ox.RdfFormat.N_QUADS), ("jsonld", ox.RdfFormat.JSON_LD)):
        parsed = set(ox.parse(path=str(exported[fmt]), format=rdf_format))
        assert parsed == store_quads, fmt
    ontology = "https://w3id.org/graphbuild/ontology"
    assert not any(getattr(q.graph_name, "value", "") == ontology for q in store_quads)


def test_turtle_is_the_merged_triples(exported, store_quads):
    parsed = {ox.Triple(q.subject, q.predicate, q.object) for q in ox.parse(path=str(exported["turtle"]), format=ox.RdfFormat.TURTLE)}
    assert parsed == {ox.Triple(q.subject, q.predicate, q.object) for q in store_quads}
    assert exported["turtle"].read_text(encoding="utf-8").startswith("@prefix")


def test_jsonl_is_the_relations_contract(exported, seed_build):
    assert read_jsonl(exported["jsonl"]) == read_jsonl(seed_build[0] / "relations.jsonl")


def test_graphml_and_gexf_hold_entities_and_relations(exported, seed_build):
    relations = read_jsonl(seed_build[0] / "relations.jsonl")
    ids = {r[end]["id"] for r in relations for end in ("subject", "object")}
    graphml = nx.read_graphml(exported["graphml"])
    gexf = nx.read_gexf(exported["gexf"])
    for graph in (graphml, gexf):
        assert set(graph.nodes) == ids
        assert graph.is_directed() and graph.is_multigraph()
        assert graph.number_of_edges() == relations_to_networkx(relations).number_of_edges()
    distinct = {(r["subject"]["id"], r["object"]["id"], r["relation"], r.get("role") or r.get("program") or "") for r in relations}
    assert graphml.number_of_edges() == len(distinct)
    person = next(r["subject"] for r in relations if r["relation"] == "holds_role")
    node = graphml.nodes[person["id"]]
    assert node["type"] == "Person" and node["label"]
    designated = [r for r in relations if r["relation"] == "designated_by"]
    assert graphml.nodes[designated[0]["subject"]["id"]]["designated"] is True
    _, _, data = next(iter(graphml.edges(data=True)))
    assert {"relation", "label", "confidence", "documents", "evidence", "sentence"} <= set(data)


def test_ftm_entities_validate_and_reference_each_other(exported, seed_build):
    from followthemoney import model

    entities = read_jsonl(exported["ftm"])
    ids = {e["id"] for e in entities}
    assert len(ids) == len(entities)
    schemata = Counter(e["schema"] for e in entities)
    # FtM 4 intervals cite their source Document as `proof`; FtM 3.8 (the wheels-only pin) has no such
    # property, so the source sentence and URL ride on the interval itself (`summary`, `sourceUrl`)
    proofs = "proof" in model.get("Interval").properties
    assert {"Person", "PublicBody", "Position", "Occupancy", "Sanction"} | ({"Document"} if proofs else set()) <= set(schemata)
    relations = read_jsonl(seed_build[0] / "relations.jsonl")
    assert schemata["Sanction"] == len({(r["subject"]["id"], r["object"]["id"], r["program"], r["date"])
                                        for r in relations if r["relation"] == "designated_by"})
    for data in entities:
        proxy = model.get_proxy(data, cleaned=False)
        for prop, value in proxy.itervalues():
            if prop.type.name == "entity":
                assert value in ids, (data["id"], prop.name, value)
    source = {"proof"} if proofs else {"summary"}
    sanction = next(e for e in entities if e["schema"] == "Sanction")
    assert {"entity", "authority"} | source <= set(sanction["properties"])
    occupancy = next(e for e in entities if e["schema"] == "Occupancy")
    assert {"holder", "post"} | source <= set(occupancy["properties"])
    ftm = Path(sys.executable).parent / "ftm"
    if ftm.exists():  # the followthemoney CLI re-parses and validates every entity
        done = subprocess.run([str(ftm), "validate", "-i", str(exported["ftm"])], capture_output=True, text=True, timeout=120)
        assert done.returncode == 0, done.stderr
        assert len(done.stdout.splitlines()) == len(entities)


def test_export_to_stdout_and_errors(seed_build, tmp_path):
    store = str(seed_build[0] / "store")
    result = runner.invoke(app, ["export", "--store", store, "--format", "nquads"])
    assert result.exit_code == 0 and result.stdout_bytes.count(b"\n") > 100
    bad = runner.invoke(app, ["export", "--store", store, "--format", "xlsx"])
    assert isinstance(bad.exception, GraphBuildError) and "turtle" in str(bad.exception)
    missing = runner.invoke(app, ["export", "--store", str(tmp_path / "none"), "--format", "turtle"])
    assert isinstance(missing.exception, GraphBuildError)


def test_graphml_survives_control_characters():
    relation = {"doc": "d", "relation": "part_of", "role": None, "program": None, "measures": [], "date": None,
                "confidence": 0.5, "evidence": [{"sentence": "bell\x07 here", "start": 0, "end": 1, "extractor": "x"}],
                "subject": {"id": "urn:a", "name": "A\x0b", "type": "Company", "aliases": []},
                "object": {"id": "urn:b", "name": "B", "type": "Company", "aliases": []}}
    from io import BytesIO

    from graphbuild.outputs.formats import write_network

    for fmt in ("graphml", "gexf"):
        buffer = BytesIO()
        write_network([relation], fmt, buffer)
        buffer.seek(0)
        graph = nx.read_graphml(buffer) if fmt == "graphml" else nx.read_gexf(buffer)
        assert json.dumps(dict(graph.nodes(data=True)))


def test_ftm_public_body_carries_its_country_as_an_iso_code():
    pytest.importorskip("followthemoney")
    from graphbuild.outputs.formats import ftm_entities

    def rel(person: str, body_id: str, country: str | None) -> dict:
        body = {"id": body_id, "name": "Ministry of Defense", "type": "PublicBody", "aliases": []}
        if country:
            body["country"] = country
        return {"relation": "holds_role", "doc": "a.txt", "role": "Minister of Defense", "current": True,
                "subject": {"id": f"id:{person}", "name": person, "type": "Person", "aliases": []}, "object": body,
                "evidence": [{"sentence": f"{person} is the Minister of Defense."}]}

    found = {e["id"]: e for e in ftm_entities([rel("Ana Perel", "id:mod-syria", "Syria"), rel("Ivo Tam", "id:mod-burma", "Burma"),
                                               rel("Lia Sen", "id:mod-none", None)])}
    assert found["gb-id-mod-syria"]["properties"]["country"] == ["sy"]
    assert found["gb-id-mod-burma"]["properties"]["country"] == ["mm"]
    assert "country" not in found["gb-id-mod-none"]["properties"]
    assert "country" not in found["gb-id-Ana-Perel"]["properties"]
