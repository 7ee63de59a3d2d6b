"""Designations in State and news text (twenty-third session, issue 13, S).

A capital standing for its government ("Ottawa's measures ... name three targets:") left its list without an actor,
and the list went to the U.S. body the story named in its background; "In 2023, the Department designated Y" in a
note that names no department went to the one government it names; in a court story, a reward offer or a story of
other governments' actions, where no body acts today, the bold names and the scorer's names went to the body named
most. A sanctioning government the gazetteer does not know (New Zealand) gives its own listing to the one government
its notice names (left, a strict xfail). Texts invented for these tests.
"""
from __future__ import annotations

import pytest

from markdown_release import extract_markdown
from relation_views import STATE, current_designees, designees

pytestmark = pytest.mark.slow

NEW_ZEALAND = "New Zealand"
CANADA = "Canada"

OWN_NOTICE = """# Sanctions imposed on Brantovian officials over forced transfers

New Zealand has today imposed travel bans and asset freezes on two individuals and one entity involved in moving children out of occupied districts of Velmaria.

The measures target people already subject to sanctions imposed by the United Kingdom.

Those listed today are:

- Teodor Marek Vaskelis, head of a regional resettlement office;
- Dalia Osipovna Menkova, director of a summer camp used to hold the children;
- Korvel Youth Movement, a cadet organisation that ran the camp's drills.
"""


def test_a_notice_of_a_known_government_lists_for_itself(extract):
    """New Zealand's own list is New Zealand's, not the United Kingdom's named in passing (x09's shape): the `New
    Zealand` entry of authorities.yaml (twenty-fourth session, N; a strict xfail until then)."""
    assert designees(extract_markdown(extract, OWN_NOTICE)) == {
        ("Teodor Marek Vaskelis", NEW_ZEALAND), ("Dalia Osipovna Menkova", NEW_ZEALAND),
        ("Korvel Youth Movement", NEW_ZEALAND),
    }


CAPITAL_LIST = """# Canada sanctions leaders of a Brantovian hacking crew

OTTAWA, March 3 (Harbor Wire) - Canada on Tuesday imposed sanctions on the alleged leaders of Grey Lantern, a hacking crew blamed for attacks on hospitals.

Ottawa's measures, taken under its economic measures law, name three targets:

1. Arvid Pelle Kessel, whom Canadian officials called the crew's founder;
2. Jonas Brekke Ostrand, who ran the crew's payments and also directs Lantern Soft LLC, a software firm; and
3. Lantern Soft LLC itself, which officials said hired the crew's programmers.

The U.S. Treasury Department's Office of Foreign Assets Control (OFAC) designated Kessel in May 2024, and the State Department has offered a reward for his arrest.

Ostrand could not be reached for comment.
"""


def test_a_capital_acting_gives_its_list_its_government(extract):
    """"Ottawa's measures ... name three targets:": Canada's list; OFAC's earlier designation of the founder stays
    OFAC's; Ostrand, named in a sentence of his own, is no designee of the State Department named in the background."""
    found = designees(extract_markdown(extract, CAPITAL_LIST))
    assert found == {
        ("Arvid Pelle Kessel", CANADA), ("Jonas Brekke Ostrand", CANADA), ("Lantern Soft LLC", CANADA),
        ("Arvid Pelle Kessel", "Office of Foreign Assets Control"),
    }


@pytest.mark.parametrize("text", [
    # a dateline and a place: no government acts
    "LONDON, March 3 (Harbor Wire) - The U.S. Treasury on Tuesday sanctioned Orrin Tide Marine FZE, a London-based broker.",
    "The U.S. Treasury on Tuesday sanctioned Orrin Tide Marine FZE, whose owner lives in London.",
])
def test_a_capital_as_a_place_is_no_actor(extract, text):
    assert designees(extract(text, {"date": "2026-03-03"})) == {("Orrin Tide Marine FZE", "U.S. Department of the Treasury")}


def test_a_capital_as_the_subject_acts(extract):
    """"London imposed sanctions on X": the United Kingdom's designation."""
    found = designees(extract("London on Tuesday imposed sanctions on Orrin Tide Marine FZE, a Dubai-based broker.",
                              {"date": "2026-03-03"}))
    assert found == {("Orrin Tide Marine FZE", "United Kingdom")}


EARLIER_BY_THE_DEPARTMENT = """# Tenth Anniversary of the Ceasefire in Velmaria

PRESS STATEMENT

Ada R. Collins, Department Spokesperson

May 18, 2025

Ten years ago today, the fighting in Velmaria came to an end. In 2021, the Department publicly designated General Osip Travnik, then commander of the Velmarian army, under Section 7031(c). In 2023, the Department designated Colonel Rena Volk on the same basis. In March of this year, the United Kingdom also imposed sanctions on Travnik.
"""


def test_the_department_of_an_earlier_action_is_no_government(extract):
    """"In 2023, the Department designated Y" in a note that names no department: not the United Kingdom, the one
    sanctioning body it names (w08's shape); the United Kingdom's own sentence stays its. Since FX (twenty-sixth
    session) the Department is the one body the header names (a "PRESS STATEMENT": the State Department), an earlier
    designation each (not current, given the release's date), as w08's gold has them (optional)."""
    assert designees(extract_markdown(extract, EARLIER_BY_THE_DEPARTMENT)) == {
        ("Osip Travnik", "United Kingdom"), ("Osip Travnik", STATE), ("Rena Volk", STATE)}
    assert not current_designees(extract_markdown(extract, EARLIER_BY_THE_DEPARTMENT, "2025-05-18")) & {
        ("Osip Travnik", STATE), ("Rena Volk", STATE)}


COURT_STORY = """# U.S. charges four in scheme to ship chips to Brantovia

NEW YORK, Nov 5 (Harbor Wire) - Federal prosecutors have charged a Brantovian businessman already under U.S. sanctions and three associates with smuggling microchips to Brantovian arms makers, the Justice Department said on Wednesday.

The Treasury Department's Office of Foreign Assets Control designated **Teodor Vaskelis** and his firm **Korvel Components LLC** in May 2024.

The others charged are:

- **Dalia Menkova**, general manager of **Lusk Trading Ltd.**, a trading company that prosecutors say re-exported the chips;
- **Ivo Brand**, a director of **Pemberly Parts Pte. Ltd.**, a distributor in Port Verran;
- **Rena Holt**, who prosecutors say kept the network's books.

The indictment was not accompanied by new sanctions designations.
"""


def test_the_defendants_of_a_court_story_are_no_designees(extract):
    """No body acts today in a court story: its bold defendants are nobody's designees; the earlier designation stays
    OFAC's (l12's shape)."""
    assert designees(extract_markdown(extract, COURT_STORY)) == {
        ("Teodor Vaskelis", "Office of Foreign Assets Control"), ("Korvel Components LLC", "Office of Foreign Assets Control"),
    }


REWARD_OFFER = """# Rewards for Justice - Reward Offer for Information on Leaders of the Grey Lantern Militia

MEDIA NOTE

Office of the Spokesperson

The U.S. Department of State's **Rewards for Justice** program is offering rewards of up to $5 million each for information on three leaders of the militia **Grey Lantern**. The Secretary of State designated Grey Lantern as a Foreign Terrorist Organization in 2024.

RFJ is seeking information on the following individuals:

**Arvid Pelle Kessel** is the commander of Grey Lantern. The Department designated him as a Specially Designated Global Terrorist in 2024.

**Jonas Brekke Ostrand** heads the militia's drone unit.

**Lina Osk Ravel** is the militia's chief financial official.
"""


def test_the_people_a_reward_is_offered_for_are_no_designees(extract):
    """A reward offer designates nobody today: the people sought are not designated; the earlier designations stay
    the State Department's (l07's shape)."""
    assert designees(extract_markdown(extract, REWARD_OFFER)) == {
        ("Grey Lantern", "U.S. Department of State"), ("Arvid Pelle Kessel", "U.S. Department of State"),
    }


TOOK_ACTION = """# United States and United Kingdom Jointly Target Suppliers of Drone Parts

December 1, 2026

**WASHINGTON** — Today, the U.S. Department of the Treasury's Office of Foreign Assets Control (OFAC) took action against one individual and two entities that ship drone engines to Brantovian arms makers.

- **Korvel Engines Ltd** (Korvel), a Port Verran company whose director is **Osip Travnik** (Travnik), has shipped hundreds of engines to Brantovia.
- **Lusk Parts FZE** (Lusk), in Dubai, paid for the shipments.

Korvel is being designated for operating in the technology sector of the Brantovian economy.

Today, the United Kingdom's Foreign, Commonwealth and Development Office (FCDO) sanctioned Korvel and Travnik.
"""


def test_a_release_that_took_action_today_keeps_its_bold_designees(extract):
    """"Today, OFAC took action against ..." and "... are being designated": an action of today, whatever body the
    release names most; its bold names (Lusk, named nowhere else) stay OFAC's beside the FCDO's own (guard, g10's shape)."""
    found = designees(extract_markdown(extract, TOOK_ACTION))
    assert {("Korvel Engines Ltd", "Office of Foreign Assets Control"), ("Lusk Parts FZE", "Office of Foreign Assets Control")} <= found
