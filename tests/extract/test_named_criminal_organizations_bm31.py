"""BM (thirty-first session, issue 13): a criminal group named "<Name> Transnational Criminal Organization" is a body.

Invented names. Treasury names the groups it designates under E.O. 13581 with the program's own words after the
group's name ("the Okoro Transnational Criminal Organization (Okoro TCO)"); the program pattern matched inside the
name typed the whole group a sanctions program, so neither its designation nor its leader's post was given. A name
before the words makes them one group's name; the program itself ("significant transnational criminal
organizations", "the Transnational Criminal Organizations sanctions program") stays a program.
"""
from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow

HR, DB = "holds_role", "designated_by"
OFAC = "Office of Foreign Assets Control"


@pytest.mark.parametrize("text, expected", [
    pytest.param(
        "WASHINGTON - Today, the U.S. Department of the Treasury's Office of Foreign Assets Control (OFAC) sanctioned "
        "the Okoro Transnational Criminal Organization (Okoro TCO), a Lagos-based network that sells counterfeit "
        "medicines. Emeka Chidi Okoro founded the Okoro TCO in 2015 and leads it.",
        {(DB, "Okoro Transnational Criminal Organization", OFAC, None), (HR, "Emeka Chidi Okoro", "Okoro Transnational Criminal Organization", "founder")},
        id="named-group-designated-and-led"),
])
def test_a_group_named_with_the_program_words_is_a_body(extract, facts, text, expected):
    facts(extract(text), expected, kinds=(HR, DB))


@pytest.mark.parametrize("text, expected", [
    pytest.param(
        "WASHINGTON - Today, the U.S. Department of the Treasury's Office of Foreign Assets Control (OFAC) designated "
        "Emeka Chidi Okoro pursuant to the Transnational Criminal Organizations sanctions program.",
        {(DB, "Emeka Chidi Okoro", OFAC, None)},
        id="the-program-stays-a-program"),
])
def test_the_program_is_no_body(extract, facts, text, expected):
    facts(extract(text), expected, kinds=(HR, DB))
