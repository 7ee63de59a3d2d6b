"""The Python API's pieces that need no build: bindings, rows, entities, filters, views, options."""
from __future__ import annotations

import datetime
import html
import subprocess
import sys

import pytest
from rdflib import BNode, Literal, URIRef
from rdflib.namespace import Namespace

import graphbuild
from graphbuild.api import (Entity, Rows, View, collect_entities, filter_relations, relation_row, to_python, to_term)
from graphbuild.errors import GraphBuildError, QueryError

XSD = Namespace("http://www.w3.org/2001/XMLSchema#")


def rel(doc, kind, s, o, *, stype="Person", otype="PublicBody", conf=0.9, role=None, s_aliases=(), program=None):
    return {"doc": doc, "relation": kind,
            "subject": {"id": f"id:{s}", "name": s, "type": stype, "aliases": list(s_aliases)},
            "object": {"id": f"id:{o}", "name": o, "type": otype, "aliases": []},
            "role": role, "program": program, "measures": [], "date": None, "current": True, "confidence": conf,
            "evidence": [{"sentence": f"{s} and {o}.", "start": 0, "end": 10, "extractor": "x.v1"}]}


RELATIONS = [
    rel("a.txt", "holds_role", "Ahmad Vahidi", "Ministry of Interior", role="Minister"),
    rel("b.txt", "holds_role", "Ahmad Vahidi", "Ministry of Interior", role="Minister", s_aliases=["Vahidi"]),
    rel("a.txt", "designated_by", "Ministry of Interior", "OFAC", stype="PublicBody", conf=0.8, program="IRAN-HR"),
    rel("c.txt", "holds_role", "Jane Roe", "Acme Shipping", otype="Company", conf=0.5, role="CEO"),
    rel("c.txt", "part_of", "Acme Shipping", "Acme Holdings", stype="Company", otype="Company", conf=0.7),
]


def test_strings_and_numbers_bind_as_literals_iris_stay_iris():
    assert to_term("OFAC") == Literal("OFAC")
    assert to_term(3) == Literal(3) and to_term(3).datatype == XSD.integer
    assert to_term(datetime.date(2022, 9, 22)).datatype == XSD.date
    iri = URIRef("https://w3id.org/graphbuild/id/org/x")
    assert to_term(iri) is iri
    assert isinstance(to_term("https://w3id.org/graphbuild/id/org/x"), Literal)  # text is never guessed to be an IRI
    node = BNode()
    assert to_term(node) is node
    assert to_term(Entity(id=str(iri), name="X", type="PublicBody")) == iri
    with pytest.raises(QueryError, match="None"):
        to_term(None)


def test_terms_become_plain_python_values():
    assert to_python(None) is None
    assert to_python(URIRef("https://x/y")) == "https://x/y"
    assert to_python(Literal("a", datatype=XSD.string)) == "a"
    assert to_python(Literal("2", datatype=XSD.integer)) == 2
    assert to_python(Literal("2020-01-02", datatype=XSD.date)) == datetime.date(2020, 1, 2)
    assert to_python(Literal("x", datatype=URIRef("https://example.org/odd"))) == "x"


def test_rows_to_dicts_and_dataframe():
    rows = Rows(["p", "n"], [(URIRef("https://x/1"), Literal(2)), (URIRef("https://x/2"), None)])
    assert len(rows) == 2 and rows[0][0] == URIRef("https://x/1") and list(rows)[1][1] is None
    assert rows.to_dicts() == [{"p": "https://x/1", "n": 2}, {"p": "https://x/2", "n": None}]
    frame = rows.to_df()
    assert list(frame.columns) == ["p", "n"] and frame["p"].tolist() == ["https://x/1", "https://x/2"]
    assert "<table" in rows._repr_html_()
    empty = Rows(["a", "b"], []).to_df()
    assert list(empty.columns) == ["a", "b"] and len(empty) == 0


def test_entities_merge_names_aliases_types_and_documents():
    found = collect_entities(RELATIONS)
    assert set(found) == {"id:Ahmad Vahidi", "id:Ministry of Interior", "id:OFAC", "id:Jane Roe", "id:Acme Shipping", "id:Acme Holdings"}
    vahidi = found["id:Ahmad Vahidi"]
    assert (vahidi.name, vahidi.type, vahidi.aliases, vahidi.docs) == ("Ahmad Vahidi", "Person", ("Vahidi",), ("a.txt", "b.txt"))
    assert vahidi.iri == URIRef("id:Ahmad Vahidi") and str(vahidi) == "Ahmad Vahidi"
    assert found["id:Acme Shipping"].type == "Company"


def test_canonical_name_is_the_most_frequent_then_the_longest():
    rels = [rel("a", "holds_role", "Steven Mnuchin", "Treasury"), rel("b", "holds_role", "Steven Mnuchin", "Treasury")]
    rels[1]["subject"]["name"] = "Steven T. Mnuchin"
    entity = collect_entities(rels)["id:Steven Mnuchin"]
    assert entity.name == "Steven T. Mnuchin" and entity.aliases == ("Steven Mnuchin",)


def test_relation_rows_are_flat():
    row = relation_row(RELATIONS[2])
    assert row["subject"] == "Ministry of Interior" and row["object"] == "OFAC" and row["program"] == "IRAN-HR"
    assert row["sentence"] == "Ministry of Interior and OFAC." and row["object_id"] == "id:OFAC"


def test_filters_confidence_focus_depth_and_size():
    ids = lambda rels: {(r["subject"]["name"], r["object"]["name"]) for r in rels}  # noqa: E731
    assert len(filter_relations(RELATIONS)) == 5
    assert ids(filter_relations(RELATIONS, min_confidence=0.75)) == {("Ahmad Vahidi", "Ministry of Interior"), ("Ministry of Interior", "OFAC")}
    vahidi = collect_entities(RELATIONS)["id:Ahmad Vahidi"]
    assert ids(filter_relations(RELATIONS, focus=vahidi, depth=1)) == {("Ahmad Vahidi", "Ministry of Interior")}
    assert ids(filter_relations(RELATIONS, focus=vahidi, depth=2)) == {("Ahmad Vahidi", "Ministry of Interior"), ("Ministry of Interior", "OFAC")}
    assert filter_relations(RELATIONS, focus=vahidi, min_confidence=0.95) == []
    # the most connected first (Acme Shipping, Ministry of Interior: 2 links each), then by id
    assert ids(filter_relations(RELATIONS, max_nodes=3)) == {("Acme Shipping", "Acme Holdings")}
    assert ids(filter_relations(RELATIONS, focus=vahidi, depth=2, max_nodes=2)) == {("Ahmad Vahidi", "Ministry of Interior")}


def test_view_displays_in_an_escaped_iframe_and_saves(tmp_path):
    page = '<!doctype html><html><body><script>var a = "x" && 1 < 2;</script><p title=\'q\'>é</p></body></html>'
    view = View(page, height=400)
    shown = view._repr_html_()
    assert shown.startswith("<iframe srcdoc=\"") and "height:400px" in shown
    srcdoc = shown.split('srcdoc="', 1)[1].split('" title=', 1)[0]
    assert "<" not in srcdoc and '"' not in srcdoc and html.unescape(srcdoc) == page
    target = view.save(tmp_path / "sub" / "v.html")
    assert target.read_text(encoding="utf-8") == page
    assert "save(path)" in repr(view)


def test_build_rejects_unknown_options_before_doing_anything(tmp_path):
    with pytest.raises(GraphBuildError, match="unknown build option 'wokers'.*workers"):
        graphbuild.build(tmp_path, out=tmp_path / "out", wokers=2)
    assert not (tmp_path / "out").exists()


def test_open_missing_folder_is_one_clear_error(tmp_path):
    with pytest.raises(GraphBuildError, match="no graph here"):
        graphbuild.KnowledgeGraph.open(tmp_path / "nothing")


def test_api_is_exported_but_imported_lazily():
    assert graphbuild.KnowledgeGraph.__module__ == "graphbuild.api" and callable(graphbuild.build)
    assert {"build", "KnowledgeGraph"} <= set(dir(graphbuild)) and {"build", "KnowledgeGraph"} <= set(graphbuild.__all__)
    code = "import sys, graphbuild; print('graphbuild.pipeline.run' in sys.modules, 'graphbuild.api' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.split()
    assert out == ["False", "False"]
    with pytest.raises(AttributeError):
        graphbuild.no_such_thing  # noqa: B018
