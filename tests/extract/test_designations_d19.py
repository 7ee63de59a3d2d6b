"""Designations in news stories and State notes, fifteenth session (issue 13, D19).

- Several other governments in one subject ("The United Kingdom, Canada and the European Union have also sanctioned X
  and Y", "Australia and Japan imposed sanctions on X"): each of them designates each target (only the first did).
- An active "listed" whose subject names a sanctioning body ("The European Union and the United Kingdom listed X"):
  a designation by each body (only "X was listed" was read).
- A bold name whose sentence says it "has not previously been designated" / "was not previously sanctioned": a
  statement about the past, no denial of today's action, so the bold-name rule keeps it.
- Another government's earlier action on bold designees ("The European Union has previously sanctioned A, B and C")
  no longer keeps them from the release's structural rules (nor from the membership its counted statement gives).
- A name that only describes the plural after "impose ... on" ("restrictive measures on several current MEB
  commissioners") is no target.

Texts invented for these tests.
"""
from __future__ import annotations

from functools import partial

import pytest

from markdown_release import extract_markdown
from relation_views import EU, OFAC, UK, designees

pytestmark = pytest.mark.slow


run = partial(extract_markdown, date="2026-03-03")


SEVERAL_GOVERNMENTS = """# Treasury Sanctions Marovian Arms Brokers

March 3, 2026

The Department of the Treasury's Office of Foreign Assets Control (OFAC) today designated Velkor Trading LLC and its director, Pavel Ostranik, for supplying drone engines to the Marovian army.

The European Union and the United Kingdom listed Velkor Trading LLC in 2025.

The United Kingdom, Canada and the European Union have also sanctioned Pavel Ostranik and his brother, Ilya Ostranik.

Ilya Ostranik was sanctioned by the European Union in 2022 and by the United Kingdom a year later.

Australia and Japan imposed sanctions on Korvessa Shipping Ltd in 2024.
"""


def test_each_government_of_a_subject_designates_each_target(extract):
    assert designees(run(extract, SEVERAL_GOVERNMENTS)) == {
        ("Velkor Trading LLC", OFAC), ("Pavel Ostranik", OFAC),
        ("Velkor Trading LLC", EU), ("Velkor Trading LLC", UK),
        ("Pavel Ostranik", UK), ("Pavel Ostranik", "Canada"), ("Pavel Ostranik", EU),
        ("Ilya Ostranik", UK), ("Ilya Ostranik", "Canada"), ("Ilya Ostranik", EU),
        ("Korvessa Shipping Ltd", "Australia"), ("Korvessa Shipping Ltd", "Japan"),
    }


PARTNERS_AND_LISTS = """# Treasury Sanctions Marovian Arms Brokers

March 3, 2026

The Department of the Treasury's Office of Foreign Assets Control (OFAC), in coordination with the United Kingdom and Canada, today designated Velkor Trading LLC.

The company's annual report listed Dorin Halvek as its auditor.
"""


def test_partners_and_a_listing_by_no_body_designate_nobody_more(extract):
    assert designees(run(extract, PARTNERS_AND_LISTS)) == {("Velkor Trading LLC", OFAC)}


NOT_PREVIOUSLY = """# Treasury Sanctions Suppliers of the Marovian Drone Program

March 3, 2026

Today, the Department of the Treasury's Office of Foreign Assets Control (OFAC) is designating two companies and one individual that supply engines to the Marovian drone program.

**Tessaly Motor Works LLC** is a Marovian manufacturer of piston engines. Tessaly Motor Works LLC has not previously been designated by OFAC.

**Brennock Components Ltd** ships engine parts to Tessaly Motor Works LLC from a free zone. Brennock Components Ltd was not previously sanctioned by any government.

**Orla Vendrake** is the general director of Brennock Components Ltd and signs its export contracts.

**Kasimir Dolt**, the company's accountant, is not designated today.
"""


def test_not_previously_designated_is_no_denial_of_todays_action(extract):
    found = {name for name, body in designees(run(extract, NOT_PREVIOUSLY)) if body == OFAC}
    assert found == {"Tessaly Motor Works LLC", "Brennock Components Ltd", "Orla Vendrake"}


EARLIER_FOREIGN_LISTING = """# Treasury Sanctions Marovian Lawmakers

March 3, 2026

Today, the Department of the Treasury's Office of Foreign Assets Control (OFAC) is designating three members of the Marovian National Council who approved the annexation law.

**Teodor Valisk Omrane** chairs the council's defense committee.

**Irina Pasek Dulova** chairs the council's budget committee.

**Maks Orvask Tavry** is the council's deputy speaker.

The European Union has previously sanctioned Omrane, Dulova and Tavry.
"""


def test_another_governments_earlier_action_leaves_the_bold_designees_to_the_release(extract):
    """The EU's earlier action no longer keeps the bold names from the release's own designation. Each designee holds
    one post at the council: the post the release states, which replaces the membership the counted statement
    ("three members of the Marovian National Council") gives (one relation per person and body since RTL's 203bca5,
    thirty-second session)."""
    relations = run(extract, EARLIER_FOREIGN_LISTING)
    names = {"Teodor Valisk Omrane", "Irina Pasek Dulova", "Maks Orvask Tavry"}
    assert designees(relations) == {(n, OFAC) for n in names} | {(n, EU) for n in names}
    posts = {(r["subject"]["name"], r["role"], r["object"]["name"]) for r in relations if r["relation"] == "holds_role"}
    assert posts == {("Teodor Valisk Omrane", "chairman of the defense committee", "Marovian National Council"),
                     ("Irina Pasek Dulova", "chairman of the budget committee", "Marovian National Council"),
                     ("Maks Orvask Tavry", "deputy speaker", "Marovian National Council")}


PLURAL_AFTER_ON = """# Treasury Sanctions Marovian Electoral Officials

March 3, 2026

The Department of the Treasury's Office of Foreign Assets Control (OFAC) today designated Dalia Orvenko, the president of the Marovian Electoral Board (MEB).

Canada and the European Union have imposed restrictive measures on several current MEB commissioners.

The United Kingdom imposed sanctions on Velkor Trading LLC in 2025.
"""


def test_a_name_describing_the_plural_after_impose_on_is_no_target(extract):
    """"sanctions on several MEB commissioners": the commissioners are sanctioned, not the board."""
    assert designees(run(extract, PLURAL_AFTER_ON)) == {
        ("Dalia Orvenko", OFAC), ("Velkor Trading LLC", UK),
    }
