"""A post not yet taken up, written "<title>-elect" or "<title>-designate" with its body (issue 13, M23).

"X, the president-elect of Y" and "X is the minister-designate of Y" are read by the rules as any title with its body
("X, the president of Y"): the hyphened word stood between the title and its "of Y", so only the learned role scorer
gave the post, and a refit of it lost it (L6). `roles_stance` gives the role its "-elect" / "-designate". Texts and
names invented for these tests.
"""
from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow


NOT_YET = [
    ("OFAC designated Pavo Rentzel, the president-elect of the Velmorian Football Federation.", "president", "elect"),
    ("Pavo Rentzel is the president-elect of the Velmorian Football Federation.", "president", "elect"),
    ("Pavo Rentzel, the chairman-designate of the Velmorian Football Federation, fled to Vienna.", "chairman", "designate"),
    ("Pavo Rentzel, the vice president-elect of the Velmorian Football Federation, fled to Vienna.", "vice president",
     "elect"),
]
IDS = ["appositive-elect", "predicate-elect", "appositive-designate", "vice-president-elect"]


@pytest.mark.parametrize("text, role, word", NOT_YET, ids=IDS)
def test_a_post_not_yet_taken_up_is_the_rules(accept_all_roles, text, role, word):
    """The rules give the title's post at the body named after the hyphened word (before, nothing)."""
    rules, _ = accept_all_roles(text)
    assert rules == [("Pavo Rentzel", "Velmorian Football Federation", role)]


@pytest.mark.parametrize("text, role, word", NOT_YET, ids=IDS)
def test_a_post_not_yet_taken_up_keeps_its_word(extract, text, role, word):
    """The built relation writes the role as the release does ("president-elect"), a current post."""
    posts = [(r["subject"]["name"], r["object"]["name"], r["role"], r["current"]) for r in extract(text)
             if r["relation"] == "holds_role"]
    assert posts == [("Pavo Rentzel", "Velmorian Football Federation", f"{role}-{word}", True)]

