"""roles.v1: a possessed title whose complement names the area the post covers ("Y's head of finance for West Africa",
"Y's plaza boss for Tijuana", "Y's intelligence chief in Khuzestan Province"): the post is at the possessor Y, and the
area (which the model often tags as an organization) is no employer, for the rules nor for the learned scorer
(invented texts, issue 13, R16)."""
from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow

HR = "holds_role"


@pytest.mark.parametrize("text, person, body, role", [
    ("Svetlana Igorevna Marchenko serves as the Norvik Group's head of finance for West Africa and manages its cash.",
     "Svetlana Igorevna Marchenko", "Norvik Group", "head of finance for West Africa"),
    ("Tomas Ignacio Varela Ruiz is the Halcones del Sur Cartel's plaza boss for Tijuana.",
     "Tomas Ignacio Varela Ruiz", "Halcones del Sur Cartel", "plaza boss for Tijuana"),
], ids=["for-region", "for-city"])
def test_the_post_is_at_the_possessor_not_at_the_area(extract, facts, text, person, body, role):
    facts(extract(text), {(HR, person, body, role)}, kinds=(HR,))
