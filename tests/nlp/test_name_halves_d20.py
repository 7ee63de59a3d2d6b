"""A person's name the model cut in two halves of different kinds is joined (issue 13, D20).

"[Given Given](ORG) [Surname Surname](PERSON)" with only a space between: one person. Not across punctuation, not when
a half holds a company or body word, not when a bold range holds one half only. The mentions are set by hand: the
model's cut depends on the sentence around the name. Texts invented for these tests.
"""
from __future__ import annotations

import spacy

from graphbuild.nlp.gazetteers import load_gazetteers
from graphbuild.nlp.mention import Mention
from graphbuild.nlp.name_halves import join_split_people

GAZ = load_gazetteers()
NLP = spacy.blank("en")


def _join(text: str, halves: list[tuple[int, int, str]], bold: list[tuple[int, int]] | None = None) -> list[tuple[str, str]]:
    doc = NLP(text)
    mentions = [Mention(s, e, doc[s:e].text, label) for s, e, label in halves]
    return [(m.text, m.label) for m in join_split_people(doc, mentions, GAZ, bold or [])]


def test_given_names_read_as_a_firm_join_the_surnames():
    text = "OFAC sanctioned Leonardo Anselmo Reyes Paredes , who heads the bank ."
    assert _join(text, [(0, 1, "ORG"), (2, 4, "ORG"), (4, 6, "PERSON")]) == [
        ("OFAC", "ORG"), ("Leonardo Anselmo Reyes Paredes", "PERSON")]


def test_a_given_name_read_as_a_place_joins_in_bold():
    text = "Losira Tuidraka Naivelo is a commander ."
    assert _join(text, [(0, 1, "GPE"), (1, 3, "PERSON")], bold=[(0, 23)]) == [("Losira Tuidraka Naivelo", "PERSON")]


def test_halves_apart_stay_apart():
    """A comma between, a company word in a half, a country, or a bold range holding one half only."""
    assert _join("Anselmo Reyes , Ilse Paredes", [(0, 2, "ORG"), (3, 5, "PERSON")]) == [
        ("Anselmo Reyes", "ORG"), ("Ilse Paredes", "PERSON")]
    assert _join("Varnstad Bank Ilse Paredes", [(0, 2, "ORG"), (2, 4, "PERSON")]) == [
        ("Varnstad Bank", "ORG"), ("Ilse Paredes", "PERSON")]
    assert _join("Canada Ilse Paredes", [(0, 1, "GPE"), (1, 3, "PERSON")]) == [("Canada", "GPE"), ("Ilse Paredes", "PERSON")]
    assert _join("Varnstad Ilse Paredes", [(0, 1, "ORG"), (1, 3, "PERSON")], bold=[(0, 8)]) == [
        ("Varnstad", "ORG"), ("Ilse Paredes", "PERSON")]
