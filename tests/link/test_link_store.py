"""Linking a store: one named graph per list, links with provenance, the three bundled queries, re-linking,
document graphs untouched, the `graphbuild link` command, and `build --list` (slow: loads the model)."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from rdflib import URIRef
from typer.testing import CliRunner

from graphbuild.cli import app
from graphbuild.link import link_store, list_graph, names
from graphbuild.rdf import queries
from graphbuild.rdf.mapping import IriMinter, relation_quads
from graphbuild.rdf.store import KnowledgeStore
from graphbuild.records import Document, EntityRef, Evidence, Relation

FIXTURES = Path(__file__).resolve().parent / "fixtures"
ROOT = Path(__file__).resolve().parent.parent.parent
OFAC = EntityRef("Office of Foreign Assets Control", "PublicBody", ["OFAC"])
MINTER = IriMinter()


def _rel(kind: str, subject: EntityRef, obj: EntityRef, **extra) -> Relation:
    return Relation(kind, subject, obj, [Evidence("A sentence written for this test.", 0, 10, "test.v1")], 0.9, doc="a.txt", **extra)


PEOPLE = {
    "dorokhov": EntityRef("Alexander Dorokhov", "Person"),
    "other": EntityRef("Mikhail Dorokhov", "Person"),
    "shipping": EntityRef("Northern Light Shipping Company Limited", "Company"),
    "hasani": EntityRef("Reza Hasani", "Person"),
    "unlisted": EntityRef("Quiet Meadow Trading House", "Company"),
    "ministry": EntityRef("Ministry of Defense", "PublicBody", country="Belarus"),
    "minister": EntityRef("Ilya Vetrov", "Person"),
}


def _store(path: Path) -> KnowledgeStore:
    ks = KnowledgeStore(path)
    relations = [
        _rel("designated_by", PEOPLE["dorokhov"], OFAC, program="E.O. 14024"),
        _rel("designated_by", PEOPLE["other"], OFAC),
        _rel("designated_by", PEOPLE["shipping"], OFAC),
        _rel("designated_by", PEOPLE["hasani"], OFAC, program="IRAN-HR"),
        _rel("designated_by", PEOPLE["unlisted"], OFAC),
        _rel("holds_role", PEOPLE["minister"], PEOPLE["ministry"], role="Minister of Defense"),
    ]
    ks.replace_document("a.txt", relation_quads(Document("a.txt", "t", "0" * 64, "a.txt"), relations, MINTER))
    return ks


def iri(key: str) -> str:
    return str(MINTER.entity(PEOPLE[key]))


def rows(ks: KnowledgeStore, query_name: str, **params) -> list[tuple[str, ...]]:
    result = queries.run(ks, queries.get(query_name).text, params)
    return [tuple("" if v is None else str(v) for v in row) for row in result]


@pytest.fixture()
def linked(tmp_path):
    ks = _store(tmp_path / "store")
    reports = link_store(ks, [FIXTURES / "sdn.csv"])
    yield ks, reports
    ks.close()


def test_each_listed_entity_gets_its_entry(linked):
    ks, [report] = linked
    assert (report.list_name, report.entries, report.entities, report.links) == ("OFAC SDN", 8, 8, 4)
    got = sorted((r[8], r[1], r[6]) for r in rows(ks, "listed-entities"))
    # rigour 2's analyser keeps a trace of the legal form ("Company Limited" vs "CO., LTD."): 0.96; the
    # portable analyser (rigour 0.x, the wheel-only install) removes legal forms on both sides: an exact 1
    shipping = "0.96" if names.analyze_names is not None else "1"
    assert got == sorted([(iri("dorokhov"), "1001", "0.96"), (iri("shipping"), "1003", shipping),
                          (iri("hasani"), "1007", "1"), (iri("ministry"), "1006", "1")])


def test_listed_entities_columns_and_provenance(linked):
    ks, _ = linked
    [row] = rows(ks, "listed-entities", name="Alexander Dorokhov")
    entity_name, entry_id, entry_name, programs, list_name, list_date, score, matched, entity, entry = row
    assert (entity_name, entry_id, entry_name, programs, list_name, list_date, matched) == (
        "Alexander Dorokhov", "1001", "DOROKHOV, Aleksandr Ivanovich", "RUSSIA-EO14024", "OFAC SDN", "", "Alexander Dorokhov")
    text = queries.bind_values("SELECT ?p ?o WHERE { GRAPH ?l { ?m gb:matchedEntry ?entry ; ?p ?o } }", {"entry": URIRef(entry)})
    facts = {(str(p).rsplit("#", 1)[-1], str(o)) for p, o in ks.query(text)}
    assert ("matchMethod", "rigour-names+rapidfuzz.v1") in facts
    assert ("entryName", "DOROKHOV, Aleksandr Ivanovich") in facts
    assert ("matchEvidence", "program EO14024") in facts


def test_designated_not_listed_and_listed_not_designated(linked):
    ks, _ = linked
    assert [(r[0], r[1]) for r in rows(ks, "designated-not-listed")] == [
        ("Mikhail Dorokhov", "Person"), ("Quiet Meadow Trading House", "Company")]
    assert [(r[0], r[1], r[6]) for r in rows(ks, "listed-not-designated")] == [("Ministry of Defense", "1006", "a.txt")]
    assert rows(ks, "designated-not-listed", list="Another list")[0][0] == "Alexander Dorokhov"  # only that list's links count


def test_document_graphs_are_untouched_and_relinking_replaces_the_list_graph(linked, tmp_path):
    ks, [report] = linked
    doc = MINTER.document("a.txt")
    count = "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }"
    in_doc = "SELECT (COUNT(*) AS ?n) WHERE { GRAPH <%s> { ?s ?p ?o } }" % doc
    before_doc, before_all = int(next(iter(ks.query(in_doc)))[0]), int(next(iter(ks.query(count)))[0])
    assert report.graph == str(list_graph(MINTER.base, "OFAC SDN"))
    link_store(ks, [FIXTURES / "sdn.csv"])  # the same list again: nothing added
    assert (int(next(iter(ks.query(in_doc)))[0]), int(next(iter(ks.query(count)))[0])) == (before_doc, before_all)
    smaller = tmp_path / "sdn.csv"  # a newer list without the company (alt.csv and add.csv beside it): its link is gone
    records = (FIXTURES / "sdn.csv").read_bytes().split(b"\r\n")
    smaller.write_bytes(b"\r\n".join(r for r in records if not r.startswith(b"1003,")))
    for name in ("alt.csv", "add.csv"):
        shutil.copy(FIXTURES / name, tmp_path / name)
    link_store(ks, [smaller])
    assert sorted(r[1] for r in rows(ks, "listed-entities")) == ["1001", "1006", "1007"]
    assert int(next(iter(ks.query(in_doc)))[0]) == before_doc


def test_two_lists_two_graphs(linked):
    ks, _ = linked
    [report] = link_store(ks, [FIXTURES / "entities.ftm.json"])
    assert report.list_name == "test_sanctions" and report.links == 0
    graphs = {str(g) for (g,) in ks.query("SELECT DISTINCT ?g WHERE { GRAPH ?g { ?g a gb:SanctionsList } }")}
    assert graphs == {str(list_graph(MINTER.base, "OFAC SDN")), str(list_graph(MINTER.base, "test_sanctions"))}


def test_a_bad_list_changes_nothing(linked, tmp_path):
    ks, _ = linked
    before = sorted(rows(ks, "listed-entities"))
    bad = tmp_path / "bad.csv"
    bad.write_text("not a list\n", encoding="utf-8")
    with pytest.raises(Exception) as caught:
        link_store(ks, [FIXTURES / "sdn.csv", bad])
    assert str(bad) in str(caught.value)
    assert sorted(rows(ks, "listed-entities")) == before


def test_link_command(tmp_path):
    _store(tmp_path / "store").close()
    runner = CliRunner()
    result = runner.invoke(app, ["link", "--store", str(tmp_path / "store"), "--list", str(FIXTURES / "sdn.csv"),
                                 "--list-name", "SDN test", "--list-date", "2024-05-01"])
    assert result.exit_code == 0, result.output
    assert "SDN test (2024-05-01, 8 entries): 4 links for 8 entities" in result.output
    with KnowledgeStore(tmp_path / "store", read_only=True) as ks:
        assert {(r[4], r[5]) for r in rows(ks, "listed-entities")} == {("SDN test", "2024-05-01")}


def test_link_command_unknown_format_is_one_line_naming_the_file(tmp_path):
    _store(tmp_path / "store").close()
    bad = tmp_path / "list.xml"
    bad.write_text("<list/>\n", encoding="utf-8")
    import subprocess
    import sys

    done = subprocess.run([sys.executable, "-m", "graphbuild", "link", "--store", str(tmp_path / "store"), "--list", str(bad)],
                          capture_output=True, text=True, cwd=ROOT)
    assert done.returncode == 1
    assert done.stderr.strip().splitlines() == [f"graphbuild: error: {bad}: line 1: unknown list format; expected OFAC's legacy "
                                                "CSV (sdn.csv: number, \"name\", type, ...) or FollowTheMoney entities as JSON lines"]


@pytest.mark.slow
def test_build_with_list_links_and_marks_the_view(tmp_path):
    from graphbuild.pipeline.run import BuildOptions, build

    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "note.txt").write_text("The Treasury's Office of Foreign Assets Control (OFAC) designated Northern Light "
                                   "Shipping Company Limited pursuant to E.O. 13224 on Tuesday.\n", encoding="utf-8")
    report = build([docs], BuildOptions(out=tmp_path / "out", lists=[FIXTURES / "sdn.csv"]))
    assert [(l["list"], l["links"]) for l in report.links] == [("OFAC SDN", 1)]
    with KnowledgeStore(tmp_path / "out" / "store", read_only=True) as ks:
        assert [r[1] for r in rows(ks, "listed-entities")] == ["1003"]


def test_view_marks_listed_entities_with_their_entries(linked):
    from graphbuild.link.view import with_list_entries
    from graphbuild.outputs.relations import iter_relations
    from graphbuild.views.model import GraphModel

    ks, _ = linked
    relations = list(iter_relations(ks))
    model = GraphModel.from_relations(with_list_entries(ks, relations))
    assert {n["label"]: n["lists"] for n in model.nodes if n["lists"]} == {
        "Alexander Dorokhov": ["OFAC SDN 1001: DOROKHOV, Aleksandr Ivanovich (RUSSIA-EO14024)"],
        "Northern Light Shipping Company Limited": ["OFAC SDN 1003: NORTHERN LIGHT SHIPPING CO., LTD. (IRAN, SDGT)"],
        "Reza Hasani": ["OFAC SDN 1007: HASANI, Reza (IRAN-HR)"],
        # a country's generic body is labelled with its country in the view (HP's cde779b)
        "Ministry of Defense (Belarus)": ["OFAC SDN 1006: MINISTRY OF DEFENSE (BELARUS-EO14038)"]}
    assert all("lists" not in r["subject"] and "lists" not in r["object"] for r in relations)  # the caller's dicts unchanged


def test_ftm_export_carries_the_link_as_a_sanction(linked):
    from graphbuild.link.view import store_listings
    from graphbuild.outputs.formats import _ftm_id, documents, ftm_entities
    from graphbuild.outputs.relations import iter_relations

    ks, _ = linked
    entities = list(ftm_entities(iter_relations(ks), documents(ks), store_listings(ks)))
    listed = [e for e in entities if e["id"].startswith("gb-listing-")]
    assert len(listed) == 4
    [dorokhov] = [e for e in listed if e["properties"]["entity"] == [_ftm_id(iri("dorokhov"))]]
    assert (dorokhov["schema"], dorokhov["properties"]["authority"], dorokhov["properties"]["authorityId"],
            dorokhov["properties"]["program"]) == ("Sanction", ["OFAC SDN"], ["1001"], ["RUSSIA-EO14024"])


def test_link_help_has_an_example():
    import subprocess
    import sys

    done = subprocess.run([sys.executable, "-m", "graphbuild", "link", "--help"], capture_output=True, text=True, timeout=60, cwd=ROOT)
    assert done.returncode == 0
    assert "Example: graphbuild link --store out/store --list" in done.stdout


def test_linked_store_passes_the_shapes(tmp_path):
    from graphbuild.rdf.validate import validate_store

    ks = _store(tmp_path / "store")
    link_store(ks, [FIXTURES / "sdn.csv"])
    ks.close()
    conforms, message = validate_store(str(tmp_path / "store"))
    assert conforms, message


def test_link_command_needs_an_existing_store(tmp_path):
    result = CliRunner().invoke(app, ["link", "--store", str(tmp_path / "nothing"), "--list", str(FIXTURES / "sdn.csv")])
    assert result.exit_code != 0 and "no graph here" in str(result.exception)
    assert not (tmp_path / "nothing").exists()


def test_link_command_accepts_the_build_output_folder(tmp_path):
    _store(tmp_path / "out" / "store").close()
    (tmp_path / "out" / "relations.jsonl").write_text("", encoding="utf-8")
    result = CliRunner().invoke(app, ["link", "--store", str(tmp_path / "out"), "--list", str(FIXTURES / "sdn.csv")])
    assert result.exit_code == 0, result.output
    assert "4 links for 8 entities" in result.output


@pytest.mark.parametrize("contents", [[], ["notes.txt"]])
def test_link_command_refuses_a_folder_that_is_no_store_and_writes_nothing_there(tmp_path, contents):
    """A --store pointing at an empty folder or at the documents folder must not get a new store written into it."""
    folder = tmp_path / "articles"
    folder.mkdir()
    for name in contents:
        (folder / name).write_text("A short note about nothing.\n", encoding="utf-8")
    result = CliRunner().invoke(app, ["link", "--store", str(folder), "--list", str(FIXTURES / "sdn.csv")])
    assert result.exit_code != 0 and "not an Oxigraph store (no CURRENT file)" in str(result.exception)
    assert sorted(p.name for p in folder.iterdir()) == contents
