"""roles.v1: a passive post verb whose chain is coordinated ("managed and owned by X", "were co-founded and are
controlled by X"), whose subject is coordinated ("A and B were co-founded by X") or whose agent is a list ("was run
by brothers A, B, and C"): each agent holds the post at each body (invented texts, issue 13, real releases'
"posts with no candidate")."""
from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow

HR = "holds_role"


def test_coordinated_agents_after_a_plural_noun_each_hold_the_post(extract, facts):
    text = ("Founded by a family of traders, the Zorvath Cartel was run by brothers Pedro Anselmo Ruiz, "
            "Tomas Ruiz Lenta, and Beto Ruiz Lenta in recent years.")
    facts(extract(text), {(HR, "Pedro Anselmo Ruiz", "Zorvath Cartel", "head"), (HR, "Tomas Ruiz Lenta", "Zorvath Cartel", "head"),
                          (HR, "Beto Ruiz Lenta", "Zorvath Cartel", "head")}, kinds=(HR,))


def test_a_relative_clause_the_parser_hangs_on_a_place_reaches_the_copulas_subject(extract, facts):
    """"Y is a consultancy based in P, Q, that is directed and owned by X": the post of the nearest verb before "by"
    that names one ("owned" names none, P6)."""
    text = "Kestrel Mining Group is a consultancy based in Lyon, France, that is directed and owned by Ilse Brandvik."
    facts(extract(text), {(HR, "Ilse Brandvik", "Kestrel Mining Group", "director")}, kinds=(HR,))


@pytest.mark.parametrize("text", [
    "Drammel Metals LLC, owned by Ilse Brandvik, exports aluminum to Lyon.",
    "Drammel Metals LLC, which is owned by Ilse Brandvik, exports aluminum to Lyon.",
    "Drammel Metals LLC is wholly owned by Ilse Brandvik.",
], ids=["reduced", "relative", "wholly"])
def test_owned_by_a_person_is_no_post(extract, facts, text):
    """"Y, owned by X" says what "X owns Y" says: ownership, no post (GUIDELINES; P6: the participle gave "owner")."""
    facts(extract(text), set(), kinds=(HR,))


def test_coordinated_bodies_of_a_chain_whose_last_verb_names_no_post(extract, facts):
    """"controlled" names no post; "co-founded" earlier in the chain does, for both subjects."""
    text = "Veltrano Finance Bank and Quessa Trading LLC were co-founded and are controlled by Dorin Halvat."
    facts(extract(text), {(HR, "Dorin Halvat", "Veltrano Finance Bank", "co-founder"),
                          (HR, "Dorin Halvat", "Quessa Trading LLC", "co-founder")}, kinds=(HR,))


@pytest.mark.parametrize("text", [
    "The shipments were controlled by Arne Solberg.",
    "Velmont Logistics is controlled by Arne Solberg.",
    "Kestrel Mining Group is owned or controlled by Ilse Brandvik.",
    "Kestrel Mining Group and Norvik Data LLC are owned or controlled by Ilse Brandvik.",
], ids=["no-body", "control-is-no-post", "criterion-disjunction", "criterion-disjunction-two-bodies"])
def test_control_alone_is_no_post(extract, facts, text):
    """"owned or controlled by" is the designation criterion's wording, not a post (a disjunction names none)."""
    facts(extract(text), set(), kinds=(HR,))
