"""roles.v1: "A and its owner, X, as well as B and its general manager, Y": "its" names the nearest body of the
coordinated chain, not its first one (invented texts, issue 13, real releases' "and its <post>, <person>")."""
from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow

HR = "holds_role"


def test_its_in_a_later_pair_names_the_nearest_body(extract, facts):
    text = ("Today OFAC sanctioned Norvik Shipping LLC and its owner, Ilse Brandvik, as well as Quessa Trading Co. "
            "and its general manager, Dorin Halvat.")
    facts(extract(text), {(HR, "Ilse Brandvik", "Norvik Shipping LLC", "owner"),
                          (HR, "Dorin Halvat", "Quessa Trading Co.", "general manager")}, kinds=(HR,))


def test_its_after_a_body_with_a_place_adjective_names_the_body_not_the_place(extract, facts):
    text = ("Lyon-based shell company Borva Trading PTE Limited (Borva Trading) and its director, Ilse Brandvik Ng, "
            "have sold helicopters to a foreign government.")
    facts(extract(text), {(HR, "Ilse Brandvik Ng", "Borva Trading PTE Limited", "director")}, kinds=(HR,))


def test_its_subsidiary_is_no_post(extract, facts):
    text = "OFAC designated Zentar Holdings and its subsidiary, Velmont Logistics Ltd., for their support."
    facts(extract(text), set(), kinds=(HR,))
