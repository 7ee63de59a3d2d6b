"""roles.v1: a post in a lower-case unit of a body ("head of the procurement department at Y") and "employed by Y
as a manager" (invented texts, issue 13)."""
from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow

HR = "holds_role"
FIRM = "Velmont Trading LLC"


@pytest.mark.parametrize("text, role", [
    (f"Pavel Orsk is the head of the procurement department at {FIRM}.", "head of the procurement department"),
    (f"Pavel Orsk is the deputy chief of the finance unit of {FIRM}.", "deputy chief of the finance unit"),
    (f"Pavel Orsk heads the procurement department of {FIRM}.", "head"),
    (f"Pavel Orsk is employed by {FIRM} as a financial manager.", "financial manager"),
])
def test_the_body_a_unit_belongs_to(extract, facts, text, role):
    facts(extract(text), {(HR, "Pavel Orsk", FIRM, role)}, kinds=(HR,))


def test_a_unit_without_its_body_gives_no_post(extract, facts):
    facts(extract("Pavel Orsk is the head of the procurement department."), set(), kinds=(HR,))


@pytest.mark.parametrize("sentence", [
    "Pavel Orsk, the company's director, signed the transfers.",
    "The company's director, Pavel Orsk, signed the transfers.",
])
def test_the_companys_post_as_an_appositive_either_side(extract, facts, sentence):
    """"the company's director" is the last company named, whether the name comes before or after it."""
    facts(extract(f"{FIRM} moved the money. {sentence}"), {(HR, "Pavel Orsk", FIRM, "director")}, kinds=(HR,))
