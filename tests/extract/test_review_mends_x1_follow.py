"""Review mend X1 item 1, twenty-second session (docs/robustness.md "Review leftovers, twenty-second session (R)",
"Review mends (X1/X2)"). Invented texts, exact relations; each case but the guards fails on main 082d382.

"A sanctioned X, and the United States followed with sanctions on Y" / "followed, designating Y instead" / "followed
suit on Tuesday, designating Y": the follower did an action of its own; only a bare "followed (suit)" (with a date)
takes the first subject's targets. X was designated by the follower.
"""
from __future__ import annotations

import pytest

from relation_views import OFAC, designees

pytestmark = pytest.mark.slow

TODAY = {"date": "2026-11-04"}
US = "United States Government"


def dated_designees(relations: list[dict]) -> set[tuple[str, str, bool]]:
    """(designee, body, current) of each designation."""
    return {(r["subject"]["name"], r["object"]["name"], r["current"]) for r in relations if r["relation"] == "designated_by"}


@pytest.mark.parametrize("text, expected", [
    ("Norway sanctioned Arvid Kessel on Monday, and the United States followed, designating Jonas Brekke instead.",
     {("Jonas Brekke", US, True)}),
    ("Norway sanctioned Arvid Kessel on Monday, and the United States followed suit on Tuesday, designating Jonas "
     "Brekke.", {("Jonas Brekke", US, False)}),
    # guards: a bare "followed (suit)", with or without a date, still takes the first subject's targets (R)
    ("OSLO (Wire) — Norway sanctioned Arvid Kessel, and the United States followed.",
     {("Arvid Kessel", US, True)}),
    ("OSLO (Wire) — Norway sanctioned Arvid Kessel on Monday, and the United States followed suit on "
     "Tuesday.", {("Arvid Kessel", US, False)}),
    ("Today, Norway sanctioned Arvid Kessel and Jonas Brekke, and OFAC followed today.",
     {("Arvid Kessel", OFAC, True), ("Jonas Brekke", OFAC, True)}),
])
def test_a_follower_with_its_own_action_does_not_take_the_first_targets(extract, text, expected):
    """"... and the United States followed, designating Y instead": Y is the follower's, X is not (X1 item 1)."""
    assert dated_designees(extract(text, TODAY)) == expected


def test_a_follower_with_its_own_object_takes_nothing_of_the_first(extract):
    """"followed with sanctions on Y": X is not the follower's (X1 item 1)."""
    relations = extract("Norway sanctioned Arvid Kessel on Monday, and the United States followed with sanctions "
                        "on Jonas Brekke.", TODAY)
    assert ("Arvid Kessel", US) not in designees(relations)


def test_the_object_of_the_followers_sanctions_is_its_designee(extract):
    """The true set of the sentence above: Y designated by the follower (left after X1; read since R of the
    twenty-third session, `sanctions_with`)."""
    relations = extract("Norway sanctioned Arvid Kessel on Monday, and the United States followed with sanctions "
                        "on Jonas Brekke.", TODAY)
    assert dated_designees(relations) == {("Jonas Brekke", US, True)}
