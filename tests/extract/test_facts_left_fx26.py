"""Facts the reviews and probes left, twenty-sixth session (FX; docs/robustness.md "Facts left by the reviews,
twenty-sixth session (FX)"). Invented texts, exact relations. The tests named `..._new` fail on main 1ff0682; the
guards pass there too."""
from __future__ import annotations

import pytest

from markdown_release import extract_markdown
from relation_views import STATE, TREASURY, designees, posts_with_current

pytestmark = pytest.mark.slow

# A partner at a firm holds a post there (GUIDELINES: a post at a company); a partner of a person is a tie.


@pytest.mark.parametrize(("text", "expected"), [
    ("Pavel Orlin, a partner at Halden Rusk LLP, helped Corvane Shipping LLC evade sanctions.",
     {("Pavel Orlin", "Halden Rusk LLP", "partner", True)}),
    ("Greta Halvorsen, a partner in Halden Rusk & Co., advised Vanta Trade LLC.",
     {("Greta Halvorsen", "Halden Rusk & Co.", "partner", True)}),
    ("Pavel Orlin, a partner of Ivers Brekke LLP, is the treasurer of Corvane Shipping LLC.",
     {("Pavel Orlin", "Ivers Brekke LLP", "partner", True), ("Pavel Orlin", "Corvane Shipping LLC", "treasurer", True)}),
    ("Greta Halvorsen, a former partner at Halden Rusk LLP, arranged shipments.",
     {("Greta Halvorsen", "Halden Rusk LLP", "partner", False)}),
    ("Greta Halvorsen and Nils Otter, partners at Halden Rusk LLP, arranged shipments.",
     {("Greta Halvorsen", "Halden Rusk LLP", "partner", True), ("Nils Otter", "Halden Rusk LLP", "partner", True)}),
    ("Pavel Orlin's lawyer, Greta Halvorsen, a partner at the London law firm Halvorsen & Associates, said he would "
     "appeal.", {("Greta Halvorsen", "Halvorsen & Associates", "partner", True)}),
])
def test_a_partner_at_a_firm_holds_a_post_there_new(extract, text, expected):
    """"a partner at / in / of Y": a partner post at the firm (the scorer's "member", or nothing, on main)."""
    assert posts_with_current(extract(text)) == expected


@pytest.mark.parametrize("text", [
    "Greta Halvorsen, a partner of the chairman of Corvane Shipping LLC, arranged the payments.",
    "Greta Halvorsen, a business partner of the Tarsk Cartel, arranged shipments.",
    "Greta Halvorsen, a partner with the Tarsk Cartel, arranged shipments.",
    "Greta Halvorsen, a partner of the Tarsk Cartel's leader, arranged shipments.",
])
def test_a_partner_of_a_person_or_in_a_deal_holds_no_post(extract, text):
    """Guards: a partner of another person's post, a business partner, a partner "with" a group: ties, no post."""
    assert posts_with_current(extract(text)) == set()


def test_a_partners_tie_leaves_the_others_post(extract):
    """Guard: "X and his partner, Y, run Z": both run Z (head); "partner" gives no post of its own."""
    assert posts_with_current(extract("Pavel Orlin and his partner, Greta Halvorsen, run Corvane Shipping LLC.")) == {
        ("Pavel Orlin", "Corvane Shipping LLC", "head", True), ("Greta Halvorsen", "Corvane Shipping LLC", "head", True)}


# A State statement whose text never names its department: "The Department is designating X" is the issuer's act.

STATEMENT = """# Sanctioning Officials of the Tarsk Regime

PRESS STATEMENT

**Lena Marsh, Secretary of State**

November 4, 2026

{body}"""


@pytest.mark.parametrize("body", [
    "Today I am announcing sanctions on three officials of the Tarsk regime. The Department is designating **Pavel "
    "Orlin**, the governor of Vesk Province, pursuant to Executive Order 14024.",
    "The United States is taking action today against officials of the Tarsk regime. The Department is also "
    "designating Pavel Orlin pursuant to Executive Order 14024.",
])
def test_the_department_of_an_unnamed_issuer_designates_new(extract, body):
    """The header names one body (the statement's format and the Secretary of State's byline) and the text none:
    no designation on main (`issuer` needs an entity of the text)."""
    assert designees(extract_markdown(extract, STATEMENT.format(body=body), "2026-11-04")) == {("Pavel Orlin", STATE)}


def test_the_department_without_a_header_body_stays_unknown(extract):
    """Guard: no header names a body (the signature comes last, as in a story): nobody to point to, as on main."""
    text = ("Today I am announcing sanctions on three officials of the Tarsk regime. The Department is designating "
            "Pavel Orlin pursuant to Executive Order 14024.\n\nLena Marsh, Secretary of State")
    assert designees(extract(text, {"date": "2026-11-04"})) == set()


def test_a_joint_header_names_no_one_body(extract):
    """Guard: a header naming two bodies ("Treasury and State Target ...") names no one issuer; the designation goes
    to the release's default body (the one the text names first: the headline's Treasury), as on main."""
    text = ("# Treasury and State Target Officials of the Tarsk Regime\n\nNovember 4, 2026\n\nToday the United States "
            "is acting against officials of the Tarsk regime. The Department is designating Pavel Orlin pursuant to "
            "Executive Order 14024.")
    assert designees(extract_markdown(extract, text, "2026-11-04")) == {("Pavel Orlin", TREASURY)}
