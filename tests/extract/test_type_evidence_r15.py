"""type_evidence, issue 13 (R15): the sentence says a name is a person's or a body's where the model reads it otherwise
(invented texts; each case fails without its rule: 'person_typed:Organization', 'org_typed:Person' / 'org_typed:Country'
in benchmarks/roles_recall_diag.py)."""
from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow

HR = "holds_role"


@pytest.mark.parametrize("text, name", [
    pytest.param("The money was moved by Ağaoğlu Kemal Yıldız, who runs the exchange house.", "Ağaoğlu Kemal Yıldız", id="who"),
])
def test_the_sentence_says_the_name_is_a_persons(cluster_types, text, name):
    """A name spelled beyond A-Z that the model reads as an organization: ", who" after it, or a title apposed before it
    with its comma, says it is a person."""
    assert cluster_types(text)[name] == "Person"


def test_a_firm_and_its_chief_executive(extract, facts, cluster_types):
    """"A and its CEO, B," (the real release's "Texel and its CEO, X"): the model reads A as a person and B as an
    organization; a person has no "its", and a name apposed after a title and its comma is a person's."""
    text = "Nordhavn Tech and its CEO, Serhat Türkmendağ, signed the contracts."
    facts(extract(text), {(HR, "Serhat Türkmendağ", "Nordhavn Tech", "CEO")}, kinds=(HR,))
    assert cluster_types(text) == {"Nordhavn Tech": "Organization", "Serhat Türkmendağ": "Person"}


def test_a_former_officer_apposed_to_the_name_holds_the_post(extract, facts):
    """"X, a former officer of Y": the hyphened given name the model reads as an organization is the officer."""
    relations = extract("Jean-Baptiste Mézière, a former officer of the Haitian National Police, leads the gang.")
    facts(relations, {(HR, "Jean-Baptiste Mézière", "Haitian National Police", "officer")}, kinds=(HR,))


def test_a_body_after_the_article_is_no_person_listed_with_one(extract, facts):
    """"designated A B C and the B Drug Trafficking Organization": coordinated with a person, but a person's name takes no
    article and none ends in "Organization", so the group stays a body and its leader holds a post in it."""
    relations = extract("OFAC designated Ramiro Esparza Olguín and the Esparza Drug Trafficking Organization. "
                        "Ramiro Esparza Olguín leads the Esparza Drug Trafficking Organization.")
    facts(relations, {(HR, "Ramiro Esparza Olguín", "Esparza Drug Trafficking Organization", "leader")}, kinds=(HR,))
    assert {r["object"]["type"] for r in relations if r["relation"] == HR} == {"Organization"}


def test_a_name_closed_by_a_capitalised_group_noun_is_a_body(extract, facts):
    """"the X Clan", read as a place: no person's or place's name ends in "Clan"; its leader holds a post in it."""
    relations = extract("OFAC designated the Kovačina Clan. Its leader, Radovan Mićunović, ordered several killings. "
                        "The Kovačina Clan launders money through shell companies.")
    facts(relations, {(HR, "Radovan Mićunović", "Kovačina Clan", "leader")}, kinds=(HR,))


def test_a_place_tagged_name_before_a_group_noun_is_the_group(extract, facts, cluster_types):
    """"the Los X cartel", the model reading "Los X" as a place: the noun closes the group's name, as for a
    person-tagged one, and every mention of "Los X" is the group."""
    text = "Treasury sanctioned the Los Alacranes cartel. Ernesto Villalobos Paredes leads Los Alacranes."
    facts(extract(text), {(HR, "Ernesto Villalobos Paredes", "Los Alacranes cartel", "leader")}, kinds=(HR,))
    assert cluster_types(text)["Los Alacranes cartel"] == "Organization"


def test_a_name_modifying_a_members_post_is_a_body(extract, facts):
    """"X, a <Name> financial official": the name before a post held in a body is that body's, though the model reads
    it as a person."""
    relations = extract("Karim Yassin Mourad, a Harakat al-Nasr financial official based in Beirut, moves cash for the group. "
                        "Harakat al-Nasr was designated in 2015.")
    facts(relations, {(HR, "Karim Yassin Mourad", "Harakat al-Nasr", "financial official")}, kinds=(HR,))


def test_a_groups_name_split_elsewhere_is_joined_back(extract, facts):
    """"the X DTO" read as "X" (a person, the family's name) and "DTO" in one sentence, whole in the alias: the pieces
    are the group, so the leader's post is in the group, not in a body called "DTO"."""
    relations = extract("OFAC designated Julio César Arredondo Arredondo and the Arredondo Drug Trafficking Organization "
                        "(“Arredondo DTO”). Named after the family that founded it, the Arredondo DTO is led by Julio César "
                        "Arredondo Arredondo.")
    facts(relations, {(HR, "Julio César Arredondo Arredondo", "Arredondo Drug Trafficking Organization", "leader")}, kinds=(HR,))
