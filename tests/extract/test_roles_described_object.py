"""roles.v1 (the rules, without the learned scorer): a head verb's body given as "the <noun>" that refers back to a body
named before: "X, who leads the directorate", "The company is led by X" (invented texts, issue 13, R25)."""
from __future__ import annotations

import pytest

from graphbuild.extract.roles import extract_roles

pytestmark = pytest.mark.slow


def rule_posts(nlp, text: str) -> set[tuple[str, str, str]]:
    doc = nlp.make_doc(text)
    doc.user_data["gb_meta"] = {}
    return {(r.subject.name, r.object.name, r.role) for r in extract_roles(nlp(doc)) if r.relation == "holds_role"}


def test_the_object_of_a_head_verb_refers_back(nlp):
    text = ("The General Directorate for Port Security, an arm of the Ministry of Transport, has shared its records. "
            "\"We will close these routes,\" said Colonel Aren Voss Talmberg, who leads the directorate.")
    assert rule_posts(nlp, text) == {("Aren Voss Talmberg", "General Directorate for Port Security", "leader")}


def test_the_subject_of_a_passive_head_verb_refers_back(nlp):
    text = ("Kestrel Shipping Co. chartered the tankers that carried the fuel. The company is managed by Maren Holt Vasko, "
            "who signed the charter parties.")
    assert rule_posts(nlp, text) == {("Maren Holt Vasko", "Kestrel Shipping Co.", "manager")}


def test_a_noun_that_only_qualifies_another_is_no_body(nlp):
    """"the company's accounts", "the company director": the noun does not close the phrase."""
    text = ("Kestrel Shipping Co. chartered the tankers that carried the fuel. Maren Holt Vasko, who manages the "
            "company's accounts, signed the charter parties.")
    assert ("Maren Holt Vasko", "Kestrel Shipping Co.", "manager") not in rule_posts(nlp, text)


def test_a_group_noun_needs_a_group_of_that_name(nlp):
    """"the militia" refers back only to a body whose name holds the noun (organizations.yaml, Group kinds)."""
    text = "Kestrel Shipping Co. chartered the tankers that carried the fuel. The militia is led by Maren Holt Vasko."
    assert rule_posts(nlp, text) == set()


def test_the_possessor_after_by_is_not_the_agent(nlp):
    """"managed by X's brother-in-law, Y": X names whose relative the agent is; Y holds the post."""
    text = ("Kestrel Shipping Co. chartered the tankers that carried the fuel. The company is managed by Maren Holt "
            "Vasko's brother-in-law, Petr Halas Voss, who signed the charter parties.")
    assert rule_posts(nlp, text) == {("Petr Halas Voss", "Kestrel Shipping Co.", "manager")}


def test_the_relative_of_a_possessor_after_by_commands_a_named_body(nlp):
    text = "The Varn Coastal Brigade, commanded by Petr Halas Voss's brother Aren Halas Voss, guards the port."
    assert rule_posts(nlp, text) == {("Aren Halas Voss", "Varn Coastal Brigade", "commander")}


def test_the_company_opening_a_sentence_is_the_topic_of_the_one_before(nlp):
    """"X, a company in Y, has shipped parts to Z. The company is run by W": the company is X, not Z named last."""
    text = ("Velmont Trading LLC, a company in Bishkek, has shipped engines to Kestrel Shipping Co. since 2023. The "
            "company is run by Maren Holt Vasko, who signs its contracts.")
    assert rule_posts(nlp, text) == {("Maren Holt Vasko", "Velmont Trading LLC", "head")}


def test_the_agent_walk_stops_at_the_next_clause(nlp):
    """"led by X's deputy and financed by Y": the deputy is not named, and Y is the next clause's agent, no relative of
    X's; "commanded by X's son, a close ally of Y": Y is named inside the apposition, not as the son (review V3)."""
    text = ("The Varn Coastal Brigade is led by Petr Halas Voss's deputy and financed by Aren Kolt Madsen. The Ostra "
            "Harbour Guard is commanded by Lina Marr Tesk's son, a close ally of Ivo Brenn Castel.")
    assert rule_posts(nlp, text) == set()


def test_a_ministry_that_opens_a_sentence_is_no_government(nlp):
    """"X is an official of the Government of Z. The ministry is headed by X": the government is a public body but no
    ministry; the release names no ministry, so the passive post has no body (review V3)."""
    text = ("Edvin Moller Sark is an official of the Government of Ruritania. The ministry is headed by Edvin Moller "
            "Sark. Irena Vell Kors is a senior official of the Government of Ruritania. The agency is run by Petr Lund "
            "Haller.")
    assert rule_posts(nlp, text) == {("Edvin Moller Sark", "Government of Ruritania", "official"),
                                     ("Irena Vell Kors", "Government of Ruritania", "senior official")}


def test_a_ministry_that_opens_a_sentence_is_the_ministry_named_before(nlp):
    text = ("Irena Vell Kors is an official of the Government of Ruritania. The Ruritanian Ministry of Fisheries licenses "
            "the trawlers. The ministry is headed by Edvin Moller Sark.")
    assert rule_posts(nlp, text) == {("Irena Vell Kors", "Government of Ruritania", "official"),
                                     ("Edvin Moller Sark", "Ruritanian Ministry of Fisheries", "head")}
