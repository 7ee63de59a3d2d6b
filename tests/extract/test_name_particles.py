"""A surname's lower-case particle and the words after it belong to the person (graphbuild/nlp/name_hyphens.py):
the model often ends "X Y Z de W" at "Z"; likewise a body's name ended at its "of"."""
from __future__ import annotations

import spacy
from spacy.tokens import Doc

from graphbuild.nlp.gazetteers import load_gazetteers
from graphbuild.nlp.mention import Mention
from graphbuild.nlp.name_hyphens import join_surname_particles

VOCAB = spacy.blank("en").vocab  # lexical attributes (is_punct) as the pipeline has them


def make(words: list[str], tags: list[str]) -> Doc:
    return Doc(VOCAB, words=words, spaces=[True] * (len(words) - 1) + [False], tags=tags)


def test_particle_and_surname_join_the_person():
    d = make(["Marisol", "Andrea", "Quevedo", "de", "la", "Fuente", ",", "a", "banker"],
             ["NNP", "NNP", "NNP", "FW", "FW", "NNP", ",", "DT", "NN"])
    mentions = [Mention(0, 3, "Marisol Andrea Quevedo", "PERSON")]
    join_surname_particles(d, mentions, load_gazetteers())
    assert [(m.start, m.end, m.text) for m in mentions] == [(0, 6, "Marisol Andrea Quevedo de la Fuente")]


def test_a_country_after_the_particle_is_no_surname():
    d = make(["Marisol", "Quevedo", "de", "Venezuela", "spoke"], ["NNP", "NNP", "IN", "NNP", "VBD"])
    mentions = [Mention(0, 2, "Marisol Quevedo", "PERSON")]
    join_surname_particles(d, mentions, load_gazetteers())
    assert [(m.start, m.end) for m in mentions] == [(0, 2)]


def test_a_body_is_not_stretched():
    d = make(["Banco", "Central", "de", "Fomento", "."], ["NNP", "NNP", "IN", "NNP", "."])
    mentions = [Mention(0, 2, "Banco Central", "ORG")]
    join_surname_particles(d, mentions, load_gazetteers())
    assert [(m.start, m.end) for m in mentions] == [(0, 2)]


def test_body_name_ending_in_of_runs_on_over_the_name_after_it():
    from graphbuild.nlp.name_hyphens import close_dangling_of

    d = make(["the", "Insular", "Territory", "of", "Aurelio", "de", "Castro", ",", "where"],
             ["DT", "NNP", "NNP", "IN", "NNP", "IN", "NNP", ",", "WRB"])
    mentions = close_dangling_of(d, [Mention(1, 4, "Insular Territory of", "ORG")])
    assert [(m.start, m.end, m.text) for m in mentions] == [(1, 7, "Insular Territory of Aurelio de Castro")]


def test_body_name_ending_in_of_with_nothing_after_it_loses_the_of():
    from graphbuild.nlp.name_hyphens import close_dangling_of

    d = make(["the", "Naval", "Command", "of", "the", "south"], ["DT", "NNP", "NNP", "IN", "DT", "NN"])
    mentions = close_dangling_of(d, [Mention(1, 4, "Naval Command of", "ORG")])
    assert [(m.start, m.end, m.text) for m in mentions] == [(1, 3, "Naval Command")]
