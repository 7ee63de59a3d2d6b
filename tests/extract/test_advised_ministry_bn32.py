"""BN (thirty-second session, issue 13): an adviser to a minister holds the post at the minister's ministry.

Invented names. "a technical adviser to Mali's Minister of Mines" gave no post (the model read "Mali" as a person),
"an adviser to the Minister of Energy" gave the post to a body named "Minister of Energy" (a title): the body implied
by the minister's title, the ministry of that field, is the post's (titles_ministry.advised_ministry). Advisers to a
minister who names no field, and sentences without the adviser's post, are left as they were.
"""
from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow

HR = "holds_role"


@pytest.mark.parametrize("text, expected", [
    pytest.param(
        "The permit was signed by Oumar Tessa Diallo, a technical adviser to Mali's Minister of Mines, who took a "
        "share of the revenue.",
        {(HR, "Oumar Tessa Diallo", "Mali's Ministry of Mines", "technical adviser")},
        id="country-possessive-minister"),
    pytest.param(
        "Ilya Petrovich Varnov, who from 2015 to 2020 served as an adviser to Russia's Minister of Energy, ran the firm.",
        {(HR, "Ilya Petrovich Varnov", "Russia's Ministry of Energy", "adviser")},
        id="served-as-adviser"),
    pytest.param(
        "Kamran Tehrani Vaziri, an adviser to the Minister of Energy, approved the contract.",
        {(HR, "Kamran Tehrani Vaziri", "Ministry of Energy", "adviser")},
        id="the-minister-tagged-as-a-body"),
])
def test_adviser_to_a_minister_is_at_the_ministry(extract, facts, text, expected):
    facts(extract(text), expected, kinds=(HR,))


@pytest.mark.parametrize("text, expected", [
    pytest.param(
        "Kamran Tehrani Vaziri met an adviser to the Minister of Energy in March.",
        set(),
        id="meeting-an-adviser-is-no-post"),
    pytest.param(
        "Kamran Tehrani Vaziri, an adviser to the Prime Minister, approved the contract.",
        set(),
        id="no-field-no-ministry"),
])
def test_close_sentences_unchanged(extract, facts, text, expected):
    facts(extract(text), expected, kinds=(HR,))
