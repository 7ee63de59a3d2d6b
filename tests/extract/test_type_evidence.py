"""type_evidence: a person the model reads as an organization, and a body it reads as a person, are typed from the
sentence and the document (invented texts, issue 13: 'person_typed:Organization' / 'org_typed:Person')."""
from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow

HR = "holds_role"
DB = "designated_by"
OFAC = "Office of Foreign Assets Control"


def types(relations: list[dict]) -> dict[str, str]:
    return {r[side]["name"]: r[side]["type"] for r in relations for side in ("subject", "object")}


@pytest.mark.parametrize("text, leader, group, role", [
    pytest.param("OFAC is also sanctioning Syrian armed group Saraya al-Hadid, which operates in northern Syria, and is also "
                 "sanctioning two of the group's leaders. Khalid Umar al-Fayez is a leader of Saraya al-Hadid.",
                 "Khalid Umar al-Fayez", "Saraya al-Hadid", "leader", id="armed-group"),
    pytest.param("OFAC is also sanctioning the armed group Liwa Tariq al-Fajr, which operates near the border. "
                 "Nabil Sami Haddad commands Liwa Tariq al-Fajr.",
                 "Nabil Sami Haddad", "Liwa Tariq al-Fajr", "commander", id="group-then-verb"),
])
def test_a_name_after_a_group_noun_is_the_group(extract, facts, text, leader, group, role):
    """The model reads the group's foreign name as a person; "armed group X" says it is a group, so it is designated and
    its leader holds a post in it."""
    relations = extract(text)
    facts(relations, {(HR, leader, group, role), (DB, group, OFAC, None)})
    assert types(relations)[group] == "Organization"


def test_a_gang_named_after_its_noun_is_an_organization(extract, facts):
    relations = extract("Ali Hassan Rasheed and Musa Adam Rasheed lead the island-based criminal gang Kuda Dhonveli.")
    facts(relations, {(HR, "Ali Hassan Rasheed", "Kuda Dhonveli", "leader"), (HR, "Musa Adam Rasheed", "Kuda Dhonveli", "leader")},
          kinds=(HR,))
    assert types(relations)["Kuda Dhonveli"] == "Organization"


@pytest.mark.parametrize("text, expected", [
    pytest.param("Valentina Brovko, the Chairperson of the Federation Council, criticized the decision.",
                 {(HR, "Valentina Brovko", "Federation Council", "Chairperson")}, id="apposed-title"),
    pytest.param("Today, OFAC sanctioned members of the Nightjar Group. Maksim Belov led its coders.\n\n"
                 "Maksim Zhuravel was a key member of the Nightjar Group.",
                 {(HR, "Maksim Zhuravel", "Nightjar Group", "key member")}, id="subject-of-was-a-title"),
    pytest.param("The new members of the Central Election Commission are Pavel Drozd, Oleg Brovko and Irina Sokolova.",
                 {(HR, "Pavel Drozd", "Central Election Commission", "new member"),
                  (HR, "Oleg Brovko", "Central Election Commission", "new member"),
                  (HR, "Irina Sokolova", "Central Election Commission", "new member")}, id="listed-with-a-person"),
])
def test_a_person_read_as_an_organization_holds_the_post(extract, facts, text, expected):
    """The model tags these invented people as organizations; the title beside the name, or the person listed with them,
    says they are people."""
    facts(extract(text), expected, kinds=(HR,))


def test_a_bare_title_apposed_to_the_name_makes_a_person(extract):
    """"X, a coder, ...": the model tags the invented name as an organization; the title beside it says it is a person.
    (Checked on the designee's type: the post itself would come from the learned scorer, whose refits move it.)"""
    relations = extract("Treasury Targets Hackers\n\nOFAC designated Maksim Zhuravel, a coder, for writing malware for the "
                        "Nightjar Group.")
    assert [(r["relation"], r["subject"]["name"]) for r in relations if r["relation"] == "designated_by"] == [
        ("designated_by", "Maksim Zhuravel")]
    assert types(relations)["Maksim Zhuravel"] == "Person"


def test_a_given_name_shared_with_a_person_makes_a_person(nlp):
    """"Maksim Brovko" (read as a firm) next to the person "Maksim Belov": the same given name, no firm word."""
    from graphbuild.extract.context import context_of

    doc = nlp.make_doc("Maksim Belov chairs the Federal Grain Agency. Maksim Brovko advised him.")
    doc.user_data["gb_meta"] = {}
    doc = nlp(doc)
    clusters = {c.name: c.type for c in context_of(doc).resolver.clusters}
    assert clusters == {"Maksim Belov": "Person", "Federal Grain Agency": "PublicBody", "Maksim Brovko": "Person"}


@pytest.mark.parametrize("text, firm", [
    pytest.param("Maksim Belov runs the trading company Brovko Zhuravel Holdings.", "Brovko Zhuravel Holdings", id="company-word"),
])
def test_a_firm_with_a_firm_word_stays_a_firm(nlp, text, firm):
    from graphbuild.extract.context import context_of

    doc = nlp.make_doc(text)
    doc.user_data["gb_meta"] = {}
    doc = nlp(doc)
    clusters = {c.name: c.type for c in context_of(doc).resolver.clusters}
    assert clusters.get(firm) == "Company"


def test_a_name_listed_after_a_plural_firm_noun_is_a_firm(nlp):
    """"the companies A and X": X, read as a person by the model, is the second company."""
    from graphbuild.extract.context import context_of

    doc = nlp.make_doc("The island-based companies Velora and Al Nakheel are owned or controlled by Musa Adam Rasheed. "
                       "Velora and Al Nakheel are being designated pursuant to E.O. 13224.")
    doc.user_data["gb_meta"] = {}
    doc = nlp(doc)
    clusters = {c.name: c.type for c in context_of(doc).resolver.clusters}
    assert clusters == {"Velora": "Organization", "Al Nakheel": "Organization", "Musa Adam Rasheed": "Person"}


def test_a_name_read_as_a_place_after_based_is_a_firm(nlp):
    """"France-based X", the model reading X as a place: a firm is based somewhere, a country names no firm."""
    from graphbuild.extract.context import context_of

    doc = nlp.make_doc("Pavel Drozd is the Managing Partner of France-based Norvalia. Norvalia was founded in 2015.")
    doc.user_data["gb_meta"] = {}
    doc = nlp(doc)
    clusters = {c.name: c.type for c in context_of(doc).resolver.clusters}
    assert clusters == {"Pavel Drozd": "Person", "France": "Country", "Norvalia": "Organization"}


@pytest.mark.parametrize("text, expected, body", [
    pytest.param("OFAC today designated the Kanpe Lakou gang. The Kanpe Lakou gang controls much of the port area, and Tomas "
                 "Virga leads the Kanpe Lakou gang.",
                 {(HR, "Tomas Virga", "Kanpe Lakou gang", "leader"), (DB, "Kanpe Lakou gang", OFAC, None)},
                 "Kanpe Lakou gang", id="group-noun-after-joins-the-name"),
    pytest.param("Uralskiy Tsementnyy Kombinat (UTK) produces seamless pipe. Dariusz Welk is UTK's chief executive.",
                 {(HR, "Dariusz Welk", "Uralskiy Tsementnyy Kombinat", "chief executive")},
                 "Uralskiy Tsementnyy Kombinat", id="alias-of-its-initials"),
    pytest.param("OFAC designated Savski Mostovi, a road construction company, and its director, Oleksa Brandt.",
                 {(HR, "Oleksa Brandt", "Savski Mostovi", "director"), (DB, "Savski Mostovi", OFAC, None),
                  (DB, "Oleksa Brandt", OFAC, None)},
                 "Savski Mostovi", id="apposed-body-noun"),
    pytest.param("OFAC designated Drava Meridian, which bought the vessel in 2021, and its general manager, Ilse Marovic.",
                 {(HR, "Ilse Marovic", "Drava Meridian", "general manager"), (DB, "Drava Meridian", OFAC, None),
                  (DB, "Ilse Marovic", OFAC, None)},
                 "Drava Meridian", id="which"),
])
def test_the_sentence_says_a_person_tagged_name_is_a_body(extract, facts, text, expected, body):
    """Issue 13 (R7, landed by R8): invented bodies the model tags as people. A group noun after the name (which then
    closes it), a parenthesised alias spelling its initials, a body noun apposed to it or ", which" say they are bodies,
    so their officers hold posts in them and a designated one is designated as an organization."""
    relations = extract(text)
    facts(relations, expected)
    assert types(relations)[body] == "Organization"
