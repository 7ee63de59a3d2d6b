"""roles.v1 (the rules, without the learned scorer): a title's body named after a description of it ("director of a
United Kingdom-based company, Y", "an employee of U.S.-designated Russian gold producer Y") (invented texts, issue 13)."""
from __future__ import annotations

import pytest

from graphbuild.extract.context import context_of
from graphbuild.extract.roles import extract_roles

pytestmark = pytest.mark.slow


def rule_posts(nlp, text: str) -> set[tuple[str, str, str]]:
    doc = nlp.make_doc(text)
    doc.user_data["gb_meta"] = {}
    return {(r.subject.name, r.object.name, r.role) for r in extract_roles(nlp(doc)) if r.relation == "holds_role"}


def test_an_indefinite_description_and_a_comma_before_the_body(nlp):
    assert rule_posts(nlp, "Petr Halas owns and is the director of a United Kingdom-based company, Velmont Trading Ltd.") \
        == {("Petr Halas", "Velmont Trading Ltd.", "director")}


def test_a_nationality_inside_the_description(nlp):
    assert rule_posts(nlp, "Petr Halas, an employee of U.S.-designated Russian gold producer Public Joint Stock Company "
                           "Tavrin, moved the gold.") == {("Petr Halas", "Public Joint Stock Company Tavrin", "employee")}


def test_a_description_without_a_name_gives_no_body(nlp):
    assert rule_posts(nlp, "Petr Halas is the director of a United Kingdom-based company, and Velmont Trading Ltd. is "
                           "its client.") == set()


def test_a_bodys_leadership_includes_titled_names(nlp):
    """"Y's leadership includes chairman A and deputy chairman B": lower-case titles before the names, Y owns the group."""
    assert rule_posts(nlp, "Tavrin Bank's leadership includes chairman Petr Halas and deputy chairman Lena Varga.") == {
        ("Petr Halas", "Tavrin Bank", "chairman"), ("Lena Varga", "Tavrin Bank", "deputy chairman")}


def test_including_after_a_bodys_board(nlp):
    assert rule_posts(nlp, "OFAC is designating the board of Tavrin Bank, including director Petr Halas.") == {
        ("Petr Halas", "Tavrin Bank", "director")}


def test_a_group_of_no_body_names_no_body(nlp):
    assert rule_posts(nlp, "Tavrin Bank's clients include lawyer Petr Halas.") == set()


def test_its_board_consists_of_titled_names(nlp):
    """"Its management board consists of general director A, ...": the names after the listing verb whose subject is
    the body's collective noun hold their titles there ("its": the topic body of the sentence before) (R28)."""
    text = ("Tavrin Clearing JSC settles payments for sanctioned banks. Its management board consists of general "
            "director Petr Halas, first deputy general director Lena Varga, and chief accountant Oskar Brandt.")
    assert rule_posts(nlp, text) == {("Petr Halas", "Tavrin Clearing JSC", "general director"),
                                     ("Lena Varga", "Tavrin Clearing JSC", "first deputy general director"),
                                     ("Oskar Brandt", "Tavrin Clearing JSC", "chief accountant")}


def test_a_company_whose_officers_are_titled_names(nlp):
    """"Y is a company whose officers are president A, corporate secretary B, and treasurer C" (R28)."""
    text = ("Velmont Registry Inc. (VRI) is a Panama-registered company whose officers are president Petr Halas, "
            "corporate secretary Lena Varga, and treasurer Oskar Brandt.")
    assert rule_posts(nlp, text) == {("Petr Halas", "Velmont Registry Inc.", "president"),
                                     ("Lena Varga", "Velmont Registry Inc.", "corporate secretary"),
                                     ("Oskar Brandt", "Velmont Registry Inc.", "treasurer")}


def test_a_verb_between_the_board_and_the_name_names_no_post(nlp):
    """Only names the listing verb's phrase holds: "Its board met ..., and director A said" is no such list."""
    text = ("Tavrin Clearing JSC settles payments for sanctioned banks. Its board is small, and analyst Petr Halas "
            "said the bank would close.")
    assert ("Petr Halas", "Tavrin Clearing JSC", "analyst") not in rule_posts(nlp, text)


@pytest.mark.parametrize("text, expected", [
    pytest.param("Tomas Ivir is a director in the country's civilian intelligence agency, the Central Security Organisation "
                 "(CSO). Ivir used CSO officers to threaten reporters.",
                 {("Tomas Ivir", "Central Security Organisation", "director")}, id="the-country's-agency-the-Y"),
    pytest.param("Before 2020 Mara Lesko served as chief of staff at his holding company, Varnel Invest Group.",
                 {("Mara Lesko", "Varnel Invest Group", "chief of staff")}, id="his-holding-company-Y"),
    pytest.param("Inspector Guerline Varn of the country's national police force, the Ruritanian National Police (RNP), "
                 "is accused of passing details.", {("Guerline Varn", "Ruritanian National Police", "Inspector")},
                 id="title-name-of-the-description-the-Y"),
])
def test_a_body_named_by_a_description_first_then_by_its_name(nlp, text, expected):
    """R26 (issue 13): "a director in the country's ... agency, the Y (YZ)": the description ends in a body noun and
    the name apposed to it is the post's body."""
    assert rule_posts(nlp, text) == expected


def test_a_person_after_the_described_body_is_no_body(nlp):
    assert rule_posts(nlp, "Tomas Ivir is the head of the ministry's procurement department, Mara Lesko said.") == set()


def test_a_body_that_opens_a_rank_and_a_name_is_no_apposition(nlp):
    """", SAA Colonel X": the body after the comma modifies the next person's rank; the described office is not it."""
    assert rule_posts(nlp, "The Syrian Arab Army (SAA) runs the checkpoints. Nadim Kassar is a deputy in the security office, "
                           "SAA Colonel Rami Haddad said.") == {("Rami Haddad", "Syrian Arab Army", "Colonel")}


@pytest.mark.parametrize("text, expected", [
    pytest.param("Mara Lesko is chief of staff at her holding company, Varnel Invest Group, and at Orlin Shipping Company.",
                 {("Mara Lesko", "Varnel Invest Group", "chief of staff"),
                  ("Mara Lesko", "Orlin Shipping Company", "chief of staff")}, id="described-Y-and-at-Z"),
    pytest.param("Mara Lesko is the director of Varnel Invest Group, and of Orlin Shipping Company.",
                 {("Mara Lesko", "Varnel Invest Group", "director"), ("Mara Lesko", "Orlin Shipping Company", "director")},
                 id="Y-comma-and-of-Z"),
])
def test_a_second_body_after_the_repeated_preposition(nlp, text, expected):
    """"chief of staff at her holding company, Y, and at Z": the post is at each (review V3 finding 4)."""
    assert rule_posts(nlp, text) == expected


def test_a_clause_after_the_comma_and_names_no_second_body(nlp):
    assert rule_posts(nlp, "Mara Lesko is the director of Varnel Invest Group, and Orlin Shipping Company owns it.") == {
        ("Mara Lesko", "Varnel Invest Group", "director")}


@pytest.mark.parametrize("text, expected", [
    pytest.param("Oskar Trebic commands the Tarsk Border Detachment. The detachment's acting chief of staff, Lieutenant "
                 "Colonel Rasmus Hagen, opened a review.",
                 {("Oskar Trebic", "Tarsk Border Detachment", "commander"),
                  ("Rasmus Hagen", "Tarsk Border Detachment", "acting chief of staff")}, id="the-detachment's"),
    pytest.param("The Department designated four officials of the State Customs Committee of Tarsk. Colonel Rasmus Hagen, "
                 "the committee's head of enforcement, protected traders.",
                 {("Rasmus Hagen", "State Customs Committee of Tarsk", "head")}, id="the-committee's-before-of"),
    pytest.param("The Velmar Education Fund sends money abroad. Rasmus Hagen, who runs the fund, signed the transfers.",
                 {("Rasmus Hagen", "Velmar Education Fund", "head")}, id="runs-the-fund"),
])
def test_the_head_noun_of_a_body_named_before(nlp, text, expected):
    """"the detachment's chief of staff" after "Tarsk Border Detachment": a lower-case noun that heads the name of a
    body named before refers back to it, as the unit nouns do (R27)."""
    assert rule_posts(nlp, text) == expected


def test_the_head_nouns_are_built_once_per_document(nlp):
    """`refers_back` asks for the head nouns at every lower-case noun: the set is built once per document (C4), and
    holds the head of each body named with one ("detachment", "committee" before its "of")."""
    doc = nlp.make_doc("Oskar Trebic commands the Tarsk Border Detachment and the State Customs Committee of Tarsk.")
    doc.user_data["gb_meta"] = {}
    resolver = context_of(nlp(doc)).resolver
    heads = resolver.body_heads()
    assert {"detachment", "committee"} <= heads and resolver.body_heads() is heads


def test_a_described_body_gives_no_head_noun(nlp):
    """"Narodna Sloga, a Tarskan party": the model's "Tarskan party" after "a" is a description, not a body named;
    "the party's treasurer" refers back to the body it describes (R31: nlp/described_heads), never to "Tarskan party"."""
    assert rule_posts(nlp, "Renata Oblak leads Narodna Sloga, a Tarskan party that the government banned. The party's "
                           "treasurer, Rasmus Hagen, was designated.") == {("Renata Oblak", "Narodna Sloga", "leader"),
                                                                           ("Rasmus Hagen", "Narodna Sloga", "treasurer")}


def test_a_place_noun_or_a_noun_before_of_refers_to_no_body(nlp):
    """"deputy for the state of Y" after "Korlan State": a territory's noun, and a noun that opens an "of" phrase, name
    no body of the text."""
    assert rule_posts(nlp, "Julio Garcia is the commander of Korlan State. Previously, he served as deputy for the state "
                           "of Tesh.") == {("Julio Garcia", "Korlan State", "commander")}
