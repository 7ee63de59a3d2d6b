"""roles.v1: a US department officer's title with its portfolio before the name ("Assistant Secretary for X and Y
Name"): the portfolio is part of the post and the department holds it (invented texts, issue 13, probe class
"secretary")."""
from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow

HR = "holds_role"
OPENING = ("WASHINGTON - Today, the U.S. Department of the Treasury's Office of Foreign Assets Control (OFAC) sanctioned "
           "Velmont Trading LLC. ")


def test_a_portfolio_the_gazetteer_does_not_list(extract, facts):
    """The model tags words of the portfolio as a body; they are the post's words, the issuer is the body."""
    relations = extract(OPENING + "\u201cWe will act,\u201d said Deputy Assistant Secretary for Counter Threat Finance and "
                        "Sanctions Laura Hensley.")
    facts(relations, {(HR, "Laura Hensley", "U.S. Department of the Treasury",
                       "Deputy Assistant Secretary for Counter Threat Finance and Sanctions")}, kinds=(HR,))


def test_another_department_named_before_the_portfolio(extract, facts):
    """"Assistant Secretary of State for ..." in a Treasury release: the State Department, not a body "State for ..."."""
    relations = extract(OPENING + "\u201cWe will act,\u201d said Assistant Secretary of State for Economic and Business "
                        "Affairs Daniel Morgan.")
    facts(relations, {(HR, "Daniel Morgan", "U.S. Department of State",
                       "Assistant Secretary of State for Economic and Business Affairs")}, kinds=(HR,))


def test_a_portfolio_without_a_name_after_it_is_no_post(extract, facts):
    relations = extract(OPENING + "The Assistant Secretary for Counter Threat Finance and Sanctions will testify in May.")
    facts(relations, set(), kinds=(HR,))
