"""roles.v1 membership without a title word: "X was part of Y", "X joined Y" (invented texts, issue 13)."""
from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow

HR = "holds_role"


@pytest.mark.parametrize("text, expected", [
    pytest.param("Omer Tasli was part of the Zorvath Group.",
                 {(HR, "Omer Tasli", "Zorvath Group", "member")}, id="part-of"),
    pytest.param("Omer Tasli, as recently as 2022, was a part of the Zorvath Group's media office.",
                 {(HR, "Omer Tasli", "Zorvath Group", "member")}, id="part-of-a-unit"),
    pytest.param("Omer Tasli joined the Zorvath Group in 2015.",
                 {(HR, "Omer Tasli", "Zorvath Group", "member")}, id="joined"),
    pytest.param("Omer Tasli was part of the Zorvath Group's procurement network.", set(), id="part-of-a-scheme"),
    pytest.param("Omer Tasli joined forces with the Zorvath Group.", set(), id="joined-forces"),
])
def test_membership_predicates(extract, facts, text, expected):
    """Membership of Y is a post ("member"); a scheme or network of Y is no membership."""
    facts(extract(text), expected, kinds=(HR,))


def test_part_of_is_a_former_membership(extract):
    """"was part of": current is False; "joined": the membership stands."""
    was = [r for r in extract("Omer Tasli was part of the Zorvath Group.") if r["relation"] == HR]
    joined = [r for r in extract("Omer Tasli joined the Zorvath Group in 2015.") if r["relation"] == HR]
    assert [r["current"] for r in was] == [False] and [r["current"] for r in joined] == [True]
