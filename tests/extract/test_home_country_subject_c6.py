"""`home_country_subject`: which acting subjects are the home country (issue 13, C6; final read F1 item 11).
Texts and names invented for these tests.

- A region headed by "America" ("Latin America", "Central America") is no home country: the test of the subject's
  head word alone is kept for the short names that head a longer subject ("the U.S., along with ...", "Washington,
  ..."), not for "America".
- "The United States of America designated X": the home country, whether it is the verb's subject or the object of a
  persuading verb ("Britain urged the United States of America to sanction X").
"""
from __future__ import annotations

import pytest

from graphbuild.extract.home_country import home_country_subject

pytestmark = pytest.mark.slow


def _trigger_subject_is_home(nlp, text: str, verb: str) -> bool:
    doc = nlp(text)
    trigger = next(t for t in doc if t.text == verb)
    return home_country_subject(trigger)


@pytest.mark.parametrize("text, verb", [
    ("Latin America sanctioned Pell Orvano Trading Ltd in 2020.", "sanctioned"),
    ("Central America designated the Tarsk Brokers network last year.", "designated"),
])
def test_a_region_headed_by_america_is_no_home_country(nlp, text, verb):
    assert not _trigger_subject_is_home(nlp, text, verb)


@pytest.mark.parametrize("text, verb", [
    ("The United States designated Pell Orvano Trading Ltd in 2020.", "designated"),
    ("The U.S., along with its partners, sanctioned Pell Orvano Trading Ltd.", "sanctioned"),
    ("Washington sanctioned Pell Orvano Trading Ltd in 2020.", "sanctioned"),
    ("America sanctioned Pell Orvano Trading Ltd in 2020.", "sanctioned"),
    ("The United States of America designated Pell Orvano Trading Ltd in 2020.", "designated"),
])
def test_the_home_country_as_subject(nlp, text, verb):
    assert _trigger_subject_is_home(nlp, text, verb)


def test_the_home_country_asked_to_act(nlp):
    text = "Britain urged the United States of America to sanction Pell Orvano Trading Ltd."
    assert _trigger_subject_is_home(nlp, text, "sanction")
