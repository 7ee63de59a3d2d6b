"""Final read's designation findings mended, thirteenth session (issue 13, M11).

- "X used its authority to designate Y", "X took action to sanction Y": the subject acts; only after a verb of
  persuading ("persuaded C to impose sanctions on Y") is the object the one acting.
- A possessive apostrophe inside a quotation ("In the sisters' case we have sanctioned ...") does not close it: the
  speaker named after the quotation is not designated.
- "X is listed as a terrorist group by the Department of State": a sanctions word in the post keeps the listing
  ("is listed as the owner of a sanctioned company" stays a company register's post).

Texts invented for these tests.
"""
from __future__ import annotations

import pytest

from markdown_release import extract_markdown

pytestmark = pytest.mark.slow

OFAC = "Office of Foreign Assets Control"
STATE = "U.S. Department of State"
UK = "United Kingdom"


USED_POWERS = """# Treasury Targets Fuel Network

May 4, 2025

WASHINGTON - Today, the U.S. Department of the Treasury's Office of Foreign Assets Control (OFAC) designated Dravo Fuel Company.

The United Kingdom used its new powers to sanction Penlow Metals Ltd.
"""

APOSTROPHE_IN_QUOTE = """# Britain sanctions traders

May 4, 2025 (Wire) - "In the sisters' case we have sanctioned Ardel Trading LLC and Fennic Oil Ltd," said spokesperson Rowan Tilby.
"""

LISTED_AS = """# Treasury Sanctions Militia Financiers

May 4, 2025

WASHINGTON - Today, the U.S. Department of the Treasury's Office of Foreign Assets Control (OFAC) designated Harvel Holding Company.

Morvan Tesk is listed as a foreign terrorist organization financier by the Department of State.

Halden Brigade is listed as a terrorist group by the Department of State.

Its treasurer, Ilsa Dorn, is listed as the owner of a sanctioned company.
"""


def test_a_body_using_its_powers_to_sanction_is_the_one_acting(extract, designated):
    assert designated(extract_markdown(extract, USED_POWERS)) == {
        ("Dravo Fuel Company", OFAC), ("Penlow Metals Ltd.", UK)}


def test_a_possessive_apostrophe_does_not_close_a_quotation(extract, designated):
    assert designated(extract_markdown(extract, APOSTROPHE_IN_QUOTE)) == {
        ("Ardel Trading LLC", UK), ("Fennic Oil Ltd", UK)}


def test_listed_as_a_terrorist_post_is_a_listing(extract, designated):
    assert designated(extract_markdown(extract, LISTED_AS)) == {
        ("Harvel Holding Company", OFAC), ("Morvan Tesk", STATE), ("Halden Brigade", STATE)}
