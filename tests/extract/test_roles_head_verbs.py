"""roles.v1: "X chairs Y", "X heads the finance department of Y": the subject of a head verb holds the post even
where the model tagged the short sentence's name as an organization (invented texts, issue 13, probe class "heads")."""
from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow

HR = "holds_role"


@pytest.mark.parametrize("text, body, role", [
    ("Petr Halas chairs Velmont Group.", "Velmont Group", "chairman"),
    ("Nadia Ferro heads the finance department of Kestrel Shipping Co.", "Kestrel Shipping Co.", "head"),
    ("Nadia Ferro runs the procurement office of Kestrel Shipping Co.", "Kestrel Shipping Co.", "head"),
    ("Nadia Ferro leads Kestrel Shipping Co.'s logistics division.", "Kestrel Shipping Co.", "leader"),
], ids=["chairs-body", "heads-unit", "runs-unit", "leads-possessed-unit"])
def test_the_subject_of_a_head_verb_holds_the_post(extract, facts, text, body, role):
    name = text.split(" ")[0] + " " + text.split(" ")[1]
    facts(extract(text), {(HR, name, body, role)}, kinds=(HR,))


def test_chairing_the_board_is_chairing_the_body(extract, facts):
    relations = extract("Also designated today is Petr Halas, who chairs the board of Velmont Group.")
    facts(relations, {(HR, "Petr Halas", "Velmont Group", "chairman")}, kinds=(HR,))


def test_a_body_that_runs_a_body_holds_no_post(extract, facts):
    """A company word in the subject keeps it a body: a firm that runs a firm holds no post."""
    facts(extract("Velmont Trading runs Kestrel Shipping Co."), set(), kinds=(HR,))


def test_the_agent_of_a_passive_head_verb_is_a_person(extract, facts):
    """"Y is led by X": the model tags this name as an organization here; the agent of "led by" heads Y."""
    facts(extract("Tavrin Bank is led by Maren Holt."), {(HR, "Maren Holt", "Tavrin Bank", "leader")}, kinds=(HR,))


def test_a_firm_after_led_by_stays_a_firm(extract, facts):
    facts(extract("The consortium is led by Velmont Trading LLC."), set(), kinds=(HR,))


@pytest.mark.parametrize("text, role", [
    ("Nadia Ferro has been the director of Tavrin Bank since 2019.", "director"),
    ("Nadia Ferro had previously served as the director of Tavrin Bank.", "director"),
], ids=["has-been", "had-previously-served-as"])
def test_a_post_after_auxiliaries_types_the_name(extract, facts, text, role):
    """The person-only post slot ("X is the director of Y") also after "has been" / "had previously served as"."""
    facts(extract(text), {(HR, "Nadia Ferro", "Tavrin Bank", role)}, kinds=(HR,))


@pytest.mark.parametrize("text, expected", [
    pytest.param("Orla Venn, a nephew of Deputy Minister Caro Lind, manages Marisca Freight Company.",
                 [("Orla Venn", "Marisca Freight Company", "manager")], id="kin-appositive"),
    pytest.param("Orla Venn, 52, runs Marisca Freight Company.",
                 [("Orla Venn", "Marisca Freight Company", "head")], id="age"),
    pytest.param("Orla Venn, 52, previously ran Marisca Freight Company.",
                 [("Orla Venn", "Marisca Freight Company", "head")], id="age-former"),
    pytest.param("Orla Venn, who was born in 1968, chairs Marisca Freight Company.",
                 [("Orla Venn", "Marisca Freight Company", "chairman")], id="relative-clause"),
    pytest.param("Orla Venn (who was born in the northern port town of Selvik in 1968) heads Marisca Freight Company.",
                 [("Orla Venn", "Marisca Freight Company", "head")], id="long-parenthesis"),
    pytest.param("Orla Venn, 47, a shipping broker, owns and manages Marisca Freight Company.",
                 [("Orla Venn", "Marisca Freight Company", "manager")], id="two-appositives-two-verbs"),
])
def test_a_head_verb_after_an_aside_on_the_name(accept_all_roles, text, expected):
    """"X, a nephew of Y, manages Z", "X, 52, runs Z", "X (who was born ...) heads Z": the rules read the verb after
    the name's appositive, parenthesis or relative clause as X's post; Y, named inside the aside, gets none."""
    rules, _ = accept_all_roles(text)
    assert rules == expected


@pytest.mark.parametrize("text", [
    pytest.param("The son of Orla Venn, 52, runs Marisca Freight Company.", id="possessor-of-the-subject"),
    pytest.param("Orla Venn, Caro Lind and Piet Aske, 61, met Marisca Freight Company's lawyers.", id="no-head-verb"),
    pytest.param("Orla Venn directed Marisca Freight Company to sell its tankers.", id="an-order"),
    pytest.param("Orla Venn, 52, directed Marisca Freight Company to sell its tankers.", id="an-order-after-an-aside"),
    pytest.param("Orla Venn owns Marisca Freight Company.", id="owns"),
    pytest.param("Orla Venn, a cousin of Caro Lind, owns Marisca Freight Company.", id="owns-after-an-aside"),
])
def test_no_head_verb_post_for_a_name_that_is_not_the_subject(accept_all_roles, text):
    """The name is not the verb's subject (a possessor's relative runs Z), the verb names no post (GUIDELINES: a person
    who owns a company holds no post there unless a title says so), or it gives the body an order ("directed Z to
    sell")."""
    rules, _ = accept_all_roles(text)
    assert rules == []


def test_the_former_tense_after_an_aside(extract):
    """"X, 52, previously ran Z": the post is a former one, as without the aside."""
    posts = [r for r in extract("Orla Venn, 52, previously ran Marisca Freight Company.") if r["relation"] == HR]
    assert [(r["subject"]["name"], r["current"]) for r in posts] == [("Orla Venn", False)]


def test_the_body_of_the_aside_is_not_the_company_the_verb_names(accept_all_roles):
    """"X, a former official of Y, founded the company": "the company" is not Y, which the aside names."""
    rules, _ = accept_all_roles("Tavel Orsk, a former official of the Velmont Group, founded the company in 2019.")
    assert rules == [("Tavel Orsk", "Velmont Group", "official")]


def _rule_posts(nlp, text: str) -> set[tuple[str, str, str]]:
    from graphbuild.extract.roles import extract_roles

    doc = nlp.make_doc(text)
    doc.user_data["gb_meta"] = {}
    return {(r.subject.name, r.object.name, r.role) for r in extract_roles(nlp(doc)) if r.relation == "holds_role"}


@pytest.mark.parametrize("text, expected", [
    pytest.param("Andrei Lozko runs the Dubai trading firm Velmont General Trading LLC.",
                 {("Andrei Lozko", "Velmont General Trading LLC", "head")}, id="place-nouns-body"),
    pytest.param("Volkov's cousin, Andrei Lozko, who runs a Lagos real estate agency, has not been designated.", set(),
                 id="place-nouns-no-body"),
])
def test_a_place_before_the_verbs_noun_phrase_only_locates_it(nlp, text, expected):
    """"runs the Dubai trading firm Y": the body is Y, not the place; "runs a Lagos real estate agency" names none (R27)."""
    assert _rule_posts(nlp, text) == expected


@pytest.mark.parametrize("text", [
    pytest.param("Mirela Dask sued Tovan Pictures Inc. in 2020. Ansel Kroll, 61, founded the company that buys the "
                 "militia's fuel.", id="aside-then-relative-clause"),
    pytest.param("Mirela Dask sued Tovan Pictures Inc. in 2020. Ansel Kroll runs the company that ships the militia's "
                 "fuel.", id="relative-clause"),
    pytest.param("Mirela Dask sued Tovan Pictures Inc. in 2020. Ansel Kroll, 61, heads the company owned by his "
                 "brother.", id="participle-phrase"),
])
def test_the_noun_with_a_defining_clause_is_a_new_body(extract, text):
    """"the company that buys fuel", "the company owned by W": the clause says which company is meant, one the text
    has not named, so "the company" refers back to no body (V4 finding 3): no post at the company named before."""
    assert [r for r in extract(text) if r["relation"] == HR] == []


def test_the_noun_without_a_clause_still_refers_back(accept_all_roles):
    rules, _ = accept_all_roles("Tovan Pictures Inc. was sued in 2020. Ansel Kroll, 61, founded the company.")
    assert rules == [("Ansel Kroll", "Tovan Pictures Inc.", "founder")]
