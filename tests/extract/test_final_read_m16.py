"""Final read mends, fourteenth session (issue 13, M16; invented texts).

- "OFAC designated the Committee of X and <Surname>": a person-tagged word after "and" closes a body's name only when
  it is a field word ("Directorate of Artillery and Armour"); a person's surname there is a second designee.
- "X has not previously been designated" / "X was not designated in 2019": a denial of an earlier action leaves
  today's designation of X standing; "X, who is not designated today" still vetoes.
- "X, a firm that neither owns ships nor employs crews, was designated today": the "neither ... nor" of a clause
  describing the subject does not negate the designation."""
from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow

DB = "designated_by"
OFAC = "Office of Foreign Assets Control"


@pytest.mark.parametrize("text, expected", [
    ("Milan Dusko Vorren is a general. Today, OFAC designated the Committee of State Security and Vorren for "
     "their role in the crackdown.",
     {(DB, "Committee of State Security", OFAC, None), (DB, "Milan Dusko Vorren", OFAC, None)}),
    ("Today, OFAC designated the Bureau of Investigation and Vorren. Milan Dusko Vorren heads the bureau.",
     {(DB, "Bureau of Investigation", OFAC, None), (DB, "Milan Dusko Vorren", OFAC, None)}),
], ids=["surname-after-and", "surname-after-and-named-later"])
def test_a_surname_after_and_is_a_second_designee(extract, facts, text, expected):
    facts(extract(text), expected, kinds=(DB,))


@pytest.mark.parametrize("text, designee", [
    ("WASHINGTON - Today, OFAC designated Morrowind Tanker Ltd for its role in oil sales. Morrowind Tanker Ltd has "
     "not previously been designated.", "Morrowind Tanker Ltd"),
    ("WASHINGTON - Today, OFAC designated Petar Ilkov Darrane for his role in oil sales. Darrane was not previously "
     "designated.", "Petar Ilkov Darrane"),
    ("Morrowind Tanker Ltd was not designated in 2019. Today, OFAC designated Morrowind Tanker Ltd for its role in "
     "oil sales.", "Morrowind Tanker Ltd"),
], ids=["not-previously-perfect", "not-previously-past", "not-in-a-year"])
def test_a_denied_earlier_designation_keeps_today_s(extract, facts, text, designee):
    facts(extract(text), {(DB, designee, OFAC, None)}, kinds=(DB,))


def test_a_denial_of_today_still_vetoes(extract, facts):
    text = ("WASHINGTON - Today, OFAC designated Morrowind Tanker Ltd for its role in oil sales. Its owner, Petar Ilkov "
            "Darrane, is not being designated today.")
    facts(extract(text), {(DB, "Morrowind Tanker Ltd", OFAC, None)}, kinds=(DB,))


@pytest.mark.parametrize("text, designee", [
    ("Morrowind Tanker Ltd, a firm that neither owns ships nor employs crews, was designated today by "
     "OFAC for its role in oil sales.", "Morrowind Tanker Ltd"),
    ("Morrowind Tanker Ltd, which neither Norway nor Sweden had listed, is being designated today by "
     "OFAC.", "Morrowind Tanker Ltd"),
], ids=["relative-clause", "relative-clause-subjects"])
def test_neither_nor_describing_the_subject(extract, facts, text, designee):
    facts(extract(text), {(DB, designee, OFAC, None)}, kinds=(DB,))


def test_neither_nor_in_a_later_sentence(extract, facts):
    text = ("WASHINGTON - Today, OFAC designated Larchmere Marine FZE. Morrowind Tanker Ltd, which has neither offices "
            "nor staff, was also designated.")
    facts(extract(text), {(DB, "Larchmere Marine FZE", OFAC, None), (DB, "Morrowind Tanker Ltd", OFAC, None)},
          kinds=(DB,))


NETWORK = """# Treasury Sanctions Brantovian Fuel Network

March 3, 2026

WASHINGTON — Today, the U.S. Department of the Treasury's Office of Foreign Assets Control (OFAC) sanctioned three members of the Brantovia-based fuel network known as "Red Lantern." The designations are taken pursuant to Executive Order (E.O.) 13694, as amended.

Network

Milan Dusko Vorren (Vorren) founded Red Lantern in 2021.

Sabina Olt Marrek (Marrek) and Irena Halvik, a banker the network paid, laundered its proceeds in 2024.
"""
SERVERS = "\nGoran Feliks Dastry (Dastry) ran its servers.\n"


@pytest.mark.parametrize("text, expected", [
    (NETWORK, {"Milan Dusko Vorren", "Sabina Olt Marrek"}),
    (NETWORK + SERVERS, {"Milan Dusko Vorren", "Sabina Olt Marrek", "Goran Feliks Dastry"}),
], ids=["paid-banker-not-counted", "paid-banker-voids-nothing"])
def test_a_described_non_target_is_no_coordinated_designee(extract, text, expected):
    from markdown_release import extract_markdown
    found = {r["subject"]["name"] for r in extract_markdown(extract, text, date="2026-03-03")
             if r["relation"] == DB and r["object"]["name"] == OFAC}
    assert found == expected
