"""Two kinds of pair the learned role scorer never scores (L1, issue 13): a body the person only deals in through a
relative clause ("X, who retains interests in Y"), and, for a person given only a rank, a body whose post the
sentence gives another person ("A, the president of Y, and B, a brigadier general ..."). Each text is scored with a
model that accepts every candidate, so a pair appears unless a filter stops it. Invented texts and names throughout."""
from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow


def test_interests_held_through_a_relative_clause_are_no_post(accept_all_roles):
    """"X, who retains interests in Y": what X holds of Y (GUIDELINES: ownership is no post), as "X retains interests in
    Y" already was (`object_of_action`)."""
    text = ("The list names Tomas Ravel Dunmore, who retains interests in the Varnholt Trading Company, and two other "
            "businessmen.")
    assert accept_all_roles(text) == ([], [])


def test_a_relative_clause_that_names_a_post_keeps_its_pair(accept_all_roles):
    """"X, who manages Y": the body is the verb's own object, a post the rules give (no dealings in a thing of Y's)."""
    text = "The list names Tomas Ravel Dunmore, who manages the Varnholt Trading Company, and two other businessmen."
    rules, added = accept_all_roles(text)
    assert rules == [("Tomas Ravel Dunmore", "Varnholt Trading Company", "manager")] and added == []


def test_a_rank_is_no_post_at_another_persons_body(accept_all_roles):
    """"A, who is the president of Y, and B, a brigadier general who heads Z": Y is A's; B's rank names no body. (The
    accept-all model still adds A at Z: it accepts every candidate left.)"""
    text = ("OFAC sanctioned Leonardo Ovidio Reyes Ramirez, who is the president of the Central Bank of Norland, and "
            "Julio Modesto Arce Balladares, a brigadier general who heads the Norland Military Pension Institute.")
    rules, added = accept_all_roles(text)
    assert rules == [("Julio Modesto Arce Balladares", "Norland Military Pension Institute", "head"),
                     ("Leonardo Ovidio Reyes Ramirez", "Central Bank of Norland", "president")]
    assert added == [("Leonardo Ovidio Reyes Ramirez", "Norland Military Pension Institute", "member")]
