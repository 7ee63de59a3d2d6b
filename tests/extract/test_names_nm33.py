"""Bodies' names cut behind lost posts, thirty-third session (NM; invented texts, exact relations).

A body named after coordinated fields ("the Major Organised Crime and Anti-Corruption Agency", "the Kivu Mines,
Petroleum and Gas Board") is one body, and the post held there goes to its whole name (`nlp.name_coordinated`); two
bodies coordinated under one article ("the FBI and Drug Enforcement Administration", "the Army and Air Force") stay
two, and a post coordinated with a body ("the company's Chairman and Audit Committee") is no field."""
from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow

HR = "holds_role"


@pytest.mark.parametrize("text, expected", [
    pytest.param(
        "Treasury coordinated the action with Velmoria's Major Organised Crime and Anti-Corruption Agency. "
        "Kestrel Ambrose Doyle, a senior investigator at the Major Organised Crime and Anti-Corruption Agency, "
        "welcomed it.",
        {(HR, "Kestrel Ambrose Doyle", "Major Organised Crime and Anti-Corruption Agency", "senior investigator")},
        id="untagged-first-field"),
    pytest.param(
        "Tomasz Wendel Arkwright, a former director general of the Kivu Mines, Petroleum and Gas Board, now chairs the "
        "refinery.",
        {(HR, "Tomasz Wendel Arkwright", "Kivu Mines, Petroleum and Gas Board", "director general")},
        id="list-of-fields"),
    pytest.param(
        "Renata Coldwell, a former prosecutor of the National Anti-Mafia and Anti-Terrorism Directorate, spoke.",
        {(HR, "Renata Coldwell", "National Anti-Mafia and Anti-Terrorism Directorate", "prosecutor")},
        id="hyphened-fields"),
])
def test_a_post_in_a_body_named_after_coordinated_fields(extract, facts, text, expected):
    facts(extract(text), expected)


@pytest.mark.parametrize("text, expected", [
    pytest.param("The FBI and Drug Enforcement Administration arrested him in Miami.",
                 [("FBI", "ORG"), ("Drug Enforcement Administration", "ORG"), ("Miami", "GPE")], id="acronym-first"),
    pytest.param("He briefed the Army and Air Force on the plan.", [("Army", "ORG"), ("Air Force", "ORG")],
                 id="two-bodies-with-heads"),
    pytest.param("Officials of the United States and European Union met.",
                 [("United States", "GPE"), ("European Union", "ORG")], id="a-place-first"),
    pytest.param("He worked with Ms. Marta Lindqvist and the Anti-Corruption Agency.",
                 [("Marta Lindqvist", "PERSON"), ("Anti-Corruption Agency", "ORG")], id="a-person-first"),
    pytest.param("Halvard Brun met the company's Chairman and Audit Committee in Riga.",
                 [("Halvard Brun", "PERSON"), ("Audit Committee", "ORG"), ("Riga", "GPE")],
                 id="a-post-coordinated-with-a-body"),
])
def test_two_bodies_coordinated_stay_two(mentions_of, text, expected):
    assert mentions_of(text) == expected

