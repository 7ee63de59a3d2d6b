"""Review mend X1 item 2, twenty-second session (docs/robustness.md "Review leftovers, twenty-second session (R)",
"Review mends (X1/X2)"). Invented texts, exact relations; each case but the guards fails on main 082d382.

"X, better known as Y LLC's main financier, and Z": Y LLC is a body named inside a description of X, not X's other
name; read as the alias it took X's designation and X was lost. The name is an alias only as the whole appositive.
"""
from __future__ import annotations

import pytest

from relation_views import OFAC, TREASURY, designees

pytestmark = pytest.mark.slow

TODAY = {"date": "2026-11-04"}


@pytest.mark.parametrize("text, expected", [
    ("Today, OFAC designated Arvid Kessel, better known as Vanta Trade LLC's main financier.",
     {("Arvid Kessel", OFAC)}),
    # guards: a whole appositive after "better known as" is still the person's other name (R2)
    ("Today, OFAC designated Marek Oravec, better known as Abu Karim.", {("Marek Oravec", OFAC)}),
    ("The Treasury Department said Marek Tomas Oravec, better known as Abu Karim Oravec, heads the Vellin Finance "
     "Office. It designated both the office and Oravec under a counterterrorism order.",
     {("Marek Tomas Oravec", TREASURY)}),
])
def test_a_name_inside_a_better_known_description_is_no_alias(extract, text, expected):
    """"X, better known as Y LLC's main financier": X designated, Y LLC not (X1 item 2)."""
    assert designees(extract(text, TODAY)) == expected


def test_the_described_person_keeps_the_designation_before_a_conjunct(extract):
    """The reviewer's sentence: Kessel designated, Vanta Trade LLC not (X1 item 2)."""
    found = designees(extract("Today, OFAC designated Arvid Kessel, better known as Vanta Trade LLC's main financier, "
                              "and Jonas Brekke.", TODAY))
    assert ("Arvid Kessel", OFAC) in found and ("Vanta Trade LLC", OFAC) not in found


def test_the_conjunct_after_a_better_known_description_is_designated(extract):
    """The true set of the reviewer's sentence: both people (left after X1; read since R of the twenty-third session,
    `designation_windows._after_other_name`)."""
    found = designees(extract("Today, OFAC designated Arvid Kessel, better known as Vanta Trade LLC's main financier, "
                              "and Jonas Brekke.", TODAY))
    assert found == {("Arvid Kessel", OFAC), ("Jonas Brekke", OFAC)}
