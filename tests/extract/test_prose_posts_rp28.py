"""Review of PV's posts stated in prose (twenty-eighth session, RP; invented texts):

- "the central bank's governor" names no bank when two bodies named before hold the words, or when the sentence first
  names a place the bank's name lacks (`titles_named_noun.named_noun_owner`);
- "has worked with the group as a journalist" names no employer when two bodies named before are named or described
  by "group" (`titles_orgs._referred_employer`).

Every case but the own-country one fails on main b5dbc58."""
from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow

HR = "holds_role"


def _posts(extract, text: str) -> set[tuple[str, str, str, bool]]:
    return {(r["subject"]["name"], r["object"]["name"], r["role"], r["current"]) for r in extract(text) if r["relation"] == HR}


@pytest.mark.parametrize("text", [
    "The Central Bank of Tessaly and the Central Bank of Varna signed a swap line. The central bank's governor, Ivo "
    "Marden, approved it.",
    "The Central Bank of Varna froze the accounts last year. In Tessaly, the central bank's governor, Ivo Marden, "
    "refused to act.",
], ids=["two-banks", "another-country"])
def test_the_possessive_noun_names_no_owner_the_text_leaves_open(extract, text):
    assert _posts(extract, text) == set()


def test_the_possessive_noun_in_the_bodys_own_country(extract):
    text = ("The Central Bank of Tessaly froze the accounts last year. In Tessaly, the central bank's governor, Ivo "
            "Marden, refused to act.")
    assert _posts(extract, text) == {("Ivo Marden", "Central Bank of Tessaly", "governor", True)}


def test_two_bodies_named_or_described_by_the_noun_leave_the_employer_unread(extract):
    text = ("Velor Front (VF), an armed group, attacked the town. Norvik Relief Group, a charity, gave aid. Mira Tosk "
            "has worked with the group as a journalist covering the conflict.")
    assert _posts(extract, text) == set()
