"""partof.v1: one parametrized case per pattern of the module docstring, each on a short text written for it.

Asserts the exact set of part_of facts (child, parent) plus the scored kinds an analyst would record.
"""
from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow

PO = "part_of"
HR = "holds_role"
DB = "designated_by"
KINDS = ("holds_role", "designated_by", "part_of")
OFAC = "Office of Foreign Assets Control"
TREASURY = "U.S. Department of the Treasury"


@pytest.mark.parametrize("text, expected", [
    pytest.param(
        "Analysts at the Treasury's Office of Foreign Assets Control reviewed the shipping records.",
        {(PO, OFAC, TREASURY, None)}, id="possessive-treasury-ofac"),
    pytest.param(
        "Gazprom Neft, a subsidiary of Gazprom, exported the crude through the port of Primorsk.",
        {(PO, "Gazprom Neft", "Gazprom", None)}, id="comma-a-subsidiary-of"),
    pytest.param(
        "Sibur Trading is a wholly owned subsidiary of Sibur Holding.",
        {(PO, "Sibur Trading", "Sibur Holding", None)}, id="is-a-subsidiary-of"),
    pytest.param(
        "The Quds Force, a unit of the Islamic Revolutionary Guard Corps, trains militias abroad.",
        {(PO, "Quds Force", "Islamic Revolutionary Guard Corps", None)}, id="comma-a-unit-of"),
    pytest.param(
        "The Cyber Command Center, part of the Reconnaissance General Bureau, ran the intrusion campaign.",
        {(PO, "Cyber Command Center", "Reconnaissance General Bureau", None)}, id="comma-part-of"),
    pytest.param(
        "The Special Operations Department within the Ministry of State Security recruited the hackers.",
        {(PO, "Special Operations Department", "Ministry of State Security", None)}, id="within"),
])
def test_part_of_patterns(extract, facts, text, expected):
    facts(extract(text), expected, kinds=KINDS)


@pytest.mark.parametrize("text", [
    pytest.param("Sovcomflot Trading, a shipping company based in Moscow, chartered the tanker.", id="place-is-not-a-parent"),
    pytest.param("Nova Logistics Ltd, a front for Anton Volkov, moved the cargo through Dubai.", id="person-is-not-a-parent"),
    pytest.param("Volga Shipping Company signed a charter agreement with Caspian Trading LLC.", id="partners-are-not-parts"),
])
def test_places_people_and_partners_are_never_parents(extract, facts, text):
    facts(extract(text), set(), kinds=("part_of",))
