"""roles.v1: a post stated by a head verb in an object relative clause on the body ("Y, an agency that X
co-founded", "Y, the company that X leads", "Y, the company X owns"): X holds the verb's post at Y (invented
texts, issue 13, R13). "the company X owns" is no post (GUIDELINES: ownership by a person is none unless a title
states it)."""
from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow

HR = "holds_role"


@pytest.mark.parametrize("text, person, body, role", [
    ("Carlos Andres Mejia Rojas (Mejia) is a Colombian national. In Peru, Lima-based Andes Staffing Group (ASG), an "
     "employment agency that Mejia co-founded, recruits fighters for the war.",
     "Carlos Andres Mejia Rojas", "Andes Staffing Group", "co-founder"),
    ("Irina Pavlovna Petrova was also named. OFAC is also designating Kestrel Harbor Services LLC, the stevedoring "
     "company that Petrova leads.", "Irina Pavlovna Petrova", "Kestrel Harbor Services LLC", "leader"),
    ("Ricardo Luis Saldana was also designated. Norfield Trading Group, S.A., the company Saldana runs, is also "
     "designated today.", "Ricardo Luis Saldana", "Norfield Trading Group, S.A.", "head"),
], ids=["that-co-founded", "that-leads", "reduced-runs"])
def test_the_body_a_relative_clause_hangs_on(extract, facts, text, person, body, role):
    facts(extract(text), {(HR, person, body, role)}, kinds=(HR,))


def test_a_second_relative_coordinated_with_the_first_hangs_on_the_same_body(extract, facts):
    text = ("Ricardo Luis Saldana and Irina Pavlovna Petrova were also designated. OFAC is also designating Norfield "
            "Trading Group, which Saldana founded and which Petrova manages, pursuant to E.O. 14024.")
    facts(extract(text), {(HR, "Ricardo Luis Saldana", "Norfield Trading Group", "founder"),
                          (HR, "Irina Pavlovna Petrova", "Norfield Trading Group", "manager")}, kinds=(HR,))


@pytest.mark.parametrize("text", [
    "Ricardo Luis Saldana was also designated. Norfield Trading Group, S.A., the company that Saldana's brother owns, "
    "is also designated today.",
    "Carlos Andres Mejia Rojas (Mejia) is a Colombian national. In Peru, Andes Staffing Group, which Mejia supplied "
    "with recruits, was designated.",
], ids=["kin-subject", "no-head-verb"])
def test_another_subject_or_verb_gives_no_post(extract, facts, text):
    facts(extract(text), set(), kinds=(HR,))
