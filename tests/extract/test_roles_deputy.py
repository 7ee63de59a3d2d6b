"""roles.v1 (the rules): a deputy named through the person deputised, "his deputy, B", "A's deputy, B" (R27; invented
texts)."""
from __future__ import annotations

import pytest

from graphbuild.extract.roles import extract_roles

pytestmark = pytest.mark.slow


def rule_posts(nlp, text: str) -> set[tuple[str, str, str]]:
    doc = nlp.make_doc(text)
    doc.user_data["gb_meta"] = {}
    return {(r.subject.name, r.object.name, r.role) for r in extract_roles(nlp(doc)) if r.relation == "holds_role"}


@pytest.mark.parametrize("text, expected", [
    pytest.param("The Department designated Sergei Volkov, a former sergeant in the army who has led the Velmora Front "
                 "since 2022, and his deputy, Andrei Lozko, who commands its boats.",
                 {("Sergei Volkov", "Velmora Front", "leader"), ("Andrei Lozko", "Velmora Front", "deputy")},
                 id="and-his-deputy"),
    pytest.param("Sergei Volkov is the leader of the Velmora Front. Volkov's deputy, Andrei Lozko (Lozko), manages the "
                 "group's affiliate program.",
                 {("Sergei Volkov", "Velmora Front", "leader"), ("Andrei Lozko", "Velmora Front", "deputy")},
                 id="surname's-deputy"),
    pytest.param("Sergei Volkov chairs the board of Tarsk Commercial Bank. His deputy on the board, Anna Petrova, was "
                 "sanctioned as well.",
                 {("Sergei Volkov", "Tarsk Commercial Bank", "chairman"), ("Anna Petrova", "Tarsk Commercial Bank", "deputy")},
                 id="deputy-on-the-board"),
])
def test_a_deputy_serves_at_the_body_of_the_person_deputised(nlp, text, expected):
    assert rule_posts(nlp, text) == expected


@pytest.mark.parametrize("text, expected", [
    pytest.param("Sergei Volkov was sanctioned. His deputy, Andrei Lozko, was sanctioned as well.", set(), id="no-post"),
    pytest.param("Sergei Volkov leads the Velmora Front and is the chairman of Tarsk Commercial Bank. His deputy, Andrei Lozko, was "
                 "sanctioned as well.",
                 {("Sergei Volkov", "Velmora Front", "leader"), ("Sergei Volkov", "Tarsk Commercial Bank", "chairman")},
                 id="two-bodies"),
])
def test_no_body_when_the_person_deputised_holds_none_or_two(nlp, text, expected):
    assert rule_posts(nlp, text) == expected
