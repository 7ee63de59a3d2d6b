"""M45 (eighteenth session, issue 13): the last whole-change review's leftovers that change behaviour.

Invented names. Each case failed before its mend (docs/extraction.md, "eighteenth session (issue 13, M45)").
"""
from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow

HR = "holds_role"


@pytest.mark.parametrize("text, expected", [
    pytest.param(
        "The Treasury designated the Moldovan Army and Dorin Lungu, the Moldovan military's chief of staff.",
        {(HR, "Dorin Lungu", "Moldovan military", "chief of staff")},
        id="military-is-not-the-army-named-in-full"),
    pytest.param(
        "The Treasury designated Colombian Army officer Rafael Pardo and Hector Gil, the Colombian military's top commander.",
        {(HR, "Rafael Pardo", "Colombian Army", "officer"), (HR, "Hector Gil", "Colombian military", "top commander")},
        id="army-officer-beside-the-military-s-commander"),
])
def test_possessive_national_body_is_the_noun_written(extract, facts, text, expected):
    """"the <Demonym> military's <post>": the body named in full is looked up by "Military", the word written, not by
    the first body noun of the list ("Army") that happened to end at the mark."""
    facts(extract(text), expected, kinds=(HR,))
