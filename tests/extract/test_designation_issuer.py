"""Whose designation it is in a State Department statement (issue 13, D6): the release's issuer, read from its source.

"The United States is designating", "We are designating the following:", "The Secretary of State is designating" speak
for the body whose statement the release is (`extract/issuer.py`), not for the U.S. body the text names most (OFAC,
named in the concurrent action and the reporting duty). A bold name in the concurrent OFAC paragraph stays OFAC's.
Texts invented for these tests.
"""
from __future__ import annotations

from functools import partial

import pytest

from graphbuild.extract.issuer import _header
from markdown_release import extract_markdown

pytestmark = pytest.mark.slow

DB = "designated_by"
OFAC = "Office of Foreign Assets Control"
STATE = "U.S. Department of State"


run = partial(extract_markdown, date="2026-05-12")  # run(extract, markdown text)


STATEMENT = """Sanctioning Timber Barons Who Fund the Militias of the Eastern Highlands

PRESS STATEMENT

Office of the Spokesperson

May 12, 2026

The United States is designating three individuals and one company that finance the militias of the eastern highlands with the proceeds of illegal logging. The Department of State is taking this action pursuant to Executive Order (E.O.) 14098.

We are designating the following:

- **Orvald Kestimir Braune**, the owner of a sawmill in the highland capital who pays the militias for safe passage.
- **Leontyne Varga Osei**, who keeps the accounts of the logging convoys.
- **Pellham Ridge Timber Ltd.**, a company that exports the logs.

In a concurrent action, the Department of the Treasury's Office of Foreign Assets Control (OFAC) is designating **Casimir Dovrak Hallen**, a broker who sells the timber abroad, as well as **Northmere Freight Brokers Ltd.**, a company he controls. OFAC acts pursuant to E.O. 14098.

As a result of today's action, all property and interests in property of the persons above that are in the United States must be blocked and reported to OFAC. Questions may be sent to OFAC.
"""


def test_a_state_statement_designates_in_its_own_voice(extract, facts):
    relations = run(extract, STATEMENT)
    facts(relations, {(DB, "Orvald Kestimir Braune", STATE, None), (DB, "Leontyne Varga Osei", STATE, None),
                      (DB, "Pellham Ridge Timber Ltd.", STATE, None), (DB, "Casimir Dovrak Hallen", OFAC, None),
                      (DB, "Northmere Freight Brokers Ltd.", OFAC, None)}, kinds=(DB,))


LETTERHEAD = """U.S. DEPARTMENT OF STATE

Terrorist Designation of a Coastal Smuggling Commander

June 3, 2026

The Secretary of State is designating Amadou Kerlin Sesay, a commander of the coastal smuggling wing of a terrorist group, as a Specially Designated Global Terrorist. In a related action, the Department of the Treasury's Office of Foreign Assets Control (OFAC) designated Tidewater Haulage SARL, a company that moves the group's fuel. Persons who deal with them may be reported to OFAC. OFAC publishes the entries on its list.
"""


def test_the_secretary_of_state_acts_for_the_department(extract, facts):
    relations = run(extract, LETTERHEAD)
    facts(relations, {(DB, "Amadou Kerlin Sesay", STATE, None), (DB, "Tidewater Haulage SARL", OFAC, None)}, kinds=(DB,))


TREASURY = """Treasury Sanctions Gold Smugglers Financing the Militias of the Eastern Highlands

May 12, 2026

The United States is designating two individuals who smuggle gold for the militias of the eastern highlands. Today, the Department of the Treasury's Office of Foreign Assets Control (OFAC) is designating Rasmus Oyelade Fenwick and Ilsabet Morrow Quarshie pursuant to E.O. 14098. The Department of State welcomes the action.
"""


def test_a_treasury_release_stays_ofacs(extract, facts):
    relations = run(extract, TREASURY)
    facts(relations, {(DB, "Rasmus Oyelade Fenwick", OFAC, None), (DB, "Ilsabet Morrow Quarshie", OFAC, None)}, kinds=(DB,))


def test_the_header_ends_at_the_first_paragraph():
    assert _header(STATEMENT) == ["Sanctioning Timber Barons Who Fund the Militias of the Eastern Highlands", "PRESS STATEMENT",
                                  "Office of the Spokesperson", "May 12, 2026"]


TREASURY_BODY = "U.S. Department of the Treasury"

NEWS = """U.S. blacklists timber barons who pay highland militias

WASHINGTON, May 12 (Harbor Wire) - The United States on Tuesday sanctioned two timber exporters accused of paying militias in the eastern highlands for safe passage of illegal logs, the Treasury Department said.

The Treasury said it was also blacklisting Pellham Ridge Timber Ltd., a company that ships the logs to the coast.

In a separate notice, the State Department said it was designating Casimir Dovrak Hallen, a militia commander who collects the payments.

A spokesman for Pellham Ridge Timber did not respond to a request for comment.
"""


def test_a_news_story_gives_each_designation_to_the_body_that_said_it_acted(extract, facts):
    relations = run(extract, NEWS)
    facts(relations, {(DB, "Pellham Ridge Timber Ltd.", TREASURY_BODY, None), (DB, "Casimir Dovrak Hallen", STATE, None)}, kinds=(DB,))


SECTIONS = """Designating Gold Traders and Commanders Who Finance the Highland Militias

MEDIA NOTE

Office of the Spokesperson

May 12, 2026

The Department of State and the Department of the Treasury are today taking action against two commanders of the highland militias and two traders who buy the gold the militias mine.

STATE DEPARTMENT DESIGNATIONS

Orvald Kestimir Braune commands the militias' northern brigade. Braune is being designated pursuant to E.O. 13224.

TREASURY DESIGNATIONS

Leontyne Varga Osei is a gold trader in the highland capital who pays the militias a share of each purchase. Osei is being designated for having materially assisted the militias.

Casimir Dovrak Hallen exports the gold to refiners abroad. Hallen is being designated for having materially assisted Osei.
"""


def test_a_section_heading_names_the_body_of_its_designations(extract, facts):
    relations = run(extract, SECTIONS)
    facts(relations, {(DB, "Orvald Kestimir Braune", STATE, None), (DB, "Leontyne Varga Osei", TREASURY_BODY, None),
                      (DB, "Casimir Dovrak Hallen", TREASURY_BODY, None)}, kinds=(DB,))
