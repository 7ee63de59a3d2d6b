"""Entity types a user can trust (TY, thirty-second session, issue 13).

A wrong type makes a wrong fact: a firm typed a person gets a post ("member" of its parent) and is shown as a
designated person; a person typed a firm loses every post. Invented texts, exact types and relations; the close texts
keep their type.
"""
from __future__ import annotations

import pytest

from markdown_release import extract_markdown
from relation_views import OFAC, designees, posts

pytestmark = pytest.mark.slow

META = {"date": "2026-03-20"}


@pytest.fixture()
def extract_md(extract):
    """A markdown release (bold names as a build reads them) -> its relations."""
    return lambda text: extract_markdown(extract, text, META["date"])


def types(relations: list[dict]) -> dict[str, str]:
    """Name -> type of every subject and object."""
    return {r[k]["name"]: r[k]["type"] for r in relations for k in ("subject", "object")}


SUBSIDIARIES = (
    "Today, OFAC is designating Public Joint Stock Company Varnolt Oil (Varnolt) and Open Joint Stock Company Tessaneft "
    "Holding (Tessaneft), two Russian oil companies.\n\n"
    "The following Russia-based Varnolt and Tessaneft subsidiaries are being designated pursuant to E.O. 14024 for "
    "operating in the energy sector of the Russian Federation economy:\n\n"
    "- Varnolt subsidiary Varnolt Zelmorneft is developing onshore and offshore oil and gas fields in Russia.\n"
    "- Varnolt subsidiary Korvaloil is developing oil and gas fields in Russia.\n"
    "- Tessaneft subsidiary Dravampurneftegaz is developing a gas field in Russia.\n"
    "- Tessaneft subsidiary Bashnet Dobrava produces oil in Russia.\n")


def test_a_name_after_a_parents_subsidiary_noun_is_a_firm_with_no_post(extract):
    # main: "Varnolt Zelmorneft" and "Bashnet Dobrava" were persons ("member" of Varnolt for the first), and
    # "Dravampurneftegaz" a person who was not designated at all: the verb after the name ("is developing", "produces")
    # was read as a relative clause's ("a company Ivan Petrov owns")
    relations = extract(SUBSIDIARIES, META)
    assert posts(relations) == set()
    assert designees(relations) == {
        ("Public Joint Stock Company Varnolt Oil", OFAC), ("Open Joint Stock Company Tessaneft Holding", OFAC),
        ("Varnolt Zelmorneft", OFAC), ("Korvaloil", OFAC), ("Dravampurneftegaz", OFAC), ("Bashnet Dobrava", OFAC)}
    kinds = types(relations)
    assert {kinds[n] for n in ("Varnolt Zelmorneft", "Korvaloil", "Dravampurneftegaz", "Bashnet Dobrava")} <= {
        "Company", "Organization"}


def test_a_person_who_owns_the_firm_in_a_relative_clause_stays_a_person(extract):
    # close text: "a company Ivan Petrov owns" names the owner, not the company
    relations = extract("OFAC today designated Marek Sova Dorvan, who sold drone parts through a company Ilian Voskar "
                        "owns in Cyprus. Voskar is also the director of Talbren Trading LLC.", META)
    assert posts(relations) == {("Ilian Voskar", "Talbren Trading LLC", "director")}
    assert types(relations)["Ilian Voskar"] == "Person"


VESSELS = (
    "# Treasury Targets Maldivian Smuggling Ring\n\n"
    "OFAC is identifying **MARLEA SUNDOWN**, a 42-meter motor yacht registered in the Cayman Islands, as property in which "
    "Orvel Tarrant has an interest.\n\n"
    "OFAC is also identifying the following vessels as blocked property:\n\n"
    "- **NOOR AL-QAMAR**, a wooden cargo dhow that resupplies the ring's skiffs at sea;\n"
    "- **PELAGIC WREN 12**, a squid jigger on which two crew members died in 2022; and\n"
    "- **SOUTHERN IBIS** - a 60-meter superyacht, identified as blocked property.\n\n"
    "OFAC is also identifying as blocked property the Panama-flagged fishing vessels **DOÑA MIREYA** and **CORAL ALBA II**.\n")


def test_a_name_an_apposition_calls_a_vessel_is_a_vessel(extract_md):
    # main: all but the first name after the plural "vessels" and every name apposed to a vessel word
    # ("X, a ... motor yacht", "X, a squid jigger", "X - a superyacht", the dhow the gazetteer lacked) were organizations
    relations = extract_md(VESSELS)
    vessels = {"MARLEA SUNDOWN", "NOOR AL-QAMAR", "PELAGIC WREN 12", "SOUTHERN IBIS", "DOÑA MIREYA", "CORAL ALBA II"}
    assert {name for name, _ in designees(relations)} == vessels
    kinds = types(relations)
    assert {name: kinds[name] for name in vessels} == {name: "Vessel" for name in vessels}


@pytest.mark.parametrize("text, name, kind", [
    # a firm whose name holds a vessel word in the plural, a firm apposed to a clause about tankers, a firm whose
    # apposition is headed by another noun
    ("OFAC today designated Dubai-based Caspian Orca Tankers FZCO, which manages tankers that carried Russian crude.",
     "Caspian Orca Tankers FZCO", "Company"),
    ("OFAC today designated **KESTREL MARINE**, a tanker operator based in Dubai.", "KESTREL MARINE", "Organization"),
])
def test_a_firm_near_a_vessel_word_keeps_its_type(extract_md, text, name, kind):
    relations = extract_md(text)
    assert designees(relations) == {(name, OFAC)}
    assert types(relations)[name] == kind
