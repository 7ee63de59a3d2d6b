"""BM (thirty-first session, issue 13): a criminal group named "<Name> Transnational Criminal Organization" is a body.

Invented names. Treasury names the groups it designates under E.O. 13581 with the program's own words after the
group's name ("the Orumah Transnational Criminal Organization (Orumah TCO)"); the program pattern matched inside the
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
        "the Orumah Transnational Criminal Organization (Orumah TCO), a gang that smuggles stolen fuel. Tunde Bassey "
        "Orumah founded the Orumah TCO in 2015 and leads it.",
        {(DB, "Orumah Transnational Criminal Organization", OFAC, None),
         (HR, "Tunde Bassey Orumah", "Orumah Transnational Criminal Organization", "founder")},
        id="named-group-designated-and-led"),
])
def test_a_group_named_with_the_program_words_is_a_body(extract, facts, text, expected):
    facts(extract(text), expected, kinds=(HR, DB))


@pytest.mark.parametrize("text, expected", [
    pytest.param(
        "WASHINGTON - Today, the U.S. Department of the Treasury's Office of Foreign Assets Control (OFAC) designated "
        "Tunde Bassey Orumah pursuant to the Transnational Criminal Organizations sanctions program.",
        {(DB, "Tunde Bassey Orumah", OFAC, None)},
        id="the-program-stays-a-program"),
])
def test_the_program_is_no_body(extract, facts, text, expected):
    facts(extract(text), expected, kinds=(HR, DB))
