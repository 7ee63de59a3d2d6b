"""RB (thirty-first session): review of BM's named criminal groups (nlp/program_bodies.py).

Invented names. "a Balkan Transnational Criminal Organization" after a group's name describes the group with the
program's words (the indefinite article says so, whatever adjective the gazetteer does not know as a nationality); it
is no group of its own to designate. "the Ibeneme Transnational Criminal Organization" stays one group's name.
"""
from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow

HR, DB = "holds_role", "designated_by"
OFAC = "Office of Foreign Assets Control"


@pytest.mark.parametrize("text, expected", [
    pytest.param(
        "WASHINGTON - Today, OFAC designated the Drevan Group, a Balkan Transnational Criminal Organization, and its "
        "leader Marek Drevan.",
        {(DB, "Drevan Group", OFAC, None), (DB, "Marek Drevan", OFAC, None),
         (HR, "Marek Drevan", "Drevan Group", "leader")},
        id="indefinite-article-describes"),
    pytest.param(
        "WASHINGTON - Today, OFAC designated the Drevan Group, an Adriatic Transnational Criminal Organization.",
        {(DB, "Drevan Group", OFAC, None)},
        id="an-describes-too"),
    pytest.param(
        "WASHINGTON - Today, OFAC sanctioned the Ibeneme Transnational Criminal Organization, a network that sells "
        "counterfeit medicines.",
        {(DB, "Ibeneme Transnational Criminal Organization", OFAC, None)},
        id="definite-name-stays-a-group"),
])
def test_described_with_the_program_words_is_no_group(extract, facts, text, expected):
    facts(extract(text), expected, kinds=(HR, DB))
