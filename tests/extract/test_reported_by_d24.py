"""A designation whose sentence names no acting body takes the body the sentence reports from (twentieth session,
issue 13, D24).

A news story names designees in a sentence with no actor ("Among those sanctioned was X, whom the Treasury
described as ...", "Also targeted were A, whom the Foreign Office accused of ..., and B, a company that the British
government said ...", "The second individual, C, is ..., the Treasury said") and attributes what it says of them to
the body that acted. They went to the story's announcing body: the State Department, whose designation is the
story's first of today, or OFAC in a story of the UK's list. Texts invented for these tests.
"""
from __future__ import annotations

import pytest

from markdown_release import extract_markdown
from relation_views import OFAC, STATE, TREASURY, designees

pytestmark = pytest.mark.slow

FCDO = "Foreign, Commonwealth and Development Office"

TWO_BODIES = """# U.S. sanctions Velorian smugglers and a casino

KARSVIK, May 4 (Harbor Wire) - The United States on Tuesday imposed sanctions on two Velorian nationals and a shipping firm accused of a fuel heist at a blockaded port earlier this year.

The State Department, in a parallel move, designated a lakeside casino, Ostrel Gaming Ltd., which it said had laundered the proceeds.

Among those sanctioned was Tamas Orvel Drenik, whom the Treasury described as the network's chief organizer.

The second individual, Lida Marsk Uvarova, is a broker for Pellin Haulage Company in Karsvik, the Treasury said.

Also blacklisted was Grauval Tanker Lines LLC, a firm that the Treasury said chartered the tankers.

A spokesperson for Ostrel Gaming said the casino had done nothing wrong.
"""


def test_the_reporting_body_takes_the_sentence_s_designees(extract):
    """The lead's "earlier this year" leaves the State Department's casino as the story's first action of today; the
    Treasury is the body the story reports Drenik, Uvarova and Grauval from."""
    found = designees(extract_markdown(extract, TWO_BODIES))
    assert found == {("Ostrel Gaming Ltd.", STATE), ("Tamas Orvel Drenik", TREASURY), ("Lida Marsk Uvarova", TREASURY),
                     ("Grauval Tanker Lines LLC", TREASURY)}


FOREIGN_LIST = """# Western governments sanction Estovian ministers

LONDON, May 4 (Harbor Wire) - The United States and Britain on Tuesday imposed sanctions on members of Estovia's cabinet.

The U.S. Treasury Department's Office of Foreign Assets Control (OFAC) blacklisted Interior Minister Pavo Rendt Kallas, accusing him of ordering the arrest of protesters.

London's list was longer. Also targeted were Finance Minister Oda Veltrin Saar, whom the Foreign, Commonwealth and Development Office (FCDO) accused of diverting aid, and Marenco Timber SA, a company that the British government said paid the militias.
"""


def test_another_government_s_reporter_takes_its_list(extract):
    """"Also targeted were A, whom the FCDO accused ..., and B, a company that the British government said ...": the
    Foreign Office's list, not OFAC's (the first body acting in the story)."""
    found = designees(extract_markdown(extract, FOREIGN_LIST))
    assert found == {("Pavo Rendt Kallas", OFAC), ("Oda Veltrin Saar", FCDO), ("Marenco Timber SA", FCDO)}


BODY_IN_ANOTHER_ROLE = """# U.S. blacklists Estovian fuel brokers

KARSVIK, May 4 (Harbor Wire) - The U.S. Treasury Department's Office of Foreign Assets Control (OFAC) on Tuesday blacklisted Velmar Oil Trading LLC, a fuel broker that supplied the junta's air force.

Also blacklisted was Norvik Fuel Brokers, which the European Union sanctioned in 2022, the Treasury said.
"""


def test_a_body_named_in_another_role_leaves_the_sentence_to_the_other_rules(extract):
    """Guard: the European Union is named as the agent of an earlier action, so "the Treasury said" does not decide
    the sentence: Norvik goes to the story's acting body, OFAC, as before."""
    found = designees(extract_markdown(extract, BODY_IN_ANOTHER_ROLE))
    assert ("Norvik Fuel Brokers", OFAC) in found and ("Norvik Fuel Brokers", TREASURY) not in found
