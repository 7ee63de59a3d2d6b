"""Review RW of the named-unit reading (twenty-ninth session, PW's `roles_named_unit`; invented texts): the name
apposed to a head verb's object is the post's body only when that object is a unit of a body, and only when the
apposition is one name, not a list of the unit's members."""
from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow

HR = "holds_role"


@pytest.mark.parametrize("text, expected", [
    # a vessel apposed to a possessed object: the company's thing, no body of a post (`roles_stance_ties.names_object`)
    ("Velmar Trading is a shipping firm. Tomas Varga commands the company's flagship, the Velmar Star, which carried "
     "oil.", set()),
    # a list after the unit: its members, no name of the unit (`roles_named_unit._name_span`)
    ("Velmar Trading is a shipping firm. Tomas Varga manages the company's team, Ana Lorne and Piet Marden.", set()),
    # the unit named still gives the post at it
    ("Velor Front (VF) is an armed group. Ivo Marden runs its propaganda wing, Sawt al-Varna, which posts videos.",
     {(HR, "Ivo Marden", "Sawt al-Varna", "head")}),
], ids=["flagship-no-body", "members-no-name", "named-wing"])
def test_only_a_unit_is_named(extract, facts, text, expected):
    facts(extract(text), expected, kinds=(HR,))
