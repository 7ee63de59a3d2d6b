"""BN (thirty-second session, issue 13): a town's or a province's body named in lower case with its place.

Invented names. "a member of the municipal assembly of Tarsk" gave the post to the town ("Tarsk"), "the mayor of
the commune of Velmar" gave none, "North Varo's provincial assembly" gave it to the province: the body is the phrase
as written (titles_local.py). A phrase with no place, a sentence with no post, and a possessed thing of the place are
left without that body.
"""
from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow

HR = "holds_role"


@pytest.mark.parametrize("text, expected", [
    pytest.param(
        "Branko Lalovic Kotar, a member of the municipal assembly of Tarsk, laundered the money.",
        {(HR, "Branko Lalovic Kotar", "municipal assembly of Tarsk", "member")},
        id="level-and-noun-of-place"),
    pytest.param(
        "The killings were first reported by the mayor of the commune of Velmar, Issa Kone Diallo.",
        {(HR, "Issa Kone Diallo", "commune of Velmar", "mayor")},
        id="commune-of-place"),
    pytest.param(
        "Issa Kone Diallo, the mayor of the municipality of Velmar, reported the killings.",
        {(HR, "Issa Kone Diallo", "municipality of Velmar", "mayor")},
        id="municipality-of-place"),
    pytest.param(
        "Jean-Paul Mbala Kanku, a former member of North Kivu's provincial assembly, fled in 2022.",
        {(HR, "Jean-Paul Mbala Kanku", "North Kivu's provincial assembly", "member")},
        id="place-possessive-level-and-noun"),
])
def test_local_body_is_the_posts_body(extract, facts, text, expected):
    facts(extract(text), expected, kinds=(HR,))


@pytest.mark.parametrize("text, expected", [
    pytest.param(
        "Branko Lalovic Kotar, a member of the municipal assembly, laundered the money.",
        set(),
        id="no-place-no-body"),
    pytest.param(
        "Branko Lalovic Kotar met the mayor of the commune of Velmar in March.",
        set(),
        id="meeting-the-mayor-is-no-post"),
    pytest.param(
        "The municipal assembly of Tarsk approved the permits that Branko Lalovic Kotar sought.",
        set(),
        id="body-named-without-a-post"),
])
def test_close_sentences_give_no_post(extract, facts, text, expected):
    facts(extract(text), expected, kinds=(HR,))
