"""The participles that give another name live in one module (nlp/naming_words.py; G, twenty-fifth session):
`alias_phrases` wrote some of `mentions`' words again because `mentions` imports it. The words are as before."""
from __future__ import annotations

from graphbuild.nlp import alias_phrases, mentions, naming_words


def test_both_modules_read_the_one_word_lists():
    assert mentions.NAMING_PARTICIPLES is naming_words.NAMING_PARTICIPLES
    assert alias_phrases.EPITHET_PARTICIPLES is naming_words.EPITHET_PARTICIPLES


def test_the_words_are_the_ones_each_module_had():
    assert naming_words.NAMING_PARTICIPLES == {"spelled", "spelt", "transliterated", "named", "called", "known"}
    assert naming_words.EPITHET_PARTICIPLES == {"called", "nicknamed", "dubbed", "styled", "known"}
