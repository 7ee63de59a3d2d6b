"""A rank or a title's abbreviation the model tagged with a name's first half is no part of the name (issue 13, M31).

D20's join made "Air Commodore <given> <surname surname>" one person's name (an invented story, t27_09): the rank
became the name, and the designee's posts were lost. Texts invented for these tests; mentions set by hand.
"""
from __future__ import annotations

import spacy

from graphbuild.nlp.gazetteers import load_gazetteers
from graphbuild.nlp.mention import Mention
from graphbuild.nlp.name_halves import join_split_people

GAZ = load_gazetteers()
NLP = spacy.blank("en")


def _join(text: str, halves: list[tuple[int, int, str]]) -> list[tuple[str, str]]:
    doc = NLP(text)
    mentions = [Mention(s, e, doc[s:e].text, label) for s, e, label in halves]
    return [(m.text, m.label) for m in join_split_people(doc, mentions, GAZ, [])]


def test_a_rank_in_the_first_half_is_not_joined():
    text = "retired Air Commodore Tovan Mirelko Dastani declined to comment ."
    assert _join(text, [(1, 4, "ORG"), (4, 6, "PERSON")]) == [
        ("Air Commodore Tovan", "ORG"), ("Mirelko Dastani", "PERSON")]


def test_a_title_abbreviation_in_the_first_half_is_not_joined():
    text = "Capt Tovan Mirelko Dastani commands the ship ."
    assert _join(text, [(0, 2, "ORG"), (2, 4, "PERSON")]) == [("Capt Tovan", "ORG"), ("Mirelko Dastani", "PERSON")]
