"""roles.v1: "X has worked for Y as a <job>" where the job is no title of the lexicon ("a recruiter", "a money
exchanger", "a cargo broker"): employment at Y (GUIDELINES: employment at an organization is a post; the role is
the job as written). "worked with Y as" states a tie (invented texts, issue 13, R16)."""
from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow

HR = "holds_role"


@pytest.mark.parametrize("text, person, body, role", [
    ("Tomas Ignacio Varela Ruiz, a Chilean national, has worked for the Halcones del Sur Cartel as a recruiter in "
     "Valparaiso since 2021.", "Tomas Ignacio Varela Ruiz", "Halcones del Sur Cartel", "recruiter"),
    ("OFAC also designated Irina Pavlovna Petrova, who works for Kestrel Harbor Services LLC as a cargo broker, moving "
     "sanctioned crude through Black Sea ports.", "Irina Pavlovna Petrova", "Kestrel Harbor Services LLC", "cargo broker"),
    ("Farid Yusuf Haddad has worked for the Al-Noor Exchange Company as a money exchanger, converting ransom payments "
     "into U.S. dollars.", "Farid Yusuf Haddad", "Al-Noor Exchange Company", "money exchanger"),
], ids=["recruiter", "relative-broker", "money-exchanger"])
def test_the_job_after_as_is_a_post_at_the_body_worked_for(extract, facts, text, person, body, role):
    facts(extract(text), {(HR, person, body, role)}, kinds=(HR,))


@pytest.mark.parametrize("text", [
    "Farid Yusuf Haddad has worked with the Al-Noor Exchange Company as a money exchanger, converting ransom payments "
    "into U.S. dollars.",
], ids=["worked-with"])
def test_a_tie_or_no_job_gives_no_post(extract, facts, text):
    facts(extract(text), set(), kinds=(HR,))


@pytest.mark.parametrize("text, person, body, role", [
    ("The Sierra Cartel moves cocaine through Sonora. Ana Lucia Perez Gomez is the Sierra Cartel's principal money "
     "launderer.", "Ana Lucia Perez Gomez", "Sierra Cartel", "principal money launderer"),
    ("The Sierra Cartel moves cocaine through Sonora. Pedro Salas Mena serves as the Sierra Cartel's chief enforcer.",
     "Pedro Salas Mena", "Sierra Cartel", "chief enforcer"),
    ("Tomas Ignacio Varela Ruiz has worked for the Halcones del Sur Cartel as a cash courier since 2021.",
     "Tomas Ignacio Varela Ruiz", "Halcones del Sur Cartel", "cash courier"),
], ids=["money-launderer", "enforcer", "worked-for-as-courier"])
def test_an_organizations_job_after_its_possessive(nlp, text, person, body, role):
    """"the cartel's principal money launderer", "the clan's chief enforcer", "ISIS-Somalia's liaison to Y": jobs an
    organization gives its people are posts in the title lexicon (R28; the readable gold counts 33 launderers, 18
    couriers, 9 enforcers)."""
    from graphbuild.extract.roles import extract_roles

    doc = nlp.make_doc(text)
    doc.user_data["gb_meta"] = {}
    posts = {(r.subject.name, r.object.name, r.role) for r in extract_roles(nlp(doc)) if r.relation == HR}
    assert posts == {(person, body, role)}
