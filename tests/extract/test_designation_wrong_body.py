"""Designations the issuer and section rules gave to the wrong body (issue 13, P6's hostile probe of D6's rules).

Each text attacks one way a designation reaches a body that did not make it: another country's minister saying
"we have sanctioned", a foreign ministry that "said it had sanctioned", "the designation of X by OFAC" in a State
statement, a Treasury list under its own heading after a State statement's "The United States is designating", and a
heading that names the State Department but designates no one. Texts invented for these tests.
"""
from __future__ import annotations

from functools import partial

import pytest

from markdown_release import extract_markdown

pytestmark = pytest.mark.slow

DB = "designated_by"
OFAC = "Office of Foreign Assets Control"
TREASURY = "U.S. Department of the Treasury"
STATE = "U.S. Department of State"
FCDO = "Foreign, Commonwealth and Development Office"


run = partial(extract_markdown, date="2026-05-12")  # run(extract, markdown text)


FOREIGN_WE = """Treasury Sanctions Smuggling Network in Coordination with Partner Government

October 6, 2026

WASHINGTON — Today, the Department of the Treasury's Office of Foreign Assets Control (OFAC) designated Gerlinde Moravec Tosh and Baltic Reef Shipping OU for smuggling fuel to the Caldoran military.

"We have sanctioned Oleksandr Petrak Dunmore and his firm Amberline Cargo today under our national law," said the Foreign Minister of Estovia, Kaarel Sepp Ilves. "We will keep acting alongside our partners."

All property and interests in property of these persons that are in the United States must be blocked.
"""


def test_we_in_a_foreign_ministers_quote_is_not_the_releases_body(extract, facts):
    facts(run(extract, FOREIGN_WE), {(DB, "Gerlinde Moravec Tosh", OFAC, None), (DB, "Baltic Reef Shipping OU", OFAC, None)}, kinds=(DB,))


FOREIGN_OFFICE = """U.S. and Britain sanction shipping network tied to oil trade

LONDON, May 2 (Newswire) - The United States and Britain on Thursday imposed sanctions on a network of shipping companies accused of moving oil for the Caldoran government.

The U.S. Treasury Department said it was blacklisting Brightwater Maritime Holdings. Britain's Foreign Office said it had sanctioned Thornvale Tankers Ltd, a separate operator.

The Caldoran embassy did not respond to a request for comment.
"""


def test_a_foreign_office_that_said_it_sanctioned_is_that_office(extract, facts):
    facts(run(extract, FOREIGN_OFFICE), {(DB, "Brightwater Maritime Holdings", TREASURY, None), (DB, "Thornvale Tankers Ltd", FCDO, None)},
          kinds=(DB,))


BY_AGENT = """U.S. DEPARTMENT OF STATE

Designation of a Leader of the Kessering Trafficking Ring

December 1, 2026

The Department of State is designating Dragan Lusk Ferrante under Section 7031(c) for his involvement in significant corruption. Today's action follows the designation of Penhallow Freight SRL by the Department of the Treasury's Office of Foreign Assets Control (OFAC) in 2024.
"""


def test_the_designation_of_x_by_ofac_is_ofacs(extract, facts):
    facts(run(extract, BY_AGENT), {(DB, "Dragan Lusk Ferrante", STATE, None), (DB, "Penhallow Freight SRL", OFAC, None)}, kinds=(DB,))


HEADED_LISTS = """# Sanctioning Officials Responsible for the Crackdown in Ostrava Province

PRESS STATEMENT

Office of the Spokesperson

February 10, 2026

The United States is designating officials responsible for the violent crackdown in Ostrava Province. The Department of State is taking this action pursuant to E.O. 14191.

## Department of State Designations

- **Mireille Sandor Kovac**, the provincial governor.

## Department of the Treasury Designations

- **Ostrava Security Services LLC**, a company that supplied the riot police.
- **Emil Corvath Bastien**, its owner.
"""


def test_a_treasury_heading_after_the_states_statement_takes_its_list(extract, facts):
    facts(run(extract, HEADED_LISTS), {(DB, "Mireille Sandor Kovac", STATE, None), (DB, "Ostrava Security Services LLC", TREASURY, None),
                                       (DB, "Emil Corvath Bastien", TREASURY, None)}, kinds=(DB,))


REWARDS = """# Treasury Sanctions Weapons Financiers of the Marren Brigades

November 3, 2026

WASHINGTON — Today, the Department of the Treasury's Office of Foreign Assets Control (OFAC) is designating **Halvard Osei Brunvik** and **Tessaly Exchange LLC** for financing the Marren Brigades.

## State Department Rewards for Justice

The Department of State's Rewards for Justice program is offering a reward of up to $10 million for information on **Corvin Ashdale Mbeki**, the brigades' treasurer. **Ilsa Marwood Fenner** is also sought for questioning.
"""


def test_a_heading_naming_the_state_department_without_designations_gives_it_none(extract, pick):
    relations = run(extract, REWARDS)
    assert not [r for r in relations if r["relation"] == DB and r["object"]["name"] == STATE]
    assert pick(relations, DB, "Halvard Osei Brunvik", OFAC)


PARTNERS = """Japan joins U.S. in sanctioning Caldoran shipping firms

TOKYO, May 2 (Newswire) - Japan's government said it had sanctioned Kirishima Bulk Carriers on Friday. The European Union said it was also sanctioning Vellmar Tankers AS. The U.S. Treasury Department said it had blacklisted Quillon Maritime Ltd.
"""


def test_a_learned_designee_whose_sentence_names_only_another_government_is_its(extract, facts):
    """The learned scorer's addition took the release's body (the Treasury) for the EU's own action."""
    facts(run(extract, PARTNERS), {(DB, "Kirishima Bulk Carriers", "Japan", None), (DB, "Vellmar Tankers AS", "European Union", None),
                                   (DB, "Quillon Maritime Ltd.", TREASURY, None)}, kinds=(DB,))


FOREIGN_BOLD = """Treasury Sanctions Prison Officials

WASHINGTON -- Today, the Department of the Treasury's Office of Foreign Assets Control (OFAC) designated **Oren Valtusk Marei**, the warden of Penal Colony No. 9, and **Dalia Frentz Okoye**, his deputy, for their roles in the abuse of prisoners.

Among those targeted by the European Union last week were **Piotr Amsel Rudko**, a judge of the city court, and **Ilse Varnholt Brenn**, a prosecutor. Britain's list included **Teodor Kanev Lusk**, a former election official.
"""


def test_bold_names_in_a_sentence_where_another_government_acts_are_not_the_releases(extract):
    """"Among those targeted by the European Union were **X**", "Britain's list included **Y**": the bold-name rule gave
    them to OFAC, the release's body; the other government acts in the sentence, so they are not OFAC's (D12)."""
    relations = run(extract, FOREIGN_BOLD)
    ofac = {r["subject"]["name"] for r in relations if r["relation"] == DB and r["object"]["name"] == OFAC}
    assert ofac == {"Oren Valtusk Marei", "Dalia Frentz Okoye"}
