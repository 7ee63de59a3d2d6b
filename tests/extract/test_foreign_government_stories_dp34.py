"""Stories of another government's action that the gazetteers know no body of, thirty-fourth session DP (issue 13).

"Algeria has added ... to its national list", "China on Tuesday announced sanctions on ...": the action of the day
is that government's, and the one U.S. body the story names acts in a background clause ("designated ... by the U.S.
State Department since 2002", "In March, the U.S. Treasury's OFAC sanctioned ..."). The agentless listings ("Also
listed were X", "was also placed on the list") and the bold firms went to that background body, the story's most
named one. The other government's first action now keeps the count from choosing a background body, and a month with
no day ("In March") dates an earlier action. Texts invented for these tests (the countries are real: the gazetteers
know them as places, not as sanctioning bodies); each pair is exact.
"""
from __future__ import annotations

from functools import partial

import pytest

from markdown_release import extract_markdown, relation_pairs

pytestmark = pytest.mark.slow

DB = "designated_by"
OFAC = "Office of Foreign Assets Control"
STATE = "U.S. Department of State"
run = partial(extract_markdown, date="2026-03-27")

LISTING = """# Algeria lists desert militant commander and transport firm as terrorist

ALGIERS, March 27 - Algeria has added the commander of a militant group active along its southern border, two of his associates and a transport company to its national list of terrorist persons and entities, the official gazette showed on Thursday.

At the top of the list is Tarek Ould Mesral, the leader of Katibat Oued Zerga, an armed group that smuggles weapons across the border with Mali.

Also listed were Hamid Ag Soltane, who the commission said runs the group's supply network, and Nabil Kader Ferhat, a former customs officer who allegedly sold patrol schedules to the militants.

The company, Sarl Tassili Trans-Sud, operates a fleet of fuel tankers. Its manager, Yacine Mourad Belkadi, was also placed on the list.

The group's parent, the Sahara Jihad Front, has been designated as a Foreign Terrorist Organization by the U.S. State Department since 2002.
"""

TARIFF = """# China sanctions two U.S. drone makers over Taiwan arms package

BEIJING, Nov 4 (wire) — China on Tuesday announced sanctions on two U.S. defence companies in retaliation for Washington's approval of a package of drones for Taiwan.

The Chinese Ministry of Foreign Affairs said in a decision posted on its website that it would freeze any assets in China held by **Corvane Aerial Systems Inc.** and **Tidewell Autonomy Corp.**, and prohibit organisations and individuals in China from dealing with them.

The dispute comes a month after the U.S. Commerce Department added a Chinese company to its Entity List for supplying drone engines to Russia. In March, the U.S. Treasury's Office of Foreign Assets Control sanctioned that company's chairman, **Liang Weiguo**, for the same conduct.
"""

JOINT = """# U.S. and Algeria act against desert smuggling network

ALGIERS, March 27 - Algeria has added the commander of a militant group to its national list of terrorist persons and entities, the official gazette showed on Thursday.

The U.S. Treasury's Office of Foreign Assets Control on Thursday also sanctioned **Sarl Tassili Trans-Sud**, a transport company that carries fuel to the group, and its manager, **Yacine Mourad Belkadi**.
"""


def test_another_governments_listing_gives_its_names_no_background_body(extract):
    """Before: the three people "also listed" or "placed on the list" by Algeria went to the State Department, whose
    only act in the story is the parent group's designation since 2002 (which stays, an earlier action)."""
    assert relation_pairs(run(extract, LISTING), DB) == {("Sahara Jihad Front", STATE)}


def test_a_month_alone_dates_a_background_action(extract):
    """Before: "In March, ... OFAC sanctioned" was the story's action of the day, and the two firms China sanctions
    went to OFAC."""
    assert relation_pairs(run(extract, TARIFF), DB) == set()


def test_a_us_body_acting_the_same_day_keeps_its_designees(extract):
    """The close story: after Algeria's listing, OFAC "on Thursday also sanctioned" a firm and its manager."""
    assert relation_pairs(run(extract, JOINT), DB) == {("Sarl Tassili Trans-Sud", OFAC), ("Yacine Mourad Belkadi", OFAC)}


def test_a_month_with_its_day_is_no_earlier_action(nlp):
    """"on March 27" (and "in March 2025", an earlier year) are dated as before; "in March" alone is earlier."""
    from graphbuild.extract.described_dates import earlier_action

    def first(text: str) -> bool:
        return earlier_action(next(iter(nlp(text).sents)))

    assert [first("In March, the Treasury sanctioned the firm."), first("On March 27, the Treasury sanctioned the firm."),
            first("The Treasury sanctioned the firm in March 2025."), first("The Treasury sanctioned the firm today.")] \
        == [True, False, True, False]
