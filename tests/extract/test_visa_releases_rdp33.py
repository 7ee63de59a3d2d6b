"""A Section 7031(c) statement that pairs its action with the Treasury's, review of the thirty-third session (RDP).

Section 7031(c) designates people only, so DP's rule drops the firms of a document whose only named programs bar
entry. A State statement that names the Treasury's same-day action writes that action's program in words the
gazetteers do not know ("Russia-related authorities") or not at all; its firms are the Treasury's designees, not
firms of the official's story. Texts invented for these tests.
"""
from __future__ import annotations

from functools import partial

import pytest

from markdown_release import extract_markdown, relation_pairs

pytestmark = pytest.mark.slow

DB = "designated_by"
OFAC = "Office of Foreign Assets Control"
TREASURY = "U.S. Department of the Treasury"
STATE = "U.S. Department of State"
run = partial(extract_markdown, date="2026-12-06")

HEAD = """# Designation of Former Varenian Transport Minister Oskar Venmaro for Involvement in Significant Corruption

Press Statement

December 6, 2026

The Department of State is designating former Varenian Transport Minister **Oskar Venmaro** under Section 7031(c) of the Department of State, Foreign Operations, and Related Programs Appropriations Act, 2026, due to his involvement in significant corruption.

"""


def test_a_firm_ofac_takes_action_against_under_unnamed_authorities_is_ofacs_designee(extract):
    """OFAC's same-day action under "Russia-related authorities" (no program the gazetteers know): the firm is OFAC's
    designee (DP's first version dropped it; before it, the bold names gave it to the State Department)."""
    text = HEAD + ("Concurrently, the Department of the Treasury's Office of Foreign Assets Control (OFAC) is taking "
                   "action against **Quarren Harbour Holdings Ltd.**, a company owned by Venmaro, under Russia-related authorities.\n")
    assert relation_pairs(run(extract, text), DB) == {("Oskar Venmaro", STATE), ("Quarren Harbour Holdings Ltd.", OFAC)}


def test_the_firms_a_treasury_action_describes_by_paragraph_are_the_treasurys_designees(extract):
    """"The Department of the Treasury is also taking action today against two companies" and a bold paragraph on each:
    no sentence with a designating verb names them, and both are the Treasury's designees."""
    text = HEAD + """The Department of the Treasury is also taking action today against two companies Venmaro controls.

**Quarren Harbour Holdings Ltd.** is a Cyprus-registered shipping firm that received port concessions from Venmaro.

**Pellmar Logistics LLC** moved the proceeds of the concessions to accounts abroad.
"""
    assert relation_pairs(run(extract, text), DB) == {
        ("Oskar Venmaro", STATE), ("Quarren Harbour Holdings Ltd.", TREASURY), ("Pellmar Logistics LLC", TREASURY)}


def test_a_firm_whose_property_the_treasury_blocked_is_the_treasurys_designee(extract):
    """"The Department of the Treasury blocked the property of **X**": a blocking action, not the statement's visa
    designation."""
    text = HEAD + ("Separately, the Department of the Treasury blocked the property of **Quarren Harbour Holdings Ltd.**, "
                   "a company owned by Venmaro.\n")
    assert relation_pairs(run(extract, text), DB) == {("Oskar Venmaro", STATE), ("Quarren Harbour Holdings Ltd.", TREASURY)}


def test_a_firm_of_the_officials_story_stays_no_designee(extract):
    """The guard of DP's rule holds: with no Treasury action named, the firm the minister steered concessions to is
    part of his story."""
    text = HEAD + "While in office, Venmaro steered port concessions to **Quarren Harbour Holdings Ltd.**, a company run by his nephew.\n"
    assert relation_pairs(run(extract, text), DB) == {("Oskar Venmaro", STATE)}
