"""roles.v1 (the rules, without the learned scorer): "X, a researcher at Y", "a professor at Y", "a lecturer at Y", "an
instructor at Y", "a political scientist at Y": posts the gold counts (18 gold posts of these words in 18 readable releases,
e.g. news stories quoting an analyst) that the title lexicon lacked (invented texts, issue 13, R25)."""
from __future__ import annotations

import pytest

from graphbuild.extract.roles import extract_roles

pytestmark = pytest.mark.slow


def rule_posts(nlp, text: str) -> set[tuple[str, str, str]]:
    doc = nlp.make_doc(text)
    doc.user_data["gb_meta"] = {}
    return {(r.subject.name, r.object.name, r.role) for r in extract_roles(nlp(doc)) if r.relation == "holds_role"}


@pytest.mark.parametrize("word", ["researcher", "professor", "lecturer", "political scientist"])
def test_an_academic_post_at_a_named_body(nlp, word):
    article = "an" if word[0] in "aeiou" else "a"
    text = f'"Sanctions are a start," said Hanna Velkova Marin, {article} {word} at the Varn Policy Institute in Nairobi.'
    assert rule_posts(nlp, text) == {("Hanna Velkova Marin", "Varn Policy Institute", word)}


def test_people_called_researchers_without_a_name_hold_no_post(nlp):
    text = "The unit, known to security researchers at the Varn Policy Institute as Team Seven, attacked the banks."
    assert rule_posts(nlp, text) == set()
