"""A group's foreign name the model read as a place is the group when the sentence describes it as one (thirty-second
session, MB; issue 13): "X, a militia that ...", "the group, X, ...". The small model reads some such names as a place
("... al-<river>"); `type_evidence.retype_mentions` now relabels a place-typed name that is no country when its
apposition is headed by a group noun or it is apposed to "the <group noun>". A place described as a city or a province
stays a place. Invented texts; the model's place label is set on the mention, as the model gave it in a release."""
from __future__ import annotations

import pytest

from graphbuild.nlp import type_evidence
from graphbuild.nlp.gazetteers import load_gazetteers
from graphbuild.nlp.mention import Mention

pytestmark = pytest.mark.slow


def _labels(nlp, text: str, place: str) -> dict[str, str]:
    """Each mention's label after retyping, with `place` labelled GPE as the model may read it."""
    doc = nlp(text)
    mentions = [Mention(e.start, e.end, e.text, "GPE" if e.text == place else e.label_) for e in doc.ents]
    assert any(m.text == place for m in mentions), [e.text for e in doc.ents]
    type_evidence.retype_mentions(doc, mentions, load_gazetteers())
    return {m.text: m.label for m in mentions}


@pytest.mark.parametrize("text", [
    "The Treasury said that Liwa Ahrar al-Zabin, a militia that has claimed rocket attacks, used a bank to receive funds.",
    "The State Department designated the militia, Liwa Ahrar al-Zabin, and its secretary-general, Hamid Kassar.",
])
def test_a_place_typed_name_described_as_a_group_is_a_body(nlp, text):
    assert _labels(nlp, text, "Liwa Ahrar al-Zabin")["Liwa Ahrar al-Zabin"] == "ORG"


@pytest.mark.parametrize("text, place", [
    ("The Treasury said that Velmora, a province that borders the sea, hosts the bank's branch.", "Velmora"),
    ("The network moved cash through Velmora, a city where the militia recruits.", "Velmora"),
])
def test_a_place_described_as_a_place_stays_one(nlp, text, place):
    assert _labels(nlp, text, place)[place] == "GPE"
