"""roles_group's "member" yields to a post the release states for the same person at the same body (GUIDELINES: one
relation per person and organization): "OFAC sanctioned Y and three of its members" above a table giving each row's
post at Y gave each person both "member" and the row's post at Y (review of TL's tables, thirty-second session, RTL;
invented texts)."""
from __future__ import annotations

import pytest

from markdown_release import extract_markdown

pytestmark = pytest.mark.slow

HR = "holds_role"

THREE_OF_ITS_MEMBERS = """# Treasury Sanctions the Harbour Street Gang of Velmar

WASHINGTON - Today, the Department of the Treasury's Office of Foreign Assets Control (OFAC) sanctioned the **Harbour Street Gang**, a criminal gang in Velmar, and three of its members.

| Name | Role in the Harbour Street Gang | Date of birth |
|---|---|---|
| **Dorian Felix Ashworth** | Leader | 4 May 1982 |
| **Marisol Enid Blackwood** | Treasurer | 9 June 1990 |
| **Oswin Tarrant Pemberley** | - | 2 March 1988 |

The three individuals are designated pursuant to E.O. 13581 for acting on behalf of the Harbour Street Gang.
"""


def test_a_rows_post_at_the_group_replaces_its_member_post(extract, facts):
    facts(extract_markdown(extract, THREE_OF_ITS_MEMBERS), {
        (HR, "Dorian Felix Ashworth", "Harbour Street Gang", "Leader"),
        (HR, "Marisol Enid Blackwood", "Harbour Street Gang", "Treasurer"),
        (HR, "Oswin Tarrant Pemberley", "Harbour Street Gang", "member")}, kinds=(HR,))


PROSE_POST = """# Treasury Sanctions Ransomware Group

Today, OFAC designated the ransomware group **Grelwick**, two of its members and a cryptocurrency exchanger that laundered its ransom payments.

**Ansel Varga** is the leader of Grelwick. **Pavel Dorin** recruits affiliates on forums.

**Kopek Swap LLC** exchanged the group's proceeds.

OFAC is designating Grelwick pursuant to E.O. 13694. Varga and Dorin are being designated for having acted or purported to act for or on behalf of Grelwick.
"""


def test_a_post_stated_in_prose_replaces_the_member_post(extract, facts):
    facts(extract_markdown(extract, PROSE_POST), {
        (HR, "Ansel Varga", "Grelwick", "leader"),
        (HR, "Pavel Dorin", "Grelwick", "member")}, kinds=(HR,))
