"""Targets a counted statement announces and the paragraphs after it name, each opening with a described subject
(twenty-first session, issue 13, D25).

A State note designates "three of the group's commanders and one of its financiers" and then gives a paragraph to
each ("The group's founder and leader, X, has planned ...", "Y's chief of operations, Z, leads ..."); a wire story's
Treasury "designated three individuals" and names them in paragraphs opening "The network's accountant, X, ...".
The partitive count ("three of the group's commanders") made no group statement, and a paragraph whose subject is a
common noun with the name set beside it was no described target. Texts invented for these tests.
"""
from __future__ import annotations

import pytest

from markdown_release import extract_markdown
from relation_views import STATE, TREASURY, designees

pytestmark = pytest.mark.slow

LEADERS = """Terrorist Designations of Harrow Valley Front Commanders

Press Statement
Secretary of State Miriam T. Oakhurst
March 3, 2027

The United States is designating the Harrow Valley Front (HVF), an armed group that has attacked villages along the Teslin river since 2021, as a Specially Designated Global Terrorist under Executive Order 13224. We are also designating three of the group's commanders and one of its financiers.

HVF grew out of a split within an older militia and now controls several river crossings. Its fighters have burned clinics and kidnapped teachers.

The group's founder and leader, Corvin Aldo Pemberton, has planned every large HVF raid since 2021.

HVF's chief of operations, Dalia Rosk Venn, leads the group's mobile units and directed the June 2026 attack on a border post.

Ismet Ward Holloran, who runs HVF's propaganda office, records the group's videos.

Ottilie Brand Castor, a former clerk at a regional bank, moved the group's money through accounts abroad.

Why This Matters

"These designations cut the group off from the money it needs," said Secretary of State Miriam T. Oakhurst.

The Department of State's Rewards for Justice program is offering a reward of up to $3 million for information on the group's finances.
"""


def test_a_partitive_count_and_apposed_openings_name_the_targets(extract):
    """"three of the group's commanders and one of its financiers" counts four people; the four paragraphs name them."""
    found = designees(extract_markdown(extract, LEADERS))
    assert found == {("Harrow Valley Front", STATE), ("Corvin Aldo Pemberton", STATE), ("Dalia Rosk Venn", STATE),
                     ("Ismet Ward Holloran", STATE), ("Ottilie Brand Castor", STATE)}


STORY = """# U.S. sanctions Quorlan rocket fuel suppliers

WASHINGTON, June 9 (Meridian Wire) - The United States on Wednesday imposed sanctions on suppliers of solid rocket fuel to Quorlan's missile program.

The Treasury Department said in a statement that it had designated three individuals under an executive order that targets proliferators of weapons of mass destruction.

The network's accountant, Marta Ilse Varga, keeps the books of a state chemical plant, according to the Treasury.

The plant's deputy director, Soren Mattis Okonjo, has signed contracts with foreign brokers since 2022.

Lenka Oriel Dubrow arranged shipments of ammonium perchlorate through a free trade zone.

A spokesman for the chemical plant, Tomas Hale, did not respond to a request for comment.
"""


def test_a_story_s_paragraphs_open_with_the_counted_targets(extract):
    """"designated three individuals": the accountant, the deputy director and the shipper; not the plant's spokesman,
    whom "A spokesman for ..., Y," brings into the story."""
    found = designees(extract_markdown(extract, STORY))
    assert found == {("Marta Ilse Varga", TREASURY), ("Soren Mattis Okonjo", TREASURY), ("Lenka Oriel Dubrow", TREASURY)}


GUARD_MORE = """Terrorist Designations of Harrow Valley Front Commanders

Press Statement
Secretary of State Miriam T. Oakhurst
March 3, 2027

The United States is designating the Harrow Valley Front (HVF), an armed group that has attacked villages along the Teslin river since 2021, as a Specially Designated Global Terrorist under Executive Order 13224. We are also designating two of the group's commanders.

The group's founder and leader, Corvin Aldo Pemberton, has planned every large HVF raid since 2021.

HVF's chief of operations, Dalia Rosk Venn, leads the group's mobile units and directed the June 2026 attack on a border post.

Ismet Ward Holloran, a local mayor, negotiated the release of two teachers last year.

Ottilie Brand Castor, a regional governor, condemned the group's raids.

The Department of State's Rewards for Justice program is offering a reward of up to $3 million for information on the group's finances.
"""


def test_more_described_people_than_the_count_name_no_targets(extract):
    """Guard: "two of the group's commanders" and four people described after it: the paragraphs describe others too."""
    assert designees(extract_markdown(extract, GUARD_MORE)) == {("Harrow Valley Front", STATE)}


BOLD_RELATIVE = """# Treasury Sanctions Timber Smuggling Network

WASHINGTON - Today, the U.S. Department of the Treasury's Office of Foreign Assets Control (OFAC) is sanctioning two individuals and one entity for their roles in a timber smuggling network.

**Arvo Selden Kask** is the owner of **Brightwater Logging Ltd.**, a company that exported logs cut without permits.

Kask's nephew, Tobias Lenn Kask, is the harbor agent who books the company's cargo.

**Ilka Varo Penn** forged the export permits that the company filed with customs officials.
"""


def test_a_plain_name_in_a_release_of_bold_targets_is_no_described_target(extract):
    """Guard: the release sets its targets in bold; "Kask's nephew, Y, is ..." describes a relative, no target."""
    found = {name for name, _ in designees(extract_markdown(extract, BOLD_RELATIVE))}
    assert found == {"Arvo Selden Kask", "Brightwater Logging Ltd.", "Ilka Varo Penn"}
