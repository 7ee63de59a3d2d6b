"""Objects that bring their own reason, two of them sharing one (issue 13, twenty-eighth session, DP, from the write
half of the study sets): "The Department of State is designating A for ..., and B and C for being leaders of A". B and C
are the State Department's designees as A is, not the release's under its opening body. Texts invented for these tests.
"""
from __future__ import annotations

from functools import partial

import pytest

from markdown_release import extract_markdown, relation_pairs

pytestmark = pytest.mark.slow

DB = "designated_by"
OFAC = "Office of Foreign Assets Control"
STATE = "U.S. Department of State"
run = partial(extract_markdown, date="2026-10-14")


def designations(relations: list[dict]) -> set[tuple[str, str]]:
    return relation_pairs(relations, DB)


RELEASE = """# Treasury and State Target Suppliers of Russian Glide Bombs

Today, the U.S. Department of the Treasury's Office of Foreign Assets Control (OFAC) is designating two companies in Armenia and Serbia that ship bearings to a Russian maker of glide bomb kits.

**THE RUSSIAN MAKER**

**Joint Stock Company Volzhsky Guidance Works** (VGW) assembles the wing kits. VGW's general director, **Pyotr Andreyevich Lomtev** (Lomtev), signs its import contracts, and **Daria Olegovna Sterkh** (Sterkh), his deputy, pays the suppliers.

The Department of State is designating VGW for operating or having operated in the defense and related materiel sector of the Russian Federation economy, and Lomtev and Sterkh for being or having been leaders or officials of VGW.

**THE SUPPLIERS**

**Araks Precision Parts LLC** and **Dunavski Lezajevi d.o.o.** ship the bearings. Both are being designated by OFAC pursuant to E.O. 14024.
"""

TARGETS = {("Joint Stock Company Volzhsky Guidance Works", STATE), ("Pyotr Andreyevich Lomtev", STATE),
           ("Daria Olegovna Sterkh", STATE), ("Araks Precision Parts LLC", OFAC), ("Dunavski Lezajevi d.o.o.", OFAC)}


def test_two_names_sharing_their_own_reason_are_the_state_departments(extract):
    """Main gave the two officers to OFAC, the release's opening body, through their bold names."""
    assert designations(run(extract, RELEASE)) == TARGETS


def test_one_name_with_its_own_reason_stays_the_state_departments(extract):
    """The reading before this session: one name after ", and" with its own "for"."""
    text = RELEASE.replace("and Lomtev and Sterkh for being", "and Lomtev for being").replace(
        "and **Daria Olegovna Sterkh** (Sterkh), his deputy, pays the suppliers", "and he approves the payments")
    assert designations(run(extract, text)) == TARGETS - {("Daria Olegovna Sterkh", STATE)}


def test_names_in_a_date_phrase_after_the_reason_are_no_targets(extract):
    """"..., and Lomtev and Sterkh in 2024": no reason of their own, so no designation of theirs in this sentence."""
    text = RELEASE.replace("and Lomtev and Sterkh for being or having been leaders or officials of VGW.",
                           "a company that hired Lomtev and Sterkh in 2024.").replace("**Pyotr Andreyevich Lomtev**", "Pyotr Andreyevich Lomtev") \
        .replace("**Daria Olegovna Sterkh**", "Daria Olegovna Sterkh")
    assert designations(run(extract, text)) == TARGETS - {("Pyotr Andreyevich Lomtev", STATE), ("Daria Olegovna Sterkh", STATE)}
