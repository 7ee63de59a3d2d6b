"""Two kinds of pair the learned role scorer never scores (L2, issue 13): a body the person only owns ("Y, which X
owns, ..."; GUIDELINES: ownership by a person is no post), and a body named in the "as" complement of another person
the person's verb acts on ("X appointed Y as director of Z": the post is Y's). A refit on R20's typing accepted both
kinds (tests/extract/test_roles_prose.py designee-is-the-firm and replaced-as). Each text is scored with a model that
accepts every candidate, so a pair appears unless a filter stops it. Invented texts and names throughout."""
from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow


@pytest.mark.parametrize("text", [
    pytest.param("Varnholt Shipping Limited, which Tomas Dunmore owns, was designated on Monday.", id="relative-object"),
    pytest.param("The Varnholt Trading Company, which Ilse Marek owns, ships fuel to the coast.", id="relative-object-2"),
])
def test_a_body_the_person_owns_is_no_post(accept_all_roles, text):
    """"Y, which X owns, ...": the rules give no post (ownership) and the scorer may not add one."""
    rules, added = accept_all_roles(text)
    assert rules == [] and added == []


def test_an_owner_with_a_title_elsewhere_in_the_sentence_keeps_the_titled_pair(accept_all_roles):
    """Only the owned body is set aside: a post the sentence states at another body is still scored."""
    text = "Varnholt Shipping Limited, which Tomas Dunmore owns, hired staff, as did the Norland Port Authority, which he heads."
    rules, added = accept_all_roles(text)
    assert rules == [] and [(s, o) for s, o, _ in added] == [("Tomas Dunmore", "Norland Port Authority")]


@pytest.mark.parametrize("text, holder", [
    pytest.param("Tomas Dunmore appointed Ilse Marek as director of the Varnholt Trading Company.", "Ilse Marek", id="appointed"),
    pytest.param("Ilse Marek replaced Tomas Dunmore as chief executive of the Varnholt Trading Company in 2021.",
                 "Tomas Dunmore", id="replaced"),
])
def test_the_post_of_the_person_acted_on_is_not_the_actors(accept_all_roles, text, holder):
    """"X appointed Y as director of Z", "X replaced Y as chief executive of Z": the rules give Y the post (a
    former one after "replaced"); X, the verb's subject, gets none from it."""
    rules, added = accept_all_roles(text)
    assert [s for s, _, _ in rules] == [holder] and added == []


def test_a_title_of_the_subject_itself_is_left_to_the_rules(accept_all_roles):
    """"X served as director of Z" has no object person: the filter does not apply (the rules give the post)."""
    rules, added = accept_all_roles("Tomas Dunmore served as director of the Varnholt Trading Company until 2020.")
    assert rules == [("Tomas Dunmore", "Varnholt Trading Company", "director")] and added == []
