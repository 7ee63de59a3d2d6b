"""A bold post holder whom the release lists in a table row stays a designee (the lead, thirty-first session; texts
invented). "Its operations manager, **X**, ..." in prose, and then a table under "The following individuals were
designated today" that opens a row with X: the table, not the prose post, says what X is. 20a7bd7 dropped such a
designee (`extract.bold_post_holders`); a post holder named in no row stays out."""
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

**Kelso Trading LLC** (Kelso) moves the network's money through Velda. Its operations manager, **Tomas Brevik Alder**, negotiated the transfers with the network's buyers.

**Orrin Shipping Co.** (Orrin) carries the network's cargo. **Harlan Odegaard Vance** has been Orrin's general manager since 2021.

Kelso and Orrin are being designated for being owned or controlled by Mayne.

The following individuals were designated today by OFAC:

Name | Nationality | Role
Ansel Dorrit Mayne | Tarsk | Leader of the network
Tomas Brevik Alder | Tarsk | Operations manager, Kelso Trading LLC
"""

TARGETS = {("Ansel Dorrit Mayne", OFAC), ("Kelso Trading LLC", OFAC), ("Orrin Shipping Co.", OFAC)}


def test_a_post_holder_opening_a_table_row_stays_a_designee(extract):
    assert relation_pairs(run(extract, RELEASE), DB) == TARGETS | {("Tomas Brevik Alder", OFAC)}


def test_a_post_holder_in_no_row_stays_out(extract):
    """The general manager is named in prose only: an officer of a designated firm, not a target."""
    got = relation_pairs(run(extract, RELEASE), DB)
    assert ("Harlan Odegaard Vance", OFAC) not in got
