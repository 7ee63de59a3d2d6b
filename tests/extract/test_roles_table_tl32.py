"""roles_table / nlp.name_tables: a numbered table ("| No. | Name | Position |") is read past its number column, a
row whose post cell opens with a title names a person whatever the model typed it, and a post column naming its body
after "the" ("Role in the X") gives the body (invented texts, issue 13, thirty-second session TL)."""
from __future__ import annotations

import pytest

from markdown_release import extract_markdown

pytestmark = pytest.mark.slow

HR = "holds_role"

NUMBERED = """# Implementation of Measures against Persons Supplying the Armed Forces of Tarvonia

Ministry of Foreign Affairs of Norvania

1. The Government of Norvania today decided to freeze the assets of the three individuals listed below.

**(1) Individuals (3)**

| No. | Name | Position |
|---|---|---|
| 1 | KOROLEV Anton Vasilyevich | General Director, JSC Brenvald Optical Works |
| 2 | MERTENS Halvard | Director, Ostmark Trading LLC |
| 3 | QIAO Lianfeng | Legal Representative, Hainan Brightwave Components Co., Ltd. |

2. JSC Brenvald Optical Works, Ostmark Trading LLC and Hainan Brightwave Components Co., Ltd. have supplied the armed forces of Tarvonia.
"""


def test_a_numbered_table_gives_each_rows_post(extract, facts):
    facts(extract_markdown(extract, NUMBERED), {
        (HR, "KOROLEV Anton Vasilyevich", "JSC Brenvald Optical Works", "General Director"),
        (HR, "MERTENS Halvard", "Ostmark Trading LLC", "Director"),
        (HR, "QIAO Lianfeng", "Hainan Brightwave Components Co., Ltd.", "Legal Representative")}, kinds=(HR,))


NUMBERED_FIRMS = """# Implementation of Measures against Entities Supplying the Armed Forces of Tarvonia

Ministry of Foreign Affairs of Norvania

1. The Government of Norvania today decided to freeze the assets of the entities listed below.

| No. | Name | Location |
|---|---|---|
| 1 | JSC Brenvald Optical Works | Brenvald, Tarvonia |
| 2 | Ostmark Trading LLC | Ostmark, Tarvonia |

2. Both entities have supplied the armed forces of Tarvonia.
"""


def test_a_numbered_table_without_a_post_column_gives_no_post(extract, facts):
    facts(extract_markdown(extract, NUMBERED_FIRMS), set(), kinds=(HR,))


THE_BODY = """# Treasury Sanctions the Harbour Street Gang of Velmar

WASHINGTON - Today, the Department of the Treasury's Office of Foreign Assets Control (OFAC) sanctioned the **Harbour Street Gang**, a criminal gang in Velmar, and three individuals who run it.

| Name | Role in the Harbour Street Gang | Date of birth |
|---|---|---|
| **Dorian Felix Ashworth** | Leader | 4 May 1982 |
| **Marisol Enid Blackwood** | Treasurer | 9 June 1990 |
| **Oswin Tarrant Pemberley** | Chief enforcer | 2 March 1988 |

The three individuals are designated pursuant to E.O. 13581 for acting on behalf of the Harbour Street Gang.
"""


def test_a_post_column_names_its_body_after_the(extract, facts):
    facts(extract_markdown(extract, THE_BODY), {
        (HR, "Dorian Felix Ashworth", "Harbour Street Gang", "Leader"),
        (HR, "Marisol Enid Blackwood", "Harbour Street Gang", "Treasurer"),
        (HR, "Oswin Tarrant Pemberley", "Harbour Street Gang", "Chief enforcer")}, kinds=(HR,))


MIXED = """# Treasury Sanctions a Charcoal Network of Velmar

WASHINGTON - Today, OFAC designated two individuals and two companies that move charcoal proceeds for an armed group in Velmar.

| Name | Location | Role |
|---|---|---|
| Ilario Quent Mabry | Port Sel, Velmar | Manager of Coastline Charcoal Trading LLC |
| Coastline Charcoal Trading LLC | Port Sel, Velmar | Charcoal trader that moves the group's funds |
| Sabine Orla Treadwell | Dunmere, Velmar | Accountant who keeps the group's books |
| Dunmere Cargo Services | Dunmere, Velmar | Freight company owned by the group |

They are designated pursuant to E.O. 13536.
"""


def test_a_firms_row_of_a_mixed_table_stays_a_firm(extract, facts):
    """Only the first row's cell opens with a post at a body; the firms' rows give no post and no firm becomes a
    person (no holds_role with a firm as its subject)."""
    facts(extract_markdown(extract, MIXED), {
        (HR, "Ilario Quent Mabry", "Coastline Charcoal Trading LLC", "Manager")}, kinds=(HR,))


TWO_POSTS = """# Treasury Sanctions the Harbour Street Gang of Velmar

WASHINGTON - Today, the Department of the Treasury's Office of Foreign Assets Control (OFAC) sanctioned the **Harbour Street Gang**, a criminal gang in Velmar, and two individuals who work for it. One of them served in the Velmar Constabulary Force until 2021.

| Name | Role in the Harbour Street Gang | Date of birth |
|---|---|---|
| **Dorian Felix Ashworth** | Leader | 4 May 1982 |
| **Quentin Arlo Fairweather** | Recruiter and former corporal of the Velmar Constabulary Force | 30 May 1980 |

The two individuals are designated pursuant to E.O. 13581 for acting on behalf of the Harbour Street Gang.
"""


def test_a_cell_of_two_posts_gives_the_first_at_the_columns_body(extract, facts):
    facts(extract_markdown(extract, TWO_POSTS), {
        (HR, "Dorian Felix Ashworth", "Harbour Street Gang", "Leader"),
        (HR, "Quentin Arlo Fairweather", "Harbour Street Gang", "Recruiter"),
        (HR, "Quentin Arlo Fairweather", "Velmar Constabulary Force", "former corporal")}, kinds=(HR,))
