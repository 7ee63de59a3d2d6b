"""roles.v1: the holder of a post through the parse when a clause stands between name and title
(invented texts, issue 13)."""
from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow

HR = "holds_role"


def test_the_subject_of_a_coordinated_serving_verb(extract, facts):
    """"X founded Y in 2015 and still serves as its chief executive": X is the subject of both verbs."""
    relations = extract("Pavel Orsk founded Velmont Trading LLC in 2015 and still serves as its chief executive.")
    facts(relations, {(HR, "Pavel Orsk", "Velmont Trading LLC", "founder"),
                      (HR, "Pavel Orsk", "Velmont Trading LLC", "chief executive")}, kinds=(HR,))


def test_a_clause_about_something_else_before_the_post(extract, facts):
    relations = extract("Pavel Orsk bought a villa in Dubai in 2019 and has served as the chairman of Kestrel Shipping Co. "
                        "since 2021.")
    facts(relations, {(HR, "Pavel Orsk", "Kestrel Shipping Co.", "chairman")}, kinds=(HR,))


def test_a_share_is_not_part_of_the_post(extract, facts):
    """"is the 100 percent owner of the company": the post is "owner"."""
    relations = extract("Pavel Orsk has been the director of Velmont Trading LLC since 2007 and is the 100 percent owner of "
                        "the company.")
    facts(relations, {(HR, "Pavel Orsk", "Velmont Trading LLC", "director"), (HR, "Pavel Orsk", "Velmont Trading LLC", "owner")},
          kinds=(HR,))


def test_a_verb_that_states_no_post_links_nobody(extract, facts):
    """"X met Y's envoy and praised its director": no serving verb, no post for X."""
    relations = extract("Pavel Orsk visited Kestrel Shipping Co. in 2021 and met the director of Velmont Trading LLC.")
    facts(relations, set(), kinds=(HR,))
