"""Bold names under a removal heading, or in a release that only delists, are no designees (issue 13, twenty-eighth
session, DL, from the write half of the study sets): the bold-name rule read them under the headline's "Designates".
A release that both removes and designates keeps the designations of its other sections. Texts invented for these
tests.
"""
from __future__ import annotations

from functools import partial

import pytest

from graphbuild.extract.removal_sections import removes_only
from markdown_release import extract_markdown

DB = "designated_by"
OFAC = "Office of Foreign Assets Control"
run = partial(extract_markdown, date="2026-11-03")


def designations(relations: list[dict]) -> set[tuple[str, str]]:
    return {(r["subject"]["name"], r["object"]["name"]) for r in relations if r["relation"] == DB}


@pytest.mark.parametrize(("title", "removes"), [
    ("Treasury Removes Sanctions on Coastal Freight Operator After Sale", True),
    ("Persons Removed", True),
    ("Delisting Process", True),
    ("Treasury Removes Two Traders from the SDN List; Designates Grain Broker", False),
    ("Designations and Removals", False),
    ("Treasury Sanctions Grain Broker and Lifts Sanctions on Two Traders", False),
    ("New Designations", False),
    ("Background", False),
])
def test_a_title_that_only_removes(title: str, removes: bool) -> None:
    assert removes_only(title) is removes


BOTH = """# Treasury Removes Two Traders from the SDN List; Designates Grain Broker

WASHINGTON — Today, the U.S. Department of the Treasury's Office of Foreign Assets Control (OFAC) removed two individuals from the Specially Designated Nationals and Blocked Persons List (SDN List) and designated a grain broker that ships stolen wheat.

## PERSONS REMOVED

Both individuals resigned from the posts that formed the basis of their designations.

**Tomasz Verhoeven Adler** left **Corvanth Commodities Bank** in 2025 and now runs a bakery. **Ilse Marguerite Dunmore**, formerly a director of **Pellworth Harbour Services**, sold her shares in 2024.

## NEW DESIGNATION

**Ostrava Grain Routing LLC** (Ostrava Grain) ships wheat taken from occupied farms to buyers abroad. Ostrava Grain is designated pursuant to E.O. 14024 for operating in the transportation sector of the Russian Federation economy.
"""

ONLY = """# Treasury Removes Sanctions on Coastal Freight Operator After Sale

WASHINGTON — Today, the U.S. Department of the Treasury's Office of Foreign Assets Control (OFAC) removed **Marrowby Coastal Freight Ltd.** (Marrowby) from the Specially Designated Nationals and Blocked Persons List (SDN List). Today's action designates no new persons.

**Changes at the Firm**

In 2025, **Halvard Lines Holding AS** (Halvard) bought the firm and appointed **Renata Sofie Kallberg** its managing director. Under her management the firm ended its charters with the brokers involved.
"""


def test_names_under_a_removal_heading_are_no_designees(extract):
    """Main gave the two removed people and the bank and port firm they left to OFAC from the headline's "Designates";
    the broker of the designation section keeps its designation."""
    assert designations(run(extract, BOTH)) == {("Ostrava Grain Routing LLC", OFAC)}


def test_names_of_a_release_that_only_delists_are_no_designees(extract):
    """Main designated the buyer, the new manager and the bold line "Changes at the Firm"."""
    assert designations(run(extract, ONLY)) == set()


def test_a_designating_section_keeps_its_bold_names(extract):
    """The close case: the same names under a heading of their own in a release that only designates stay designees."""
    text = BOTH.replace("# Treasury Removes Two Traders from the SDN List; Designates Grain Broker",
                        "# Treasury Designates Grain Broker and Two Traders").replace(
        "removed two individuals from the Specially Designated Nationals and Blocked Persons List (SDN List) and designated",
        "designated two individuals and").replace("## PERSONS REMOVED", "## TRADERS").replace(
        "Both individuals resigned from the posts that formed the basis of their designations.",
        "Both individuals arrange the sales.").replace(
        "left **Corvanth Commodities Bank** in 2025 and now runs a bakery", "pays the farms' new owners").replace(
        ", formerly a director of **Pellworth Harbour Services**, sold her shares in 2024", " signs the contracts")
    assert designations(run(extract, text)) == {("Ostrava Grain Routing LLC", OFAC), ("Tomasz Verhoeven Adler", OFAC),
                                                ("Ilse Marguerite Dunmore", OFAC)}
