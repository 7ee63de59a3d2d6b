"""Bold people of a firm's paragraph whom the release's naming of designees leaves out, thirty-fourth session DP
(issue 13). A Treasury release bolds a designated firm's general manager in the firm's list item and then names its
designees in sentences of their own ("Lunar Bay and Bay Stone are designated ..."): the manager, whom no sentence
designates and who has no short name, is no designee. Texts invented for these tests; each pair is exact.
"""
from __future__ import annotations

from functools import partial

import pytest

from markdown_release import extract_markdown, relation_pairs

pytestmark = pytest.mark.slow

DB = "designated_by"
OFAC = "Office of Foreign Assets Control"
run = partial(extract_markdown, date="2026-03-27")

RELEASE = """# Treasury Sanctions Coastal Clan Laundering Drug Proceeds Through Casinos

**WASHINGTON** — Today, the U.S. Department of the Treasury's Office of Foreign Assets Control (OFAC) sanctioned the **Morav Clan**, a Montenegro-based transnational criminal organization, two of its leaders, and two companies through which the clan launders drug proceeds.

**Darko Velimir Morav** (Morav) founded the clan and remains its leader. He negotiates cocaine purchases directly with suppliers.

**Petar Lazo Velin** (Velin) runs the clan's operations at the port of Bar, where he pays dockworkers to release containers.

OFAC is designating the Morav Clan pursuant to E.O. 13581, as amended. Morav and Velin are designated for having acted or purported to act for or on behalf of the Morav Clan.

- **Casino Lunar Bay d.o.o.** (Lunar Bay) operates a casino on the waterfront where clan members turn bulk cash into gaming receipts. Serbian national **Ilan Mirko Tosic** has been Lunar Bay's general manager since 2021.
- **Bay Stone Gradnja d.o.o.** (Bay Stone) is a construction company that has built apartment complexes with clan money.

Lunar Bay and Bay Stone are designated pursuant to E.O. 13581, as amended, for being owned or controlled by the Morav Clan.
"""

DESIGNEES = {("Morav Clan", OFAC), ("Darko Velimir Morav", OFAC), ("Petar Lazo Velin", OFAC),
             ("Casino Lunar Bay d.o.o.", OFAC), ("Bay Stone Gradnja d.o.o.", OFAC)}
MANAGER = ("Ilan Mirko Tosic", OFAC)


def test_a_firms_manager_the_roll_leaves_out_is_no_designee(extract):
    """Before: the bold general manager of the casino's list item was a designee of the bold-name reading (the
    statement's "two of its leaders" names posts, so BH's post-holder test spared him)."""
    assert relation_pairs(run(extract, RELEASE), DB) == DESIGNEES


def test_a_firms_manager_the_roll_names_stays(extract):
    """The close release whose roll names him: "Lunar Bay, Bay Stone and Tosic are designated ..."."""
    text = RELEASE.replace("Lunar Bay and Bay Stone are designated", "Lunar Bay, Bay Stone and Tosic are designated")
    assert relation_pairs(run(extract, text), DB) == DESIGNEES | {MANAGER}


def test_a_manager_stays_where_no_sentence_names_the_firm(extract):
    """The close release that designates the firms by a count only ("Both companies are designated ..."): no sentence
    names the casino to leave the manager out of, and the bold reading keeps him, as before."""
    text = RELEASE.replace("Lunar Bay and Bay Stone are designated pursuant to E.O. 13581, as amended, for being",
                           "Both companies are designated for being")
    assert relation_pairs(run(extract, text), DB) == DESIGNEES | {MANAGER}


def test_a_manager_the_statements_count_needs_stays(extract):
    """Review RDP (34th session): "the Morav Clan, three of its leaders, and two companies" counts three people and the
    release bolds three: the casino's manager is the third designee, as he was before the firm-paragraph reading."""
    text = RELEASE.replace("two of its leaders", "three of its leaders")
    assert relation_pairs(run(extract, text), DB) == DESIGNEES | {MANAGER}
