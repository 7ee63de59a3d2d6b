"""graphbuild eval with several gold files whose documents share names (E1, issue 13).

Sets written side by side (benchmarks/blind/study, check, final) all hold b01.md. Each gold
record must meet the predictions of its own document: before E1 the documents were keyed
by file name alone, so every b01.md record was scored against the predictions of all
three documents without a word.
"""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from graphbuild.errors import GoldError
from graphbuild.eval_build import build_inputs, input_groups
from graphbuild.evaluate import score
from graphbuild.gold_docs import InputDoc, match_document, resolve, same_document


def _pred(doc: str, subject: str, obj: str) -> dict:
    return {"doc": doc, "relation": "designated_by", "subject": {"name": subject, "aliases": []}, "object": {"name": obj},
            "confidence": 0.9, "evidence": [{"sentence": f"{subject} was designated by {obj}."}]}


def _gold(doc: str, *pairs: tuple[str, str]) -> dict:
    return {"doc": doc, "scored": ["designated_by"],
            "relations": [{"relation": "designated_by", "subject": [s], "object": [o]} for s, o in pairs]}


def _overall(result) -> tuple[int, int, int]:
    o = result.to_json()["overall"]
    return o["tp"], o["fp"], o["fn"]


# Two sets, each with its own b01.md: Quillon Freight in the first, Marrowby Textiles in the second.
PREDS = [_pred("first/b01.md", "Quillon Freight", "OFAC"), _pred("second/b01.md", "Marrowby Textiles", "OFAC"),
         _pred("second/b01.md", "Tessaly Ports", "OFAC")]


def test_each_gold_record_meets_its_own_documents_predictions():
    gold = [_gold("first/b01.md", ("Quillon Freight", "OFAC")), _gold("second/b01.md", ("Marrowby Textiles", "OFAC"))]
    result = score(PREDS, gold)
    assert _overall(result) == (2, 1, 0)  # before E1: (2, 4, 0), each record against all three predictions
    assert [(e["doc"], e["type"], e["subject"]) for e in result.errors] == [("second/b01.md", "FP", "Tessaly Ports")]


def test_a_name_that_ends_several_documents_is_an_error_not_a_merge():
    with pytest.raises(GoldError, match=r"'b01\.md' names 2 built documents \(first/b01\.md, second/b01\.md\)"):
        score(PREDS, [_gold("b01.md", ("Quillon Freight", "OFAC"))])


def test_two_gold_records_for_one_document_are_an_error():
    gold = [_gold("b01.md", ("Quillon Freight", "OFAC")), _gold("b01.md", ("Quillon Freight", "OFAC"))]
    with pytest.raises(GoldError, match="both describe document 'b01.md'"):
        score([_pred("b01.md", "Quillon Freight", "OFAC")], gold)


def test_a_file_name_still_finds_its_only_document():
    result = score(PREDS[:1], [_gold("b01.md", ("Quillon Freight", "OFAC"), ("Dovecrest Oil", "OFAC"))])
    assert _overall(result) == (1, 0, 1)
    assert same_document("b01.md", "first/docs/b01.md") and not same_document("b01.md", "first/xb01.md")
    assert match_document("b02.md", ["first/b01.md"]) is None


def _tree(tmp_path: Path) -> tuple[Path, Path, Path]:
    """set_a and set_b, each a gold file beside docs/b01.md; set_a also docs/b02.md."""
    for name in ("set_a", "set_b"):
        (tmp_path / name / "docs").mkdir(parents=True)
        (tmp_path / name / "docs" / "b01.md").write_text(f"A release of {name}.\n", encoding="utf-8")
    (tmp_path / "set_a" / "docs" / "b02.md").write_text("Another release.\n", encoding="utf-8")
    return tmp_path / "set_a", tmp_path / "set_b", tmp_path / "elsewhere.jsonl"


def test_the_gold_files_folder_decides_which_b01_it_describes(tmp_path):
    set_a, set_b, _ = _tree(tmp_path)
    docs = [InputDoc(f"{s.name}/docs/{n}", s / "docs" / n) for s, n in ((set_a, "b01.md"), (set_a, "b02.md"), (set_b, "b01.md"))]
    resolved = resolve([(set_a / "gold.jsonl", [_gold("b01.md"), _gold("b03.md")]), (set_b / "gold.jsonl", [_gold("b01.md")])], docs)
    assert [r["doc"] for r in resolved.records] == ["set_a/docs/b01.md", "set_b/docs/b01.md"]
    assert resolved.missing_names() == [f"{set_a / 'gold.jsonl'}: b03.md"]  # not among the inputs


def test_a_gold_file_beside_neither_set_is_told_which_documents_clash(tmp_path):
    set_a, set_b, elsewhere = _tree(tmp_path)
    docs = [InputDoc("a", set_a / "docs" / "b01.md"), InputDoc("b", set_b / "docs" / "b01.md"), InputDoc("c", set_a / "docs" / "b02.md")]
    with pytest.raises(GoldError, match=r"elsewhere\.jsonl: gold document 'b01\.md' names 2 input documents"):
        resolve([(elsewhere, [_gold("b01.md")])], docs)
    assert [r["doc"] for r in resolve([(elsewhere, [_gold("b02.md")])], docs).records] == ["c"]  # one: no clash


def test_inputs_whose_ids_collide_are_built_apart_and_keyed_by_file(tmp_path):
    set_a, set_b, _ = _tree(tmp_path)
    assert [[item for item, _ in group] for group in input_groups([set_a / "docs", set_b / "docs"])] == [[set_a / "docs"], [set_b / "docs"]]
    built: list[list[Path]] = []

    def builder(items: list[Path], folder: Path) -> Path:  # a build that finds one designation per document
        built.append(items)
        folder.mkdir(parents=True)
        names = {"set_a": "Quillon Freight", "set_b": "Marrowby Textiles"}
        lines = [json.dumps(_pred(f, names[items[0].parent.name], "OFAC")) for f in ("b01.md", "b02.md")
                 if (items[0] / f).exists()]
        (folder / "relations.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
        return folder / "relations.jsonl"

    preds, docs = build_inputs([set_a / "docs", set_b / "docs"], tmp_path / "out", builder)
    assert built == [[set_a / "docs"], [set_b / "docs"]]
    a1, a2, b1 = ((s / "docs" / n).as_posix() for s, n in ((set_a, "b01.md"), (set_a, "b02.md"), (set_b, "b01.md")))
    assert [p["doc"] for p in preds] == [a1, a2, b1]
    gold = resolve([(set_a / "gold.jsonl", [_gold("b01.md", ("Quillon Freight", "OFAC"))]),
                    (set_b / "gold.jsonl", [_gold("b01.md", ("Marrowby Textiles", "OFAC"), ("Tessaly Ports", "OFAC"))])], docs)
    assert _overall(score(preds, gold.records)) == (2, 0, 1)


def test_eval_names_gold_documents_not_among_the_inputs(tmp_path, monkeypatch):
    """Built: a gold document that is no input is named and left out. --relations: named and scored as missed."""
    from typer.testing import CliRunner

    import graphbuild.pipeline.run as run
    from graphbuild.cli import app

    set_a, _, _ = _tree(tmp_path)
    gold = set_a / "gold.jsonl"
    gold.write_text("\n".join(json.dumps(g) for g in (_gold("b01.md", ("Quillon Freight", "OFAC")),
                                                      _gold("b03.md", ("Dovecrest Oil", "OFAC")))) + "\n", encoding="utf-8")
    relations = tmp_path / "relations.jsonl"
    relations.write_text(json.dumps(_pred("b01.md", "Quillon Freight", "OFAC")) + "\n", encoding="utf-8")

    def fake_build(items, options):
        Path(options.out).mkdir(parents=True, exist_ok=True)
        (Path(options.out) / "relations.jsonl").write_text(relations.read_text(encoding="utf-8"), encoding="utf-8")

    monkeypatch.setattr(run, "build", fake_build)
    runner = CliRunner()
    built = runner.invoke(app, ["eval", "--gold", str(gold), str(set_a / "docs"), "--json"])
    assert built.exit_code == 0, built.output
    data = json.loads(built.stdout)
    assert (data["overall"]["tp"], data["overall"]["fp"], data["overall"]["fn"]) == (1, 0, 0)
    assert data["gold_documents_without_input"] == [f"{gold}: b03.md"]
    assert built.stderr.strip() == f"graphbuild eval: gold documents not among the inputs, not scored (1): {gold}: b03.md"
    scored = runner.invoke(app, ["eval", "--gold", str(gold), "--relations", str(relations), "--json"])
    data = json.loads(scored.stdout)
    assert (data["overall"]["tp"], data["overall"]["fp"], data["overall"]["fn"]) == (1, 0, 1)
    assert data["gold_documents_without_relations"] == [f"{gold}: b03.md"]
    assert f"gold documents with no relation in {relations}, scored as missed (1): {gold}: b03.md" in scored.stderr


# ---- gold files that are not gold (P2, after the hostile probe P1) -----------------------------------------

_KINDS = "expected one of holds_role, designated_by, part_of"


@pytest.mark.parametrize("content, message", [
    (b"\xff\xfe garbage\n", "g.jsonl:1: not UTF-8 text (invalid byte at offset 0); save the gold file as UTF-8"),
    (b'{"doc": "a.txt", "scored": [], "relations": []}\n\xe9\n', "g.jsonl:2: not UTF-8 text (invalid byte at offset 48)"),
    (b"[" * 100_000 + b"]" * 100_000, "g.jsonl:1: cannot read this JSON line (nested too deeply)"),
    (b"{not json\n", "g.jsonl:1: invalid JSON (Expecting property name enclosed in double quotes)"),
    (b"[1, 2]\n", "g.jsonl:1: expected an object with 'doc', 'scored' and 'relations', got a list"),
    (b'{"doc": 12, "scored": [], "relations": []}', "g.jsonl:1: 'doc': expected a string, got a number"),
    (b'{"scored": [], "relations": []}', "g.jsonl:1: missing 'doc'; expected an object with 'doc', 'scored' and 'relations'"),
    (b'{"doc": "x\\ud800.txt", "scored": [], "relations": []}', "g.jsonl:1: 'doc': not valid text (a lone surrogate escape at character 1)"),
    (b'{"doc": "a.txt", "scored": "holds_role", "relations": []}', "g.jsonl:1: 'scored': expected a list of relation kinds, got a string"),
    (b'{"doc": "a.txt", "scored": ["bogus"], "relations": []}', f"g.jsonl:1: 'scored'[0]: unknown relation kind 'bogus'; {_KINDS}"),
    (b'{"doc": "a.txt", "scored": [], "relations": "oops"}', "g.jsonl:1: 'relations': expected a list of relations, got a string"),
    (b'{"doc": "a.txt", "scored": [], "relations": [1]}', "g.jsonl:1: 'relations'[0]: expected a relation object, got a number"),
    (b'{"doc": "a.txt", "scored": [], "relations": [{"relation": "holds_role", "subject": 5, "object": "*"}]}',
     "g.jsonl:1: 'relations'[0].subject: expected a non-empty list of names, got a number"),
    (b'{"doc": "a.txt", "scored": [], "relations": [{"relation": "holds_role", "subject": ["A"], "object": ["B", 3]}]}',
     "g.jsonl:1: 'relations'[0].object[1]: expected a string, got a number"),
    (b'{"doc": "a.txt", "scored": [], "relations": [{"relation": "designated_by", "subject": ["A"], "object": "Canada"}]}',
     "g.jsonl:1: 'relations'[0].object: expected a non-empty list of names or \"*\", got a string"),
    (b'{"doc": "a.txt", "scored": [], "relations": [{"relation": "owns", "subject": ["A"], "object": "*"}]}',
     f"g.jsonl:1: 'relations'[0].relation: unknown relation kind 'owns'; {_KINDS}"),
    (b'{"doc": "a.txt", "scored": [], "relations": [], "optional": [{"relation": "holds_role", "subject": ["A"]}]}',
     "g.jsonl:1: 'optional'[0]: missing 'object'"),
    (b'{"doc": "a.txt", "scored": [], "relations": [{"relation": "holds_role", "subject": ["A"], "object": ["B"], "role": {"a": 1}}]}',
     "g.jsonl:1: 'relations'[0].role: expected a non-empty list of names, got an object"),
    (b"", "g.jsonl: no gold records (the file is empty); expected one JSON object per document"),
    (b"\n  \n", "g.jsonl: no gold records (the file is empty); expected one JSON object per document"),
])
def test_a_gold_file_that_is_not_gold_is_a_gold_error_naming_file_line_and_field(tmp_path, content, message):
    from graphbuild.evaluate import load_gold

    path = tmp_path / "g.jsonl"
    path.write_bytes(content)
    with pytest.raises(GoldError) as caught:
        load_gold(path)
    assert str(caught.value).startswith(f"{tmp_path}/{message}" if message.startswith("g.jsonl") else message)


def test_the_gold_format_of_the_readme_loads_as_written(tmp_path):
    from graphbuild.evaluate import load_gold

    record = {"doc": "a.txt", "scored": ["holds_role", "designated_by"],
              "relations": [{"relation": "holds_role", "subject": ["Oru Valtik"], "role": ["Director"], "object": ["Pellan Bank"]},
                            {"relation": "designated_by", "subject": ["Oru Valtik"], "object": "*"},
                            {"relation": "designated_by", "subject": ["Pellan Bank"], "object": ["Canada"]}],
              "optional": [{"relation": "designated_by", "subject": ["Sama Trading"], "object": "*"}]}
    path = tmp_path / "g.jsonl"
    path.write_text(json.dumps(record) + "\n\n", encoding="utf-8")
    assert load_gold(path) == [record]
