"""The per-document step both engines run (graphbuild.pipeline.step): what a build stores for one document."""
from __future__ import annotations

from pathlib import Path

from rdflib import Literal

from graphbuild.pipeline import step as step_module
from graphbuild.pipeline.options import BuildReport
from graphbuild.pipeline.step import DocumentStep, pipeline_fingerprint
from graphbuild.rdf.mapping import IriMinter
from graphbuild.rdf.vocab import GB
from graphbuild.records import Document
from graphbuild.resolve.curation import parse_curation
from graphbuild.resolve.index import EntityIndex

TEXT = "The finance office named Mara Quell as its deputy director on Tuesday."


def role(person: str, organization: str, title: str) -> dict:
    start = TEXT.index(person)
    return {"doc": "ignored", "relation": "holds_role",
            "subject": {"id": None, "name": person, "type": "Person", "aliases": []},
            "object": {"id": None, "name": organization, "type": "PublicBody", "aliases": []},
            "role": title, "confidence": 0.9,
            "evidence": [{"sentence": TEXT, "start": start, "end": start + len(person), "extractor": "roles.v1"}]}


def make_step(curation=None) -> tuple[DocumentStep, BuildReport]:
    minter = IriMinter()
    report = BuildReport()
    return DocumentStep(EntityIndex(minter), curation, report, "fp-test", minter), report


def test_the_step_resolves_curates_maps_and_stamps_the_fingerprint(capsys):
    doc = Document("notes/a.txt", TEXT, "0" * 64, "/data/notes/a.txt")
    curation = parse_curation({"rename": [{"name": "Mara Quell", "to": "Mara J. Quell"}]})
    step, report = make_step(curation)
    quads = step(doc, ([role("Mara Quell", "Finance Office", "deputy director")], 12, "extraction failed (ValueError: late)"))

    graph = IriMinter().document("notes/a.txt")
    assert (graph, GB.pipelineVersion, Literal("fp-test"), graph) in quads
    assert all(g == graph for _, _, _, g in quads)
    labels = {str(o) for _, p, o, _ in quads if str(p) == "http://www.w3.org/2000/01/rdf-schema#label"}
    assert {"Mara J. Quell", "Finance Office"} <= labels and "Mara Quell" not in labels
    assert report.words == 12
    assert report.errors == [{"path": "/data/notes/a.txt", "reason": "extraction failed (ValueError: late)"}]
    assert capsys.readouterr().err == "graphbuild: /data/notes/a.txt: extraction failed (ValueError: late)\n"


def test_resolve_gives_one_entity_one_iri_across_documents():
    step, _ = make_step()
    first = step.resolve(Document("a.txt", TEXT, "1" * 64, "a.txt"), ([role("Mara Quell", "Finance Office", "deputy director")], 5, None))
    second = step.resolve(Document("b.txt", TEXT, "2" * 64, "b.txt"), ([role("Mara Quell", "Finance Office", "director")], 5, None))
    assert first[0].subject.id == second[0].subject.id and first[0].subject.id.startswith("https://w3id.org/graphbuild/id/person/")
    assert first[0].doc == "a.txt" and second[0].doc == "b.txt"


def test_the_fingerprint_covers_code_in_every_stage_package(tmp_path, monkeypatch):
    package = tmp_path / "graphbuild"
    (package / "extract").mkdir(parents=True)
    (package / "extract" / "roles.py").write_text("RULES = 1\n", encoding="utf-8")
    (package / "run.py").write_text("", encoding="utf-8")
    gazetteers = tmp_path / "gazetteers"
    gazetteers.mkdir()
    monkeypatch.setattr(step_module, "PACKAGE_DIR", package)
    monkeypatch.setattr(step_module, "gazetteer_dir", lambda: gazetteers)
    before = pipeline_fingerprint("some_model")
    assert pipeline_fingerprint("some_model") == before
    (package / "extract" / "roles.py").write_text("RULES = 2\n", encoding="utf-8")
    assert pipeline_fingerprint("some_model") != before
    (package / "extract" / "roles.py").write_text("RULES = 1\n", encoding="utf-8")
    assert pipeline_fingerprint("some_model") == before
    assert pipeline_fingerprint("another_model") != before
    curation = tmp_path / "curation.yaml"
    curation.write_text("reject:\n  entities: [Someone]\n", encoding="utf-8")
    assert pipeline_fingerprint("some_model", Path(curation)) != before
