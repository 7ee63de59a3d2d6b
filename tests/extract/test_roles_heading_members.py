"""roles.v1: members under a heading that names their group, fourteenth session (issue 13, R32; invented texts).

A section headed by a group's name ("X Group: A Notorious Ransomware Crew") gives one paragraph to each member; some
state the post, others only what the person did. The run's persons whose paragraph states no post are members of
the group when the rules give another person of the run a post there (roles_heading_members)."""
from __future__ import annotations

import pytest
from markdown_release import extract_markdown

pytestmark = pytest.mark.slow

HR = "holds_role"
LEAD = ("# Treasury Sanctions Ransomware Actors\n\n"
        "WASHINGTON — Today, the Department of the Treasury's Office of Foreign Assets Control (OFAC) designated "
        "three individuals for their roles in ransomware attacks against hospitals.\n\n")
GANG = ("## Ravenlock Group: A Notorious Ransomware Crew\n\n"
        "The Ravenlock Group is a cybercrime group that has targeted hospitals since 2019. Members of the Ravenlock "
        "Group share ransom payments.\n\n")
TAIL = "\n\nOFAC is designating each of these individuals pursuant to E.O. 13694, as amended.\n"


def _roles(extract, text: str) -> set[tuple]:
    return {(r["subject"]["name"], r["object"]["name"], r["role"]) for r in extract_markdown(extract, text)
            if r["relation"] == HR}


def test_the_members_paragraphs_under_the_groups_heading(extract):
    text = LEAD + GANG + (
        "**Ardo Velkin** was a key member of the Ravenlock Group.\n\n"
        "**Soren Maltby** worked on injecting malicious code into websites to steal credentials. Soren Maltby is also "
        "known by the online moniker Quill.\n\n"
        "**Tavi Ruskov** has been involved in the development of ransomware. Tavi Ruskov is also known by the online "
        "moniker Ember.") + TAIL
    assert _roles(extract, text) == {("Ardo Velkin", "Ravenlock Group", "key member"),
                                     ("Soren Maltby", "Ravenlock Group", "member"),
                                     ("Tavi Ruskov", "Ravenlock Group", "member")}


def test_no_member_where_no_paragraph_of_the_run_states_a_post(extract):
    text = LEAD + GANG + (
        "**Soren Maltby** worked on injecting malicious code into websites to steal credentials.\n\n"
        "**Tavi Ruskov** has been involved in the development of ransomware.") + TAIL
    assert _roles(extract, text) == set()


def test_no_member_under_a_companys_heading(extract):
    text = LEAD + ("## Kestrel Marine Supply LLC\n\n"
                   "Kestrel Marine Supply LLC sells marine fuel in the Gulf.\n\n"
                   "**Ardo Velkin** is the director of Kestrel Marine Supply LLC.\n\n"
                   "**Soren Maltby** bought diesel from the firm for a sanctioned tanker fleet.") + TAIL
    assert ("Soren Maltby", "Kestrel Marine Supply LLC", "member") not in _roles(extract, text)
    assert ("Ardo Velkin", "Kestrel Marine Supply LLC", "director") in _roles(extract, text)


def test_no_member_whose_paragraph_names_another_body(extract):
    text = LEAD + GANG + (
        "**Ardo Velkin** was a key member of the Ravenlock Group.\n\n"
        "**Soren Maltby** moved ransom payments through Harbor Light Exchange, a virtual currency exchange.") + TAIL
    assert ("Soren Maltby", "Ravenlock Group", "member") not in _roles(extract, text)


def test_no_member_whose_paragraph_says_what_the_person_is(extract):
    text = LEAD + GANG + (
        "**Ardo Velkin** was a key member of the Ravenlock Group.\n\n"
        "**Soren Maltby** is a broker based in Harbourtown who buys stolen data from Ardo Velkin.") + TAIL
    assert ("Soren Maltby", "Ravenlock Group", "member") not in _roles(extract, text)
