"""designations.v1's memberships: "designated Y, four of its members and a company" makes each person the release
designates a member of Y when it designates exactly that many (thirty-second session, MB; issue 13).

`roles_group` read "five members of Y" and "individuals who are part of Y"; a count of "its" people beside the group
("the ransomware group Y, four of its members and an exchanger", "Y, together with five of its members and two
businesses") gave no post. Invented releases and names."""
from __future__ import annotations

import pytest

from markdown_release import extract_markdown
from relation_views import DB, HR, OFAC

pytestmark = pytest.mark.slow

PEOPLE = """

**Ivan Sokol** develops the group's malware. **Oleg Markov** negotiates ransoms with victims. **Anna Belova** recruits affiliates on forums.

**Kripto Obmen LLC** exchanged the group's proceeds.

OFAC is designating VoltLedger pursuant to E.O. 13694. Sokol, Markov and Belova are being designated for having acted or purported to act for or on behalf of VoltLedger.
"""
DESIGNATED = {(DB, "VoltLedger", OFAC, None), (DB, "Ivan Sokol", OFAC, None), (DB, "Oleg Markov", OFAC, None),
              (DB, "Anna Belova", OFAC, None), (DB, "Kripto Obmen LLC", OFAC, None)}
MEMBERS = {(HR, "Ivan Sokol", "VoltLedger", "member"), (HR, "Oleg Markov", "VoltLedger", "member"),
           (HR, "Anna Belova", "VoltLedger", "member")}


@pytest.mark.parametrize("lead", [
    "Today, OFAC designated the Russia-based ransomware group **VoltLedger**, three of its members and a cryptocurrency exchanger that laundered its ransom payments.",
    "Today, the Department of the Treasury designated **VoltLedger**, a ransomware group in Russia, three of its members, and a hosting company that served its sites.",
    "Today, OFAC sanctioned **VoltLedger**, a ransomware group based in Russia, together with three of its members and one exchanger that launders its earnings.",
])
def test_the_groups_counted_people_are_its_members(extract, facts, lead):
    relations = extract_markdown(extract, "# Treasury Sanctions Ransomware Group\n\n" + lead + PEOPLE)
    facts(relations, DESIGNATED | MEMBERS)


@pytest.mark.parametrize("lead", [
    # members and associates: not every person counted is a member
    "Today, OFAC sanctioned **VoltLedger**, a ransomware group, together with three of its members and associates and one exchanger.",
    # the release designates three people, not the two it counts
    "Today, OFAC designated the ransomware group **VoltLedger**, two of its members and a cryptocurrency exchanger.",
])
def test_no_member_when_the_count_is_not_the_groups_people(extract, facts, lead):
    relations = extract_markdown(extract, "# Treasury Sanctions Ransomware Group\n\n" + lead + PEOPLE)
    facts(relations, DESIGNATED)
