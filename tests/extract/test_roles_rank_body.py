"""roles.v1: a capitalised title before a name whose body is named around it, not in its complement
(invented texts, issue 13: ranks with their force, the probe set's "rank" class)."""
from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow

HR = "holds_role"


def test_a_body_and_its_acronym_open_the_title(extract, facts):
    """"Y (ACR) Brigadier General X": the parenthesised acronym does not cut the body from the title."""
    relations = extract("The shipments were overseen by Islamic Revolutionary Guard Corps (IRGC) Brigadier General "
                        "Hossein Karbalaei.")
    facts(relations, {(HR, "Hossein Karbalaei", "Islamic Revolutionary Guard Corps", "Brigadier General")}, kinds=(HR,))


def test_two_bodies_with_acronyms_each_open_their_title(extract, facts):
    relations = extract("The loans were approved by Velmont Group (VG) Chief Executive Petr Halas and Tavrin Bank (TB) "
                        "Chairman Lena Varga.")
    facts(relations, {(HR, "Petr Halas", "Velmont Group", "Chief Executive"),
                      (HR, "Lena Varga", "Tavrin Bank", "Chairman")}, kinds=(HR,))


def test_the_body_after_the_name(extract, facts):
    """"Colonel X of the Y (ACR)": a rank before the name, its force after it."""
    relations = extract("Colonel Yuri Dashkov of the Main Intelligence Directorate (GRU) planned the operation.")
    facts(relations, {(HR, "Yuri Dashkov", "Main Intelligence Directorate", "Colonel")}, kinds=(HR,))


def test_a_rank_whose_body_is_not_named_after_the_name_stays_without_a_post(extract, facts):
    """"Colonel X met officials of Y": "of Y" does not follow the name, so the rank has no body (GUIDELINES)."""
    relations = extract("Colonel Yuri Dashkov met officials of the Main Intelligence Directorate (GRU) in May.")
    facts(relations, set(), kinds=(HR,))
