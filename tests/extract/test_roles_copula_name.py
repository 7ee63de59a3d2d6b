"""roles.v1 (the rules, without the learned scorer): "Y's <post> is X" where a kinship phrase or a rank stands between
the copula and the holder's name: "Its managing director is W's nephew, X", "Y's chairman is SAF Major General X"
(invented texts, issue 13, R28; synthetic t13_17, t21_03, t22_12, t24_10, t5_11 state posts so)."""
from __future__ import annotations

import pytest

from graphbuild.extract.roles import extract_roles

pytestmark = pytest.mark.slow


def rule_posts(nlp, text: str) -> set[tuple[str, str, str]]:
    doc = nlp.make_doc(text)
    doc.user_data["gb_meta"] = {}
    return {(r.subject.name, r.object.name, r.role) for r in extract_roles(nlp(doc)) if r.relation == "holds_role"}


def test_the_post_after_a_kinship_phrase_is_the_relatives(nlp):
    text = ("Petr Halas owns ships. Velmont Trading LLC ships fuel to Syria. Its managing director is Halas's nephew, "
            "Oskar Petr Brandt, who is not designated today.")
    assert rule_posts(nlp, text) == {("Oskar Petr Brandt", "Velmont Trading LLC", "managing director")}


def test_the_holder_after_a_forces_rank(nlp):
    text = "Tavrin Mining's chairman is SAF Major General Oskar Petr Brandt, who also heads the procurement office."
    assert ("Oskar Petr Brandt", "Tavrin Mining", "chairman") in rule_posts(nlp, text)


def test_the_holder_after_a_rank(nlp):
    assert rule_posts(nlp, "Tavrin Mining's chairman is Brigadier General Oskar Petr Brandt.") == {
        ("Oskar Petr Brandt", "Tavrin Mining", "chairman")}


def test_a_name_before_a_kin_noun_holds_no_post(nlp):
    """"Y's chairman is X's brother": the brother, unnamed, is the chairman; X holds nothing."""
    assert rule_posts(nlp, "Tavrin Mining's chairman is Oskar Petr Brandt's brother.") == set()


def test_the_name_right_after_the_copula(nlp):
    assert rule_posts(nlp, "Tavrin Mining's chairman is Oskar Petr Brandt.") == {
        ("Oskar Petr Brandt", "Tavrin Mining", "chairman")}
