"""The learned scorers are fit on several gold corpora at once (benchmarks/training_sets.py): documents are keyed by
corpus and file name, since file names repeat across corpora; train keeps the folds it has in extraction_cv, the
other corpora are spread over the same folds. Invented texts and names throughout."""
from __future__ import annotations

import argparse
import json
from pathlib import Path

import pytest


def _corpus(folder: Path, texts: dict[str, str], designees: dict[str, list[str]]) -> Path:
    (folder / "docs").mkdir(parents=True)
    for name, text in texts.items():
        (folder / "docs" / name).write_text(text, encoding="utf-8")
    lines = [{"doc": name, "scored": ["designated_by"], "relations": [
        {"relation": "designated_by", "subject": [s], "object": ["Office of Foreign Assets Control"]} for s in designees.get(name, [])]}
        for name in texts]
    (folder / "gold.jsonl").write_text("\n".join(json.dumps(x) for x in lines) + "\n", encoding="utf-8")
    return folder


def test_corpora_are_found_keyed_by_corpus_and_file_and_folded(tmp_path, capsys, benchmark_script):
    sets = benchmark_script("training_sets")
    fold_of = benchmark_script("extraction_cv").fold_of
    train_names = [f"t{k:02d}.html" for k in range(7)]
    train = _corpus(tmp_path / "train", {n: "x" for n in train_names}, {})
    blind = tmp_path / "blind"
    _corpus(blind / "study", {"b01.txt": "x", "b02.txt": "x"}, {"b01.txt": ["Halden Mora FZE"]})
    _corpus(blind / "check", {"b01.txt": "x"}, {"b01.txt": ["Norvik Tanker Co"]})
    synthetic = tmp_path / "synthetic"
    _corpus(synthetic / "w1", {"b01.txt": "x", "b02.txt": "x"}, {})
    (synthetic / "half").mkdir(parents=True)  # no docs/ nor gold.jsonl yet: not a corpus

    found = sets.available(train, blind, synthetic, tmp_path / "real")  # every corpus from tmp_path, none of the repository's
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

    assert sets.available(tmp_path / "absent", blind, synthetic, tmp_path / "real")[0].name == "blind/study"
    assert "fitting without train/" in capsys.readouterr().err


def test_long_lists_are_train_s_only(benchmark_script):
    sets = benchmark_script("training_sets")
    assert sets.is_long_list("train/jy0981.html") and sets.is_long_list("jy0981.html")
    assert not sets.is_long_list("synthetic/w1/jy0981.html")


@pytest.mark.slow
def test_the_designation_trainer_keeps_colliding_file_names_apart(tmp_path, monkeypatch, benchmark_script):
    """Two corpora each with an a.txt: both are parsed, each has its own rules and candidates and its own gold."""
    sets = benchmark_script("training_sets")
    trainer = benchmark_script("train_designations")
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


def test_real_releases_are_found_with_their_shared_documents_and_skipped_when_either_is_absent(tmp_path, capsys, benchmark_script):
    """A real corpus: gold in the repository (benchmarks/real/NAME/gold.jsonl), documents in ../shared/eval/NAME."""
    sets = benchmark_script("training_sets")
    real, shared = tmp_path / "real", tmp_path / "shared"
    (real / "notes").mkdir(parents=True)
    (real / "notes" / "gold.jsonl").write_text(json.dumps({"doc": "n01.html", "scored": ["designated_by"], "relations": []}) + "\n",
                                               encoding="utf-8")
    (shared / "notes").mkdir(parents=True)
    found = sets.available(tmp_path / "absent", tmp_path / "none", tmp_path / "none", real, shared)
    assert [(c.name, c.docs, c.gold, c.partial) for c in found] == [("real/notes", shared / "notes", real / "notes" / "gold.jsonl", True)]
    assert sets.group_of("real/notes/n01.html") == "real" and [c.name for c in sets.select(found, "real")] == ["real/notes"]
    capsys.readouterr()

    (shared / "notes").rmdir()  # the documents are not there (another checkout): skipped, said
    assert sets.available(tmp_path / "absent", tmp_path / "none", tmp_path / "none", real, shared) == []
    assert "real/notes needs" in capsys.readouterr().err
    (shared / "notes").mkdir()
    (real / "notes" / "gold.jsonl").unlink()  # no gold yet: skipped, said
    assert sets.available(tmp_path / "absent", tmp_path / "none", tmp_path / "none", real, shared) == []
    assert "real/notes needs" in capsys.readouterr().err


def test_a_real_corpus_keeps_only_its_annotated_documents(tmp_path, benchmark_script):
    """The shared folder holds a README.md and may hold releases nobody annotated: they are not fit on as negatives."""
    sets = benchmark_script("training_sets")
    corpus = sets.Corpus("real/notes", tmp_path, tmp_path / "gold.jsonl", partial=True)
    corpus.gold.write_text(json.dumps({"doc": "n01.html", "scored": ["designated_by"], "relations": []}) + "\n", encoding="utf-8")
    featurise = lambda c: {"rules": {"real/notes/n01.html": [], "real/notes/README.md": [], "real/notes/n02.html": []}}  # noqa: E731
    assert sets.featurised([corpus], None, featurise) == {"rules": {"real/notes/n01.html": []}}
    whole = sets.Corpus("blind/x", tmp_path, tmp_path / "gold.jsonl")
    assert len(sets.featurised([whole], None, featurise)["rules"]) == 3


def test_real_and_invented_releases_are_folded_apart_and_reported_as_their_own_group(benchmark_script):
    """Adding real releases moves no invented release to another fold; the report has a `real` line of its own."""
    sets = benchmark_script("training_sets")
    invented = [f"synthetic/w1/b{k:02d}.txt" for k in range(6)]
    real = [f"real/notes/n{k:02d}.html" for k in range(3)]
    train = [f"train/t{k:02d}.html" for k in range(5)]
    alone = sets.folds_of(train + invented)
    together = sets.folds_of(train + invented + real)
    assert {k: together[k] for k in train + invented} == alone
    assert {k: together[k] for k in real} == {k: i for i, k in enumerate(real)}

    gold = [{"doc": d, "relations": []} for d in together]
    scorer = lambda preds, sub: {"precision": 1.0, "recall": 1.0, "f1": 1.0}  # noqa: E731
    groups = sets.report_groups({"rules": {}}, gold, together, scorer)
    assert list(groups) == ["train/all", "train/without_long_lists", "real/all", "extra/all"]
    assert "check" in groups["train/all"]["rules"] and "check" not in groups["real/all"]["rules"]


def test_a_weighed_corpus_counts_as_its_items_repeated_in_the_fit(benchmark_script):
    """--weigh real=2: a real candidate weighs what two copies of it would (train_roles.fit's sample weights)."""
    sets = benchmark_script("training_sets")
    trainer = benchmark_script("train_roles")
    corpora = [sets.Corpus("train", Path("t"), Path("t.jsonl")), sets.Corpus("real/notes", Path("n"), Path("n.jsonl"))]
    assert sets.weights_of("real=2", corpora) == {"real/notes": 2.0}
    with pytest.raises(SystemExit, match="not CORPUS=WEIGHT"):
        sets.weights_of("real", corpora)
    items = {"train/t.html": [{"features": ["a", "b"], "y": 0}, {"features": ["b"], "y": 0}],
             "real/notes/n.html": [{"features": ["a"], "y": 1}]}
    assert sets.weigh(items, {"real/notes": 2.0}) == 1 and items["real/notes/n.html"][0]["weight"] == 2.0
    weighed = trainer.fit([c for cs in items.values() for c in cs])
    repeated = trainer.fit([{"features": c["features"], "y": c["y"]} for cs in items.values() for c in cs for _ in range(int(c.get("weight", 1)))])
    assert weighed.keys() == repeated.keys() and all(weighed[f] == pytest.approx(repeated[f], abs=1e-9) for f in weighed)
    assert weighed["a"] > trainer.fit([{**c, "weight": 1.0} for cs in items.values() for c in cs])["a"]


def test_the_readable_score_sets_are_corpora_and_the_never_read_ones_never_are(tmp_path, benchmark_script):
    """The 41 readable unread_* sets are fit on as `unread/X` (group `read`, folded over their own keys); the never-read
    sets and any set written later are left out although their folders hold docs/ and gold.jsonl (an allow-list;
    twenty-second session, F; y, z, aa and ab readable since the thirty-first session, ac, ad, ag and ah since the
    thirty-second, ai, aj, ak and al since the thirty-third, am, an, ao and ap since the thirty-fourth)."""
    sets = benchmark_script("training_sets")
    blind = tmp_path / "blind"
    readable = "a aa ab ac ad ae af ag ah ai aj ak al am an ao ap b c d e f g h i j k l m n o q r s t u v w x y z".split()
    never = "p aq ar at au av".split()
    for name in readable + never + ["ba"]:
        _corpus(blind / f"unread_{name}", {f"{name}01.txt": "x"}, {})
    found = [c.name for c in sets.available(tmp_path / "absent", blind, tmp_path / "none", tmp_path / "none")]
    assert found == [f"unread/{x}" for x in sorted(readable)]
    assert not any(name.endswith(f"/{x}") for name in found for x in [*never, "ba"])
    assert sets.group_of("unread/c/c01.md") == "read" and sets.group_of("blind/study/b01.txt") == "extra"
    assert [c.name for c in sets.select(sets.available(tmp_path / "absent", blind, tmp_path / "none", tmp_path / "none"),
                                        "unread")] == found

    invented = [f"synthetic/w1/b{k:02d}.txt" for k in range(6)]
    read = [f"unread/a/a{k:02d}.md" for k in range(4)]
    together = sets.folds_of(invented + read)
    assert {k: together[k] for k in invented} == sets.folds_of(invented)  # adding them moves no invented release
    assert {k: together[k] for k in read} == {k: i for i, k in enumerate(read)}
    gold = [{"doc": d, "relations": []} for d in together]
    scorer = lambda preds, sub: {"precision": 1.0, "recall": 1.0, "f1": 1.0}  # noqa: E731
    assert list(sets.report_groups({"rules": {}}, gold, together, scorer)) == ["read/all", "extra/all"]
