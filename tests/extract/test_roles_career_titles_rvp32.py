"""A career sentence's post keeps the title as written (review of VP's thirty-second session change, RVP; invented
names): the title lexicon may read only the head of a title the sentence gives whole."""
from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow

HR = "holds_role"


@pytest.mark.parametrize("text, expected", [
    pytest.param("Treasury designated Goran Velt today. Before joining the ministry in 2021, he served as head of security "
                 "at Vornik Capital JSC.",
                 {(HR, "Goran Velt", "Vornik Capital JSC", "head of security")}, id="head-of-security"),
    pytest.param("Goran Velt, a former customs inspector, had served as chief of staff at his holding company, Vornik "
                 "Group, before he entered politics.",
                 {(HR, "Goran Velt", "Vornik Group", "chief of staff")}, id="chief-of-staff"),
])
def test_a_title_read_by_the_lexicon_keeps_its_words(extract, facts, text, expected):
    """`roles_employment._titled_post`: the body the lexicon reads after the title, and the title's own words as the
    role ("head of security", not the head noun with its modifiers, "head")."""
    facts(extract(text), expected, kinds=(HR,))


@pytest.mark.parametrize("text, expected", [
    pytest.param("Goran Velt previously served as a purchasing officer at Vornik Aircraft Industries.",
                 {(HR, "Goran Velt", "Vornik Aircraft Industries", "purchasing officer")}, id="purchasing-officer"),
    pytest.param("Goran Velt worked as a senior loan officer at Vornik Bank.",
                 {(HR, "Goran Velt", "Vornik Bank", "senior loan officer")}, id="already-whole"),
])
def test_the_fuller_of_two_readings_of_one_post(extract, facts, text, expected):
    """`roles._said_more`: the title rules read "officer", the career sentence "purchasing officer" at the same body;
    one post, the fuller role (VP's change kept the title rules' "officer")."""
    facts(extract(text), expected, kinds=(HR,))
