"""roles.v1 (the rules, without the learned scorer): "Y's <post>, X" where the model kept only the last words of Y, a
short form of a body the release named in full before ("Marlen Ridge's director" tagged "Ridge", "Harbin Tolvan's"
read as two places): the post is at the body whose name those words open (invented texts, issue 13, R25)."""
from __future__ import annotations

import pytest

from graphbuild.extract.roles import extract_roles

pytestmark = pytest.mark.slow


def rule_posts(nlp, text: str) -> set[tuple[str, str, str]]:
    doc = nlp.make_doc(text)
    doc.user_data["gb_meta"] = {}
    return {(r.subject.name, r.object.name, r.role) for r in extract_roles(nlp(doc)) if r.relation == "holds_role"}


@pytest.mark.parametrize("text, person, body, role", [
    ("OFAC also designated Coastal Crest Ship Management Pvt. Ltd., which manages the tankers.\n\n"
     "Coastal Crest's director, Vikas Orvask Mehra, was not designated today.",
     "Vikas Orvask Mehra", "Coastal Crest Ship Management Pvt. Ltd.", "director"),
    ("OFAC also designated Azure Pelican Yacht Management SAM, which managed the yachts.\n\n"
     "Azure Pelican's managing director, Marco Vellani, was not named in the action.",
     "Marco Vellani", "Azure Pelican Yacht Management SAM", "managing director"),
], ids=["first-word-dropped", "last-word-read-as-a-nationality"])
def test_the_words_the_model_dropped_open_the_body_named_before(nlp, text, person, body, role):
    assert (person, body, role) in rule_posts(nlp, text)


def test_two_bodies_opened_by_the_same_words_give_no_choice(nlp):
    text = ("OFAC designated Coastal Crest Ship Management Pvt. Ltd. and Coastal Crest Tankers Ltd.\n\n"
            "Coastal Crest's director, Vikas Orvask Mehra, was not designated today.")
    posts = rule_posts(nlp, text)
    assert not any(p[0] == "Vikas Orvask Mehra" and p[1] in {"Coastal Crest Ship Management Pvt. Ltd.", "Coastal Crest Tankers Ltd."} for p in posts)
