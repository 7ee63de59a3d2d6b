"""Links the rules know are no post veto the learned role scorer's candidates too (roles_doc_filters.no_post_link
and the widened 'acts on another person' kind of hopeless_reason). Each text is scored with a model that accepts
every candidate, so a pair appears unless a filter stops it. Invented texts and names throughout."""
from __future__ import annotations

import pytest

from graphbuild.extract.context import context_of
from graphbuild.extract.roles import extract_roles
from graphbuild.extract.roles_doc import doc_candidates
from graphbuild.extract.roles_learned import RoleModel, learned_pairs

pytestmark = pytest.mark.slow

ACCEPT_ALL = RoleModel({"bias": 5.0}, 0.5)


def _parse(nlp, text: str):
    doc = nlp.make_doc(text)
    doc.user_data["gb_meta"] = {}
    return nlp(doc)


def _added(nlp, text: str) -> list[tuple[str, str, str]]:
    doc = _parse(nlp, text)
    return sorted((r.subject.name, r.object.name, r.role) for r in learned_pairs(doc, list(extract_roles(doc)), ACCEPT_ALL))


def _candidates(nlp, text: str) -> tuple[list[tuple[str, str, str]], list[str]]:
    """Candidates without any rule relation (so the rules' own pairs stay visible) and the trace's reasons."""
    doc = _parse(nlp, text)
    trace: list[tuple[int, int, str]] = []
    found = [(c.subject.name, c.obj.name, c.role) for c in doc_candidates(context_of(doc), [], trace)]
    return found, [why for _, _, why in trace]


@pytest.mark.parametrize("text", [
    "Brannoc Vell teamed up with the Skarda Brotherhood to move the cash.",
    "Lusine Harte collaborated with Tarsk Engineering Group on the pipeline.",
])
def test_a_partner_tie_by_with_is_no_post(nlp, text):
    """"X teamed up / collaborated with Y": a partner of Y (roles_employment reads no post there either)."""
    assert _added(nlp, text) == []
    assert _candidates(nlp, text) == ([], ["partner"])


def test_a_body_that_worked_with_the_person_is_a_partner_too(nlp):
    """"Y has worked closely with the broker X": the same tie seen from the body's side."""
    text = "Orvik Shipping LLC has worked closely with the arms broker Lusine Harte since 2018."
    assert _added(nlp, text) == []
    assert _candidates(nlp, text) == ([], ["partner"])


def test_served_with_a_body_keeps_its_candidate(nlp):
    assert _candidates(nlp, "Brannoc Vell served with the Skarda Brotherhood until 2020.") == (
        [("Brannoc Vell", "Skarda Brotherhood", "member")], ["scored"])


@pytest.mark.parametrize("text", [
    "Brannoc Vell has worked on behalf of the Skarda Brotherhood.",
    "Lusine Harte acted for or on behalf of Tarsk Engineering Group.",
])
def test_acting_on_a_bodys_behalf_is_no_post(nlp, text):
    """"X has worked on behalf of Y": an agent of Y, no member (L3: a refit scored the first at p 0.69)."""
    assert _added(nlp, text) == []
    assert _candidates(nlp, text) == ([], ["behalf"])


def test_a_post_beside_an_errand_on_a_bodys_behalf_keeps_its_candidate(nlp):
    """Only the body whose behalf is named is set aside: "X, a member of Y, bought arms on behalf of Z" keeps Y."""
    found, _ = _candidates(nlp, "Brannoc Vell, a senior member of the Skarda Brotherhood, bought rifles on behalf "
                                "of Tarsk Engineering Group.")
    assert [(s, o) for s, o, _ in found] == [("Brannoc Vell", "Skarda Brotherhood")]


def test_a_body_named_only_by_the_post_of_those_the_person_acted_on_is_no_post(nlp):
    """"X thanked the directors of Y": the directors are other people."""
    text = "Envoy Ilse Varo thanked the directors of Kelden Trading Company for their help."
    assert _added(nlp, text) == []
    assert _candidates(nlp, text) == ([], ["others_post"])


def test_names_listed_after_a_post_someone_else_acted_on_keep_their_candidates(nlp):
    """"The Treasury designated three leaders of Y: A, B and C": the names are the leaders (the verb's subject is
    the Treasury, not them), so their candidates stay."""
    found, _ = _candidates(nlp, "The Treasury designated three leaders of the Skarda Brotherhood: Ismo Rautio, "
                                "Lusine Harte and Brannoc Vell.")
    assert ("Lusine Harte", "Skarda Brotherhood", "member") in found


@pytest.mark.parametrize("text", [
    "Ivo Rask, a nephew of Tarsk Holding founder Emil Lisk, moved the money.",
    "Ilse Varo, a longtime associate of the Skarda Brotherhood, fled to Varna.",
])
def test_whose_relative_or_associate_the_person_is_is_no_employer(nlp, text):
    """"X, a nephew of the founder of Y" / "X, an associate of Y": kinship and association are no post (GUIDELINES),
    also when the model takes a relative's name for a body."""
    assert [p for p in _added(nlp, text) if p[0] in {"Ivo Rask", "Ilse Varo"}] == []
    assert "kin" in _candidates(nlp, text)[1]


def test_a_respectively_sentence_is_left_to_the_rules(nlp):
    """Three names, two posts: the rules pair nobody, and the scorer may not guess either."""
    text = "Mirela Dost, Kalle Fenn and Juno Staal are the founder and the treasurer, respectively, of Orrin Salt Works."
    assert _added(nlp, text) == []
    assert _candidates(nlp, text) == ([], ["respectively"] * 3)


def test_a_title_before_a_relative_clause_about_the_person_is_someone_elses(nlp):
    """"The chief engineer of Y, which X controls, resigned": the engineer is not X."""
    text = "The chief engineer of Tarsk Metals LLC, which Brannoc Vell controls, resigned in May."
    assert _added(nlp, text) == []
    assert _candidates(nlp, text) == ([], ["clause"])


def test_he_or_she_in_the_relative_clause_takes_up_the_titles_holder(nlp):
    """"X is a field commander in Y, where she runs the depot": the title before the clause stays X's."""
    assert _candidates(nlp, "Lusine Harte is a field commander in the Drava Brigade, where she runs the supply depot.") == (
        [("Lusine Harte", "Drava Brigade", "field commander")], ["scored"])


def test_who_joins_another_person_at_a_body_holds_no_post_there(nlp):
    """"Adviser X joined Minister Z at Y": Y is where they met; X's title names no body, so X is not paired with Y."""
    found, _ = _candidates(nlp, "Deputy Adviser Joran Vekk joined Minister Sela Horn at the Kestrel Trade Council to "
                                "present the plan.")
    assert [c for c in found if c[0] == "Joran Vekk"] == []




@pytest.mark.parametrize("text", [
    "Dalia Vorcek, 47, directed Brannoc Savings Bank to freeze the accounts of her rivals.",
    "Oskar Telling, 58, directed the Marisca Freight Company to sell its tankers.",
    "Ysolde Marrant, a cousin of Edo Brannick, commanded the Tarsk Border Guard to close the crossing.",
    "OFAC today designated Ysolde Marrant. Ysolde Marrant, 47, directed Quillby Savings Bank "
    "to freeze the accounts of her rivals.",
])
def test_an_order_given_to_a_body_is_no_post(accept_all_roles, text):
    """"X directed / commanded Y to <verb>": an order to Y, no post, for the rules and the scorer alike (one check,
    `roles_prose._instructs`, also where the parser reads "Y to <verb>" as a clause "directed" modifies; V4 finding 4)."""
    assert accept_all_roles(text) == ([], [])


def test_a_directed_body_without_an_order_keeps_its_post(accept_all_roles):
    assert accept_all_roles("Dalia Vorcek, 47, directed Brannoc Savings Bank until 2019.") == (
        [("Dalia Vorcek", "Brannoc Savings Bank", "director")], [])
