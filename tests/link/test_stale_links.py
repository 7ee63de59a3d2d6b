"""A changed or pruned document takes its entities' list links with it (P12, sixteenth session).

Before, a build without `--list` kept the list graph as it was: `listed-entities` went on naming an entry for an
entity no document states any more, with an empty name beside it. Names are invented (tests/link/fixtures/sdn.csv).
"""
from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from graphbuild.cli import app
from graphbuild.link import link_store
from graphbuild.rdf import queries
from graphbuild.rdf.mapping import IriMinter, relation_quads
from graphbuild.rdf.store import KnowledgeStore
from graphbuild.records import Document, EntityRef, Evidence, Relation

FIXTURES = Path(__file__).resolve().parent / "fixtures"
OFAC = EntityRef("Office of Foreign Assets Control", "PublicBody", ["OFAC"])


def _graph(ks: KnowledgeStore, doc_id: str, *names: str) -> None:
    evidence = [Evidence("A sentence written for this test.", 0, 10, "test.v1")]
    relations = [Relation("designated_by", EntityRef(name, "Person"), OFAC, evidence, 0.9, doc=doc_id) for name in names]
    ks.replace_document(doc_id, relation_quads(Document(doc_id, "t", doc_id * 8, doc_id), relations, IriMinter()))


def _listed(ks: KnowledgeStore) -> list[tuple[str, str]]:
    return sorted((str(row[0]), str(row[1])) for row in queries.run(ks, queries.get("listed-entities").text, {}))


def test_the_links_of_entities_no_document_states_go_and_the_others_stay(tmp_path):
    from graphbuild.link.store import drop_stale_links

    ks = KnowledgeStore(tmp_path / "store")
    try:
        _graph(ks, "a.txt", "Aleksandr Ivanovich Dorokhov", "Reza Hasani")
        [report] = link_store(ks, [FIXTURES / "sdn.csv"])
        assert report.links == 3  # Dorokhov's entry and Hasani's two namesake entries
        assert drop_stale_links(ks) == {}  # nothing gone: the list graph is left as it is
        _graph(ks, "a.txt", "Reza Hasani")  # the document changed: Dorokhov is no longer in it
        assert drop_stale_links(ks) == {"OFAC SDN": 1}
        assert _listed(ks) == [("Reza Hasani", "1007"), ("Reza Hasani", "1008")]
        rows = list(ks.query("PREFIX gb: <https://w3id.org/graphbuild/ontology#> SELECT ?e WHERE { GRAPH ?l { ?e gb:entryId \"1001\" } }"))
        assert rows == []  # the entry no link points at went with its link
    finally:
        ks.close()


TEXT = ("# Treasury Action\n\nMay 20, 2026\n\nToday, the Office of Foreign Assets Control (OFAC) designated Reza Hasani "
        "pursuant to E.O. 13553. OFAC also designated Aleksandr Ivanovich Dorokhov pursuant to E.O. 14024.\n")
CUT = TEXT.split(" OFAC also")[0] + "\n"  # the release without Dorokhov's sentence


def _built_with_sdn_then_cut(tmp_path: Path) -> tuple[Path, Path, CliRunner]:
    """(docs, out, runner) after `build --list sdn.csv` of a release naming Hasani and Dorokhov, whose file then
    lost Dorokhov's sentence (not built yet): the setup of each build test below."""
    docs, out = tmp_path / "docs", tmp_path / "out"
    docs.mkdir()
    (docs / "a.md").write_text(TEXT, encoding="utf-8")
    runner = CliRunner()
    assert runner.invoke(app, ["build", str(docs), "-o", str(out), "--list", str(FIXTURES / "sdn.csv")]).exit_code == 0
    (docs / "a.md").write_text(CUT, encoding="utf-8")
    return docs, out, runner


def test_a_build_that_changes_a_document_drops_its_gone_entitys_link(tmp_path):
    docs, out, runner = _built_with_sdn_then_cut(tmp_path)
    result = runner.invoke(app, ["build", str(docs), "-o", str(out)])
    assert result.exit_code == 0, result.output
    report = json.loads((out / "report.json").read_text(encoding="utf-8"))
    assert [w["reason"] for w in report["warnings"]] == [
        "1 list link(s) of entities no document states any more were removed (OFAC SDN 1); the changed documents' "
        "names are linked when `graphbuild link` (or build --list) runs again"]
    with KnowledgeStore(out / "store", read_only=True) as ks:
        assert [name for name, _ in _listed(ks)] == ["Reza Hasani", "Reza Hasani"]


def test_only_the_entities_a_build_touched_are_asked_about(tmp_path):
    """A build asks about the entities its changed graphs named (`name_index.Touched`), not every linked one (R1,
    seventeenth session): the gone entity's link goes when it is among them, and none is asked about for none."""
    from graphbuild.link.store import drop_stale_links
    from graphbuild.rdf.name_index import Touched

    ks = KnowledgeStore(tmp_path / "store")
    try:
        _graph(ks, "a.txt", "Aleksandr Ivanovich Dorokhov", "Reza Hasani")
        link_store(ks, [FIXTURES / "sdn.csv"])
        touched = Touched(ks)
        touched.note([ks.minter.document("a.txt")])  # the names the old graph gave ...
        _graph(ks, "a.txt", "Reza Hasani")
        touched.note([ks.minter.document("a.txt")])  # ... and the new one
        assert drop_stale_links(ks, set()) == {}  # no entity touched: nothing asked, nothing dropped
        assert drop_stale_links(ks, touched.entities) == {"OFAC SDN": 1}
        assert _listed(ks) == [("Reza Hasani", "1007"), ("Reza Hasani", "1008")]
    finally:
        ks.close()


def test_a_build_after_one_stopped_before_its_check_drops_every_stale_link(tmp_path, monkeypatch):
    """A build stopped after its writes, before its own check, leaves the name index incomplete: the next build asks
    about every linked entity, so the first build's gone entity still loses its link (R1, seventeenth session)."""
    import graphbuild.pipeline.run as run

    docs, out, runner = _built_with_sdn_then_cut(tmp_path)

    def stopped(*args, **kwargs):
        raise KeyboardInterrupt

    monkeypatch.setattr(run, "_drop_stale_links", stopped)
    assert runner.invoke(app, ["build", str(docs), "-o", str(out)]).exit_code != 0
    monkeypatch.undo()
    (docs / "b.md").write_text(CUT.replace("Reza Hasani", "Ilona Varga"),
                               encoding="utf-8")  # another change, which names neither
    result = runner.invoke(app, ["build", str(docs), "-o", str(out)])
    assert result.exit_code == 0, result.output
    with KnowledgeStore(out / "store", read_only=True) as ks:
        assert [name for name, _ in _listed(ks)] == ["Reza Hasani", "Reza Hasani"]


def test_a_list_build_drops_the_other_lists_link_of_an_entity_it_removed(tmp_path):
    """A `build --list B` that changes a document drops list A's link of the entity the document no longer names,
    and the next plain build leaves none behind (V9 item 1, M37): before, the check ran only without `--list`, and
    the plain build asked about its own touched entities only, so A's link stayed for ever, with an empty name."""
    docs, out, runner = _built_with_sdn_then_cut(tmp_path)
    result = runner.invoke(app, ["build", str(docs), "-o", str(out), "--list", str(FIXTURES / "entities.ftm.json")])
    assert result.exit_code == 0, result.output
    report = json.loads((out / "report.json").read_text(encoding="utf-8"))
    assert [w["reason"] for w in report["warnings"]] == [
        "1 list link(s) of entities no document states any more were removed (OFAC SDN 1); the lists given with "
        "--list are linked again by this build, the others when `graphbuild link` (or build --list) runs again"]
    (docs / "b.md").write_text(CUT.replace("Reza Hasani", "Ilona Varga"),
                               encoding="utf-8")  # a plain build that names neither
    result = runner.invoke(app, ["build", str(docs), "-o", str(out)])
    assert result.exit_code == 0, result.output
    with KnowledgeStore(out / "store", read_only=True) as ks:
        assert _listed(ks) == [("Reza Hasani", "1007"), ("Reza Hasani", "1008")]
