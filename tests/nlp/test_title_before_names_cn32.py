"""A post's last word written right before its holder's name is no given name (thirty-second session, CN; invented
texts).

"Under Secretary of State for Economic Growth, Energy, and the Environment X Y said" and "FBI Special Agent X Y,
testified": the model tags "X Y" and the name runs took the capitalised word before it as a first given name, so the
person became "Environment X Y" / "Agent X Y" and the post was lost. The field's reach back to the post's head is now
sixteen tokens (it was ten) and a word after a capitalised modifier of posts ("Special Agent") is not taken when the
modifier is no post's head itself and opens the post (no post's word, "and", "of", "for" before it); "Attorney General
X Y Z" and "Minister of Defense X Y Z" keep their names whole.
"""
from __future__ import annotations

import pytest

from graphbuild.extract.context import context_of, release_context

OPENING = "WASHINGTON — Today, OFAC designated Tovik Steel LLC. "


def _people(nlp, text: str) -> list[str]:
    doc = nlp(OPENING + text)
    try:
        return [m.text for m in context_of(doc).resolver.mentions if m.label == "PERSON"]
    finally:
        release_context(doc)


@pytest.mark.slow
@pytest.mark.parametrize(("text", "people"), [
    ("Under Secretary of State for Economic Growth, Energy, and the Environment Sarah Brightwell said in a statement that "
     "the action closes a route.", ["Sarah Brightwell"]),
    ("The first witness, FBI Special Agent Anna Kessler, testified on Tuesday about emails.", ["Anna Kessler"]),
])
def test_a_posts_last_word_is_no_given_name(nlp, text, people):
    assert _people(nlp, text) == people


@pytest.mark.slow
@pytest.mark.parametrize(("text", "people"), [
    ("In May 2022, the Department designated Attorney General Lucinda Varela Ospina, the head of the Public Ministry.",
     ["Lucinda Varela Ospina"]),
    ("Minister of Defense Karim Walid Haddad signed the contracts.", ["Karim Walid Haddad"]),
    ("Minister of Economy and Finance Corvan Adel Mirek spoke on Monday.", ["Corvan Adel Mirek"]),
])
def test_names_after_other_posts_keep_their_spans(nlp, text, people):
    assert _people(nlp, text) == people
