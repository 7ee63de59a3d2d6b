"""A U.S. special envoy's post is at the State Department, as a U.S. ambassador's is (R19): "the U.S. Special Envoy
for X" gave "Government of U.S.", a body the GUIDELINES never list for a U.S. diplomat."""
import pytest

pytestmark = pytest.mark.slow

HR = "holds_role"


@pytest.mark.parametrize("text, person", [
    pytest.param("\u201cThe fighting must stop,\u201d said Dora Whitlam, the U.S. Special Envoy for Burundi.",
                 "Dora Whitlam", id="quoted-envoy"),
    pytest.param("Karl Osgood, the U.S. Special Envoy for Haiti, welcomed the decision.",
                 "Karl Osgood", id="apposition"),
])
def test_us_special_envoy_is_a_post_at_the_state_department(extract, facts, text, person):
    facts(extract(text), {(HR, person, "U.S. Department of State", "Special Envoy")}, kinds=(HR,))


def test_another_states_envoy_stays_at_its_government(extract, facts):
    relations = extract("Pavel Ivanov, Russia's special envoy, met the officials.")
    facts(relations, {(HR, "Pavel Ivanov", "Government of Russia", "special envoy")}, kinds=(HR,))
