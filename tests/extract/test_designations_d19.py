"""Designations in news stories and State notes, fifteenth session (issue 13, D19).

- Several other governments in one subject ("The United Kingdom, Canada and the European Union have also sanctioned X
  and Y", "Australia and Japan imposed sanctions on X"): each of them designates each target (only the first did).
- An active "listed" whose subject names a sanctioning body ("The European Union and the United Kingdom listed X"):
  a designation by each body (only "X was listed" was read).

Texts invented for these tests.
"""
from __future__ import annotations

from functools import partial

import pytest

from markdown_release import extract_markdown

pytestmark = pytest.mark.slow

DB = "designated_by"
OFAC = "Office of Foreign Assets Control"
EU = "European Union"
UK = "United Kingdom"

run = partial(extract_markdown, date="2026-03-03")


def designees(relations: list[dict]) -> set[tuple[str, str]]:
    return {(r["subject"]["name"], r["object"]["name"]) for r in relations if r["relation"] == DB}


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
