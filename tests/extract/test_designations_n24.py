"""Designations in State and news text (twenty-fourth session, issue 13, N).

A release that counts only people ("designating four officials") gave the bodies it set in bold about them (their
council, their ministry's initials) its designations; a reward offer naming two people gave one of them to the State
Department its sentence names; a story whose lead is another's reaction and whose action is "OFAC added two officials to
its Specially Designated Nationals list", then "They are **X** and **Y**", gave X and Y to the body of a separate
action named later; New Zealand, a sanctioning government the gazetteer did not know, lost its own listings to the
one government its notice named. Texts invented for these tests.
"""
from __future__ import annotations

import pytest

from markdown_release import extract_markdown
from relation_views import OFAC, STATE, TREASURY, UK, designees

pytestmark = pytest.mark.slow

COUNTED_PEOPLE = """# Treasury Sanctions Officials of Velmarian Security Service

WASHINGTON - Today, OFAC designated two individuals for their roles in the crackdown.

**Rena Holt** is the director of the **Velmarian State Security Service**. **Pavel Grusk** is the deputy head of the **Korvel Police Directorate**.
"""

COUNTED_PEOPLE_STATE = """# Designation of Velmarian Officials

MEDIA NOTE

Office of the Spokesperson

Today, the Department of State is designating three officials of the Government of Velmaria for undermining democracy. Two of them sit on Velmaria's National Election Board (**NEB**); the third is a deputy minister at the Ministry of Security (**MINSEG**).

- **Teodor Vaskelis** is the president of the NEB.
- **Dalia Menkova** is a member of the NEB.
- **Ivo Brand** is a deputy minister of security.
"""


@pytest.mark.parametrize(("text", "expected"), [
    (COUNTED_PEOPLE, {("Rena Holt", OFAC), ("Pavel Grusk", OFAC)}),
    (COUNTED_PEOPLE_STATE, {("Teodor Vaskelis", STATE), ("Dalia Menkova", STATE), ("Ivo Brand", STATE)}),
])
def test_a_release_counting_people_designates_no_bold_body(extract, text, expected):
    """"designated two individuals", "designating three officials": the bold unit, board or ministry initials they
    serve are no designees (l05's shape)."""
    assert designees(extract_markdown(extract, text)) == expected


COUNTED_PEOPLE_AND_ENTITY = """# Treasury Sanctions Velmarian Smuggling Network

WASHINGTON - Today, OFAC designated two individuals and one entity for their roles in smuggling fuel.

**Rena Holt** leads the network. **Pavel Grusk** is her deputy. **Lusk Trading Ltd.** is the network's front company.
"""


def test_a_release_counting_an_entity_keeps_its_bold_firm(extract):
    """Guard: "two individuals and one entity": the bold firm is the entity counted (passes on main 171a433 too)."""
    assert designees(extract_markdown(extract, COUNTED_PEOPLE_AND_ENTITY)) == {
        ("Rena Holt", OFAC), ("Pavel Grusk", OFAC), ("Lusk Trading Ltd.", OFAC)}


REWARD_OFFER = """# Rewards for Justice – Reward Offer for Information on Grey Lantern Leaders

The U.S. Department of State's Rewards for Justice (RFJ) program is offering a reward of up to $5 million each for information on **Arvid Kessel** and **Jonas Ostrand**, two leaders of the Grey Lantern hacking crew.

Kessel and Ostrand directed attacks on hospitals in 2024. The Department of the Treasury designated Kessel in May 2024.
"""


def test_a_reward_offer_designates_nobody(extract):
    """The State Department offers a reward for two people; only the Treasury's earlier designation stands."""
    assert designees(extract_markdown(extract, REWARD_OFFER)) == {("Arvid Kessel", TREASURY)}


ADDED_TO_THE_LIST = """# Velmaria condemns U.S. blacklisting of prison chiefs

KORVEL CITY, May 7 (Harbor Wire) - Velmaria on Thursday condemned U.S. sanctions on three of its prison officials, calling them an insult to its courts.

The U.S. Treasury Department's Office of Foreign Assets Control (OFAC) on Tuesday added two officials to its Specially Designated Nationals list, freezing any assets they hold in the United States.

They are **Teodor Vaskelis**, the head of the prison service, and **Dalia Menkova**, the warden of Lusk prison.

In a separate step the same day, the State Department designated **Ivo Brand**, a deputy interior minister, under a visa-ban law.

Velmaria's foreign ministry said the accusations were invented.
"""


def test_adding_to_the_sdn_list_announces_the_story(extract):
    """"OFAC ... added two officials to its Specially Designated Nationals list" announces the story: "They are **X**
    and **Y**" are OFAC's, not the State Department's of the separate step named after (v06's shape)."""
    assert designees(extract_markdown(extract, ADDED_TO_THE_LIST)) == {
        ("Teodor Vaskelis", OFAC), ("Dalia Menkova", OFAC), ("Ivo Brand", STATE)}


NEW_ZEALAND = "New Zealand"

PARTNERS_TODAY = """# Treasury Sanctions Brantovian Cyber Actors

WASHINGTON - Today, OFAC designated Arvid Kessel, a member of the Grey Lantern hacking crew. Today's action is being taken in coordination with Australia, New Zealand and the United Kingdom, which are also imposing sanctions on Kessel.
"""


def test_new_zealand_acting_with_partners_is_a_government(extract):
    """New Zealand is a sanctioning government like Australia and the United Kingdom beside it."""
    assert designees(extract_markdown(extract, PARTNERS_TODAY)) == {
        ("Arvid Kessel", OFAC), ("Arvid Kessel", "Australia"), ("Arvid Kessel", NEW_ZEALAND), ("Arvid Kessel", UK)}


@pytest.mark.parametrize("text", [
    "WASHINGTON - Today, OFAC designated Ivo Brand, a Velmarian broker, and Lusk Trading Ltd., a New Zealand-registered company.",
    "WASHINGTON - Today, OFAC designated Ivo Brand, a New Zealand national, and Lusk Trading Ltd., his company.",
])
def test_new_zealand_as_a_place_is_no_actor(extract, text):
    """Guard: a New Zealand company or national is no New Zealand designation."""
    assert designees(extract(text, {"date": "2026-03-03"})) == {("Ivo Brand", OFAC), ("Lusk Trading Ltd.", OFAC)}


STATE_PARAGRAPH = """# Treasury Sanctions Timber Company for Bribery Scheme

WASHINGTON - Today, the Department of the Treasury's Office of Foreign Assets Control (OFAC) sanctioned **Lusk Timber Ltd.**, a logging company that paid bribes to Velmarian officials.

The Department of State is designating **Orrin Vale**, a former governor of Velmaria's Coastal Province, for his involvement in significant corruption. Vale now serves as a deputy minister of lands. The Department is also designating Vale's wife, **Mira Vale**. These designations are made under Section 7031(c).
"""


def test_the_department_of_a_state_paragraph_is_the_state_department(extract):
    """"The Department is also designating Vale's wife" two sentences after "The Department of State is designating
    Orrin Vale" in a Treasury release, a sentence about Vale between: the State Department's (v10's shape)."""
    assert designees(extract_markdown(extract, STATE_PARAGRAPH)) == {
        ("Lusk Timber Ltd.", OFAC), ("Orrin Vale", STATE), ("Mira Vale", STATE)}


@pytest.mark.parametrize(("text", "expected"), [
    # the Treasury release's own "the Department": its own earlier action
    ("WASHINGTON - Today, OFAC sanctioned Pavel Grusk, a Velmarian general. Grusk commands the northern army. The Department "
     "designated Lusk Trading Ltd., Grusk's company, in 2021.", {("Pavel Grusk", OFAC), ("Lusk Trading Ltd.", OFAC)}),
    # "The Department" right after the State Department's sentence
    ("WASHINGTON - Today, OFAC sanctioned Lusk Timber Ltd. Concurrently, the Department of State is designating Orrin Vale, "
     "a former governor, under Section 7031(c). The Department is also designating his son, Teo Vale, under the same "
     "authority.", {("Lusk Timber Ltd.", OFAC), ("Orrin Vale", STATE), ("Teo Vale", STATE)}),
])
def test_the_department_keeps_the_body_last_acting(extract, text, expected):
    """Guards: both pass on main 171a433 too."""
    assert designees(extract(text, {"date": "2026-03-03"})) == expected


STATE_STATEMENT_WITH_OFAC_LISTING = """# Sanctions on Velmarian Arms Procurement Officials

PRESS STATEMENT

Ada R. Collins, Department Spokesperson

March 3, 2026

Today, the Department of State is imposing sanctions on two officials of Velmaria's arms procurement agency for buying missiles from Brantovia.

The individuals sanctioned today are:

**Teodor Vaskelis**, the agency's deputy director; and

**Dalia Menkova**, head of its air defense department.

The Department of the Treasury's Office of Foreign Assets Control is adding these individuals to the SDN List today.
"""


def test_a_release_adding_to_the_sdn_list_keeps_its_own_body(extract):
    """Guard: in the State Department's own statement OFAC's "is adding these individuals to the SDN List" does not
    announce the release (t11_06's shape; passes on main 171a433 too, failed on a first version that read "add ... to
    the SDN List" as announcing in every document)."""
    assert designees(extract_markdown(extract, STATE_STATEMENT_WITH_OFAC_LISTING)) == {
        ("Teodor Vaskelis", STATE), ("Dalia Menkova", STATE)}
