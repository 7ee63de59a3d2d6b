"""roles.v1: a post in a state's police or army named only by the country's adjective ("a former Haitian police
officer", "a retired Colombian army colonel"): the body is that state, "Government of <country>", the GUIDELINES'
fallback (invented texts, issue 13, R12)."""
from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow

HR = "holds_role"


@pytest.mark.parametrize("text, person, body, role", [
    ("Pierre Lavaud is a former Haitian police officer who leads a gang.", "Pierre Lavaud", "Government of Haiti", "police officer"),
    ("Juan Ortez, a retired Colombian army colonel, sold weapons.", "Juan Ortez", "Government of Colombia", "army colonel"),
    ("Juan Ortez is a retired Colombian military officer.", "Juan Ortez", "Government of Colombia", "military officer"),
], ids=["police", "army", "military"])
def test_a_force_named_by_the_country_adjective_is_the_states(extract, facts, text, person, body, role):
    facts(extract(text), {(HR, person, body, role)}, kinds=(HR,))


@pytest.mark.parametrize("text", [
    "Pierre Lavaud is a Haitian national.",
    "Pierre Lavaud is a former U.S. military officer.",
], ids=["nationality", "us-force"])
def test_no_force_or_the_us_gives_no_post(extract, facts, text):
    facts(extract(text), set(), kinds=(HR,))
