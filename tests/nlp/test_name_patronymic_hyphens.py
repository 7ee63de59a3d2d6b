"""A name with a patronymic never ends on a glued hyphen (lead, thirty-first session; invented names).

`nlp.name_patronymics` trims a list item's " - Post" off a "Given Patronymic Surname" name. It stepped over a glued
hyphen but stopped at a lower-case word after it, so "Kara-ool" became "Kara-": a name that names nobody, and in a
long numbered list it cost the posts of every member after it (train CV holds_role check folds 3+4: 331 -> 250 true)."""
from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow


def _mentions(nlp, text: str) -> list[tuple[str, str]]:  # noqa: ANN001 - the spaCy pipeline fixture
    from graphbuild.nlp.gazetteers import load_gazetteers
    from graphbuild.nlp.mentions import collect_mentions

    return [(m.text, m.label) for m in collect_mentions(nlp(text), load_gazetteers())]


def test_a_hyphened_surname_with_a_lower_case_half_stays_whole(nlp):
    assert _mentions(nlp, "Sanctioned deputies include Ayas Mergenovich Kara-ool and Dina Petrovna Lapina.\n") == [
        ("Ayas Mergenovich Kara-ool", "PERSON"), ("Dina Petrovna Lapina", "PERSON")]


def test_a_list_items_spaced_post_is_still_cut_off_after_a_hyphened_surname(nlp):
    assert _mentions(nlp, "1. Ayas Mergenovich Kara-ool - deputy head of the committee.\n") == [
        ("Ayas Mergenovich Kara-ool", "PERSON")]
    assert _mentions(nlp, "1. Ayas Mergenovich Kara-Sal - deputy head of the committee.\n") == [
        ("Ayas Mergenovich Kara-Sal", "PERSON")]
