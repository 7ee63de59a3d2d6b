"""RB's review of BN's bodies of posts (twenty-ninth session; invented texts):

- "British Minister for Sanctions X": a sanctioning government named by an adjective counts as its possessive
  ("the UK's Minister for Sanctions") does; the post is the state's, not a "United Kingdom's Ministry of Sanctions"
  (`titles._sanctioning_government`); another state's adjective keeps the ministry;
- "Minister of Finance and Planning Felicity X", the model tagging "X" alone: a given name with an abstract noun's
  ending is still the name's first word (`name_spans._person_runs` asks `in_title_field` only of a name the model
  tagged whole, two words or more)."""
from __future__ import annotations

import pytest

from test_post_bodies_bn29 import LEAD, _at, _mentions  # the same tests directory (pytest puts it on the path)

pytestmark = pytest.mark.slow

HR = "holds_role"


@pytest.mark.parametrize("adjective, state", [("British", "United Kingdom"), ("Australian", "Australia")])
def test_a_sanctioning_states_adjective_gives_the_states_post(extract, facts, adjective, state):
    text = LEAD + f'"Our measures hold," said {adjective} Minister for Sanctions Mara Quent.'
    facts(extract(text), {(HR, "Mara Quent", state, "Minister for Sanctions")}, kinds=(HR,))


def test_another_states_adjective_keeps_the_ministry(extract, facts):
    """Negative: a state that is no sanctioning government keeps its minister's ministry."""
    text = LEAD + "Kenyan Minister for Forests Mara Quent welcomed the step."
    facts(extract(text), {(HR, "Mara Quent", "Kenya's Ministry of Forests", "Minister for Forests")}, kinds=(HR,))


@pytest.mark.parametrize("given", ["Felicity", "Charity"])
def test_a_given_name_with_a_field_words_ending_is_taken_before_a_surname(nlp, given):
    text = f"Minister of Finance and Planning {given} Obuya welcomed the step."
    got = _mentions(nlp, text, [(_at(text, "Obuya"), "Obuya", "PERSON")])
    assert (f"{given} Obuya", "PERSON") in got
