"""A stand-in slot added without the component it replaces refuses to run instead of passing documents through untouched."""
from __future__ import annotations

import pytest
import spacy

import graphbuild.nlp.attribute_table  # noqa: F401  (registers gb_attribute_table)
import graphbuild.nlp.lemma_table  # noqa: F401  (registers gb_lemma_table)


@pytest.mark.parametrize("factory, message", [
    ("gb_attribute_table", "gb_attribute_table has no attribute_ruler to stand in for (use replace_attribute_ruler)"),
    ("gb_lemma_table", "gb_lemma_table has no lemmatizer to stand in for (use replace_lemmatizer)"),
])
def test_an_empty_stand_in_says_what_it_lacks(factory, message):
    nlp = spacy.blank("en")
    nlp.add_pipe(factory)
    with pytest.raises(ValueError) as caught:
        nlp("The ministry named a new director.")
    assert str(caught.value) == message
