"""roles.v1: "X chairs Y", "X heads the finance department of Y": the subject of a head verb holds the post even
where the model tagged the short sentence's name as an organization (invented texts, issue 13, probe class "heads")."""
from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow

HR = "holds_role"


@pytest.mark.parametrize("text, body, role", [
    ("Petr Halas chairs Velmont Group.", "Velmont Group", "chairman"),
    ("Nadia Ferro heads the finance department of Kestrel Shipping Co.", "Kestrel Shipping Co.", "head"),
    ("Nadia Ferro runs the procurement office of Kestrel Shipping Co.", "Kestrel Shipping Co.", "head"),
    ("Nadia Ferro leads Kestrel Shipping Co.'s logistics division.", "Kestrel Shipping Co.", "leader"),
], ids=["chairs-body", "heads-unit", "runs-unit", "leads-possessed-unit"])
def test_the_subject_of_a_head_verb_holds_the_post(extract, facts, text, body, role):
    name = text.split(" ")[0] + " " + text.split(" ")[1]
    facts(extract(text), {(HR, name, body, role)}, kinds=(HR,))


def test_chairing_the_board_is_chairing_the_body(extract, facts):
    relations = extract("Also designated today is Petr Halas, who chairs the board of Velmont Group.")
    facts(relations, {(HR, "Petr Halas", "Velmont Group", "chairman")}, kinds=(HR,))


def test_a_body_that_runs_a_body_holds_no_post(extract, facts):
    """A company word in the subject keeps it a body: a firm that runs a firm holds no post."""
    facts(extract("Velmont Trading runs Kestrel Shipping Co."), set(), kinds=(HR,))


def test_the_agent_of_a_passive_head_verb_is_a_person(extract, facts):
    """"Y is led by X": the model tags this name as an organization here; the agent of "led by" heads Y."""
    facts(extract("Tavrin Bank is led by Maren Holt."), {(HR, "Maren Holt", "Tavrin Bank", "leader")}, kinds=(HR,))


def test_a_firm_after_led_by_stays_a_firm(extract, facts):
    facts(extract("The consortium is led by Velmont Trading LLC."), set(), kinds=(HR,))


@pytest.mark.parametrize("text, role", [
    ("Nadia Ferro has been the director of Tavrin Bank since 2019.", "director"),
    ("Nadia Ferro had previously served as the director of Tavrin Bank.", "director"),
], ids=["has-been", "had-previously-served-as"])
def test_a_post_after_auxiliaries_types_the_name(extract, facts, text, role):
    """The person-only post slot ("X is the director of Y") also after "has been" / "had previously served as"."""
    facts(extract(text), {(HR, "Nadia Ferro", "Tavrin Bank", role)}, kinds=(HR,))
