"""The Python API on the seed build: exact agreement with relations.jsonl (the store's contract export)."""
from __future__ import annotations

import html
import json
from collections import Counter

import networkx as nx
import pandas as pd
import pytest
from rdflib import Graph, Literal, URIRef

import graphbuild
from graphbuild import KnowledgeGraph
from graphbuild.errors import GraphBuildError, QueryError, StoreError

pytestmark = pytest.mark.slow

ORG_TYPES = {"Organization", "PublicBody", "Company"}


@pytest.fixture(scope="module")
def records(seed_build):
    out, _ = seed_build
    return [json.loads(line) for line in (out / "relations.jsonl").read_text(encoding="utf-8").splitlines()]


@pytest.fixture(scope="module")
def kg(seed_build):
    out, _ = seed_build
    graph = KnowledgeGraph.open(out)
    yield graph
    graph.close()


def ends(records):
    return {end["id"]: end for r in records for end in (r["subject"], r["object"])}


def test_open_finds_the_store_in_an_output_folder(kg, seed_build):
    out, _ = seed_build
    assert kg.out == out and kg.location == str(out / "store") and kg.report is None and not kg.closed
    assert repr(kg) == f"<KnowledgeGraph {out / 'store'}>"


def test_relations_are_the_contract_export(kg, records, seed_build):
    _, report = seed_build
    assert kg.relations() == records
    for kind in ("holds_role", "designated_by", "part_of"):
        got = kg.relations(kind=kind)
        assert got == [r for r in records if r["relation"] == kind]
        assert len(got) == report.relations[kind] > 0
    assert kg.relations(kind=["part_of", "holds_role"]) == [r for r in records if r["relation"] in {"part_of", "holds_role"}]
    doc = records[0]["doc"]
    assert kg.relations(doc=doc) == [r for r in records if r["doc"] == doc]
    assert kg.relations(min_confidence=0.9) == [r for r in records if r["confidence"] >= 0.9]
    with pytest.raises(GraphBuildError, match="unknown relation kind 'holds_roles'"):
        kg.relations(kind="holds_roles")


def test_relations_as_a_dataframe(kg, records):
    frame = kg.relations(kind="designated_by", df=True)
    wanted = [r for r in records if r["relation"] == "designated_by"]
    assert isinstance(frame, pd.DataFrame) and len(frame) == len(wanted)
    assert frame["subject"].tolist() == [r["subject"]["name"] for r in wanted]
    assert frame["object_id"].tolist() == [r["object"]["id"] for r in wanted]
    assert frame["sentence"].tolist() == [r["evidence"][0]["sentence"] for r in wanted]
    assert list(kg.relations(kind="designated_by", doc="no-such-doc", df=True).columns) == list(frame.columns)


def test_entities_by_type(kg, records, seed_build):
    _, report = seed_build
    every = ends(records)
    assert len(kg.entities()) == len(every) == report.entities
    assert {e.id for e in kg.entities()} == set(every)
    for type_ in ("Person", "PublicBody", "Company", "Country"):
        assert {e.id for e in kg.entities(type=type_)} == {i for i, end in every.items() if end["type"] == type_}
    organizations = {e.id for e in kg.entities(type="Organization")}
    assert organizations == {i for i, end in every.items() if end["type"] in ORG_TYPES}  # subclasses included
    assert {e.id for e in kg.entities(type=["Person", "Company"])} == {i for i, end in every.items() if end["type"] in {"Person", "Company"}}
    names = [e.name.casefold() for e in kg.entities()]
    assert names == sorted(names)
    with pytest.raises(GraphBuildError, match="unknown entity type 'Persons'"):
        kg.entities(type="Persons")


def test_entity_records_gather_names_aliases_and_documents(kg, records):
    for entity in kg.entities():
        mine = [r for r in records for end in (r["subject"], r["object"]) if end["id"] == entity.id]
        seen_names = {end["name"] for r in mine for end in (r["subject"], r["object"]) if end["id"] == entity.id}
        seen_aliases = {a for r in mine for end in (r["subject"], r["object"]) if end["id"] == entity.id for a in end["aliases"]}
        assert entity.name in seen_names
        assert set(entity.aliases) == (seen_names | seen_aliases) - {entity.name}
        assert entity.docs == tuple(sorted({r["doc"] for r in mine}))
        assert entity.country == next((end["country"] for r in mine for end in (r["subject"], r["object"])
                                       if end["id"] == entity.id and end.get("country")), None)
    frame = kg.entities(type="Person", df=True)
    assert list(frame.columns) == ["id", "name", "type", "aliases", "docs", "country"] and set(frame["type"]) == {"Person"}
    assert frame["country"].isna().all()  # a person has no gb:country; only generic public bodies do
    assert len(frame) == len(kg.entities(type="Person"))


def test_entity_lookup_by_name_alias_and_id(kg):
    ofac = kg.entity("Office of Foreign Assets Control")
    assert ofac.type == "PublicBody" and "OFAC" in ofac.aliases
    assert kg.entity("ofac") == ofac == kg.entity(ofac.id) == kg.entity(ofac)
    with pytest.raises(GraphBuildError, match="no entity named 'Nobody At All'"):
        kg.entity("Nobody At All")


def test_networkx_graph_has_one_node_per_entity_and_one_edge_per_relation(kg, records):
    graph = kg.to_networkx()
    every = ends(records)
    assert isinstance(graph, nx.MultiDiGraph)
    assert graph.number_of_nodes() == len(every) and set(graph.nodes) == set(every)
    assert graph.number_of_edges() == len(records)
    entities = {e.id: e for e in kg.entities()}
    assert {n: (d["label"], d["type"]) for n, d in graph.nodes(data=True)} == {i: (e.name, e.type) for i, e in entities.items()}
    assert all(d["aliases"] == list(entities[n].aliases) and d["docs"] == list(entities[n].docs) for n, d in graph.nodes(data=True))
    assert Counter(d["relation"] for _, _, d in graph.edges(data=True)) == Counter(r["relation"] for r in records)
    edges = Counter((u, v, d["relation"], d["role"], d["doc"], d["confidence"]) for u, v, d in graph.edges(data=True))
    assert edges == Counter((r["subject"]["id"], r["object"]["id"], r["relation"], r["role"], r["doc"], r["confidence"]) for r in records)
    role = next(r for r in records if r["relation"] == "holds_role")
    data = [d for d in graph.get_edge_data(role["subject"]["id"], role["object"]["id"]).values() if d["doc"] == role["doc"]]
    assert data[0]["label"] == role["role"] and data[0]["evidence"] == role["evidence"]
    only = kg.to_networkx(kind="designated_by")
    wanted = [r for r in records if r["relation"] == "designated_by"]
    assert only.number_of_edges() == len(wanted) and set(only.nodes) == set(ends(wanted))


def test_query_binds_strings_as_literals_and_iris_as_iris(kg):
    ofac = kg.entity("OFAC")
    sparql = "SELECT DISTINCT ?e ?name WHERE { ?e rdfs:label ?name }"
    rows = kg.query(sparql, name=ofac.name)
    assert rows.columns == ["e", "name"] and [r.e for r in rows] == [ofac.iri]
    assert [r.e for r in kg.query(sparql, name=Literal(ofac.name))] == [ofac.iri]
    assert [str(r.name) for r in kg.query(sparql, e=ofac)] == [ofac.name]          # an Entity binds as its IRI
    assert [str(r.name) for r in kg.query(sparql, e=URIRef(ofac.id))] == [ofac.name]
    assert len(kg.query(sparql, e=ofac.id)) == 0                                   # text is a Literal, never an IRI
    assert len(kg.query(sparql, {"name": 'x" } UNION { ?e ?p ?name'})) == 0        # values are bound, not pasted
    assert len(kg.query("SELECT * WHERE { ?e rdfs:label ?name }", {"?name": ofac.name})) >= 1


def test_query_default_graph_is_the_union_and_prefixes_are_predeclared(kg, records):
    people = {i for i, end in ends(records).items() if end["type"] == "Person"}
    found = kg.query("SELECT DISTINCT ?p WHERE { ?p a gb:Person }")
    assert {str(r.p) for r in found} >= people
    per_doc = kg.query("SELECT DISTINCT ?p WHERE { GRAPH ?g { ?p a gb:Person } }")
    assert {str(r.p) for r in per_doc} == {str(r.p) for r in found}
    declared = kg.query("PREFIX gb: <https://example.org/other#> SELECT ?p WHERE { ?p a gb:Person }")
    assert len(declared) == 0                                                       # the query's own PREFIX wins


def test_query_to_dataframe(kg, records):
    sparql = """SELECT ?doc ?person ?role ?org WHERE { GRAPH ?g {
        ?p gb:holdsPosition ?post ; rdfs:label ?person . ?post gb:role ?role ; gb:organization/rdfs:label ?org .
        ?g dcterms:identifier ?doc } } ORDER BY ?doc ?person ?role ?org"""
    frame = kg.query(sparql, df=True)
    assert list(frame.columns) == ["doc", "person", "role", "org"]
    assert isinstance(frame.loc[0, "person"], str)
    got = sorted(map(tuple, frame.itertuples(index=False)))
    assert got == sorted((r["doc"], r["subject"]["name"], r["role"], r["object"]["name"]) for r in records if r["relation"] == "holds_role")
    assert kg.query(sparql).to_df().equals(frame)
    count = kg.query("SELECT (COUNT(DISTINCT ?d) AS ?n) WHERE { ?d a gb:Designation }", df=True)
    assert count.loc[0, "n"] == sum(1 for r in records if r["relation"] == "designated_by")


def test_ask_and_construct_queries(kg):
    ofac = kg.entity("OFAC")
    assert kg.query("ASK { ?d gb:authority ?e }", e=ofac) is True
    assert kg.query("ASK { ?e gb:holdsPosition ?post }", e=ofac) is False
    graph = kg.query("CONSTRUCT { ?e rdfs:label ?l } WHERE { ?e rdfs:label ?l }", e=ofac)
    assert isinstance(graph, Graph) and {str(o) for o in graph.objects(ofac.iri, None)} >= {ofac.name}
    with pytest.raises(QueryError, match="df=True needs a SELECT query"):
        kg.query("ASK { ?s ?p ?o }", df=True)


def test_query_errors_are_clear(kg):
    with pytest.raises(QueryError, match=r"cannot bind \?name: .*SELECT clause"):
        kg.query("SELECT ?e WHERE { ?e rdfs:label ?name }", name="OFAC")
    with pytest.raises(StoreError, match="query failed"):
        kg.query("SELECT WHERE nonsense")


def test_view_is_inline_html_and_saves(kg, tmp_path):
    full = kg.view()
    assert "<html" in full.html.lower() and "vis" in full.html
    shown = full._repr_html_()
    assert shown.startswith("<iframe srcdoc=") and 'sandbox="allow-scripts' in shown and "allow-same-origin" not in shown
    assert "<script" not in shown and html.escape("<script", quote=True) in shown
    assert full.save(tmp_path / "all.html").read_text(encoding="utf-8") == full.html
    ofac = kg.entity("OFAC")
    ego = kg.view(focus=ofac, depth=1)
    assert ofac.name in ego.html and len(ego.html) < len(full.html)
    assert len(kg.view(min_confidence=0.9).html) < len(full.html)
    assert len(kg.view(kind="part_of").html) < len(full.html)
    assert len(kg.view(max_nodes=5).html) < len(full.html)
    with pytest.raises(GraphBuildError, match="Nobody At All"):
        kg.view(focus="Nobody At All")


def test_build_returns_an_open_graph_with_the_report(tmp_path):
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "release.txt").write_text(
        "WASHINGTON - Today, the U.S. Department of the Treasury's Office of Foreign Assets Control (OFAC) "
        "designated Ahmad Vahidi, Iran's Minister of the Interior, under E.O. 13553.\n", encoding="utf-8")
    out = tmp_path / "out"
    kg = graphbuild.build(docs, out=out)
    again = None
    try:
        assert kg.out == out and kg.location == str(out / "store") and (out / "relations.jsonl").exists()
        assert kg.report.documents == kg.report.processed == 1
        relations = kg.relations()
        assert len(relations) == sum(kg.report.relations.values())
        assert kg.to_networkx().number_of_edges() == len(relations)
        again = graphbuild.build([docs], out=out)         # re-running the cell: the earlier handle is closed first
        assert kg.closed and not again.closed
        assert again.report.unchanged == 1 and again.report.processed == 0 and again.relations() == relations
        with pytest.raises(StoreError, match="is closed"):
            kg.entities()
    finally:
        kg.close()
        if again is not None:
            again.close()


def test_bundled_queries_run_by_name_with_parameters(kg, records):
    bundled = {q.name: q for q in kg.bundled_queries()}
    if not bundled:
        pytest.skip("this checkout has no bundled queries")
    assert "designations-by-authority" in bundled and all(q.description for q in bundled.values())
    ofac = kg.entity("OFAC")
    rows = kg.run("designations-by-authority", authority="OFAC")
    assert {str(r.authorityIri) for r in rows} == {ofac.id}
    assert len(rows) == sum(1 for r in records if r["relation"] == "designated_by" and r["object"]["id"] == ofac.id)
    frame = kg.run("designations-by-authority", {"authority": "ofac"}, df=True)
    assert isinstance(frame, pd.DataFrame) and len(frame) == len(rows)
    assert len(kg.run("designations-by-authority")) == sum(1 for r in records if r["relation"] == "designated_by")
    assert len(kg.run("entity", iri=ofac)) > 0
    with pytest.raises(QueryError, match="unknown bundled query 'nope'"):
        kg.run("nope")


def test_context_manager_and_reopening(seed_copy):
    with KnowledgeGraph.open(seed_copy / "store") as kg:
        assert kg.out == seed_copy
        second = KnowledgeGraph.open(seed_copy)           # one Oxigraph handle per store: the first is closed
        assert kg.closed and len(second.entities()) > 0
    second.close()
    second.close()                                         # idempotent
    assert second.closed
