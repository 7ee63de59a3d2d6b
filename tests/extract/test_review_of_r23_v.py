"""Review of R's twenty-third-session leftovers (V): docs/robustness.md "Review of R (V)".
Invented texts, exact relations; each new case fails on main 24095ff, the guards pass there.
"""
from __future__ import annotations

import pytest

from relation_views import OFAC, designees, posts

pytestmark = pytest.mark.slow

TODAY = {"date": "2026-11-04"}


@pytest.mark.parametrize("text, expected", [
    ("Today, OFAC designated Arvid Kessel, commonly known as the Director, and Jonas Brekke.",
     {("Arvid Kessel", OFAC), ("Jonas Brekke", OFAC)}),
    ("Today, OFAC designated Arvid Kessel, better known as the Banker of Tarsk, and Jonas Brekke, a lawyer.",
     {("Arvid Kessel", OFAC), ("Jonas Brekke", OFAC)}),
    # guards: the parser hangs the next name on the other name (R's case); a reason is no other-name phrase
    ("Today, OFAC designated Arvid Kessel, better known as Abu Karim, and Jonas Brekke.",
     {("Arvid Kessel", OFAC), ("Jonas Brekke", OFAC)}),
    ("Today, OFAC designated Arvid Kessel for supplying Vanta Trade LLC to Kessa, and Jonas Brekke.",
     {("Arvid Kessel", OFAC)}),
])
def test_the_list_goes_on_after_an_other_name_set_on_the_designee(extract, text, expected):
    """"designated X, commonly known as the Director, and Z": the parser hangs Z on X and the other-name phrase on X
    as a participle clause (no apposition), the window ended inside it, and Z was lost."""
    assert designees(extract(text, TODAY)) == expected


US = "United States Government"


@pytest.mark.parametrize("text, expected", [
    ("The United States responded to the crackdown with new sanctions on Jonas Brekke.", {("Jonas Brekke", US)}),
    # guards: a threat; the sanctions of the thing responded to are not the subject's action
    ("The United States responded to the threat with a warning of sanctions on Jonas Brekke.", set()),
    ("The United States threatened to respond to the crackdown with sanctions on Jonas Brekke.", set()),
])
def test_sanctions_after_what_a_verb_responds_to(extract, text, expected):
    """"responded to the crackdown with sanctions on Y": the parser hangs "with" on "crackdown", and Y was lost."""
    assert designees(extract(text, TODAY)) == expected


@pytest.mark.parametrize("text, expected", [
    ("Arvid Kessel, known as Abu Karim, is the chairman of Vanta Trade LLC.",
     {("Arvid Kessel", "Vanta Trade LLC", "chairman")}),
    ("Today, OFAC designated Arvid Kessel, known as Abu Karim. Abu Karim heads the Vellin Finance Office.",
     {("Arvid Kessel", "Vellin Finance Office", "head")}),
    # guards: a description after "known as" names nobody else; a former name stays a former one
    ("Arvid Kessel, known as a banker in Kessa, is the chairman of Vanta Trade LLC.",
     {("Arvid Kessel", "Vanta Trade LLC", "chairman")}),
])
def test_a_name_known_as_is_the_same_ones(extract, text, expected):
    """"X, known as Y, is the chairman of Z": Y is X's other name (as "better" / "also" / "commonly known as"), not a
    second person holding X's post."""
    assert posts(extract(text, TODAY)) == expected
