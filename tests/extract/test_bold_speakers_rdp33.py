"""A Treasury release that bolds a designee who speaks, review of the thirty-third session (RDP).

DP's sign (a bold person named only as a speaker shows a document that bolds every person it names) must not read a
designee's own words as that sign: a release quoting what a bold designee said in a video still bolds its designees,
and the others' bold stays a designee's mark. Texts invented for these tests.
"""
from __future__ import annotations

from functools import partial

import pytest

from markdown_release import extract_markdown, relation_pairs

pytestmark = pytest.mark.slow

DB = "designated_by"
OFAC = "Office of Foreign Assets Control"
run = partial(extract_markdown, date="2026-12-06")

RELEASE = """# Treasury Sanctions Leaders of Violent Militia

December 6, 2026

WASHINGTON — Today, the Department of the Treasury's Office of Foreign Assets Control (OFAC) took action against the Brenholt Liberation Front, a militia that has attacked civilians in eastern Varenia.

"The Brenholt Liberation Front has terrorized villages for years," said Under Secretary of the Treasury for Terrorism and Financial Intelligence Mara Quellen.

**Dorin Askel Varo** commands the Front's fighters and directs its attacks on civilians.

**Tamsin Rell Odrano** said in a video posted in March that the Front would keep attacking the villages.

**Piet Yorran Lusk** manages the Front's finances and buys its weapons abroad.
"""


def test_a_bold_designee_who_speaks_leaves_the_releases_other_bold_designees(extract):
    """The designee described by what she said is introduced by no post, as a story introduces whom it quotes: the
    release's other bold people stay its designees (DP's first version dropped both). Whether the speaking designee
    herself is read is not this test's concern; the quoted Under Secretary is never a designee."""
    pairs = {p for p in relation_pairs(run(extract, RELEASE), DB) if p[0] != "Tamsin Rell Odrano"}
    assert pairs == {("Dorin Askel Varo", OFAC), ("Piet Yorran Lusk", OFAC)}


def test_a_story_that_bolds_its_titled_spokesperson_still_shows_the_sign(extract):
    """DP's sign holds where the speaker is introduced by a post: the minister who welcomed the sanctions is no
    designee."""
    story = """# U.S. sanctions Varenian militia commander

WASHINGTON, Dec 6 (Meridian News) - The Treasury Department on Saturday said it had sanctioned militia commander **Dorin Askel Varo**.

"These accusations are false," government spokesperson **Ilka Merrow Dace** told reporters.

Brenholt's interior minister, **Osric Tamm Ledo**, welcomed the sanctions.
"""
    assert relation_pairs(run(extract, story), DB) == {("Dorin Askel Varo", "U.S. Department of the Treasury")}
