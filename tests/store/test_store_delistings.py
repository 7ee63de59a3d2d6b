"""A later delisting ends the same body's earlier designation in the store, the exports, the view and the queries;
pruning the delisting document restores it; a re-designation after it and another government's delisting leave it
alone (L7, sixteenth session). Texts and names invented. On main before L7 the designation stayed current.
"""
from __future__ import annotations

import json
from pathlib import Path

import pytest
from rdflib import Literal

from graphbuild.pipeline.run import BuildOptions, build
from graphbuild.rdf.delistings import before
from graphbuild.rdf.store import KnowledgeStore

from gbstore_support import write_docs

pytestmark = pytest.mark.slow

GB = "PREFIX gb: <https://w3id.org/graphbuild/ontology#>\n"
DESIGNATED = {"id": "a.txt", "date": "2026-01-10", "text": (
    "Treasury Sanctions Velmoran Oil Shippers\n\nWASHINGTON - Today, the Department of the Treasury's Office of "
    "Foreign Assets Control (OFAC) designated Orvask Vastrade Holdings for shipping oil for the regime of Velmora.")}
DELISTED = {"id": "b.txt", "date": "2026-03-02", "text": (
    "Treasury Removes a Firm from the SDN List\n\nWASHINGTON - Today, the Department of the Treasury's Office of "
    "Foreign Assets Control (OFAC) removed Orvask Vastrade Holdings from the Specially Designated Nationals and "
    "Blocked Persons List (SDN List).")}
EU_DELISTED = {"id": "e.txt", "date": "2026-03-05", "text": (
    "BRUSSELS - The European Union removed Orvask Vastrade Holdings from its sanctions list on March 5, 2026.")}
REDESIGNATED = {"id": "c.txt", "date": "2026-06-01", "text": (
    "Treasury Sanctions Velmoran Oil Shippers Again\n\nWASHINGTON - Today, the Department of the Treasury's Office of "
    "Foreign Assets Control (OFAC) designated Orvask Vastrade Holdings for shipping oil for the regime of Velmora.")}


def _designations(store: Path) -> dict[str, str | None]:
    """{designation date: its end date or None} of OFAC's designations of the firm."""
    with KnowledgeStore(store, read_only=True) as ks:
        rows = ks.query(GB + """SELECT DISTINCT ?date ?end WHERE { GRAPH ?g { ?d a gb:Designation ; gb:date ?date ;
            gb:authority/<http://www.w3.org/2000/01/rdf-schema#label> "Office of Foreign Assets Control" } 
            OPTIONAL { GRAPH ?l { ?d gb:endDate ?end } } }""")
        return {str(date): (str(end) if end is not None else None) for date, end in rows}


def test_delisting_ends_the_designation_and_pruning_restores_it(tmp_path):
    inputs, out = tmp_path / "in", tmp_path / "out"
    build([write_docs(inputs, DESIGNATED, DELISTED, EU_DELISTED)], BuildOptions(out=out))
    assert _designations(out / "store") == {"2026-01-10": "2026-03-02"}  # OFAC's removal, not the EU's later one
    lines = [json.loads(x) for x in (out / "relations.jsonl").read_text(encoding="utf-8").splitlines()]
    delisted = {(r["doc"].split("#")[-1], r["object"]["name"], r["date"]) for r in lines if r["relation"] == "delisted_by"}
    assert delisted == {("b.txt", "Office of Foreign Assets Control", "2026-03-02"), ("e.txt", "European Union", "2026-03-05")}
    # relations.jsonl keeps each document's statement; the exports and the view show the store's state
    assert [r["current"] for r in lines if r["relation"] == "designated_by"] == [True]
    from graphbuild.outputs.formats import export_store

    with KnowledgeStore(out / "store", read_only=True) as ks:
        export_store(ks, "ftm", tmp_path / "x.ftm")
        export_store(ks, "graphml", tmp_path / "x.graphml")
        export_store(ks, "turtle", tmp_path / "x.ttl")
        rows = ks.query(open(Path(__file__).resolve().parents[2] / "graphbuild/queries/designations-by-authority.rq",
                             encoding="utf-8").read())
        assert {str(r.delisted) for r in rows if str(r.targetName) == "Orvask Vastrade Holdings"} == {"2026-03-02"}
    sanctions = [json.loads(x) for x in (tmp_path / "x.ftm").read_text(encoding="utf-8").splitlines()]
    ended = [s["properties"] for s in sanctions if s["schema"] == "Sanction"]
    assert [(p.get("startDate"), p.get("endDate"), p.get("status")) for p in ended] == [(["2026-01-10"], ["2026-03-02"], ["ended"])]
    assert "2026-03-02" in (tmp_path / "x.graphml").read_text(encoding="utf-8")
    assert "endDate" in (tmp_path / "x.ttl").read_text(encoding="utf-8")
    assert "delisted 2026-03-02" in (out / "graph.html").read_text(encoding="utf-8")
    from graphbuild.views.pyvis_net import write_pyvis

    with KnowledgeStore(out / "store", read_only=True) as ks:  # `graphbuild view --format pyvis` reads the same state
        page = write_pyvis(ks, tmp_path / "pyvis.html").read_text(encoding="utf-8")
    assert "delisted 2026-03-02" in page

    build([write_docs(inputs, DESIGNATED, EU_DELISTED)], BuildOptions(out=out, prune=True))  # the removal goes
    assert _designations(out / "store") == {"2026-01-10": None}


def test_a_designation_after_the_delisting_stays_current(tmp_path):
    inputs, out = tmp_path / "in", tmp_path / "out"
    build([write_docs(inputs, DESIGNATED, DELISTED, REDESIGNATED)], BuildOptions(out=out))
    assert _designations(out / "store") == {"2026-01-10": "2026-03-02", "2026-06-01": None}


def test_dates_compare_at_the_precision_both_give():
    assert before("2025-11", "2026-02-01") and before("2026-01-10", "2026-03-02")
    assert not before("2026", "2026-03") and not before("2026-03-02", "2026-03-02") and not before("2026-04", "2026-03-30")


def test_the_exports_read_an_ended_designation_from_the_store_not_from_the_minting_recipe(tmp_path, monkeypatch):
    """A store built before a change of the IRI recipe still shows its delisted designation as ended (R1, seventeenth
    session: `outputs/delisted` minted the designation's IRI again and matched nothing under a new recipe)."""
    inputs, out = tmp_path / "in", tmp_path / "out"
    build([write_docs(inputs, DESIGNATED, DELISTED)], BuildOptions(out=out))
    from graphbuild.outputs.delisted import store_relations
    from graphbuild.rdf.mapping import IriMinter

    monkeypatch.setattr(IriMinter, "node", lambda self, kind, *parts: f"{self.base}{kind}/v2-" + "-".join(parts))
    with KnowledgeStore(out / "store", read_only=True) as ks:
        shown = [(r["date"], r["current"], r.get("end_date"), r.get("ended_by", "").split("#")[-1])
                 for r in store_relations(ks) if r["relation"] == "designated_by"]
    assert shown == [("2026-01-10", False, "2026-03-02", "b.txt")]


MOVED = {"id": "m.txt", "date": "2026-04-01", "text": (
    "Treasury Updates an Entry\n\nWASHINGTON - Today, OFAC designated Kalvor Petak, the former deputy director "
    "of Orvask Vastrade Holdings.")}


def test_the_entity_query_says_what_ended_a_fact(tmp_path):
    # P13: `query --name entity` listed OFAC's designation of the firm and nothing of its delisting, and a post the
    # document calls former as any other post (main e2df427 had no "delisted by" row and no ?ended column)
    from graphbuild.rdf import queries

    inputs, out = tmp_path / "in", tmp_path / "out"
    build([write_docs(inputs, DESIGNATED, DELISTED, REDESIGNATED, MOVED)], BuildOptions(out=out))
    with KnowledgeStore(out / "store", read_only=True) as ks:
        def rows(name: str) -> set[tuple[str, str, str, str, str]]:
            result = queries.run(ks, queries.get("entity").text, {"name": Literal(name)})
            return {(str(r.statement), str(r.value), str(r.date or ""), str(r.ended or ""), str(r.doc).split("#")[-1])
                    for r in result if str(r.statement) not in {"name", "type", "alias"}}

        firm = rows("Orvask Vastrade Holdings")
        assert ("delisted by", "Office of Foreign Assets Control", "2026-03-02", "", "b.txt") in firm
        assert ("designated by", "Office of Foreign Assets Control", "2026-01-10", "2026-03-02", "a.txt") in firm
        assert ("designated by", "Office of Foreign Assets Control", "2026-06-01", "", "c.txt") in firm
        assert ("post held by", "Kalvor Petak", "", "former", "m.txt") in firm
        assert ("delisted", "Orvask Vastrade Holdings", "2026-03-02", "", "b.txt") in rows("OFAC")
