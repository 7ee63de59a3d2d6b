"""The curation file: merge, keep apart, rename, reject an entity or a relation -- applied on every build."""
from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
import yaml

import graphbuild.pipeline.local_engine as local_engine
from graphbuild.resolve.curation import CurationError, load_curation, parse_curation
from graphbuild.pipeline.run import BuildOptions, build

from gbstore_support import make_process, read_jsonl

DOCS = Path(__file__).resolve().parent.parent.parent / "docs" / "store.md"


def rel(doc, relation, subject, s_type, obj, o_type, **extra):
    return {"doc": doc, "relation": relation, "subject": {"id": None, "name": subject, "type": s_type, "aliases": []},
            "object": {"id": None, "name": obj, "type": o_type, "aliases": []}, "role": extra.get("role"),
            "program": extra.get("program"), "measures": [], "date": None, "confidence": 0.9,
            "evidence": [{"sentence": f"{subject} / {obj}", "start": extra.get("start", 0), "end": 10, "extractor": "test.v1"}]}


RELATIONS = [
    rel("a.txt", "designated_by", "Eisa Zarepour", "Person", "Office of Foreign Assets Control", "PublicBody", program="E.O. 13553"),
    rel("a.txt", "holds_role", "Andrea M. Gacki", "Person", "Office of Foreign Assets Control", "PublicBody", role="Director", start=20),
    rel("a.txt", "designated_by", "Longtime Sanctions Chief Moves", "Organization", "Office of Foreign Assets Control", "PublicBody", start=40),
    rel("b.txt", "designated_by", "E. Zarepour", "Person", "European Union", "PublicBody"),
    rel("b.txt", "holds_role", "Andrea Gacki", "Person", "Office of Foreign Assets Control", "PublicBody", role="Director", start=20),
    rel("b.txt", "designated_by", "Petróleos de Venezuela", "Person", "Office of Foreign Assets Control", "PublicBody", start=40),
    rel("b.txt", "holds_role", "Juan Guaidó", "Person", "Government of Venezuela", "PublicBody", role="President", start=60),
]
CURATION = """
merge:
  - into: Eisa Zarepour
    names: [E. Zarepour]
    type: Person
keep_apart:
  - [Andrea M. Gacki, Andrea Gacki]
rename:
  - name: Petróleos de Venezuela
    to: Petróleos de Venezuela, S.A.
    type: Company
reject:
  entities: [Longtime Sanctions Chief Moves]
  relations:
    - {relation: holds_role, subject: juan guaido}
"""


@pytest.fixture()
def corpus(tmp_path, monkeypatch) -> Path:
    folder = tmp_path / "docs"
    folder.mkdir()
    for name in ("a.txt", "b.txt"):
        (folder / name).write_text(f"document {name}\n", encoding="utf-8")
    recorded = tmp_path / "recorded.jsonl"
    recorded.write_text("".join(json.dumps(r) + "\n" for r in RELATIONS), encoding="utf-8")
    monkeypatch.setattr(local_engine, "process", make_process(recorded))
    return folder


def names_to_ids(out: Path) -> dict[str, set[str]]:
    found: dict[str, set[str]] = {}
    for record in read_jsonl(out / "relations.jsonl"):
        for end in ("subject", "object"):
            found.setdefault(record[end]["name"], set()).add(record[end]["id"])
    return found


def test_without_curation(corpus, tmp_path):
    build([corpus], BuildOptions(out=tmp_path / "plain"))
    ids = names_to_ids(tmp_path / "plain")
    assert ids["Andrea Gacki"] == ids["Andrea M. Gacki"]  # resolution merges them ...
    assert ids["E. Zarepour"] != ids["Eisa Zarepour"]  # ... but not an initial for a given name
    assert "Longtime Sanctions Chief Moves" in ids and "Juan Guaidó" in ids


def test_curation_is_applied_on_the_build(corpus, tmp_path):
    curation = tmp_path / "curation.yaml"
    curation.write_text(CURATION, encoding="utf-8")
    out = tmp_path / "curated"
    build([corpus], BuildOptions(out=out, curation=curation))
    records = read_jsonl(out / "relations.jsonl")
    ids = names_to_ids(out)
    assert "E. Zarepour" not in ids and len(ids["Eisa Zarepour"]) == 1  # merged under the canonical name
    zarepour = [r["subject"] for r in records if r["subject"]["name"] == "Eisa Zarepour"]
    assert len(zarepour) == 2 and any("E. Zarepour" in s["aliases"] for s in zarepour)
    assert ids["Andrea Gacki"] != ids["Andrea M. Gacki"]  # kept apart
    pdvsa = next(r["subject"] for r in records if r["subject"]["name"].startswith("Petróleos"))
    assert (pdvsa["name"], pdvsa["type"]) == ("Petróleos de Venezuela, S.A.", "Company")
    assert "/org/" in pdvsa["id"]
    assert "Longtime Sanctions Chief Moves" not in ids  # rejected entity
    assert not any(r["relation"] == "holds_role" and r["subject"]["name"] == "Juan Guaidó" for r in records)  # rejected relation
    assert len(records) == len(RELATIONS) - 2


def test_parse_errors_name_the_file_and_the_entry(tmp_path):
    bad = tmp_path / "bad.yaml"
    for text, expected in (("merge: [{names: [x]}]", "merge[0]"), ("rename:\n  - {name: x, type: Robot}", "unknown type 'Robot'"),
                           ("reject:\n  relations: [{relation: owns}]", "unknown relation 'owns'"),
                           ("merges: []", "unknown key 'merges'"), ("merge: [into: x", "not valid YAML"),
                           ("keep_apart: [[]]", "keep_apart[0]"), ("merge:\n  - {into: x, id: not-an-iri}", "expected an IRI")):
        bad.write_text(text, encoding="utf-8")
        with pytest.raises(CurationError) as info:
            load_curation(bad)
        assert str(bad) in str(info.value) and expected in str(info.value), (text, str(info.value))
    with pytest.raises(CurationError, match="cannot read"):
        load_curation(tmp_path / "missing.yaml")


def test_fingerprint_follows_the_content(tmp_path):
    path = tmp_path / "c.yaml"
    path.write_text(CURATION, encoding="utf-8")
    first = load_curation(path).fingerprint
    assert load_curation(path).fingerprint == first
    path.write_text(CURATION + "\n# edited\n", encoding="utf-8")
    assert load_curation(path).fingerprint != first


def test_the_documented_example_is_valid():
    text = DOCS.read_text(encoding="utf-8")
    blocks = re.findall(r"```yaml\n(.*?)```", text, re.DOTALL)
    assert blocks, "docs/store.md shows a curation example"
    curation = parse_curation(yaml.safe_load(blocks[0]), "docs/store.md")
    assert curation.merges and curation.apart and curation.renames and curation.rejected_entities and curation.rejected_relations
