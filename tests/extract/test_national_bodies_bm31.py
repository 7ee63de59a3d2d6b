"""BM (thirty-first session, issue 13): more of a state's bodies named by its country and a common noun.

Invented names. Releases name a state's customs by its country ("a former deputy director general of Vellmar's
customs service"), write the noun of a parliament capitalised after the possessive ("a member of Vellmar's
Parliament", where the model tags the noun alone and the post went to a body named "Parliament"), and name a military
by the country itself ("a commander of the Burma military"). Each is the country's body
(titles_national.py); close sentences without a post, or with a named unit, are left as they were.
"""
from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow

HR = "holds_role"


@pytest.mark.parametrize("text, expected", [
    pytest.param(
        "Ousmane Taro Kelleh, once a deputy director general of Guinea's customs service, waved the cargo through.",
        {(HR, "Ousmane Taro Kelleh", "Guinea's customs service", "deputy director general")},
        id="customs-service"),
    pytest.param(
        "The court freed the assets of Karim Ben Salah Ouerghi, a former director general of Tunisia's customs "
        "administration, on Wednesday.",
        {(HR, "Karim Ben Salah Ouerghi", "Tunisia's customs administration", "director general")},
        id="customs-administration"),
    pytest.param(
        "Rami Selwan Harb, a member of Lebanon's Parliament until 2016, sold his influence to traders.",
        {(HR, "Rami Selwan Harb", "Lebanon's Parliament", "member")},
        id="capitalised-noun-the-model-tags-alone"),
    pytest.param(
        "Min Zaw Htet, a commander of the Burma military, was designated for his role in the airstrikes.",
        {(HR, "Min Zaw Htet", "Burma military", "commander")},
        id="country-names-its-military"),
])
def test_country_and_body_noun_name_the_body(extract, facts, text, expected):
    facts(extract(text), expected, kinds=(HR,))


@pytest.mark.parametrize("text, expected", [
    pytest.param(
        "Officials of the Burma military told Guinea's customs service that the shipments had been cleared.",
        set(),
        id="no-post-no-body"),
    pytest.param(
        "Tun Aye Maung, a commander in the Burma military's Light Infantry Division 77, was designated.",
        {(HR, "Tun Aye Maung", "Light Infantry Division 77", "commander")},
        id="named-unit-of-the-military-stays-the-body"),
    pytest.param(
        "Ousmane Taro Kelleh, deputy director general of Guinea's customs service, the Bureau National des Douanes, "
        "waved the cargo through.",
        {(HR, "Ousmane Taro Kelleh", "Bureau National des Douanes", "deputy director general")},
        id="the-name-in-apposition-is-the-body"),
    pytest.param(
        "Mariam Haddad Nassar, a member of the Lebanese Parliament, spoke to reporters.",
        {(HR, "Mariam Haddad Nassar", "Lebanese Parliament", "member")},
        id="name-the-model-reads-whole-unchanged"),
])
def test_named_units_and_bare_mentions_unchanged(extract, facts, text, expected):
    facts(extract(text), expected, kinds=(HR,))
