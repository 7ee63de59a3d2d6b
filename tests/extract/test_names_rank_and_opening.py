"""Names the model cuts or runs together around a post, and a sentence the parser cuts after a parenthesised acronym
(invented texts, issue 13): the sentence's first word read as a common noun ("Rogelio Vanegas Pardo is ..."), a
body run into a rank ("IRGC Brigadier | General X"), and "Y (ACR) | Brigadier General X oversaw ..." split after ")".
Rules alone."""
from __future__ import annotations

import pytest

from graphbuild.extract.roles import extract_roles

pytestmark = pytest.mark.slow


def rule_posts(nlp, text: str) -> set[tuple[str, str, str]]:
    doc = nlp.make_doc(text)
    doc.user_data["gb_meta"] = {}
    return {(r.subject.name, r.object.name, r.role) for r in extract_roles(nlp(doc)) if r.relation == "holds_role"}


def test_the_first_word_of_the_sentence_opens_the_name(nlp):
    """The tagger reads "Rogelio" as a common noun and the model leaves it out of the name."""
    assert rule_posts(nlp, "Rogelio Vanegas Pardo is a leader of the Los Cuervos cartel.") == {
        ("Rogelio Vanegas Pardo", "Los Cuervos cartel", "leader")}


def test_a_post_word_opening_the_sentence_stays_out_of_the_name(nlp):
    assert rule_posts(nlp, "Commander Ramin Ostadi is a leader of the Los Cuervos cartel.") == {
        ("Ramin Ostadi", "Los Cuervos cartel", "leader")}


def test_a_rank_the_model_ran_into_the_acronym(nlp):
    assert rule_posts(nlp, "IRGC Brigadier General Hossein Karbalaei oversaw the shipments.") == {
        ("Hossein Karbalaei", "IRGC", "Brigadier General")}


def test_a_body_ending_in_a_post_word_keeps_it(nlp):
    """"the Office of the Vice President": no name follows the post, so the body's name is not cut."""
    assert rule_posts(nlp, "Ivo Marten has been the chief of staff in the Office of the Vice President since 2019.") == {
        ("Ivo Marten", "Office of the Vice President", "chief of staff")}


def test_a_sentence_opening_with_a_body_and_its_acronym(nlp):
    assert rule_posts(nlp, "Islamic Revolutionary Guard Corps (IRGC) Brigadier General Hossein Karbalaei oversaw the "
                           "shipments.") == {("Hossein Karbalaei", "Islamic Revolutionary Guard Corps", "Brigadier General")}


def test_a_heading_with_an_acronym_stays_its_own_line(nlp):
    """A body's name and acronym on a line of their own is a heading: the next line's sentence is not joined to it."""
    assert rule_posts(nlp, "Islamic Revolutionary Guard Corps (IRGC)\nBrigadier General Hossein Karbalaei oversaw the "
                           "shipments.") == set()
