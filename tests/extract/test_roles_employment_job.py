"""roles.v1: "X has worked for Y as a <job>" where the job is no title of the lexicon ("a recruiter", "a money
exchanger", "a cargo broker"): employment at Y (GUIDELINES: employment at an organization is a post; the role is
the job as written). "worked with Y as" states a tie (invented texts, issue 13, R16)."""
from __future__ import annotations

import pytest

from markdown_release import extract_markdown

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


@pytest.mark.parametrize("text, person, body, role", [
    ("Mirko Dalibor Sestak works as a penetration tester for GreyMantis, gaining access to victims' networks.",
     "Mirko Dalibor Sestak", "GreyMantis", "penetration tester"),
    ("Since 2020, Tomas Ignacio Varela Ruiz has worked as a bookkeeper for the Halcones del Sur Cartel, recording its "
     "cocaine sales.", "Tomas Ignacio Varela Ruiz", "Halcones del Sur Cartel", "bookkeeper"),
], ids=["tester-for", "bookkeeper-for"])
def test_the_body_after_the_job(nlp, text, person, body, role):
    """"X works as a <job> for Y": the parser hangs "for Y" on the job, not on the verb; the post is the same as in
    "X works for Y as a <job>" (H10; the learned scorer found some, the rules none)."""
    from graphbuild.extract.roles import extract_roles

    doc = nlp.make_doc(text)
    doc.user_data["gb_meta"] = {}
    posts = {(r.subject.name, r.object.name, r.role) for r in extract_roles(nlp(doc)) if r.relation == HR}
    assert posts == {(person, body, role)}


@pytest.mark.parametrize("text", [
    "Mirko Dalibor Sestak works as a penetration tester with GreyMantis, gaining access to victims' networks.",
    "Mirko Dalibor Sestak works as a courier of cash for GreyMantis's suppliers.",
], ids=["with", "for-another-noun"])
def test_no_body_after_the_job(nlp, text):
    """Guards: "with Y" states a tie; "for" under another noun than the job names no employer of X."""
    from graphbuild.extract.roles import extract_roles

    doc = nlp.make_doc(text)
    doc.user_data["gb_meta"] = {}
    assert not [r for r in extract_roles(nlp(doc)) if r.relation == HR and r.object.name == "GreyMantis"]


def test_the_younger_bearer_is_the_one_named_as_a_son(extract):
    """"The younger X" when a father, his wife and his son bear X: the son (named as "his adult son, Y"), not the one
    bearer named as nobody's relative (H10: the father took his son's job at a law firm)."""
    text = ("The Department of State is publicly designating **Dorian Velasco Ferro**, presiding judge of Tarvonia's "
            "Second Criminal Court, due to his involvement in significant corruption.\n\nIn addition to Velasco Ferro, the "
            "Department is designating two members of his immediate family: his wife, **Lucia Ortega de Velasco**, and "
            "his adult son, **Emilio Velasco Ortega**. The younger Velasco works as an associate at Bufete Ortega & "
            "Socios, a law firm that represented several defendants before his father's court.\n")
    held = {(r["subject"]["name"], r["object"]["name"]) for r in extract_markdown(extract, text) if r["relation"] == HR}
    assert ("Emilio Velasco Ortega", "Bufete Ortega & Socios") in held
    assert ("Dorian Velasco Ferro", "Bufete Ortega & Socios") not in held
