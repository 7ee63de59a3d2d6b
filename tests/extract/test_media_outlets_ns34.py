"""NS (thirty-fourth session, issue 13): a journalist's post at the outlet a kind noun names.

Invented names. "a reporter for the weekly L'Ombre du Fleuve", "a camerawoman for the independent broadcaster
Varna Pulse", "a reporter for the Tarsk daily Kiros Today": the small model tags such outlets' names as people,
places, dates or facilities, so the title's complement found no body (or took the town for it) and the post was
lost. After a kind noun of news outlets (titles_described.MEDIA_NOUNS: "daily", "weekly" tagged adjectives too) the
capitalised run that follows is the outlet whatever the model's label. A kind noun that is no outlet's, a comma
before the name, an outlet named without a title and kin of a reporter give no post.
"""
from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow

HR = "holds_role"


@pytest.mark.parametrize("text, expected", [
    pytest.param(
        "A reporter for the weekly L'Écho du Delta, Ibrahim Sissoko, who first documented the monthly flights, was "
        "detained for two weeks in April.",
        {(HR, "Ibrahim Sissoko", "L'Écho du Delta", "reporter")},
        id="a-weekly-whose-name-the-model-reads-as-a-facility"),
    pytest.param(
        "Among those hurt in the crackdown was Tamar Gelashvili, a camerawoman for the independent broadcaster Varna "
        "Pulse, whose jaw was broken as she filmed arrests.",
        {(HR, "Tamar Gelashvili", "Varna Pulse", "camerawoman")},
        id="a-broadcaster-read-as-a-person"),
    pytest.param(
        "A reporter for the Tarsk daily Kiros Today, Eleni Vasou, who first reported on the links, said she had "
        "received threats.",
        {(HR, "Eleni Vasou", "Kiros Today", "reporter")},
        id="a-town-s-daily-whose-name-ends-in-a-date-word"),
    pytest.param(
        "Among those held was Rosa Ebang Ndong, a reporter for the independent weekly *La Voz del Lago*, who spent "
        "eleven weeks in custody.",
        {(HR, "Rosa Ebang Ndong", "La Voz del Lago", "reporter")},
        id="a-weekly-in-italics-with-particles"),
])
def test_a_journalist_s_outlet_after_its_kind_noun(extract, facts, text, expected):
    facts(extract(text), expected, kinds=(HR,))


@pytest.mark.parametrize("text, expected", [
    pytest.param(
        "Tomas Ferrell, the editor of the online newspaper Harbor Ledger, was arrested at his home.",
        {(HR, "Tomas Ferrell", "Harbor Ledger", "editor")},
        id="an-outlet-the-model-tags-a-body-keeps-its-post"),
    pytest.param(
        "Tomas Ferrell, an analyst at the Tarsk consultancy Velmont Risk, said the measures were overdue.",
        {(HR, "Tomas Ferrell", "Velmont Risk", "analyst")},
        id="a-kind-noun-that-is-no-outlet-s-reads-as-before"),
    pytest.param(
        "Olek Varga, a reporter for the opposition news site Kiros Daily, said he had been threatened.",
        {(HR, "Olek Varga", "Kiros Daily", "reporter")},
        id="a-news-site-s-name"),
])
def test_posts_read_before_are_unchanged(extract, facts, text, expected):
    facts(extract(text), expected, kinds=(HR,))


@pytest.mark.parametrize("text", [
    pytest.param("Tamar Gelashvili, the sister of a reporter for the weekly Varna Pulse, said the arrests went on.",
                 id="kin-of-a-reporter"),
    pytest.param("Tamar Gelashvili told the weekly Varna Pulse that the arrests went on.", id="told-the-outlet"),
    pytest.param("A reporter for the weekly, Tamar Gelashvili, said the arrests went on.", id="no-outlet-named"),
    pytest.param("Tamar Gelashvili, a columnist for the weekly Sunday edition, said the arrests went on.",
                 id="a-day-s-name-after-weekly"),
    pytest.param("Tamar Gelashvili, a reporter for the weekly edition, said the arrests went on.",
                 id="weekly-before-a-lower-case-noun"),
    pytest.param("Olek Varga, the manager of the nuclear site Kiros, was designated on Tuesday.",
                 id="a-site-that-is-no-news-site"),
    pytest.param("Olek Varga, the chief of the railway station Tarsk Central, was arrested.",
                 id="a-station-that-is-no-broadcaster"),
])
def test_no_post_without_a_journalist_s_named_outlet(extract, text):
    assert [r for r in extract(text) if r["relation"] == HR] == []
