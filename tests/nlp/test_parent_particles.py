"""One set of the links that make the name after them a parent's (M45, eighteenth session, issue 13).

nlp.coref (a shorter name after the link is the parent, another person) and nlp.name_spans (a surname goes on over
the link) kept two lists: "ould" and "ag" were surname links but not parents' links in coref. Invented names.
"""
from __future__ import annotations

import pytest

from graphbuild.names import NAME_PARTICLES, PARENT_PARTICLES
from graphbuild.nlp import name_spans
from graphbuild.nlp.coref import another_persons_name


@pytest.mark.parametrize("full, short", [
    ("sidi mohamed ould ahmed lemine", "ahmed lemine"),
    ("bilal ag cherif intalla", "cherif intalla"),
    ("hassan bin ali mansour", "ali mansour"),
])
def test_the_name_after_a_parents_link_is_another_person(full, short):
    assert another_persons_name(tuple(short.split()), tuple(full.split()))


def test_the_family_name_alone_is_no_other_person():
    assert not another_persons_name(("lemine",), ("sidi", "mohamed", "ould", "ahmed", "lemine"))


def test_one_source():
    assert name_spans.SURNAME_LINKS is PARENT_PARTICLES and PARENT_PARTICLES <= NAME_PARTICLES
