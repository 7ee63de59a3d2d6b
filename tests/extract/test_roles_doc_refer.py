"""Cues of a post stated apart from its body's name (extract/roles_doc_refer.py): the reference back to a body in the
person's sentence and the paragraph's subject. Invented texts and names throughout."""
from __future__ import annotations

import pytest

from graphbuild.extract.context import context_of
from graphbuild.extract.roles import extract_roles
from graphbuild.extract.roles_doc import doc_candidates
from graphbuild.extract.roles_doc_refer import paragraph_cues, paragraph_layout, subject_before

RELEASE = ("Treasury Sanctions Freight Network\n\n"
           "Brimhold Press Agency is a state-funded newspaper in the capital. Its chief censor, Ilse Varnow Marrick, "
           "approved the list of exiled reporters.\n\n"
           "The Karsk Valley Front is an armed group in the eastern hills. Pavlo Dremet Usko has fought for the "
           "group since 2021.\n\n"
           "Eastmarch Freight LLC is a shipping firm based in Port Varn. Director Oskar Tamsel Riven hired the crews and "
           "arranged the transfers.\n")


def test_the_subject_of_the_last_clause_about_a_body_is_the_topic():
    """Body 1's mention at token 3 is a clause's subject, body 2's at 20 is an object: a reference at 25 goes back to 1."""
    class Head:
        def __init__(self, i: int, dep: str) -> None:
            self.i, self.dep_ = i, dep

    heads = {1: [Head(3, "nsubj")], 2: [Head(20, "pobj")]}
    assert subject_before(heads, 25) == 1  # type: ignore[arg-type]
    assert subject_before(heads, 2) is None  # type: ignore[arg-type]


def test_a_paragraph_opened_by_a_body_has_it_as_its_subject():
    """Paragraph 0 opens with body 7, paragraph 1 with a person: only the first has a subject body."""
    paras = [0] * 10 + [1] * 10
    first, bodies = paragraph_layout({1: [4, 12]}, {7: [1], 8: [15]}, paras)
    assert first == {0: 7, 1: None} and bodies == {0: {7}, 1: {8}}
    assert paragraph_cues(first, bodies, 0, 0, 7, True) == ["d:paradist=0", "d:paratopic=True|True", "d:paraonly=True|True"]
    assert paragraph_cues(first, bodies, 1, 0, 7, False) == ["d:paradist=1", "d:paratopic=False|False", "d:paraonly=False|False"]


@pytest.fixture(scope="module")
def cues(nlp) -> dict[tuple[str, str], set[str]]:
    """(person, body) -> the candidate's reference and paragraph cues, for the pairs the rules did not give."""
    doc = nlp(nlp.make_doc(RELEASE))
    rules = [r for r in extract_roles(doc) if r.relation == "holds_role"]
    return {(c.subject.name, c.obj.name): {f for f in c.features if f.startswith(("d:ref", "d:para"))}
            for c in doc_candidates(context_of(doc), rules)}


@pytest.mark.slow
def test_its_in_the_post_phrase_points_back_to_the_subject_of_the_sentence_before(cues):
    """"Y is a newspaper. Its chief censor, X, ...": the possessive is on the noun apposed to X (no title the rules
    know, so no rule post) and refers back to Y, the subject of the sentence before; not to a body of another
    paragraph."""
    assert cues[("Ilse Varnow Marrick", "Brimhold Press Agency")] == {
        "d:ref=its", "d:ref=its|True", "d:refpost=post|True|other", "d:paradist=0", "d:paratopic=True|False",
        "d:paraonly=True|False"}
    assert {"d:refpost=post|False|other", "d:paratopic=False|False"} <= cues[("Ilse Varnow Marrick", "Karsk Valley Front")]


@pytest.mark.slow
def test_the_group_the_person_worked_for_is_the_body_described_as_a_group(cues):
    """"Y is an armed group. X has fought for the group since 2021": "the group" hangs on X's clause, and Y is
    described by that noun (the reference's pick) and opens the paragraph. (With "as a weapons courier" the rules
    read the post since the twenty-eighth session, PV: `titles_orgs._referred_employer`, and the pair is no
    candidate.)"""
    assert cues[("Pavlo Dremet Usko", "Karsk Valley Front")] == {
        "d:ref=def", "d:ref=def|True", "d:refpost=clause|True|same", "d:paradist=0", "d:paratopic=True|False",
        "d:paraonly=True|False"}  # "|False": no title of the person's own in the sentence
    assert "d:refpost=clause|False|other" in cues[("Pavlo Dremet Usko", "Brimhold Press Agency")]


@pytest.mark.slow
def test_a_post_without_a_body_in_a_paragraph_about_one_body(cues):
    """"Y is a shipping firm. Director X hired the crews": no reference word, but Y opens X's paragraph and is the
    only body named there, and X's post names no body of its own."""
    assert cues[("Oskar Tamsel Riven", "Eastmarch Freight LLC")] == {
        "d:ref=none", "d:paradist=0", "d:paratopic=True|True", "d:paraonly=True|True"}


@pytest.mark.slow
def test_the_kind_noun_of_two_bodies_points_back_to_neither(nlp):
    """"the opposition party Y and the ruling party Z. The party's treasurer, X": two bodies are parties, so the
    reference is left unresolved ('d:refamb') and neither pair gets a cue that it is the one referred to."""
    doc = nlp(nlp.make_doc("OFAC designated the opposition party Harrow Light and the ruling party Ostmere Union. The "
                           "party's treasurer, Edda Lorn Vasic, moved the donations abroad."))
    rules = [r for r in extract_roles(doc) if r.relation == "holds_role"]
    found = {c.obj.name: {f for f in c.features if f.startswith("d:ref")} for c in doc_candidates(context_of(doc), rules)
             if c.subject.name == "Edda Lorn Vasic"}
    assert found and all(cues == {"d:ref=poss", "d:ref=poss|True", "d:refamb|other"} for cues in found.values())
