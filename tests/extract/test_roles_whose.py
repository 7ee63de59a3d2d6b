"""roles.v1: "Y, whose director is A and whose accountant is B": a coordinated "whose" clause is about the same body
(invented texts, issue 13, probe class "gapped")."""
from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow

HR = "holds_role"


def test_a_coordinated_whose_clause_keeps_the_body(extract, facts):
    relations = extract("The shipments were booked by Kivra Trading, whose managing director is Sami Haddad and whose "
                        "accountant is Noor Jaber.")
    facts(relations, {(HR, "Sami Haddad", "Kivra Trading", "managing director"),
                      (HR, "Noor Jaber", "Kivra Trading", "accountant")}, kinds=(HR,))


def test_whose_without_a_body_before_it_names_no_body(extract, facts):
    relations = extract("The firm hired Sami Haddad, and whose accountant is Noor Jaber nobody knows.")
    facts(relations, set(), kinds=(HR,))
