"""roles.v1 (the rules, without the learned scorer): a title's body named after a description of it ("director of a
United Kingdom-based company, Y", "an employee of U.S.-designated Russian gold producer Y") (invented texts, issue 13)."""
from __future__ import annotations

import pytest

from graphbuild.extract.roles import extract_roles

pytestmark = pytest.mark.slow


def rule_posts(nlp, text: str) -> set[tuple[str, str, str]]:
    doc = nlp.make_doc(text)
    doc.user_data["gb_meta"] = {}
    return {(r.subject.name, r.object.name, r.role) for r in extract_roles(nlp(doc)) if r.relation == "holds_role"}


def test_an_indefinite_description_and_a_comma_before_the_body(nlp):
    assert rule_posts(nlp, "Petr Halas owns and is the director of a United Kingdom-based company, Velmont Trading Ltd.") \
        == {("Petr Halas", "Velmont Trading Ltd.", "director")}


def test_a_nationality_inside_the_description(nlp):
    assert rule_posts(nlp, "Petr Halas, an employee of U.S.-designated Russian gold producer Public Joint Stock Company "
                           "Tavrin, moved the gold.") == {("Petr Halas", "Public Joint Stock Company Tavrin", "employee")}


def test_a_description_without_a_name_gives_no_body(nlp):
    assert rule_posts(nlp, "Petr Halas is the director of a United Kingdom-based company, and Velmont Trading Ltd. is "
                           "its client.") == set()


def test_a_bodys_leadership_includes_titled_names(nlp):
    """"Y's leadership includes chairman A and deputy chairman B": lower-case titles before the names, Y owns the group."""
    assert rule_posts(nlp, "Tavrin Bank's leadership includes chairman Petr Halas and deputy chairman Lena Varga.") == {
        ("Petr Halas", "Tavrin Bank", "chairman"), ("Lena Varga", "Tavrin Bank", "deputy chairman")}


def test_including_after_a_bodys_board(nlp):
    assert rule_posts(nlp, "OFAC is designating the board of Tavrin Bank, including director Petr Halas.") == {
        ("Petr Halas", "Tavrin Bank", "director")}


def test_a_group_of_no_body_names_no_body(nlp):
    assert rule_posts(nlp, "Tavrin Bank's clients include lawyer Petr Halas.") == set()
