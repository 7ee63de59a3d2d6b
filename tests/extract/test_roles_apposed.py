"""roles.v1: a post that renames a person through the parse, when the words between them are no simple
link (invented texts, issue 13: variants of the probe set in role_probes.py)."""
from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow

HR = "holds_role"


def test_a_later_conjunct_of_an_appositive(extract, facts):
    """"X, a 52-year-old former banker and the chairman of Y,": the second noun of the appositive is X's post."""
    relations = extract("Farid Ojal, a 52-year-old former banker and the chairman of Tavrin Bank, arranged the loans.")
    facts(relations, {(HR, "Farid Ojal", "Tavrin Bank", "chairman")}, kinds=(HR,))


def test_an_appositive_after_a_kin_aside_keeps_its_former_post(extract, pick):
    relations = extract("Petr Halas, the brother of Lena Varga and a former director of Tavrin Bank, arranged the transfers.")
    post = pick(relations, HR, "Petr Halas", "Tavrin Bank")
    assert (post["role"], post["current"]) == ("director", False)
    assert [r for r in relations if r["relation"] == HR and r["subject"]["name"] == "Lena Varga"] == []


def test_a_country_adjective_inside_the_appositive(extract, facts):
    """"X, the Venezuelan Minister of Defense,": the adjective breaks the word pattern, not the apposition."""
    relations = extract("Rafael Quintero, the Venezuelan Minister of Defense, ordered the deployment.")
    facts(relations, {(HR, "Rafael Quintero", "Venezuela's Ministry of Defense", "Minister of Defense")}, kinds=(HR,))


def test_a_modifier_before_a_membership_noun(extract, facts):
    relations = extract("Aslan Tuvaev, a founding member of Gray Kestrel Team, wrote the malware.")
    facts(relations, {(HR, "Aslan Tuvaev", "Gray Kestrel Team", "member")}, kinds=(HR,))


def test_a_relative_clause_with_a_possessed_post(extract, facts):
    """"X, who has long been Y's financial manager,": the relative pronoun's antecedent holds the post."""
    relations = extract("Ravi Soltan, who has long been Velmont Group's financial manager, arranged the transfers.")
    facts(relations, {(HR, "Ravi Soltan", "Velmont Group", "financial manager")}, kinds=(HR,))


def test_a_relative_clause_with_another_verb_states_no_post(extract, facts):
    relations = extract("Ravi Soltan, who praised Velmont Group's financial manager, arranged the transfers.")
    facts(relations, set(), kinds=(HR,))


def test_the_object_of_an_appointing_verb_in_a_relative_clause(extract, facts):
    """"X, whom Y appointed as its chairman,": the relative pronoun is the verb's object, X takes the post."""
    relations = extract("Petr Halas, whom Tavrin Bank appointed as its chairman in 2019, approved the loans.")
    facts(relations, {(HR, "Petr Halas", "Tavrin Bank", "chairman")}, kinds=(HR,))


@pytest.mark.parametrize("text, role, current", [
    ("Petr Halas has a long history as a senior official of Tavrin Bank.", "senior official", True),
    ("Petr Halas approved the loans during his time as chairman of Tavrin Bank.", "chairman", False),
    ("Petr Halas began his career as an officer of Tavrin Bank.", "officer", False),
], ids=["history-as", "during-his-time-as", "began-his-career-as"])
def test_a_post_named_after_a_career_noun(extract, pick, text, role, current):
    """"a long history / his time / his career as T of Y": the subject of the verb governing the noun held T."""
    post = pick(extract(text), HR, "Petr Halas", "Tavrin Bank")
    assert (post["role"], post["current"]) == (role, current)

