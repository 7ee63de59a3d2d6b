"""A post taken up in the past that the same sentence ends, or that never began (V9 item 8, M39, seventeenth
session): P13 made "became / took over as" in the past a post held now, also when the sentence went on to end it.
Invented texts, exact relations; each test fails on main 97d6a98."""
from __future__ import annotations

import pytest

from relation_views import posts_with_current

pytestmark = pytest.mark.slow

META = {"date": "2026-03-20"}
LEAD = "Today, OFAC designated Lukas Brenne Tavor. "


def posts(extract, text: str) -> set[tuple[str, str, str | None, bool]]:
    return posts_with_current(extract(LEAD + text, META))


def test_a_post_taken_up_and_held_until_a_past_year_is_former(extract):
    assert posts(extract, "Tavor took over as chairman of Orvask Brask Shipping LLC in 2015, a post he held until "
                          "2022.") == {("Lukas Brenne Tavor", "Orvask Brask Shipping LLC", "chairman", False)}
    assert posts(extract, "Tavor became the president of Orvask Brask Shipping LLC in 2015, a position he held "
                          "until 2020.") == {("Lukas Brenne Tavor", "Orvask Brask Shipping LLC", "president", False)}


def test_a_post_taken_up_then_left_is_former(extract):
    assert posts(extract, "Tavor became the president of Orvask Brask Shipping LLC in 2015 and was replaced in "
                          "2020.") == {("Lukas Brenne Tavor", "Orvask Brask Shipping LLC", "president", False)}
    assert posts(extract, "Tavor became the president of Orvask Brask Shipping LLC in 2015 before he resigned in "
                          "2019.") == {("Lukas Brenne Tavor", "Orvask Brask Shipping LLC", "president", False)}
    assert posts(extract, "Tavor took over as chairman of Orvask Brask Shipping LLC in 2015 and stepped down in "
                          "2019.") == {("Lukas Brenne Tavor", "Orvask Brask Shipping LLC", "chairman", False)}


def test_a_post_almost_taken_up_is_none(extract):
    assert posts(extract, "Tavor almost became the president of Orvask Brask Shipping LLC in 2015.") == set()
    assert posts(extract, "Tavor nearly became the president of Orvask Brask Shipping LLC in 2015.") == set()


def test_another_persons_leaving_or_an_earlier_one_ends_nothing(extract):
    # guards: the predecessor's resignation, and a post left before the new one was taken up
    assert posts(extract, "Tavor became the president of Orvask Brask Shipping LLC in 2015 after his predecessor "
                          "resigned.") == {("Lukas Brenne Tavor", "Orvask Brask Shipping LLC", "president", True)}
    assert posts(extract, "Tavor took over as chairman of Orvask Brask Shipping LLC in 2015 and still holds the "
                          "post.") == {("Lukas Brenne Tavor", "Orvask Brask Shipping LLC", "chairman", True)}
