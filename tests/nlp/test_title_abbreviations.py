"""The two title-abbreviation lists (M26, F1 item 9): `mentions.TITLE_ABBREVIATIONS` holds every rank or form of
address read before a name (bare, lower case); `tokenizer.UNSPLIT_TITLE_ABBREVIATIONS` the dotted forms of them that
spaCy's exceptions split and the tokenizer keeps whole. Each listed title is one token with its point."""
from __future__ import annotations

from graphbuild.nlp.mentions import TITLE_ABBREVIATIONS
from graphbuild.nlp.tokenizer import UNSPLIT_TITLE_ABBREVIATIONS


def test_the_unsplit_forms_are_titles_of_the_mentions_list():
    assert {form.rstrip(".").lower() for form in UNSPLIT_TITLE_ABBREVIATIONS} <= TITLE_ABBREVIATIONS


def test_every_title_abbreviation_is_one_token_with_its_point(nlp):
    for word in sorted(TITLE_ABBREVIATIONS):
        form = word.capitalize() + "."
        tokens = [t.text for t in nlp.make_doc(f"Today {form} Ivo Kestrel left.")]
        assert tokens[1] == form, (form, tokens)
