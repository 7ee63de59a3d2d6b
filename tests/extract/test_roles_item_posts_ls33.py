"""roles_item_posts: a list item's own post ("- X, managing director;") at the body the list's intro names ("Its board
consists of:", "two of Y's officers:", "The following officers of Y ..."), and nothing where the intro names no body,
the item states no post (kin, "associate of", a shareholding, a reason) or the post names its own body (invented
texts, issue 13, thirty-third session LS)."""
from __future__ import annotations

import pytest

from markdown_release import extract_markdown

pytestmark = pytest.mark.slow

HR = "holds_role"
FIRM = "Corvella Marine Holdings Ltd."

BOARD = f"""# Treasury Sanctions Former Minister of Tarvonia and His Shipping Company

WASHINGTON — Today, the U.S. Department of the Treasury's Office of Foreign Assets Control (OFAC) designated **Anselm Ruvik Dravon** and **{FIRM}**, pursuant to E.O. 13818.

{FIRM} is being designated for being owned or controlled by Dravon. According to its filings with the Tarvonian Registrar of Companies, its board consists of:

- Anselm Ruvik Dravon, chairman;
- **Lisette Maren Quill**, managing director;
- Oskar Bren Halvik, a former rower, non-executive director;
- Tamsin Dravon, his daughter;
- Pieter Joll Vance, an associate of Dravon;
- Rhea Moss Tandy, whose husband is the company's chairman;
- Ulrik Fenn Abbot, who owns a third of the company's shares; and
- Marta Senn Orlo, company secretary.

Quill signed the company's invoices and is also being designated today.
"""


def test_a_board_list_gives_each_item_its_own_post_at_the_intro_body(extract, facts):
    facts(extract_markdown(extract, BOARD), {
        (HR, "Anselm Ruvik Dravon", FIRM, "chairman"),
        (HR, "Lisette Maren Quill", FIRM, "managing director"),
        (HR, "Oskar Bren Halvik", FIRM, "non-executive director"),
        (HR, "Marta Senn Orlo", FIRM, "company secretary"),
    }, kinds=(HR,))


OFFICERS = """# Treasury Targets Ship Manager Carrying Military Oil

WASHINGTON — Today, the U.S. Department of the Treasury's Office of Foreign Assets Control (OFAC) designated **Brightwake Shipmanagement Pte. Ltd.** (Brightwake), which manages tankers carrying oil for the Tarvonian military, pursuant to E.O. 13224.

Brightwake is being designated for having materially assisted the Tarvonian military. Also being designated today are two of Brightwake's officers:

- **Dorin Vasko Pell**, Brightwake's operations manager since 2021; and
- **Imre Talo Fenwick**, chief financial officer.

**Halcyon Tanker Inc.**, the registered owner of the tanker HALCYON, is being designated for being owned or controlled by Brightwake.
"""


def test_two_of_a_firms_officers_hold_their_own_posts_there(extract, facts):
    facts(extract_markdown(extract, OFFICERS), {
        (HR, "Dorin Vasko Pell", "Brightwake Shipmanagement Pte. Ltd.", "operations manager"),
        (HR, "Imre Talo Fenwick", "Brightwake Shipmanagement Pte. Ltd.", "chief financial officer"),
    }, kinds=(HR,))


DIRECTORS = """# Treasury Sanctions Crime Group's Boxing Promotion Company

WASHINGTON — Today, the U.S. Department of the Treasury's Office of Foreign Assets Control (OFAC) designated **Ravelstone Sports Promotions Limited**, a boxing promotion company used by the Kerrow crime group, pursuant to E.O. 13581.

Ravelstone Sports Promotions Limited is being designated for being owned or controlled by the Kerrow crime group. Its directors are:

- Fenella Ann Kerrow, managing director;
- Connor Aidan Brisk, director of Tullan Gyms Limited; and
- Ruairi Kerrow Sr.

Ravelstone Sports Promotions Limited pays fighters in cash.
"""


def test_an_items_own_post_replaces_the_intros_plural_and_a_post_at_another_body_stays_there(extract, facts):
    facts(extract_markdown(extract, DIRECTORS), {
        (HR, "Fenella Ann Kerrow", "Ravelstone Sports Promotions Limited", "managing director"),
        (HR, "Connor Aidan Brisk", "Ravelstone Sports Promotions Limited", "director"),
        (HR, "Connor Aidan Brisk", "Tullan Gyms Limited", "director"),
        (HR, "Ruairi Kerrow Sr.", "Ravelstone Sports Promotions Limited", "director"),
    }, kinds=(HR,))


NO_BODY = """# Treasury Sanctions Smuggling Network in Tarvonia

WASHINGTON — Today, the U.S. Department of the Treasury's Office of Foreign Assets Control (OFAC) designated three individuals who smuggle migrants across the Tarvonian border, pursuant to E.O. 13581.

The following individuals are being designated today:

- **Gaspard Lell Moravec**, chairman;
- **Ines Koval Dray**, an associate of Moravec; and
- **Teodor Brin Sall**, who worked with the board of Moravec's company.

Moravec recruits drivers in border towns.
"""


def test_an_intro_naming_no_body_gives_no_post(extract, facts):
    facts(extract_markdown(extract, NO_BODY), set(), kinds=(HR,))
