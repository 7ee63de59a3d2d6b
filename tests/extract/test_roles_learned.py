"""roles_learned.v1: the shipped weights load offline, the scorer only adds pairs the rules missed, and the
training command fits a model from a gold file (invented texts and names throughout)."""
from __future__ import annotations

import json
import math

import pytest

from graphbuild.errors import ModelError
from graphbuild.extract.roles import extract_roles
from graphbuild.extract.roles_learned import MODEL_PATH, RoleModel, learned_pairs, load_model, read_model

TWO_SENTENCES = "Kestrel Ore Holdings ships copper to buyers abroad. Marek Dunlevy is a director and signed the contracts."


def _parse(nlp, text: str):
    doc = nlp.make_doc(text)
    doc.user_data["gb_meta"] = {}
    return nlp(doc)


def test_shipped_weights_load_offline():
    model = load_model()
    assert MODEL_PATH.is_file() and MODEL_PATH.parent.name == "data"
    assert 0.0 < model.threshold < 1.0
    assert "bias" in model.weights and len(model.weights) > 100
    assert model.probability([]) == 0.5
    assert model.probability(["bias", "no such feature"]) == pytest.approx(1 / (1 + math.exp(-model.weights["bias"])))


@pytest.mark.parametrize("content, problem", [
    ("{not json", "cannot read the role model"),
    ('{"weights": {"bias": "high"}, "threshold": 0.5}', "expected an object with 'weights'"),
    ('{"weights": {"bias": 1.0}}', "expected an object with 'weights'"),
])
def test_a_broken_model_file_is_named_in_the_error(tmp_path, content, problem):
    path = tmp_path / "roles_model.json"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(ModelError, match=problem) as info:
        read_model(path)
    assert str(path) in str(info.value)


@pytest.mark.slow
def test_accepted_pair_is_added_with_the_title_as_role_and_probability_as_confidence(nlp):
    """The rules give nothing here (the company is named in the sentence before); a model that accepts every
    candidate adds the one pair, with the post the sentence names."""
    doc = _parse(nlp, TWO_SENTENCES)
    rules = list(extract_roles(doc))
    assert rules == []
    added = [(r.subject.name, r.object.name, r.role, r.confidence, r.evidence[0].extractor)
             for r in learned_pairs(doc, rules, RoleModel({"bias": 5.0}, 0.5))]
    assert added == [("Marek Dunlevy", "Kestrel Ore Holdings", "director", 0.993, "roles_learned.v1")]


@pytest.mark.slow
def test_without_a_lexicon_title_the_role_is_the_noun_the_clause_gives_the_person(nlp):
    """"X was a senior broker for the company": no title word, the role is the predicate noun and the
    organization is the one "the company" refers back to."""
    doc = _parse(nlp, "Kestrel Ore Holdings ships copper to buyers abroad. Marek Dunlevy was a senior broker for the company.")
    rules = list(extract_roles(doc))
    assert rules == []
    added = [(r.subject.name, r.object.name, r.role, r.role_class) for r in learned_pairs(doc, rules, RoleModel({"bias": 5.0}, 0.5))]
    assert added == [("Marek Dunlevy", "Kestrel Ore Holdings", "senior broker", "member")]


@pytest.mark.slow
def test_pairs_below_the_threshold_and_pairs_the_rules_gave_are_not_added(nlp):
    doc = _parse(nlp, TWO_SENTENCES)
    assert list(learned_pairs(doc, [], RoleModel({"bias": 5.0}, 0.995))) == []
    doc = _parse(nlp, "Kestrel Ore Holdings ships copper to buyers abroad. Its finance chief, Marek Dunlevy, signed the contracts.")
    rules = list(extract_roles(doc))
    assert [(r.subject.name, r.object.name, r.role) for r in rules] == [("Marek Dunlevy", "Kestrel Ore Holdings", "finance chief")]
    assert list(learned_pairs(doc, rules, RoleModel({"bias": 5.0}, 0.5))) == []


@pytest.mark.slow
def test_training_command_fits_a_model_on_a_tiny_gold_set(tmp_path, benchmark_script):
    docs = tmp_path / "docs"
    docs.mkdir()
    texts = {
        "a.txt": TWO_SENTENCES,
        "b.txt": "Tarnow Freight Lines moves grain by rail. Ilse Brandvik is a director and hired the drivers.",
        "c.txt": "Corvane Mining Group digs tin in the hills. Pavel Ostrik is a manager and visits the mines.",
    }
    for name, text in texts.items():
        (docs / name).write_text(text, encoding="utf-8")
    gold = tmp_path / "gold.jsonl"
    gold.write_text("\n".join(json.dumps({"doc": name, "scored": ["holds_role"], "relations": rels}) for name, rels in [
        ("a.txt", [{"relation": "holds_role", "subject": ["Marek Dunlevy"], "object": ["Kestrel Ore Holdings"], "role": ["director"]}]),
        ("b.txt", [{"relation": "holds_role", "subject": ["Ilse Brandvik"], "object": ["Tarnow Freight Lines"], "role": ["director"]}]),
        ("c.txt", []),
    ]) + "\n", encoding="utf-8")
    module = benchmark_script("train_roles")
    out = tmp_path / "model.json"
    assert module.main(["--gold", str(gold), "--docs", str(docs), "--model", str(out), "--no-cv"]) == 0
    model = read_model(out)
    assert model.threshold == 0.5
    # one positive (director) and one negative (manager) candidate, each with the company one sentence back
    assert model.weights["d:thead=director"] > 0 > model.weights["d:thead=manager"]
    assert model.weights["bias"] < 0  # two of the three candidates are negative
    assert not any(word in feature.lower() for feature in model.weights for word in ("dunlevy", "kestrel", "brandvik", "tarnow"))


def test_a_new_model_file_changes_the_pipeline_fingerprint(tmp_path, monkeypatch):
    """Documents are re-extracted when the weights change, like when the code changes."""
    from graphbuild.pipeline import step as step_module

    package = tmp_path / "graphbuild"
    (package / "data").mkdir(parents=True)
    weights = package / "data" / "roles_model.json"
    weights.write_text('{"weights": {"bias": 1.0}, "threshold": 0.5}', encoding="utf-8")
    gazetteers = tmp_path / "gazetteers"
    gazetteers.mkdir()
    monkeypatch.setattr(step_module, "PACKAGE_DIR", package)
    monkeypatch.setattr(step_module, "gazetteer_dir", lambda: gazetteers)
    before = step_module.pipeline_fingerprint("some_model")
    weights.write_text('{"weights": {"bias": 2.0}, "threshold": 0.5}', encoding="utf-8")
    assert step_module.pipeline_fingerprint("some_model") != before


def test_trainer_leaves_a_cue_family_out_of_every_candidate(benchmark_script):
    """`train_roles.py --drop-cues d:thead,c:`: one cached featurisation measured without those families."""
    module = benchmark_script("train_roles")
    cands = {"train/a.txt": [{"features": ["bias", "doc", "d:thead=director", "d:theading=False", "c:dir=sibling", "d:dist=0"]}],
             "train/b.txt": [{"features": ["bias", "d:dist=1"]}]}
    assert module.drop_cues(cands, ("d:thead=", "c:")) == 2
    assert cands["train/a.txt"][0]["features"] == ["bias", "doc", "d:theading=False", "d:dist=0"]
    assert cands["train/b.txt"][0]["features"] == ["bias", "d:dist=1"]
    assert module.drop_cues(cands, ()) == 0


def test_trainer_can_leave_out_candidates_the_evaluation_counts_as_duplicates_or_optional(benchmark_script):
    """`--neutral` (R10's labels): a body one level off in a chain ("a division chief in Norvale's Tidewater Bureau",
    gold [Tidewater Bureau, Norvale Ministry]) is a duplicate when the rules found the other level, and a pair the gold
    lists optional is neither right nor wrong: such candidates are None, out of the fit and of the added precision.
    Without it they are negatives (the default)."""
    module = benchmark_script("train_roles")

    def cand(person: str, body: str, features: list[str]) -> dict:
        return {"subject": {"name": person}, "object": {"name": body}, "features": features}

    doc = "train/a.txt"
    gold = [{"doc": doc, "scored": ["holds_role"], "relations": [
        {"relation": "holds_role", "subject": ["Ansel Qorvath"], "object": ["Tidewater Bureau", "Norvale Ministry"]},
        {"relation": "holds_role", "subject": ["Brisa Lontane"], "object": ["Halden Port Authority"]}],
        "optional": [{"relation": "holds_role", "subject": ["Cato Merrel"], "object": ["Halden Port Authority"]}]}]
    rules = {doc: [cand("Ansel Qorvath", "Tidewater Bureau", [])]}

    def cands() -> dict:
        return {doc: [cand("Ansel Qorvath", "Norvale Ministry", ["bias", "up"]),
                      cand("Brisa Lontane", "Halden Port Authority", ["bias", "head"]),
                      cand("Cato Merrel", "Halden Port Authority", ["bias", "up"]),
                      cand("Brisa Lontane", "Norvale Ministry", ["bias", "other"])]}
    plain = cands()
    module.label(plain, gold, rules)
    assert [c["y"] for c in plain[doc]] == [0, 1, 0, 0]
    neutral = cands()
    module.label(neutral, gold, rules, neutral=True)
    assert [c["y"] for c in neutral[doc]] == [None, 1, None, 0]
    assert "up" not in module.fit(neutral[doc])  # the feature only neutral candidates carry is never fit
    probs = {id(c): 0.9 for c in neutral[doc]}
    assert module.added_precision({doc: neutral[doc][:3]}, [doc], probs, 0.5) == 1.0


def test_trainer_setting_best_f1_or_the_highest_threshold_of_its_plateau(benchmark_script):
    """(F1, threshold, L2) of the inner CV: the best F1 by default; with a plateau, the highest threshold whose F1 is
    within it of the best."""
    module = benchmark_script("train_roles")
    keys = [(0.850, 0.5, 10.0), (0.848, 0.6, 1.0), (0.849, 0.6, 3.0), (0.840, 0.8, 1.0)]
    assert module.choose(keys) == (10.0, 0.5)
    assert module.choose(keys, 0.002) == (3.0, 0.6)
    assert module.choose(keys, 0.02) == (1.0, 0.8)


def test_trainer_fixed_setting_replaces_the_inner_cv(benchmark_script):
    """`--setting L2,THRESHOLD`: every fold model and the shipped model take the given setting (the weights follow the
    rules, the setting stays), without scoring the inner CV."""
    module = benchmark_script("train_roles")
    module.SETTING = (1.0, 0.65)
    try:
        assert module.best_setting({}, {}, [], {}, [0, 1]) == (1.0, 0.65)
    finally:
        module.SETTING = None
