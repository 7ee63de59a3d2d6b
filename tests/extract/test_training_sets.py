"""The learned scorers are fit on several gold corpora at once (benchmarks/training_sets.py): documents are keyed by
corpus and file name, since file names repeat across corpora; train keeps the folds it has in extraction_cv, the
other corpora are spread over the same folds. Invented texts and names throughout."""
from __future__ import annotations

import argparse
import importlib.util
import json
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def _module(name: str):
    sys.path.insert(0, str(ROOT / "benchmarks"))
    spec = importlib.util.spec_from_file_location(name, ROOT / "benchmarks" / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


def _corpus(folder: Path, texts: dict[str, str], designees: dict[str, list[str]]) -> Path:
    (folder / "docs").mkdir(parents=True)
    for name, text in texts.items():
        (folder / "docs" / name).write_text(text, encoding="utf-8")
    lines = [{"doc": name, "scored": ["designated_by"], "relations": [
        {"relation": "designated_by", "subject": [s], "object": ["Office of Foreign Assets Control"]} for s in designees.get(name, [])]}
        for name in texts]
    (folder / "gold.jsonl").write_text("\n".join(json.dumps(x) for x in lines) + "\n", encoding="utf-8")
    return folder


def test_corpora_are_found_keyed_by_corpus_and_file_and_folded(tmp_path, capsys):
    sets = _module("training_sets")
    fold_of = _module("extraction_cv").fold_of
    train_names = [f"t{k:02d}.html" for k in range(7)]
    train = _corpus(tmp_path / "train", {n: "x" for n in train_names}, {})
    blind = tmp_path / "blind"
    _corpus(blind / "study", {"b01.txt": "x", "b02.txt": "x"}, {"b01.txt": ["Halden Mora FZE"]})
    _corpus(blind / "check", {"b01.txt": "x"}, {"b01.txt": ["Norvik Tanker Co"]})
    synthetic = tmp_path / "synthetic"
    _corpus(synthetic / "w1", {"b01.txt": "x", "b02.txt": "x"}, {})
    (synthetic / "half").mkdir(parents=True)  # no docs/ nor gold.jsonl yet: not a corpus

    found = sets.available(train, blind, synthetic)
    assert [c.name for c in found] == ["train", "blind/study", "blind/check", "synthetic/w1"]
    assert [c.name for c in sets.select(found, "extra")] == ["blind/study", "blind/check", "synthetic/w1"]
    assert [c.name for c in sets.select(found, "blind,train")] == ["blind/study", "blind/check", "train"]
    with pytest.raises(SystemExit, match="no corpus 'nowhere'"):
        sets.select(found, "nowhere")

    gold = sets.keyed_gold(found)
    keys = [g["doc"] for g in gold]
    assert "blind/study/b01.txt" in keys and "blind/check/b01.txt" in keys and "synthetic/w1/b01.txt" in keys
    by_key = {g["doc"]: [r["subject"] for r in g["relations"]] for g in gold}
    assert by_key["blind/study/b01.txt"] == [["Halden Mora FZE"]] and by_key["blind/check/b01.txt"] == [["Norvik Tanker Co"]]

    folds = sets.folds_of(keys)
    assert {n: folds[f"train/{n}"] for n in train_names} == fold_of(train_names)  # train's folds as everywhere else
    extra = ["blind/check/b01.txt", "blind/study/b01.txt", "blind/study/b02.txt", "synthetic/w1/b01.txt", "synthetic/w1/b02.txt"]
    assert {k: folds[k] for k in extra} == {k: i for i, k in enumerate(extra)}  # fold_of over the sorted extra keys
    assert sets.group_of("train/t00.html") == "train" and sets.group_of("blind/study/b01.txt") == "extra"

    assert sets.available(tmp_path / "absent", blind, synthetic)[0].name == "blind/study"
    assert "fitting without train/" in capsys.readouterr().err


def test_long_lists_are_train_s_only():
    sets = _module("training_sets")
    assert sets.is_long_list("train/jy0981.html") and sets.is_long_list("jy0981.html")
    assert not sets.is_long_list("synthetic/w1/jy0981.html")


@pytest.mark.slow
def test_the_designation_trainer_keeps_colliding_file_names_apart(tmp_path, monkeypatch):
    """Two corpora each with an a.txt: both are parsed, each has its own rules and candidates and its own gold."""
    sets = _module("training_sets")
    trainer = _module("train_designations")
    one = _corpus(tmp_path / "one", {"a.txt": "Today, the Office of Foreign Assets Control (OFAC) designated Halden Mora FZE."},
                  {"a.txt": ["Halden Mora FZE"]})
    two = _corpus(tmp_path / "two", {"a.txt": "Today, the Office of Foreign Assets Control (OFAC) designated Norvik Shipping FZE."},
                  {"a.txt": ["Norvik Shipping FZE"]})
    monkeypatch.setattr(sets, "available", lambda: [sets.Corpus("blind/one", one / "docs", one / "gold.jsonl"),
                                                    sets.Corpus("synthetic/two", two / "docs", two / "gold.jsonl")])
    args = argparse.Namespace(docs=None, gold=None, corpora=None, features=None)
    rules, cands, gold = trainer.load_corpora(args)
    assert {d: [r["subject"]["name"] for r in rs] for d, rs in rules.items()} == {
        "blind/one/a.txt": ["Halden Mora FZE"], "synthetic/two/a.txt": ["Norvik Shipping FZE"]}
    assert sorted(g["doc"] for g in gold) == ["blind/one/a.txt", "synthetic/two/a.txt"]
    trainer.label(cands, gold)
    assert {d: [(c["subject"]["name"], c["by_rules"], c["y"]) for c in cs] for d, cs in cands.items()} == {
        "blind/one/a.txt": [("Halden Mora FZE", True, 1)], "synthetic/two/a.txt": [("Norvik Shipping FZE", True, 1)]}
    assert sets.folds_of(list(cands)) == {"blind/one/a.txt": 0, "synthetic/two/a.txt": 1}
