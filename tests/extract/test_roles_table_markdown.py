"""roles.v1 / roles_table: a markdown table of people and posts, the body named by the post column ("Position at Y"),
by a heading right above the table, or in the cell ("General Director of Y"); a board the cell names is the body's
organ, no body of its own (invented texts, issue 13, twentieth session H10)."""
from __future__ import annotations

import pytest

from markdown_release import extract_markdown

pytestmark = pytest.mark.slow

HR = "holds_role"

COLUMN = """# Treasury Sanctions Tarvonia's Northern Credit Bank and Its Leadership

WASHINGTON - Today, the Department of the Treasury's Office of Foreign Assets Control (OFAC) designated **Joint Stock Company Northern Credit Bank** (Norcredbank), a bank owned by the state of Tarvonia that finances arms makers.

## Leadership of Norcredbank

| Name | Position at Norcredbank |
|---|---|
| **Oskar Vilhelm Lindqvist** | Chairman of the Management Board |
| **Margit Annelie Solberg** | Deputy Chairman of the Management Board and Chief Operating Officer |
| **Teodor Emil Brandvold** | Member of the Management Board, Head of Treasury Operations |

Norcredbank and the individuals above are designated pursuant to E.O. 14024.
"""


def test_the_post_column_names_the_body(extract, facts):
    """"Position at Norcredbank": each row's post is at the bank; "the Management Board" is its organ, no body."""
    facts(extract_markdown(extract, COLUMN), {
        (HR, "Oskar Vilhelm Lindqvist", "Joint Stock Company Northern Credit Bank", "Chairman of the Management Board"),
        (HR, "Margit Annelie Solberg", "Joint Stock Company Northern Credit Bank", "Deputy Chairman of the Management Board"),
        (HR, "Teodor Emil Brandvold", "Joint Stock Company Northern Credit Bank", "Member of the Management Board")}, kinds=(HR,))


HEADING = """# Treasury Sanctions Members of Tarvonia's Federal Chamber

WASHINGTON - Today, OFAC designated three lawmakers of Tarvonia who passed laws that silence the press. The Federal Chamber, the upper house of the parliament of Tarvonia, approved each law within a day.

**Federal Chamber**

| Name | Post |
|---|---|
| Hedda Marit Vang | Chairwoman |
| Sindre Ole Haugland | Deputy Chairman |
| Bjarte Lars Eide | Member |

These individuals are designated pursuant to E.O. 14038.
"""


def test_a_heading_above_the_table_names_the_body(extract, facts):
    facts(extract_markdown(extract, HEADING), {
        (HR, "Hedda Marit Vang", "Federal Chamber", "Chairwoman"),
        (HR, "Sindre Ole Haugland", "Federal Chamber", "Deputy Chairman"),
        (HR, "Bjarte Lars Eide", "Federal Chamber", "Member")}, kinds=(HR,))


TYPED = """# Treasury Sanctions Gold Traders Serving Tarvonia's Arms Buyers

WASHINGTON - Today, OFAC designated two companies and two individuals who move gold for Tarvonian arms buyers.

## Designated Today

| Name | Type | Location | Description |
|---|---|---|---|
| **Westmark Bullion Trading LLC** | entity | Riga, Latvia | Gold trader |
| **Ingrid Tove Ruud** | individual | Riga, Latvia | General Director of Westmark Bullion Trading LLC |
| **Caspian Assay House OJSC** | entity | Baku, Azerbaijan | Refinery |
| **Eirik Dahl** | individual | Baku, Azerbaijan | Founder and chief executive of Caspian Assay House OJSC |

The entities and individuals are designated pursuant to E.O. 14024.
"""


def test_a_description_cell_names_the_post_and_body_of_a_person_row(extract, facts):
    """The type column says "individual": the two-word name is a person even where the model misses it; an entity
    row's description ("Gold trader") gives nothing."""
    facts(extract_markdown(extract, TYPED), {
        (HR, "Ingrid Tove Ruud", "Westmark Bullion Trading LLC", "General Director"),
        (HR, "Eirik Dahl", "Caspian Assay House OJSC", "Founder and chief executive")}, kinds=(HR,))


def test_no_body_no_post(extract, facts):
    """Guards: a heading that names no body of the release ("Officials named") and a prose line between a body's
    heading and the table give the bare titles no body."""
    unnamed = HEADING.replace("**Federal Chamber**", "**Officials named**")
    facts(extract_markdown(extract, unnamed), set(), kinds=(HR,))
    apart = HEADING.replace("**Federal Chamber**\n", "**Federal Chamber**\n\nThey voted for every law the cabinet proposed.\n")
    facts(extract_markdown(extract, apart), set(), kinds=(HR,))
