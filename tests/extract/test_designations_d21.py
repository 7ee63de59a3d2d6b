"""Which body designates in a news story, seventeenth session (issue 13, D21).

- A story's lead "The United States on Thursday imposed sanctions on ..." announces the story's action: the designees
  read through the announcing body ("The most prominent name on the list is X", "X was also sanctioned") are the
  reporter's (OFAC), not those of a body that designated a background group earlier ("which the State Department
  designated as a Foreign Terrorist Organization in May"). The dateline's city cut off as a sentence of its own
  ("WASHINGTON" / ", Oct 23, 2025 — The United States ...") leaves the date the parser made a subject: still a dateline.
- A story's lower-case "the department" acting stands for the department it last named: "State Department
  spokesperson X said the department was designating Y" (State, in a story the Treasury reports), "The IRGC-QF was
  designated by Treasury in 2007. On Friday the department identified ... and designated the captain" (the Treasury,
  in a story whose lead is the State Department's).

Texts invented for these tests.
"""
from __future__ import annotations

import pytest

from markdown_release import extract_markdown
from relation_views import OFAC, STATE, TREASURY, current_designees

pytestmark = pytest.mark.slow


def _current(extract, text: str, date: str) -> set[tuple[str, str]]:
    return current_designees(extract_markdown(extract, text, date))


STORY = """# U.S. sanctions Veloran militia chiefs and a port official

By a staff correspondent

WASHINGTON, Oct 23, 2025 — The United States on Thursday imposed sanctions on two militia commanders in Veloria and a port official accused of letting their weapons through, the latest step by Washington against the armed groups.

The Treasury Department's Office of Foreign Assets Control said it had added three people to its Specially Designated Nationals list, freezing any U.S. assets they hold.

The most prominent name on the list is Dravik Osmund Telaro, who leads the Krasnar Brigade in the north. The brigade belongs to the Solvent Front coalition, which the State Department designated as a Foreign Terrorist Organization in May. His deputy, Maren Ostaveli Quint, was also sanctioned.

Attempts to reach the brigade for comment were unsuccessful.
"""


def test_a_storys_lead_announces_its_action(extract):
    found = _current(extract, STORY, "2025-10-23")
    assert ("Dravik Osmund Telaro", OFAC) in found
    assert ("Maren Ostaveli Quint", OFAC) in found
    assert not {pair for pair in found if pair[1] == STATE}


DEPARTMENT_STORY = """# U.S. acts against tanker network and its captain

August 30, 2019

WASHINGTON — The State Department on Friday designated Velmar Shipping Agency, a firm that books cargoes for the Qods Force, under the counterterrorism authority E.O. 13224.

The Qods Force itself was designated by Treasury in 2007. On Friday the department identified the tanker Meridian Vale as blocked property and designated the ship's captain, Orlan Vestry Kade, under the same order.

Greek officials have said they would not help the ship unload.
"""


def test_the_department_is_the_last_department_named(extract):
    found = _current(extract, DEPARTMENT_STORY, "2019-08-30")
    assert ("Orlan Vestry Kade", TREASURY) in found
    assert ("Orlan Vestry Kade", STATE) not in found


SPOKESPERSON_STORY = """# U.S. targets drone engine suppliers

WASHINGTON, May 6 (Wire) - The United States on Wednesday sanctioned a network that supplies engines to Iran's drone makers.

The Treasury Department said in a statement it had designated Castellan Motion Works Ltd, a Tarvan engine maker, under Executive Order 13382.

State Department spokesperson Irena Vastol said the department was designating Corvane Navigation Systems Company under Executive Order 13949 for supplying navigation modules to the drone makers.
"""


def test_a_spokespersons_department(extract):
    found = _current(extract, SPOKESPERSON_STORY, "2026-05-06")
    assert ("Corvane Navigation Systems Company", STATE) in found
    assert ("Corvane Navigation Systems Company", TREASURY) not in found
    assert ("Corvane Navigation Systems Company", OFAC) not in found


def test_a_releases_capitalised_department_is_its_own(extract):
    """Guard: a State Department note's "The Department" after a Treasury paragraph is still the State Department's."""
    text = ("# Designating Corrupt Officials\n\nPRESS STATEMENT\n\nMarch 10, 2026\n\nToday, the Department of State is "
            "designating Former Minister Oskar Vendral Mirth under Section 7031(c) due to his involvement in significant "
            "corruption.\n\nIn a concurrent action, the Department of the Treasury's Office of Foreign Assets Control "
            "designated Halvek Tarn Construction S.A.\n\nThe Department is also designating Mirth's spouse, Ilse Varno "
            "Mirth.\n")
    found = _current(extract, text, "2026-03-10")
    assert ("Ilse Varno Mirth", STATE) in found
    assert ("Ilse Varno Mirth", OFAC) not in found


def test_a_state_notes_visa_restrictions_do_not_take_ofacs_passives(extract):
    """Guard: a State note whose own act is "imposing visa restrictions on Z", with OFAC designating the rest in its
    own paragraph, keeps OFAC for the passives of that paragraph ("A and B were both designated today")."""
    text = ("# Sanctioning a Smuggling Network and a Corrupt Customs Official\n\nPress Statement\n\nJune 24, 2026\n\n"
            "Today, the United States is taking action against a smuggling network and a former official who helped it.\n\n"
            "The Department of the Treasury's Office of Foreign Assets Control (OFAC) designated the **Varden Smuggling "
            "Network**, a criminal organization, pursuant to Executive Order 13581. The network is led by **Tobren Ilmar "
            "Vask**, who runs the freight company **Ostrel Cargo Lines Ltd.** as a front. Ostrel Cargo hides the goods in "
            "its containers. Vask and Ostrel Cargo were both designated today.\n\n"
            "Concurrently, the Department of State is imposing visa restrictions on **Marek Ildo Salvane**, a former "
            "customs director, under Section 7031(c) due to his involvement in significant corruption.\n")
    found = _current(extract, text, "2026-06-24")
    assert ("Tobren Ilmar Vask", OFAC) in found
    assert ("Ostrel Cargo Lines Ltd.", OFAC) in found
    assert ("Tobren Ilmar Vask", STATE) not in found
