"""What the designation rules know against a name stops the learned scorer from adding it (designations_vetoes.py).

Each test gives a small hand-written model that would add every person or company of the release, so that the
veto, not one fit of the shipped weights, decides; and checks the same text without the veto adds the name (the test
can fail). Texts and names invented for these tests.
"""
from __future__ import annotations

import pytest

from graphbuild.extract import designations_learned
from graphbuild.extract.context import context_of
from graphbuild.extract.designations import extract_designations
from graphbuild.extract.designations_doc import doc_candidates
from graphbuild.extract.designations_learned import scored_designations
from graphbuild.extract.linear_model import LinearModel
from markdown_release import parse_markdown

pytestmark = pytest.mark.slow

OFAC = "Office of Foreign Assets Control"
EVERYONE = LinearModel({"t:Person": 6.0, "t:Company": 6.0, "r:rule": 6.0}, threshold=0.9, reject_below=0.5)


def parse(nlp, text: str):
    return parse_markdown(nlp, text)


def designees(nlp, text: str) -> set[tuple[str, str]]:
    doc = parse(nlp, text)
    rules = list(extract_designations(doc))
    return {(r.subject.name, r.object.name) for r in scored_designations(doc, rules, EVERYONE) if r.relation == "designated_by"}


def vetoes_of(nlp, text: str) -> dict[str, list[str]]:
    doc = parse(nlp, text)
    return {c.cluster.name: c.vetoes for c in doc_candidates(context_of(doc), list(extract_designations(doc)))}


NOT_TODAY = """Treasury Sanctions Grain Smuggling Firm

Today, the Department of the Treasury's Office of Foreign Assets Control (OFAC) designated Corlan Grain Export Ltd for shipping stolen wheat.

Corlan Grain Export Ltd is run by Ivo Marsden Talbek. Ivo Marsden Talbek is not being designated today.
"""

IN_THE_REASON = """Treasury Sanctions Drone Supplier

Today, OFAC designated Brenmoor Avionics FZE for being owned or controlled by Talvik Holding Group Ltd, pursuant to E.O. 13846.
"""

PROSE_AFTER_LIST = """Treasury Designates Cobalt Smuggling Ring

Today, the Department of the Treasury's Office of Foreign Assets Control (OFAC) took action against two men who smuggle cobalt ore across the border.

The following individuals are being designated:

Anselm Rovic Dunmore, a trucking contractor who hides the ore under timber.

Oswin Pelgrave Tamsett, a geologist, grades the ore for the buyers. He lives in the capital.
"""


def test_a_name_in_a_sentence_that_says_it_is_not_designated_is_not_added(nlp, monkeypatch):
    assert designees(nlp, NOT_TODAY) == {("Corlan Grain Export Ltd", OFAC)}
    assert "v:negated" in vetoes_of(nlp, NOT_TODAY)["Ivo Marsden Talbek"]
    monkeypatch.setattr(designations_learned, "ACTIVE_VETOES", ())
    monkeypatch.setattr(designations_learned, "outright_denials", lambda ctx: {})  # the scorer's second guard (SB)
    assert designees(nlp, NOT_TODAY) == {("Corlan Grain Export Ltd", OFAC), ("Ivo Marsden Talbek", OFAC)}


COULD_FACE = """Treasury Sanctions Fuel Smugglers

Today, the Department of the Treasury's Office of Foreign Assets Control (OFAC) designated Corlan Grain Export Ltd for shipping stolen fuel.

Brightmoor Tankers Ltd could face further sanctions if it continues to ship the fuel.
"""


def test_a_name_that_could_face_sanctions_is_not_added(nlp, monkeypatch):
    """P6: "could face further sanctions" states no action taken; the noun's verb is read as a designation verb is."""
    assert designees(nlp, COULD_FACE) == {("Corlan Grain Export Ltd", OFAC)}
    assert "v:negated" in vetoes_of(nlp, COULD_FACE)["Brightmoor Tankers Ltd"]
    monkeypatch.setattr(designations_learned, "ACTIVE_VETOES", ())
    assert designees(nlp, COULD_FACE) == {("Corlan Grain Export Ltd", OFAC), ("Brightmoor Tankers Ltd", OFAC)}


def test_a_name_in_the_reason_of_a_designation_the_rules_read_is_not_added(nlp, monkeypatch):
    assert designees(nlp, IN_THE_REASON) == {("Brenmoor Avionics FZE", OFAC)}
    assert vetoes_of(nlp, IN_THE_REASON)["Talvik Holding Group Ltd"] == ["v:read"]
    monkeypatch.setattr(designations_learned, "ACTIVE_VETOES", ())
    assert designees(nlp, IN_THE_REASON) == {("Brenmoor Avionics FZE", OFAC), ("Talvik Holding Group Ltd", OFAC)}


def test_a_paragraph_of_prose_after_a_list_is_not_added(nlp, monkeypatch):
    """"X, a geologist, grades the ore" has a verb of its own: prose that ends the list, not its item; no designation
    word, list mark, bold or line of its own puts the name where designees stand."""
    assert designees(nlp, PROSE_AFTER_LIST) == {("Anselm Rovic Dunmore", OFAC)}
    assert vetoes_of(nlp, PROSE_AFTER_LIST)["Oswin Pelgrave Tamsett"] == ["v:prose"]
    monkeypatch.setattr(designations_learned, "ACTIVE_VETOES", ())
    assert designees(nlp, PROSE_AFTER_LIST) == {("Anselm Rovic Dunmore", OFAC), ("Oswin Pelgrave Tamsett", OFAC)}


def test_a_rule_designee_named_by_a_designation_verb_is_never_rejected(nlp, monkeypatch):
    """The model distrusts every rule designee; the one a designation verb names (rule confidence 0.85) stays."""
    doc = parse(nlp, IN_THE_REASON)
    rules = list(extract_designations(doc))
    distrust = LinearModel({"r:rule": -6.0}, threshold=0.99, reject_below=0.5)
    kept = [r.subject.name for r in scored_designations(doc, rules, distrust) if r.relation == "designated_by"]
    assert kept == ["Brenmoor Avionics FZE"]
    monkeypatch.setattr(designations_learned, "PROTECT_FROM", 1.01)
    assert [r.subject.name for r in scored_designations(doc, rules, distrust) if r.relation == "designated_by"] == []


def test_a_designation_by_the_un_that_the_text_states_is_never_rejected(nlp, monkeypatch):
    """"the UN-designated X": the rules read another body's designation (confidence 0.7); the scorer, which weighs
    today's action of the release's own body, does not drop it."""
    doc = parse(nlp, "Treasury Sanctions Missile Brokers\n\nThe UN-designated Korvanian Rocket Industries bought fuel "
                     "pumps from a broker in Minsk.\n")
    rules = list(extract_designations(doc))
    distrust = LinearModel({"r:rule": -6.0}, threshold=0.99, reject_below=0.5)
    expected = [("Korvanian Rocket Industries", "United Nations Security Council")]
    assert [(r.subject.name, r.object.name) for r in rules if r.relation == "designated_by"] == expected
    assert [(r.subject.name, r.object.name) for r in scored_designations(doc, rules, distrust) if r.relation == "designated_by"] == expected
    monkeypatch.setattr(designations_learned, "kept_by_rules", lambda *args, **kw: False)
    assert [r.subject.name for r in scored_designations(doc, rules, distrust) if r.relation == "designated_by"] == []


COUNTED_THEN_PARAGRAPHS = """Treasury Designates Cobalt Smuggling Ring

Today, the Department of the Treasury's Office of Foreign Assets Control (OFAC) is designating the leaders of a ring that smuggles cobalt ore across the border.

Oswin Pelgrave Tamsett grades the ore for the buyers and keeps the ring's accounts.

Anselm Rovic Dunmore hires the trucks and pays the border guards.
"""


def test_paragraphs_that_open_with_a_name_under_a_counted_group_are_no_prose_veto(nlp):
    """The release designates "the leaders" and then describes one per paragraph: no rule names them, and the prose
    veto leaves them to the scorer (here one that adds every person). With a count ("two leaders") the rules read
    them since D13 (extract/described_targets.py), so the text gives none: the veto is what this test is about."""
    assert vetoes_of(nlp, COUNTED_THEN_PARAGRAPHS) == {"Oswin Pelgrave Tamsett": [], "Anselm Rovic Dunmore": []}
    assert designees(nlp, COUNTED_THEN_PARAGRAPHS) == {("Oswin Pelgrave Tamsett", OFAC), ("Anselm Rovic Dunmore", OFAC)}


EARLIER_INTRO = """Treasury Sanctions Timber Exporter

Today, OFAC designated Varnholt Timber Export Ltd for shipping logs cut in a national park.

Two relatives of the owner were already designated by OFAC in 2021:
Lucan Brevik Ostara, the exporter's founder.
"""


def test_the_items_of_a_list_of_earlier_designations_are_not_added(nlp, monkeypatch):
    """The intro states an action of 2021 ("already designated"), so the rules read no list of today's designees
    under it; its item stays out."""
    assert designees(nlp, EARLIER_INTRO) == {("Varnholt Timber Export Ltd", OFAC)}
    assert vetoes_of(nlp, EARLIER_INTRO)["Lucan Brevik Ostara"] == ["v:earlier"]
    monkeypatch.setattr(designations_learned, "ACTIVE_VETOES", ("v:negated", "v:read", "v:prose"))
    assert designees(nlp, EARLIER_INTRO) == {("Varnholt Timber Export Ltd", OFAC), ("Lucan Brevik Ostara", OFAC)}


def test_the_learned_designations_are_the_default_and_the_rules_alone_stay_selectable(monkeypatch):
    from graphbuild.extract import DEFAULT_EXTRACTORS, RULES_EXTRACTORS, active_extractors

    monkeypatch.delenv("GRAPHBUILD_EXTRACTORS", raising=False)
    assert active_extractors() == DEFAULT_EXTRACTORS == ("roles_learned.v1", "designations_learned.v1", "partof.v1", "delistings.v1")
    monkeypatch.setenv("GRAPHBUILD_EXTRACTORS", ",".join(RULES_EXTRACTORS))
    assert active_extractors() == ("roles.v1", "designations.v1", "partof.v1", "delistings.v1")


NAMED_THEN_PARAGRAPHS = """Treasury Designates Cobalt Smuggling Ring

Today, the Department of the Treasury's Office of Foreign Assets Control (OFAC) designated Harrow Ridge Minerals for smuggling cobalt ore across the border.

Oswin Pelgrave Tamsett, the wife of Harrow Ridge Minerals' founder, keeps its accounts at a river bank.

Anselm Rovic Dunmore hires the trucks and pays the border guards.
"""


def test_paragraphs_that_open_with_a_name_under_named_designees_only_are_prose(nlp):
    """Review mend (M4, V4's "the wife of X's owner oversees its accounts"): with no statement designating a group, a
    paragraph that opens with a name and has no designation word describes a relative or partner: the prose veto
    stands (the exemption of `COUNTED_THEN_PARAGRAPHS` needs the group statement)."""
    found = vetoes_of(nlp, NAMED_THEN_PARAGRAPHS)
    assert found["Oswin Pelgrave Tamsett"] == ["v:prose"] and found["Anselm Rovic Dunmore"] == ["v:prose"]
    assert designees(nlp, NAMED_THEN_PARAGRAPHS) == {("Harrow Ridge Minerals", OFAC)}
