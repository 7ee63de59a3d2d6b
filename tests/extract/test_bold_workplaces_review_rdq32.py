"""Review of the bold workplaces (thirty-second session RDQ, issue 13): a firm named only where a person works is still
the release's designee when a sentence that designates says it designates companies ("and his company", "Both
companies are also being designated today"). Texts invented for these tests.
"""
from __future__ import annotations

from functools import partial

import pytest

from markdown_release import extract_markdown, relation_pairs

pytestmark = pytest.mark.slow

DB = "designated_by"
OFAC = "Office of Foreign Assets Control"
run = partial(extract_markdown, date="2026-12-04")

RELEASE = """# Treasury Sanctions the Grey Lantern Ransomware Group

Today, the U.S. Department of the Treasury's Office of Foreign Assets Control (OFAC) is designating the Russia-based ransomware group Grey Lantern and two of its core members.

**Grey Lantern** has extorted hospitals and school districts since 2022.

**Ivan Petrovich Sorokin** (Sorokin) develops the group's encryption software. Sorokin works by day as a software engineer at **Kalder Systems LLC** (Kalder), a Tver information technology company.

**Pavel Olegovich Demin** (Demin) launders the group's ransom payments. Before joining the group, Demin was a systems administrator at **Norvik Telecom LLC**, a regional internet provider.
"""
PEOPLE = {("Grey Lantern", OFAC), ("Ivan Petrovich Sorokin", OFAC), ("Pavel Olegovich Demin", OFAC)}
FIRMS = {("Kalder Systems LLC", OFAC), ("Norvik Telecom LLC", OFAC)}


def test_workplaces_a_later_sentence_designates_as_companies_stay_designees(extract):
    """'Both companies are also being designated today': the two workplaces are the companies it designates."""
    text = RELEASE + "\nBoth companies are also being designated today for having let the group use their servers.\n"
    assert relation_pairs(run(extract, text), DB) == PEOPLE | FIRMS


def test_workplaces_the_statement_counts_as_companies_stay_designees(extract):
    """'... two of its core members and two companies': the statement designates companies, and the release names no
    other firm than the two workplaces."""
    text = RELEASE.replace("two of its core members.", "two of its core members and two companies.")
    assert relation_pairs(run(extract, text), DB) == PEOPLE | FIRMS


def test_a_workplace_the_announcing_sentence_designates_as_his_company_stays(extract):
    """'designated X, the chief engineer at **Y**, and his company': the company is Y."""
    text = """# Treasury Sanctions a Kelvari Drone Engineer

Today, the U.S. Department of the Treasury's Office of Foreign Assets Control (OFAC) designated **Marek Ilvo Brenn**, the chief engineer at **Halden Forge LLC**, and his company, which builds attack drones for the Kelvari army.
"""
    assert relation_pairs(run(extract, text), DB) == {("Marek Ilvo Brenn", OFAC), ("Halden Forge LLC", OFAC)}


def test_workplaces_stay_dropped_when_no_designating_sentence_names_companies(extract):
    """The release designates a group and two people; 'company' only describes a workplace ('a Tver information
    technology company'), in no designating sentence: the workplaces stay no designees (DQ's reading kept)."""
    assert relation_pairs(run(extract, RELEASE), DB) == PEOPLE
