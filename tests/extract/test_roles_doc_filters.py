"""The pairs the learned role scorer never scores (extract/roles_doc_filters.py, issue 13). Each text is scored with a
model that accepts every candidate (`accept_all_roles`), so a pair appears unless a filter stops it. Invented texts
and names throughout.

- L1: a body the person only deals in through a relative clause ("X, who retains interests in Y"), and, for a person
  given only a rank, a body whose post the sentence gives another person ("A, the president of Y, and B, a brigadier
  general ...").
- L2: a body the person only owns ("Y, which X owns, ..."; GUIDELINES: ownership by a person is no post), and a body
  named in the "as" complement of another person the person's verb acts on ("X appointed Y as director of Z": the
  post is Y's). A refit on R20's typing accepted both kinds (tests/extract/test_roles_prose.py designee-is-the-firm
  and replaced-as).
"""
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


@pytest.mark.parametrize("text", [
    pytest.param("Varnholt Shipping Limited, which Tomas Dunmore owns, was designated on Monday.", id="relative-object"),
    pytest.param("The Varnholt Trading Company, which Ilse Marek owns, ships fuel to the coast.", id="relative-object-2"),
])
def test_a_body_the_person_owns_is_no_post(accept_all_roles, text):
    """"Y, which X owns, ...": the rules give no post (ownership) and the scorer may not add one."""
    rules, added = accept_all_roles(text)
    assert rules == [] and added == []


def test_an_owner_with_a_title_elsewhere_in_the_sentence_keeps_the_titled_pair(accept_all_roles):
    """Only the owned body is set aside: a post the sentence states at another body is still given. Since the
    twenty-seventh session (TH) the rules read "Y, which he heads" (`roles_relative` with a he/she subject), so the
    titled pair is the rules' and the scorer, which would add every pair it is offered, adds nothing: the owned body
    stays filtered."""
    text = "Varnholt Shipping Limited, which Tomas Dunmore owns, hired staff, as did the Norland Port Authority, which he heads."
    rules, added = accept_all_roles(text)
    assert rules == [("Tomas Dunmore", "Norland Port Authority", "head")] and added == []


@pytest.mark.parametrize("text, holder", [
    pytest.param("Tomas Dunmore appointed Ilse Marek as director of the Varnholt Trading Company.", ["Ilse Marek"], id="appointed"),
    pytest.param("Ilse Marek replaced Tomas Dunmore as chief executive of the Varnholt Trading Company in 2021.",
                 ["Tomas Dunmore", "Ilse Marek"], id="replaced"),
    pytest.param("Ilse Marek ousted Tomas Dunmore as chief executive of the Varnholt Trading Company in 2021.",
                 ["Tomas Dunmore"], id="ousted"),
])
def test_the_post_of_the_person_acted_on_is_not_the_actors(accept_all_roles, text, holder):
    """"X appointed Y as director of Z", "X ousted Y as chief executive of Z": the rules give Y the post (a former one
    after "ousted"); X, the verb's subject, gets none from it. "X replaced Y as ..." gives X the post Y left (the
    rules' successor reading, P14), and the filter adds nothing beyond the rules."""
    rules, added = accept_all_roles(text)
    assert sorted(s for s, _, _ in rules) == sorted(holder) and added == []


def test_a_title_of_the_subject_itself_is_left_to_the_rules(accept_all_roles):
    """"X served as director of Z" has no object person: the filter does not apply (the rules give the post)."""
    rules, added = accept_all_roles("Tomas Dunmore served as director of the Varnholt Trading Company until 2020.")
    assert rules == [("Tomas Dunmore", "Varnholt Trading Company", "director")] and added == []


def test_a_descriptive_aside_and_a_channel_body_are_no_post(accept_all_roles):
    """L6: "X, a prolific money launderer, exchanged ... via Y": the aside names no body and Y is only the channel of
    X's act (GUIDELINES: a post is at an organization). A refit scored such a pair on a real release at p 0.87."""
    text = "Marta Selvig Hollund, a prolific money launderer, exchanged over $3 million in Bitcoin via Quellmark Exchange."
    assert accept_all_roles(text) == ([], [])


@pytest.mark.parametrize("first", ["met several cartel leaders", "worked closely with the Quellmark Cartel"])
def test_a_channel_body_on_a_later_coordinated_verb_is_no_post(accept_all_roles, first):
    """F1 item 7 (M27): the "through" hangs on the second verb ("... and moved funds through Y"); the filter reads
    the verb the channel's preposition governs, not the person's first one (nor its POST_ACT_LEMMAS: "worked")."""
    text = f"Marta Selvig Hollund, a prolific money launderer, {first} and moved funds through Quellmark Exchange."
    rules, added = accept_all_roles(text)
    assert [pair[:2] for pair in rules + added if pair[1] == "Quellmark Exchange"] == []


def test_a_descriptive_title_with_a_body_of_its_own_verb_is_still_scored(accept_all_roles):
    """The aside with the body on a post verb ("worked for Y as ...") is the rules' or the scorer's, not set aside."""
    text = "Marta Selvig Hollund, a prolific money launderer, has worked for the Quellmark Cartel since 2019."
    rules, added = accept_all_roles(text)
    assert [pair[:2] for pair in rules + added] == [("Marta Selvig Hollund", "Quellmark Cartel")]
