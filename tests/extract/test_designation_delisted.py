"""A name a delisting verb acts on is no designee (issue 13, P5): "OFAC removed X and Y from the SDN List" read as a
blocking sentence, so the scorer added Y (p 0.96 in the release below), and "OFAC also removed **Z** from the SDN List"
in a release that designates made bold Z a designee. The first verb above the name undoes the designation
(`action_sentences.undone`): the scorer's veto `v:negated` and the bold-name rule leave it out. Texts invented."""
from __future__ import annotations

from functools import partial

from markdown_release import extract_markdown

run = partial(extract_markdown, date="2026-11-11")

DELISTING = """# Treasury Removes Sanctions on Former Velmoran Shipping Executive

Press Releases

November 11, 2026

WASHINGTON — Today, the Department of the Treasury's Office of Foreign Assets Control (OFAC) removed **Gerrit Hallan** and **Sundby Marine AS** from the SDN List. Hallan resigned as chairman of Sundby Marine AS in 2025. Sundby Marine AS, formerly known as Velmoran Coastal Lines, has ended its dealings with the regime.

"Sanctions are not permanent," said OFAC Director Lina Sorvik.
"""

MIXED = """# Treasury Sanctions Tarsen Fuel Brokers

Press Releases

November 12, 2026

WASHINGTON — Today, the Department of the Treasury's Office of Foreign Assets Control (OFAC) designated **Quenby Fuel Trading LLC**, a broker that sells Tarsen fuel abroad. OFAC also removed **Larsk Tanker Services** from the SDN List after its new owners cut ties with the regime.
"""


def test_a_delisting_release_designates_nobody(extract, designated):
    assert designated(run(extract, DELISTING)) == set()


def test_a_name_removed_from_the_list_beside_a_designation_is_no_designee(extract, designated):
    assert designated(run(extract, MIXED)) == {("Quenby Fuel Trading LLC", "Office of Foreign Assets Control")}
