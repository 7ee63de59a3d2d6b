"""designations_learned.v1 (opt-in): the rules' designees plus the entities a linear scorer accepts.

The tests use small hand-written models, so that they check the mechanism (candidates, cues, threshold, authority)
and not one fit of the shipped weights.
"""
from __future__ import annotations

import json

import pytest

from graphbuild.errors import ModelError
from graphbuild.extract.designations import extract_designations
from graphbuild.extract.designations_doc import doc_candidates
from graphbuild.extract.context import context_of
from graphbuild.extract.designations_learned import learned_designations, load_model, read_model
from markdown_release import parse_markdown


def parsed_markdown(nlp, text: str):
    """The doc a build parses from a markdown text: plain text, with the bold and heading ranges in its metadata."""
    return parse_markdown(nlp, text)

pytestmark = pytest.mark.slow

TEXT = ("Treasury Sanctions Fuel Network\n\nToday, the Department of the Treasury's Office of Foreign Assets Control "
        "(OFAC) designated Halden Mora FZE. Kestrel Varn Ltd, a firm that ships the fuel, faces sanctions today as well. "
        "The Department of State is also sanctioning today Norvik Tanker Co, which carried the cargo. Anton Sedov, a "
        "trader in Dubai, bought the fuel in 2019.")


def parse(nlp, text: str):
    doc = nlp.make_doc(text)
    doc.user_data["gb_meta"] = {}
    return nlp(doc)


def model(tmp_path, weights: dict[str, float], threshold: float):
    path = tmp_path / "model.json"
    path.write_text(json.dumps({"threshold": threshold, "weights": weights}), encoding="utf-8")
    return read_model(path)


def test_entities_in_a_sentence_of_today_s_sanctions_are_added_with_the_authority_that_sentence_names(nlp, tmp_path):
    doc = parse(nlp, TEXT)
    rules = list(extract_designations(doc))
    assert [(r.subject.name, r.object.name) for r in rules] == [("Halden Mora FZE", "Office of Foreign Assets Control")]
    added = list(learned_designations(doc, rules, model(tmp_path, {"s:desig_today": 5.0}, 0.9)))
    assert [(r.subject.name, r.object.name, r.confidence, r.evidence[0].extractor) for r in added] == [
        ("Kestrel Varn Ltd", "Office of Foreign Assets Control", 0.993, "designations_learned.v1"),
        ("Norvik Tanker Co", "U.S. Department of State", 0.993, "designations_learned.v1")]


def test_a_candidate_under_the_threshold_is_not_added_and_the_rules_designees_are_no_candidates(nlp, tmp_path):
    doc = parse(nlp, TEXT)
    rules = list(extract_designations(doc))
    names = {c.cluster.name for c in doc_candidates(context_of(doc), rules)}
    assert names == {"Kestrel Varn Ltd", "Norvik Tanker Co", "Anton Sedov"}
    assert list(learned_designations(doc, rules, model(tmp_path, {"s:desig_today": 1.0}, 0.9))) == []


def test_cues_say_where_the_name_stands(nlp):
    doc = parse(nlp, TEXT)
    by_name = {c.cluster.name: set(c.features) for c in doc_candidates(context_of(doc), list(extract_designations(doc)))}
    assert {"t:Company", "s:desig", "s:desig_today", "n:1"} <= by_name["Kestrel Varn Ltd"]
    assert "s:desig" not in by_name["Anton Sedov"] and "t:Person" in by_name["Anton Sedov"]


def test_a_missing_model_file_is_a_model_error_naming_it(tmp_path):
    with pytest.raises(ModelError, match="nothing.json"):
        load_model(tmp_path / "nothing.json")


def test_a_malformed_model_file_is_a_model_error_saying_it_is_the_designation_model(tmp_path):
    path = tmp_path / "broken.json"
    path.write_text("{not json", encoding="utf-8")
    with pytest.raises(ModelError, match="broken.json: cannot read the designation model"):
        load_model(path)


BOLD = """Treasury Sanctions Fuel Network

Today, the Department of the Treasury's Office of Foreign Assets Control (OFAC) is designating two companies that ship fuel for the militia.

**Halden Mora FZE** is a fuel trader in Sharjah. **Kestrel Varn Ltd** charters the tankers.
"""


def test_a_rejecting_model_drops_a_rule_designee_it_scores_under_its_low_threshold(nlp):
    """A model with `reject_below` weighs the rules' designees too, with what the rule said as features: one that
    scores the rules' designees under `reject_below` drops them; with a lower `reject_below` they stay. The designees
    here are bold names under a statement designating a group (rule confidence 0.6): a designee a designation verb
    names is never dropped (test_designations_vetoes.py)."""
    from graphbuild.extract.designations_learned import scored_designations
    from graphbuild.extract.linear_model import LinearModel

    doc = parsed_markdown(nlp, BOLD)
    rules = list(extract_designations(doc))
    assert [(r.subject.name, r.confidence) for r in rules if r.relation == "designated_by"] == [
        ("Halden Mora FZE", 0.6), ("Kestrel Varn Ltd", 0.6)]
    distrust = LinearModel({"r:rule": -3.0}, threshold=0.99, reject_below=0.1)  # p(rule designee) = 0.047
    assert [r.subject.name for r in scored_designations(doc, rules, distrust) if r.relation == "designated_by"] == []
    lenient = LinearModel({"r:rule": -3.0}, threshold=0.99, reject_below=0.04)
    assert [r.subject.name for r in scored_designations(doc, rules, lenient) if r.relation == "designated_by"] == [
        "Halden Mora FZE", "Kestrel Varn Ltd"]


def test_a_rejecting_model_adds_other_entities_from_its_threshold(nlp):
    from graphbuild.extract.designations_learned import scored_designations
    from graphbuild.extract.linear_model import LinearModel

    doc = parse(nlp, TEXT)
    rules = list(extract_designations(doc))
    both = LinearModel({"s:desig_today": 5.0, "r:rule": 1.0}, threshold=0.9, reject_below=0.5)
    assert [(r.subject.name, r.object.name, r.evidence[0].extractor) for r in scored_designations(doc, rules, both)] == [
        ("Halden Mora FZE", "Office of Foreign Assets Control", "designations.v1"),
        ("Kestrel Varn Ltd", "Office of Foreign Assets Control", "designations_learned.v1"),
        ("Norvik Tanker Co", "U.S. Department of State", "designations_learned.v1")]


def test_the_rules_cues_name_the_kind_of_rule_and_only_exist_for_rule_designees(nlp):
    from graphbuild.extract.designations_learned import rule_cues

    doc = parse(nlp, TEXT)
    rules = [r for r in extract_designations(doc) if r.relation == "designated_by"]
    assert rule_cues("Company", []) == []
    cues = rule_cues("Company", rules)
    assert {"r:rule", "t:Company&r:rule", "r:authorities=1", f"r:conf={round(rules[0].confidence, 2)}"} <= set(cues)


def test_reject_below_is_read_from_the_model_file_and_checked(tmp_path):
    path = tmp_path / "model.json"
    path.write_text(json.dumps({"threshold": 0.8, "reject_below": 0.2, "weights": {"r:rule": 1.0}}), encoding="utf-8")
    assert read_model(path).reject_below == 0.2
    path.write_text(json.dumps({"threshold": 0.8, "weights": {}}), encoding="utf-8")
    assert read_model(path).reject_below is None
    path.write_text(json.dumps({"threshold": 0.8, "reject_below": "low", "weights": {}}), encoding="utf-8")
    with pytest.raises(ModelError, match="model.json: 'reject_below' must be a number or null"):
        read_model(path)


FLAGGED = """Treasury Sanctions Fuel Network

Today, OFAC designated Halden Mora FZE, a fuel trader in Sharjah.

OFAC is also identifying the Comoros-flagged tanker **MERIDIAN DAWN** as property in which Halden Mora FZE has an interest.
"""


def test_a_junk_rule_designee_is_not_protected_from_the_scorer(nlp, monkeypatch):
    """A rule designee a designation verb names (confidence 0.85) is protected from a model that scores every rule
    designee under `reject_below`, unless `junk_designee` calls it junk: then it is dropped and the others the verb
    names are kept. Which names are junk is junk_designee's own business (tested below), so the test declares one
    junk: its premise is the protection rule, not what the rules happen to misread (it used to be the flag state of
    "the Comoros-flagged tanker", which the rules no longer read as a designee since the Comoros is a known state)."""
    from graphbuild.extract import designations_learned
    from graphbuild.extract.designations_learned import scored_designations
    from graphbuild.extract.linear_model import LinearModel

    doc = parsed_markdown(nlp, FLAGGED)
    rules = list(extract_designations(doc))
    assert [(r.subject.name, r.confidence) for r in rules if r.relation == "designated_by"] == [
        ("Halden Mora FZE", 0.85), ("MERIDIAN DAWN", 0.85)]
    distrust = LinearModel({"r:rule": -3.0}, threshold=0.99, reject_below=0.1)
    designees = lambda: [r.subject.name for r in scored_designations(doc, rules, distrust) if r.relation == "designated_by"]
    assert designees() == ["Halden Mora FZE", "MERIDIAN DAWN"]
    monkeypatch.setattr(designations_learned, "junk_designee", lambda name, *args, **kwargs: name == "MERIDIAN DAWN")
    assert designees() == ["Halden Mora FZE"]


@pytest.mark.parametrize(("name", "kind", "labels", "features", "junk"), [
    ("Sierra Leone", "Person", {"PERSON"}, [], True),  # a country, whatever the model called it
    ("Ugandan", "Organization", {"ORG"}, [], True),  # a demonym
    ("Port Velmar", "Organization", {"GPE"}, [], True),  # the model only ever read it as a place
    ("Port Velmar", "Person", {"GPE"}, [], False),  # ... but a rule made it a person
    ("the boatyard", "Organization", {"ORG"}, [], True),  # no capitalised word
    ("Shipyard", "Organization", {"ORG"}, ["name:common_words"], True),  # one word the release writes in lower case
    ("Shipyard 12", "Organization", {"ORG"}, ["name:common_words"], False),
    ("Halden Mora FZE", "Company", {"ORG"}, ["name:common_words"], False),
])
def test_junk_designees_are_places_peoples_and_lower_case_words(name, kind, labels, features, junk):
    from graphbuild.extract.designations_learned import junk_designee
    from graphbuild.nlp.gazetteers import load_gazetteers

    assert junk_designee(name, kind, labels, features, load_gazetteers()) is junk
