"""A leaving that is not one, in its own sentence (P, twenty-fourth session; docs/robustness.md): "X would / may
resign as chairman of Y", "X is expected to step down as chairman of Y", "X resigned as chairman of Y in 2019 and was
reappointed in 2021" say X holds the post; `titles_words.post_left` read them as a post left. Invented texts, exact
relations; the cases of the first list fail on 403e223, the guards pass there too."""
from __future__ import annotations

import pytest

from relation_views import posts_with_current

pytestmark = pytest.mark.slow

TODAY = {"date": "2026-11-04"}
HELD = {("Pavel Orlin", "Corvane Shipping LLC", "chairman", True)}
LEFT = {("Pavel Orlin", "Corvane Shipping LLC", "chairman", False)}


@pytest.mark.parametrize("text", [
    "Pavel Orlin would resign as chairman of Corvane Shipping LLC if the merger failed.",
    "Pavel Orlin may resign as chairman of Corvane Shipping LLC next year.",
    "Pavel Orlin might step down as chairman of Corvane Shipping LLC.",
    "Pavel Orlin will resign as chairman of Corvane Shipping LLC in 2027.",
    "Pavel Orlin is expected to step down as chairman of Corvane Shipping LLC.",
    "Pavel Orlin is expected to resign as chairman of Corvane Shipping LLC in March.",
    "Pavel Orlin resigned as chairman of Corvane Shipping LLC in 2019 and was reappointed in 2021.",
    "Pavel Orlin resigned as chairman of Corvane Shipping LLC in 2019 and returned to the post in 2021.",
    "Marta Ivers said Pavel Orlin would step down as chairman of Corvane Shipping LLC.",
])
def test_a_leaving_not_done_leaves_the_post_held(extract, text):
    """A modal's leaving, a planned one, or one the holder came back from in the same sentence: the post is current."""
    assert posts_with_current(extract(text, TODAY)) == HELD


@pytest.mark.parametrize("text", [
    "Pavel Orlin resigned as chairman of Corvane Shipping LLC in 2019.",
    "Pavel Orlin would later resign as chairman of Corvane Shipping LLC.",
    "Pavel Orlin, who would eventually resign as chairman of Corvane Shipping LLC, founded the firm.",
    "Marta Ivers said Pavel Orlin resigned as chairman of Corvane Shipping LLC in 2022.",
])
def test_a_leaving_done_stays_a_post_left(extract, text):
    """Guards: a leaving told as done ("would later resign" is one) still gives a former post."""
    assert posts_with_current(extract(text, TODAY)) == LEFT


def test_a_dismissal_undone_in_the_same_sentence_leaves_the_post_held(extract):
    """"was dismissed as director ... and reinstated": the coming back is read in the leaving's sentence too."""
    text = "Pavel Orlin was dismissed as director of Corvane Shipping LLC in 2019 and reinstated in 2020."
    assert posts_with_current(extract(text, TODAY)) == {("Pavel Orlin", "Corvane Shipping LLC", "director", True)}
