"""A "body" made of the person's own title word is never a candidate body for that person (roles_doc_filters.
title_word_body, twenty-fourth session, L): "Former Attorney General X" gives a body mention "Attorney", and each refit of
the learned role scorer put a post there. Invented names throughout."""
from __future__ import annotations

import pytest

from graphbuild.extract.context import context_of
from graphbuild.extract.roles import extract_roles
from graphbuild.extract.roles_doc import doc_candidates
from graphbuild.extract.roles_doc_filters import title_word_body
from graphbuild.extract.titles import Title
from graphbuild.nlp.mention import Mention

HR = "holds_role"


def _title(start: int, end: int, head: str) -> Title:
    return Title(start=start, end=end, span_end=end, role=head.title(), role_class="head", head=head, phrase_start=start)


def test_only_the_head_words_inside_the_title_are_no_body():
    """A mention of the head's words inside the title's words is the post; other words of the title ("Harbor
    Board Chairman") or a mention past the title are bodies as before."""
    title = _title(1, 3, "attorney general")
    assert title_word_body(title, Mention(1, 2, "Attorney", "ORG"))
    assert title_word_body(title, Mention(1, 3, "Attorney General", "ORG"))
    assert not title_word_body(title, Mention(3, 4, "Attorney", "ORG"))  # past the title's words
    assert not title_word_body(_title(2, 3, "chairman"), Mention(0, 2, "Harbor Board", "ORG"))
    assert not title_word_body(None, Mention(1, 2, "Attorney", "ORG"))
    assert not title_word_body(title, None)


def _pairs(nlp, text: str) -> tuple[set[tuple[str, str]], set[tuple[str, str, str]]]:
    """(person, body) of every learned candidate, and the holds_role facts the whole pipeline states."""
    doc = nlp(nlp.make_doc(text))
    rules = [r for r in extract_roles(doc) if r.relation == "holds_role"]
    cands = {(c.subject.name, c.obj.name) for c in doc_candidates(context_of(doc), rules)}
    facts = {(r["subject"]["name"], r["object"]["name"], r["role"]) for r in doc._.relations if r["relation"] == HR}
    return cands, facts


@pytest.mark.parametrize("text, person, word, expected", [
    ("Former Attorney General Casimir Odell Brandt said the department would prosecute the brokers.",
     "Casimir Odell Brandt", "Attorney", set()),
    ("Solicitor General Tomas Avrell Kint told reporters the department had filed the charges.",
     "Tomas Avrell Kint", "Solicitor",
     {("Tomas Avrell Kint", "Office of the Solicitor General", "Solicitor General")}),
])
def test_a_title_word_is_no_candidate_body(nlp, text, person, word, expected):
    cands, facts = _pairs(nlp, text)
    assert (person, word) not in cands
    assert facts == expected


def test_a_body_named_before_the_title_word_stays(nlp):
    """"Quelmor Harbor Board Chairman X": the board is a body of the title's words but not its head: X's employer."""
    _, facts = _pairs(nlp, "Quelmor Harbor Board Chairman Ivo Marren Dask said the board would meet.")
    assert facts == {("Ivo Marren Dask", "Quelmor Harbor Board", "Chairman")}


@pytest.mark.parametrize("name, body", [
    ("Targeting Center", True),  # a head noun of a body's name
    ("Smuggling Network", True),
    ("Harbor Pilots Association", True),
    ("Compania Minera del Sur", True),  # a Romance company word opens it
    ("Quarry Holdings", True),  # a company word of the gazetteer
    ("Tomas Avrell Kint", False),
    ("Idris ag Malek", False),  # "ag" (a legal form's letters) inside a name, and too short to be a head
    ("Prosecutor Venn", False),  # a title before the name: a person
])
def test_a_person_named_like_a_body_is_no_candidate_person(nlp, name, body):
    """The mentions sometimes type a body as a person ("Terrorist Organization" after "a designated"): such a
    "person" is never paired with a body by the learned scorer (roles_doc_filters.body_named)."""
    from graphbuild.extract.roles_doc_filters import body_named
    from graphbuild.nlp.gazetteers import load_gazetteers

    assert body_named(name, load_gazetteers()) is body
