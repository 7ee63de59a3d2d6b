"""Bold post holders a release counts no room for and never designates are no designees (issue 13, thirty-first
session BH): "Its operations manager, **X**, was arrested", "**X** has been Y's general manager since 2021", "**X**
acts as Y's company secretary", in a release whose statements count no people. A post holder with a short name
defined after it ("Y's founder, **X** (X), ...") or named in a sentence that designates it stays. Texts invented for
these tests.
"""
from __future__ import annotations

from functools import partial

import pytest

from markdown_release import extract_markdown, relation_pairs

pytestmark = pytest.mark.slow

DB = "designated_by"
OFAC = "Office of Foreign Assets Control"
run = partial(extract_markdown, date="2026-11-03")

RELEASE = """# Treasury Sanctions the Varnok Smuggling Network

Today, the Department of the Treasury's Office of Foreign Assets Control (OFAC) sanctioned a smuggling network based in Tarsk, the man who runs it, and the companies that launder its proceeds.

**Ansel Dorrit Mayne** (Mayne) leads the network. Mayne is being designated for having acted for or on behalf of the network.

**Kelso Trading LLC** (Kelso) moves the network's money through Velda. Its operations manager, **Tomas Brevik Alder**, was arrested by local police in 2023 and released on bail.

**Orrin Shipping Co.** (Orrin) carries the network's cargo. **Harlan Odegaard Vance** has been Orrin's general manager since 2021, and **Pim Rastor Quell** acts as Orrin's company secretary.

Kelso and Orrin are being designated for being owned or controlled by Mayne.
"""

TARGETS = {("Ansel Dorrit Mayne", OFAC), ("Kelso Trading LLC", OFAC), ("Orrin Shipping Co.", OFAC)}


def test_bold_post_holders_no_sentence_designates_are_no_designees(extract):
    """The operations manager, the general manager and the company secretary are the firms' officers, not targets."""
    assert relation_pairs(run(extract, RELEASE), DB) == TARGETS


def test_a_post_holder_with_a_short_name_stays_a_designee(extract):
    """"Its operations manager, **X** (X), ...": Treasury defines a short name for the people it designates."""
    text = RELEASE.replace("**Tomas Brevik Alder**, was arrested", "**Tomas Brevik Alder** (Alder), was arrested")
    assert relation_pairs(run(extract, text), DB) == TARGETS | {("Tomas Brevik Alder", OFAC)}


def test_a_post_holder_a_sentence_designates_stays_a_designee(extract):
    """The criterion sentence names the general manager: a designee."""
    text = RELEASE.replace("Kelso and Orrin are being designated", "Kelso, Orrin and Vance are being designated")
    assert relation_pairs(run(extract, text), DB) == TARGETS | {("Harlan Odegaard Vance", OFAC)}


def test_a_count_with_room_leaves_post_holders_to_the_count(extract):
    """"four individuals": the release counts its people, so the count, not this rule, weighs the post holders
    (`designation_parties.over_count`); four people are found and all stay."""
    text = RELEASE.replace("the man who runs it, and the companies", "four individuals, and two companies")
    assert relation_pairs(run(extract, text), DB) == TARGETS | {("Tomas Brevik Alder", OFAC), ("Harlan Odegaard Vance", OFAC),
                                                                ("Pim Rastor Quell", OFAC)}


def test_a_statement_that_names_people_by_their_posts_keeps_the_post_holders(extract):
    """"two companies ... and their managers": the statement designates the firms' post holders."""
    text = RELEASE.replace("sanctioned a smuggling network based in Tarsk, the man who runs it, and the companies that launder its proceeds",
                           "is designating the leader of a smuggling network, two companies that launder its proceeds, and their managers")
    assert relation_pairs(run(extract, text), DB) == TARGETS | {("Tomas Brevik Alder", OFAC), ("Harlan Odegaard Vance", OFAC),
                                                                ("Pim Rastor Quell", OFAC)}


def test_a_post_holder_who_opens_a_paragraph_stays_a_designee(extract):
    """"**X** has been Y's finance director since 2020." opening its own paragraph: the paragraph describes X, as Treasury
    describes each designee; the firms' officers stand inside the firms' paragraphs."""
    text = RELEASE + "\n**Lio Fennet Strand** has been Kelso's finance director since 2020.\n"
    assert relation_pairs(run(extract, text), DB) == TARGETS | {("Lio Fennet Strand", OFAC)}


TABLE = """
The following individuals were designated today by OFAC:

Name | Nationality | Role
Ansel Dorrit Mayne | Tarsk | Leader of the network
Tomas Brevik Alder | Tarsk | Operations manager, Kelso Trading LLC
"""


def test_a_post_holder_opening_a_table_row_stays_a_designee(extract):
    """A row of the release's table of designees names the operations manager (the lead, thirty-first session:
    20a7bd7 dropped such a designee); the general manager and the company secretary, in no row, stay out."""
    assert relation_pairs(run(extract, RELEASE + TABLE), DB) == TARGETS | {("Tomas Brevik Alder", OFAC)}
