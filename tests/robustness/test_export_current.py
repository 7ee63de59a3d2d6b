"""An exported fact several documents state takes `current` from the latest statement (P12, sixteenth session).

A post is rarely dated. GraphML/GEXF fold one fact's statements into one edge and FtM into one Occupancy; before,
an undated post was exported as current when any document called it current, so a person a later release calls the
"former chief executive officer" was a current one in Gephi (and an Occupancy with both "current" and "ended").
"""
from __future__ import annotations

import json

import networkx as nx
from typer.testing import CliRunner

from graphbuild.cli import app
from graphbuild.outputs.formats import ftm_entities, relations_to_networkx

runner = CliRunner()


def _post(doc: str, current: bool) -> dict:
    return {"doc": doc, "relation": "holds_role", "role": "chief executive officer", "program": None, "measures": [],
            "date": None, "current": current, "confidence": 0.9, "evidence": [],
            "subject": {"id": "urn:p", "name": "Orsen Valdick", "type": "Person", "aliases": []},
            "object": {"id": "urn:c", "name": "Quillmark Freight LLC", "type": "Company", "aliases": []}}


def _edge_current(records: list[dict], doc_dates: dict[str, str]) -> bool:
    [(_, _, edge)] = relations_to_networkx(records, doc_dates).edges(data=True)
    return edge["current"]


def test_an_undated_post_is_current_as_its_latest_document_states_it():
    march, september = {"a.txt": "2026-03-03", "c.txt": "2026-09-09"}, {"a.txt": "2026-09-09", "c.txt": "2026-03-03"}
    records = [_post("a.txt", True), _post("c.txt", False)]
    assert _edge_current(records, march) is False  # called former in the later release
    assert _edge_current(records, september) is True  # called former first, then current again
    assert _edge_current(records, {}) is True  # no date on either side: any current statement, as before


def test_a_dated_statement_still_decides_before_document_dates():
    dated = {**_post("a.txt", True), "date": "2026-10"}
    assert _edge_current([dated, _post("c.txt", False)], {"a.txt": "2026-03-03", "c.txt": "2026-09-09"}) is True


def test_an_ftm_occupancy_has_one_status_the_latest_documents():
    docs = {"a.txt": {"date": "2026-03-03"}, "c.txt": {"date": "2026-09-09"}}
    [occupancy] = [e for e in ftm_entities([_post("a.txt", True), _post("c.txt", False)], docs) if e["schema"] == "Occupancy"]
    assert occupancy["properties"]["status"] == ["ended"]


def test_export_reads_the_documents_dates_from_the_store(tmp_path):
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "a.md").write_text("# Treasury Sanctions Quillmark Freight\n\nMarch 3, 2026\n\nToday, the Office of Foreign Assets "
                               "Control (OFAC) designated Orsen Valdick, the chief executive officer of Quillmark Freight "
                               "LLC, pursuant to E.O. 13846.\n", encoding="utf-8")
    (docs / "c.md").write_text("# Treasury Update\n\nSeptember 9, 2026\n\nOrsen Valdick, the former chief executive officer "
                               "of Quillmark Freight LLC, resigned in June 2026.\n", encoding="utf-8")
    out = tmp_path / "out"
    assert runner.invoke(app, ["build", str(docs), "-o", str(out)]).exit_code == 0
    posts = [json.loads(line) for line in (out / "relations.jsonl").read_text(encoding="utf-8").splitlines()]
    posts = [r for r in posts if r["relation"] == "holds_role" and r["subject"]["name"] == "Orsen Valdick"]
    assert sorted((r["doc"], r["current"]) for r in posts) == [("a.md", True), ("c.md", False)]
    result = runner.invoke(app, ["export", "--store", str(out), "--format", "graphml", "-o", str(tmp_path / "g.graphml")])
    assert result.exit_code == 0, result.output
    graph = nx.read_graphml(tmp_path / "g.graphml")
    [edge] = [d for _, _, d in graph.edges(data=True) if d["relation"] == "holds_role"]
    assert (edge["documents"], edge["current"]) == ("a.md; c.md", False)
    result = runner.invoke(app, ["export", "--store", str(out), "--format", "ftm", "-o", str(tmp_path / "g.ftm")])
    assert result.exit_code == 0, result.output
    entities = [json.loads(line) for line in (tmp_path / "g.ftm").read_text(encoding="utf-8").splitlines()]
    assert [e["properties"]["status"] for e in entities if e["schema"] == "Occupancy"] == [["ended"]]
