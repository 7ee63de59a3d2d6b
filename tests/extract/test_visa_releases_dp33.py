"""Firms of a release whose only authority bars entry, thirty-third session DP (issue 13). Section 7031(c)
designates officials and their family members; a State statement under it alone bolds the firms of its story, which
are no designees. Texts invented for these tests.
"""
from __future__ import annotations

from functools import partial

import pytest

from markdown_release import extract_markdown, relation_pairs

pytestmark = pytest.mark.slow

DB = "designated_by"
OFAC = "Office of Foreign Assets Control"
STATE = "U.S. Department of State"
run = partial(extract_markdown, date="2026-12-06")

HEAD = """# Designation of Former Kelvari Minister of Energy Tomas Velkor Drenn for Involvement in Significant Corruption

Press Statement

December 6, 2026

The Department of State is designating former Kelvari Minister of Energy **Tomas Velkor Drenn** under Section 7031(c) of the Department of State, Foreign Operations, and Related Programs Appropriations Act, 2026, due to his involvement in significant corruption.

While in office, Drenn steered fuel import tenders worth millions of dollars to **Lirov Fuel Imports SARL**, a company run by his cousin. In exchange, Drenn accepted payments routed through accounts held abroad.

In addition to Drenn, the Department is publicly designating his wife, **Ilsa Varo Drenn**. Such a designation renders the individuals generally ineligible for entry into the United States.
"""


def test_a_firm_of_a_visa_only_statement_is_no_designee(extract):
    """Section 7031(c) is the statement's only authority: the bold firm the minister steered tenders to is part of
    his story, not a designee (before, the bold-name reading gave it the State Department)."""
    assert relation_pairs(run(extract, HEAD), DB) == {("Tomas Velkor Drenn", STATE), ("Ilsa Varo Drenn", STATE)}


BLOCKING = HEAD + """
Concurrently, the Department of the Treasury's Office of Foreign Assets Control is designating **Lirov Fuel Imports SARL** pursuant to Executive Order 13818, which implements the Global Magnitsky Act.
"""


def test_a_firm_a_sentence_designates_under_an_executive_order_stays(extract):
    """The same statement with OFAC's concurrent action under an executive order: the firm is OFAC's designee."""
    assert relation_pairs(run(extract, BLOCKING), DB) == {
        ("Tomas Velkor Drenn", STATE), ("Ilsa Varo Drenn", STATE), ("Lirov Fuel Imports SARL", OFAC)}


STORY = """# U.S. bars former Kelvari energy minister, sanctions fuel importer

LIROV, Dec 6 (Meridian News) - The State Department on Saturday designated former Kelvari energy minister Tomas Velkor Drenn under Section 7031(c) over significant corruption, barring him from entering the United States.

The Treasury Department also sanctioned **Lirov Fuel Imports SARL**, the company that won the tenders, the department said.
"""


def test_a_firm_a_sentence_sanctions_stays_in_a_story_naming_no_executive_order(extract):
    """A story that names 7031(c) only but says the Treasury sanctioned the firm: the sentence designates it."""
    assert ("Lirov Fuel Imports SARL", "U.S. Department of the Treasury") in relation_pairs(run(extract, STORY), DB)


UK_NOTICE = """# UK sanctions Kelvari diamond executives

Press release

From: Foreign, Commonwealth & Development Office

Published 6 December 2026

The UK has today designated a former chairman of a Kelvari state diamond company and a Lisbon trading company under the Global Anti-Corruption Sanctions Regulations 2021.

The designations are:

- **Tomas Velkor Drenn**, former chairman of the board of the state diamond company.
- **Lirov Gemas Lda**, a private limited company in Lisbon that bought rough diamonds below market value.

The United States Department of State designated Drenn under Section 7031(c) in 2025.
"""


def test_another_governments_notice_that_names_a_7031c_designation_keeps_its_listed_firm(extract):
    """The UK lists the firm under its own regulations, which the gazetteers' programs do not name; the notice's one
    named program is the State Department's earlier 7031(c) action. The UK's firm stays listed (a first version, which
    did not ask for another government's body, dropped it)."""
    assert ("Lirov Gemas Lda", "United Kingdom") in relation_pairs(run(extract, UK_NOTICE), DB)
