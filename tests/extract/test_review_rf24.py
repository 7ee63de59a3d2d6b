"""Review of F (RF, twenty-fourth session): a later leaving makes a merged post former only when the leaving is done
for good (docs/robustness.md "Review of F (RF)"). Invented texts, exact relations; the new cases fail on 782cbaa."""
from __future__ import annotations

import pytest

from relation_views import posts_with_current

pytestmark = pytest.mark.slow

TODAY = {"date": "2026-11-04"}
BECAME = "Pavel Orlin became chairman of Corvane Shipping LLC in 2018. "
HELD = {("Pavel Orlin", "Corvane Shipping LLC", "chairman", True)}
LEFT = {("Pavel Orlin", "Corvane Shipping LLC", "chairman", False)}


@pytest.mark.parametrize("text, expected", [
    # a hypothetical, a plan, a pause: no leaving done
    (BECAME + "Pavel Orlin could resign as chairman of Corvane Shipping LLC soon.", HELD),
    (BECAME + "Pavel Orlin will resign as chairman of Corvane Shipping LLC in 2027.", HELD),
    (BECAME + "Pavel Orlin would resign as chairman of Corvane Shipping LLC if the deal failed.", HELD),
    ("Pavel Orlin is chairman of Corvane Shipping LLC. He temporarily stepped down as chairman of Corvane Shipping LLC "
     "in 2020 during an inquiry.", HELD),
    # a coming back, in the leaving sentence or after it
    (BECAME + "Pavel Orlin resigned as chairman of Corvane Shipping LLC in 2019 and was reappointed in 2021.", HELD),
    (BECAME + "Pavel Orlin resigned as chairman of Corvane Shipping LLC in 2019 and returned to the post in 2021.", HELD),
    (BECAME + "Pavel Orlin resigned as chairman of Corvane Shipping LLC in 2021. Pavel Orlin was reappointed chairman "
     "of Corvane Shipping LLC in 2023.", HELD),
    # guards: a leaving done stays one (F)
    (BECAME + "Pavel Orlin resigned as chairman of Corvane Shipping LLC in 2022.", LEFT),
    (BECAME + "Marta Ivers said Pavel Orlin resigned as chairman of Corvane Shipping LLC in 2022.", LEFT),
    (BECAME + "Pavel Orlin resigned as chairman of Corvane Shipping LLC in 2021. Pavel Orlin, the former chairman of "
     "Corvane Shipping LLC, lives in Tarsk.", LEFT),
])
def test_a_later_leaving_ends_the_post_only_when_done_for_good(extract, text, expected):
    """"X became chairman of Y. X could resign as chairman of Y soon." / "... resigned as chairman of Y in 2019 and
    was reappointed in 2021": X holds the post (F's `roles_left_later` made it former)."""
    assert posts_with_current(extract(text, TODAY)) == expected
