"""Entity types a user can trust (TY, thirty-second session, issue 13).

A wrong type makes a wrong fact: a firm typed a person gets a post ("member" of its parent) and is shown as a
designated person; a person typed a firm loses every post. Invented texts, exact types and relations; the close texts
keep their type.
"""
from __future__ import annotations

import pytest

from relation_views import DB, HR, OFAC, designees, posts

pytestmark = pytest.mark.slow

META = {"date": "2026-03-20"}


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
