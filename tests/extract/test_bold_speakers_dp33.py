"""Bold people in documents that bold the people who speak, thirty-third session DP (issue 13). A Treasury release
bolds its designees; a wire story or another government's notice that bolds a spokesperson who "told reporters"
bolds every person it names, so there a bold person is no designee by the bold alone. Texts invented for these tests.
"""
from __future__ import annotations

from functools import partial

import pytest

from markdown_release import extract_markdown, relation_pairs

pytestmark = pytest.mark.slow

DB = "designated_by"
OFAC = "Office of Foreign Assets Control"
run = partial(extract_markdown, date="2026-12-06")

STORY = """# U.S. sanctions Kelvari colonel and a fuel trader over militia support

By Ana Mirel

WASHINGTON, Dec 6 (Meridian News) - The United States on Saturday imposed sanctions on a Kelvari army colonel and a fuel trader it accused of supplying the Drava militia with weapons and cash.

The Treasury Department's Office of Foreign Assets Control said it had designated Colonel **Tomas Velkor Drenn**, commander of the army's 4th Brigade, and the Lirov fuel trader **Marek Ilvo Brenn**.

Kelvar rejected the move. "These accusations are false," government spokesperson **Ilsa Varo Kettrin** told reporters in Lirov.

Dravia's trade minister, **Petra Lenn Osk**, welcomed the sanctions and called on the European Union to follow.

The designations freeze any U.S. assets of those named and generally bar Americans from dealing with them.
"""


def test_a_person_who_reacts_in_a_story_that_bolds_its_speakers_is_no_designee(extract):
    """The spokesperson bolded beside "told reporters" shows the story bolds every person it names: the minister who
    welcomed the sanctions is bold as the spokesperson is, not as a target (before, the bold-name reading gave her
    OFAC). The two people the sentence designates stay."""
    assert relation_pairs(run(extract, STORY), DB) == {("Tomas Velkor Drenn", OFAC), ("Marek Ilvo Brenn", OFAC)}


NOTICE = """# Government of Canada lists the Velkor Network as a terrorist entity

News release

Public Safety Canada

December 6, 2026

Today, the Minister of Public Safety announced that the Government of Canada has listed the **Velkor Network** as a terrorist entity under the Criminal Code.

The Velkor Network is a criminal organization that carries out extortion against business owners in three provinces.

The network is directed from abroad by its founder. His brother, **Oskar Lenn Velkor**, manages the network's finances from Dubai. At home, its operations have been run by **Havel Tomas Brenn**, who coordinates the recruitment of young shooters.

Police Commissioner **Nadia Ilse Korrin**, who leads the federal policing program, said that more than 40 investigations had been linked to the network since 2023.

The listing makes it a criminal offence to knowingly deal in property owned or controlled by the Velkor Network.
"""


def test_members_of_a_listed_network_in_a_notice_that_bolds_its_speakers_are_no_designees(extract):
    """The notice lists the network; the two members it bolds are described, never listed (before, the bold-name
    reading gave each of them Canada's listing)."""
    assert relation_pairs(run(extract, NOTICE), DB) == {("Velkor Network", "Canada")}


RELEASE = """# Treasury Sanctions Kelvari Fuel Smugglers

December 6, 2026

Today, the Department of the Treasury's Office of Foreign Assets Control (OFAC) is sanctioning two fuel smugglers who supply the Drava militia.

**Tomas Velkor Drenn** runs a fleet of tanker trucks across the border into Dravia.

**Marek Ilvo Brenn** pays the militia's commanders for safe passage of the convoys.

"Those who fuel this militia's violence will be held to account," said Under Secretary Jonah Pell.
"""


def test_a_release_that_bolds_no_speaker_keeps_its_bold_designees(extract):
    """A Treasury release bolds its designees and not its speaker: the two bold smugglers, named by no designating
    sentence, are designees by the bold reading as before."""
    assert relation_pairs(run(extract, RELEASE), DB) == {("Tomas Velkor Drenn", OFAC), ("Marek Ilvo Brenn", OFAC)}


COMPANIES = """# U.S. sanctions Kelvari trader and his Dubai firms over militia gold

DUBAI, Dec 6 (Meridian News) - On Tuesday, the Treasury Department's Office of Foreign Assets Control (OFAC) sanctioned the trader **Adam Velkor Drenn** and two companies he controls in Dubai.

Drenn registered **Velkor Brothers General Trading L.L.C.** in 2015, and he is also the owner of **Lirov Gold Refining FZCO**, a small refinery in a free zone.

The refinery's operations manager, **Rakesh Tomas Pillan**, said the refinery complied with local regulations.
"""


def test_bold_firms_a_story_counts_stay_designees_where_it_bolds_its_speakers(extract):
    """The speaker's bold says how the story writes people, not firms: the two companies the action counts, named
    in bold in the next paragraph, stay OFAC's designees; the speaking manager is none."""
    assert relation_pairs(run(extract, COMPANIES), DB) == {
        ("Adam Velkor Drenn", OFAC), ("Velkor Brothers General Trading L.L.C.", OFAC), ("Lirov Gold Refining FZCO", OFAC)}


TITLED = """# Treasury Sanctions Kelvari Gold Smugglers

December 6, 2026

Today, the Department of the Treasury's Office of Foreign Assets Control (OFAC) is sanctioning a company and an individual that smuggle gold for the Drava militia.

"The militia has turned Kelvar's gold into a war chest," said **Secretary of the Treasury Jonah Pell**. "We are cutting off the traders who convert that gold into cash."

The militia's principal company is **Lirov Minerals Company Limited** (Lirov Minerals), which runs mines in the north of Kelvar. Its managing director, **Hana Tomas Velkor** (Velkor), signs export papers that misstate the gold's origin.
"""


def test_a_release_that_bolds_its_secretary_with_his_title_keeps_its_bold_designees(extract):
    """The bold holding the Secretary's title with his name marks the release's own speaker, as Treasury does: the
    managing director with her short name stays a designee of the bold reading (the first version of the rule,
    counting any bold speaker, dropped her)."""
    assert relation_pairs(run(extract, TITLED), DB) == {("Lirov Minerals Company Limited", OFAC), ("Hana Tomas Velkor", OFAC)}


UK_NOTICE = """# UK sanctions shadow fleet manager and two tankers

Press release

From: Foreign, Commonwealth & Development Office

Published 6 December 2026

The UK has today designated a ship manager, its director and two oil tankers that carry Russian crude in breach of the oil price cap.

The designations are:

- **Kelso Ship Management Ltd**, registered in Victoria, Seychelles, which manages at least eleven tankers.
- **Tomas Velkor Drenn**, sole director of Kelso Ship Management Ltd.
- **LIROV STAR** (IMO 9312457)
- **NORTHERN KESTREL** (IMO 9288014)

Minister for Sanctions **Ilsa Marta Varo-Kettrin** said:

> Russia's shadow fleet is old, badly insured and dangerous. Today we are going after the people who run it.

## Notes to editors

- Full details of today's designations are available on the UK Sanctions List.
- The Office of Financial Sanctions Implementation (OFSI), part of HM Treasury, enforces the asset freeze. Its director, **Hana Lenn Osk**, will set out guidance to the maritime sector at a briefing next week.
"""


def test_a_director_in_notes_to_editors_of_a_notice_that_bolds_its_minister_is_no_designee(extract):
    """The minister bolded beside "said:" (a hyphenated name) shows how the notice sets names: the enforcing office's
    director in the notes is no designee (before, the bold-name reading gave her the UK); the listed items stay."""
    assert relation_pairs(run(extract, UK_NOTICE), DB) == {
        ("Kelso Ship Management Ltd.", "United Kingdom"), ("Tomas Velkor Drenn", "United Kingdom"),
        ("LIROV STAR", "United Kingdom"), ("NORTHERN KESTREL", "United Kingdom")}
