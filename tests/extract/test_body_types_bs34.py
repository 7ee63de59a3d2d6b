"""BS (thirty-fourth session, issue 13): bodies the model typed a person lost their posts.

Invented names. Three readings, each from lost posts of the WRITE half:

- a body named after a post's "for the" / "in the" and up to three lower-case describing words ("a reporter for the
  independent weekly *X*", "a camerawoman for the independent broadcaster X", "a regional commander in the X Y") is
  that body (`nlp/name_cues.post_held_in_the`), not a person;
- a company whose legal form is Slovenian/Croatian "d.d." or Liechtenstein's "Anstalt" (company_forms.yaml) is a
  company, not a person or a place;
- a body's name read whole after "the" is that body where another sentence cuts it ("the Jama'at | X al-Y"; the tail
  was a person and a designee of its own: `nlp/name_repeats.join_names_spelled_whole`).

Close texts keep their people: a post held for a person ("a lawyer for the jailed activist X"), a title among the
describing words ("a spokesman for the opposition leader X"), a name that modifies the body's noun ("an official in
the X Y government"), a one-word region after "in the" ("a commander in the Sahel").
"""
from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow

HR = "holds_role"
DB = "designated_by"


@pytest.mark.parametrize("text, expected", [
    pytest.param(
        "Among those held was Ruth Nchama Obiang, a reporter for the independent weekly *La Voz del Rio*, who spent "
        "eleven weeks in custody.",
        {(HR, "Ruth Nchama Obiang", "La Voz del Rio", "reporter")},
        id="reporter-for-the-weekly-in-italics"),
    pytest.param(
        "Among those hurt was Nino Beridze, a camerawoman for the independent broadcaster Kartli Wave, whose jaw was "
        "broken.",
        {(HR, "Nino Beridze", "Kartli Wave", "camerawoman")},
        id="camerawoman-for-the-independent-broadcaster"),
    pytest.param(
        "Before he founded the group, Ag Ibrahim was a regional commander in the Jama'at Nusrat al-Sahel from 2018 to "
        "2021.",
        {(HR, "Ag Ibrahim", "Jama'at Nusrat al-Sahel", "regional commander")},
        id="commander-in-the-group"),
    pytest.param(
        "Lukas Meier Brandt is the chairman of the board of Adler Vermögens Anstalt.",
        {(HR, "Lukas Meier Brandt", "Adler Vermögens Anstalt", "chairman of the board")},
        id="anstalt-is-a-legal-form"),
    pytest.param(
        "Anton Grega Pirc previously served as head of customs compliance at Luka Dravska d.d. in 2020.",
        {(HR, "Anton Grega Pirc", "Luka Dravska d.d.", "head of customs compliance")},
        id="d.d.-is-a-legal-form"),
])
def test_body_typed_a_person_holds_the_post(extract, facts, text, expected):
    facts(extract(text), expected, kinds=(HR,))


def test_a_body_read_whole_after_the_is_whole_where_it_is_cut(extract, facts):
    text = ("Before he founded the group, Ag Ibrahim was a regional commander in the Jama'at Nusrat al-Sahel from 2018 "
            "to 2021. The Department of the Treasury designated the Jama'at Nusrat al-Sahel in 2018.")
    relations = extract(text)
    facts(relations, {(HR, "Ag Ibrahim", "Jama'at Nusrat al-Sahel", "regional commander"),
                      (DB, "Jama'at Nusrat al-Sahel", "U.S. Department of the Treasury", None)}, kinds=(HR, DB))
    assert {r["subject"]["type"] for r in relations if r["relation"] == DB} == {"Organization"}


@pytest.mark.parametrize("text", [
    pytest.param("Carlos Mendez Ortiz, a lawyer for the jailed activist Marta Ruiz Salgado, said the case was political.",
                 id="a-post-held-for-a-person"),
    pytest.param("Farid Nouri Tabrizi, a spokesman for the opposition leader Ali Reza Karimi, rejected the charges.",
                 id="a-title-among-the-describing-words"),
    pytest.param("Hassan Omar Jibril, a senior official in the Ahmed Sultan Barre government, signed the permits.",
                 id="the-name-modifies-the-body-noun"),
    pytest.param("Karim Haddad Nasser, a commander in the Sahel, led the raids.", id="a-one-word-region-after-in-the"),
    pytest.param("Pedro Alvarez Solis, a manager for the late tycoon Hector Vidal Moreno, moved the money.",
                 id="a-person-described-late-tycoon"),
    pytest.param("Ilyas Dawud Karimi, a treasurer for the slain cleric Abu Hamza Rashid, kept the ledgers.",
                 id="a-person-described-slain-cleric"),
    pytest.param("Sergio Bruni Lazzari, an employee for the jailed billionaire Marco Tessaro Vinci, signed the invoices.",
                 id="a-person-described-jailed-billionaire"),
    pytest.param("Pedro Alvarez Solis, a manager for the fugitive drug lord Hector Vidal Moreno, moved the money.",
                 id="a-person-described-fugitive-drug-lord"),
])
def test_close_texts_hold_no_post(extract, facts, text):
    facts(extract(text), set(), kinds=(HR,))
