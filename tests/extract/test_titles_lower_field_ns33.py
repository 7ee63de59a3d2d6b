"""NS (thirty-third session, issue 13): a title's lower-case field before the body it is held at.

Invented names. "X, minister for sanctions at the Foreign, Commonwealth and Development Office, said" gave no post:
the complement reader stopped at the lower-case field "for sanctions", and the learned scorer never pairs a
sanctioning authority. The field is part of the post and the body after "at / within" holds it
(titles_lower_field; not "in": "deputy minister of information in <group>'s government" is the field's ministry). A
person who is kin of, meets or speaks of such an official, and a field followed by a place, get no post.
"""
from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow

HR = "holds_role"
FCDO = "Foreign, Commonwealth and Development Office"


@pytest.mark.parametrize("text, expected", [
    pytest.param(
        '"These executives have kept the money flowing," Marta Quillby, minister for sanctions at the Foreign, '
        "Commonwealth and Development Office, said in a statement.",
        {(HR, "Marta Quillby", FCDO, "minister for sanctions")},
        id="a-sanctioning-authority-s-minister"),
    pytest.param(
        "Tomas Ferrell, head of energy policy at the Foreign Office, said the measures were overdue.",
        {(HR, "Tomas Ferrell", FCDO, "head of energy policy")},
        id="two-field-words-and-an-authority-s-alias"),
])
def test_lower_case_field_before_the_body(extract, facts, text, expected):
    facts(extract(text), expected, kinds=(HR,))


@pytest.mark.parametrize("text, expected", [
    pytest.param(
        "Ilse Varga, head of sanctions policy at the Ontario Energy Office, said the measures were overdue.",
        {(HR, "Ilse Varga", "Ontario Energy Office", "head of sanctions policy")},
        id="a-body-the-scorer-found-keeps-one-post"),
    pytest.param(
        "Karim Haddad, director of procurement at Iraq's Ministry of Oil, signed the contracts.",
        {(HR, "Karim Haddad", "Ministry of Oil", "director of procurement")},
        id="a-state-s-possessive-before-the-body"),
    pytest.param(
        "Haroun Sidiqi has been listed since 2001, when he was a deputy minister of information in the Taliban's first "
        "government.",
        {(HR, "Haroun Sidiqi", "Ministry of Information", "deputy minister of information")},
        id="a-minister-s-field-before-in-keeps-its-ministry"),
])
def test_posts_found_before_keep_their_body_with_the_whole_title(extract, facts, text, expected):
    facts(extract(text), expected, kinds=(HR,))


@pytest.mark.parametrize("text", [
    pytest.param("Marta Quillby, the wife of the minister for sanctions at the Foreign Office, said the measures were "
                 "overdue.", id="kin-of-the-official"),
    pytest.param("Marta Quillby met the head of energy policy at the Foreign Office on Monday.", id="meets-the-official"),
    pytest.param("Marta Quillby, head of operations in Lagos, said the measures were overdue.", id="a-place-not-a-body"),
    pytest.param("Marta Quillby, a member of parliament for the ruling party, said the measures were overdue.",
                 id="no-body-named"),
])
def test_close_sentences_give_no_post(extract, facts, text):
    facts(extract(text), set(), kinds=(HR,))
