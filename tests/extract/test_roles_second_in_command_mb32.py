"""roles.v1: a group's number two named through its leader, "his second-in-command, B", "A's second-in-command, B"
(thirty-second session, MB; issue 13). `roles_deputy` read only the word "deputy"; a gang's, cartel's or armed group's
number two is written "second-in-command" as often, and the post went nowhere. Invented texts and names."""
from __future__ import annotations

import pytest

from graphbuild.extract.roles import extract_roles

pytestmark = pytest.mark.slow


def rule_posts(nlp, text: str) -> set[tuple[str, str, str]]:
    doc = nlp.make_doc(text)
    doc.user_data["gb_meta"] = {}
    return {(r.subject.name, r.object.name, r.role) for r in extract_roles(nlp(doc)) if r.relation == "holds_role"}


@pytest.mark.parametrize("text, expected", [
    pytest.param("Rigo Salmon is the founder and leader of the Vultura Cartel. His second-in-command, Efren Lugano, "
                 "oversees its laboratories near the coast.",
                 {("Rigo Salmon", "Vultura Cartel", "founder"), ("Rigo Salmon", "Vultura Cartel", "leader"),
                  ("Efren Lugano", "Vultura Cartel", "second-in-command")},
                 id="his-second-in-command"),
    pytest.param("Rigo Salmon leads the Vultura Clan. Efren Lugano, Salmon's second in command, keeps its weapons.",
                 {("Rigo Salmon", "Vultura Clan", "leader"), ("Efren Lugano", "Vultura Clan", "second in command")},
                 id="surname's-second-in-command-after-the-name"),
])
def test_a_second_in_command_serves_at_the_body_the_leader_heads(nlp, text, expected):
    assert rule_posts(nlp, text) == expected


@pytest.mark.parametrize("text, expected", [
    pytest.param("Rigo Salmon was sanctioned in 2020. His second-in-command, Efren Lugano, was sanctioned as well.", set(),
                 id="leader-with-no-post"),
    pytest.param("Rigo Salmon leads the Vultura Clan and is the chairman of Tarsk Holding Bank. His second-in-command, "
                 "Efren Lugano, was sanctioned as well.",
                 {("Rigo Salmon", "Vultura Clan", "leader"), ("Rigo Salmon", "Tarsk Holding Bank", "chairman")},
                 id="leader-of-two-bodies"),
    pytest.param("Rigo Salmon leads the Vultura Clan. Efren Lugano was second in command of the raid, police said.",
                 {("Rigo Salmon", "Vultura Clan", "leader")},
                 id="no-person-deputised"),
])
def test_no_post_without_one_body_of_the_person_deputised(nlp, text, expected):
    assert rule_posts(nlp, text) == expected
