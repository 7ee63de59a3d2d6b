"""False designations of the bold-name reading, thirty-second session DQ (issue 13): a list's intro that governs bold
names written before it, and bold firms named only as where a person works. Texts invented for these tests.
"""
from __future__ import annotations

from functools import partial

import pytest

from markdown_release import extract_markdown, relation_pairs

pytestmark = pytest.mark.slow

DB = "designated_by"
OFAC = "Office of Foreign Assets Control"
STATE = "U.S. Department of State"
run = partial(extract_markdown, date="2026-12-04")

STATEMENT = """# Terrorist Designations of a Kelvari Militant Group

PRESS STATEMENT

December 4, 2026

The Department of State is today designating **Ostrava Front** (OF) and its emir **Tomas Velkor Drenn** as Specially Designated Global Terrorists pursuant to Executive Order (E.O.) 13224. At the same time, the Department of the Treasury's Office of Foreign Assets Control (OFAC) is designating a facilitator who moved ransom money for the group.

## The group's leader

**Tomas Velkor Drenn** has led the Ostrava Front since 2023, when he replaced its founder after an army raid.

## Treasury's concurrent action

OFAC's designations, also taken under E.O. 13224, target the people who turned ransom payments into cash:

- **Marek Ilvo Brenn**, a money changer in Lirov who split the transfers into small amounts.
"""


def test_a_list_intro_governs_no_bold_name_before_it(extract):
    """OFAC's intro ends in a colon and opens its list: the emir, bolded in a paragraph above it, is the State
    Department's designee only (before, the nearest statement of the section was OFAC's and gave him OFAC too)."""
    assert relation_pairs(run(extract, STATEMENT), DB) == {
        ("Ostrava Front", STATE), ("Tomas Velkor Drenn", STATE), ("Marek Ilvo Brenn", OFAC)}


RELEASE = """# Treasury Sanctions the Grey Lantern Ransomware Group

Today, the U.S. Department of the Treasury's Office of Foreign Assets Control (OFAC) is designating the Russia-based ransomware group Grey Lantern and two of its core members.

**Grey Lantern** has extorted hospitals and school districts since 2022.

**Ivan Petrovich Sorokin** (Sorokin) develops the group's encryption software. Sorokin works by day as a software engineer at **Kalder Systems LLC** (Kalder), a Tver information technology company.

**Pavel Olegovich Demin** (Demin) launders the group's ransom payments. Before joining the group, Demin was a systems administrator at **Norvik Telecom LLC**, a regional internet provider.
"""


def test_bold_workplaces_are_no_designees(extract):
    """The two firms are where the members work or worked; the release designates the group and the members."""
    assert relation_pairs(run(extract, RELEASE), DB) == {
        ("Grey Lantern", OFAC), ("Ivan Petrovich Sorokin", OFAC), ("Pavel Olegovich Demin", OFAC)}


DESIGNATED_WORKPLACE = RELEASE.replace(
    "two of its core members.", "two of its core members, together with a company that employs one of them.") + """
**Kalder Systems LLC** lets the group test its software on the company's servers.
"""


def test_a_workplace_that_opens_its_own_paragraph_stays_a_designee(extract):
    """A firm that opens a paragraph of its own is named as more than a workplace: the bold reading keeps it."""
    assert relation_pairs(run(extract, DESIGNATED_WORKPLACE), DB) == {
        ("Grey Lantern", OFAC), ("Ivan Petrovich Sorokin", OFAC), ("Pavel Olegovich Demin", OFAC), ("Kalder Systems LLC", OFAC)}


NAMED_WORKPLACE = RELEASE + """
Kalder is being designated for having materially assisted Grey Lantern.
"""


def test_a_workplace_a_sentence_designates_stays_a_designee(extract):
    """A sentence that designates the firm by its short name is the rules' reading, which the workplace test leaves
    as it is."""
    assert relation_pairs(run(extract, NAMED_WORKPLACE), DB) == {
        ("Grey Lantern", OFAC), ("Ivan Petrovich Sorokin", OFAC), ("Pavel Olegovich Demin", OFAC), ("Kalder Systems LLC", OFAC)}


QUOTED = """# Treasury Sanctions Grain Traders in Occupied Kelvar

Today, the U.S. Department of the Treasury's Office of Foreign Assets Control (OFAC) designated **Tavrin Grain LLC** (Tavrin), which ships grain taken from farms in occupied Kelvar.

"Anyone who buys, ships or finances this grain may be dealing with persons already on the SDN List," added OFAC Director Marta Quillen Hale.
"""


def test_added_after_a_quote_names_its_speaker(extract):
    """'," added OFAC Director X' says who spoke; the SDN List inside the quote adds no one to it."""
    assert relation_pairs(run(extract, QUOTED), DB) == {("Tavrin Grain LLC", OFAC)}
