"""Curation never loses a fact to fuzzy matching, says when a rule matches nothing, and locates YAML errors (probe 5)."""
from __future__ import annotations

import pytest

from graphbuild.rdf.mapping import IriMinter
from graphbuild.records import EntityRef, Evidence, Relation
from graphbuild.resolve.curation import CurationError, load_curation
from graphbuild.resolve.index import EntityIndex

CURATION = """\
rename:
  - name: M. Rezaei
    to: Mohammad Rezaei
  - name: Mr Rezaie
    to: Muhammad Rezaie
  - name: Nobody In This Corpus
    to: Still Nobody
"""


def _designation(name: str, doc: str) -> Relation:
    return Relation("designated_by", EntityRef(name, "Person"), EntityRef("Office of Foreign Assets Control", "PublicBody"),
                    [Evidence(f"{name} was designated.", 0, 20, "designations.v1", doc)], 0.9, doc=doc)


def test_two_renamed_targets_with_close_names_stay_two_entities(tmp_path):
    path = tmp_path / "curation.yaml"
    path.write_text(CURATION, encoding="utf-8")
    curation = load_curation(path)
    index = EntityIndex(IriMinter())
    resolved = []
    for name, doc in (("M. Rezaei", "a.txt"), ("Mr Rezaie", "b.txt")):
        relations = curation.apply([_designation(name, doc)])
        index.resolve_relations(relations)
        resolved += relations
    assert [(r.subject.name, r.doc) for r in resolved] == [("Mohammad Rezaei", "a.txt"), ("Muhammad Rezaie", "b.txt")]
    assert resolved[0].subject.id != resolved[1].subject.id  # close names (Rezaei / Rezaie) are not fuzzy-merged
    assert len({(r.subject.id, r.object.id) for r in resolved}) == 2  # both designations are kept
    assert curation.unused() == [f"{path}: rename[2] (Nobody In This Corpus)"]


def test_the_same_rename_in_two_documents_is_one_entity(tmp_path):
    path = tmp_path / "curation.yaml"
    path.write_text(CURATION, encoding="utf-8")
    curation = load_curation(path)
    index = EntityIndex(IriMinter())
    ids = set()
    for doc in ("a.txt", "b.txt"):
        relations = curation.apply([_designation("M. Rezaei", doc)])
        index.resolve_relations(relations)
        ids.add(relations[0].subject.id)
    assert len(ids) == 1


@pytest.mark.parametrize("text, where", [
    ("rename:\n  - name: A\n    to: [B\n", "line 4, column 1"),
    ("merge:\n  - into: A\n   names: [B]\n", "line 3, column 4"),
    ("reject:\n\tentities: [A]\n", "line 2, column 1"),
])
def test_yaml_errors_give_line_and_column(tmp_path, text, where):
    path = tmp_path / "curation.yaml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(CurationError) as info:
        load_curation(path)
    assert str(info.value).startswith(f"{path}: {where}: not valid YAML: ")


def test_an_unused_rule_is_a_warning_in_the_build_report(tmp_path, monkeypatch):
    import json

    import graphbuild.pipeline.local_engine as local_engine
    from graphbuild.pipeline.run import BuildOptions, build

    def process(docs, model, workers, batch_size, **_):  # the model's work replaced: one designation per document
        for doc in docs:
            yield doc, ([_designation("M. Rezaei", doc.id).to_json()], 3, None)

    monkeypatch.setattr(local_engine, "process", process, raising=False)
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.txt").write_text("M. Rezaei was designated by the Treasury on Monday.\n")
    path = tmp_path / "curation.yaml"
    path.write_text(CURATION, encoding="utf-8")
    report = build([tmp_path / "in"], BuildOptions(out=tmp_path / "out", curation=path, outputs=False))
    saved = json.loads((tmp_path / "out" / "report.json").read_text())
    expected = [{"path": f"{path}: rename[1] (Mr Rezaie)", "reason": "curation rule matched no entity in the documents built"},
                {"path": f"{path}: rename[2] (Nobody In This Corpus)", "reason": "curation rule matched no entity in the documents built"}]
    assert report.processed == 1
    assert saved["warnings"] == expected
