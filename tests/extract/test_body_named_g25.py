"""`roles_doc_filters.body_named` reads a legal form in any case (G, twenty-fifth session): it folded the name's words
and compared them with the forms as written ("LLC"), so only a form the gazetteer writes in lower case ("d.o.o")
matched, and a company the mentions typed a person ("Orvel Trade LLC") could be given a post. Invented names."""
from __future__ import annotations

import pytest

from graphbuild.extract.roles_doc_filters import body_named
from graphbuild.nlp.company_forms import folded_legal_forms, legal_forms
from graphbuild.nlp.gazetteers import load_gazetteers


@pytest.mark.parametrize("name", ["Orvel Trade LLC", "Kessa Holding GmbH", "Tarsk Shipping S.A.", "Vantree Logistics Ltd.",
                                  "Pelorin Abr JSC", "Orvel Trade llc", "Sarvan Gradnja d.o.o."])
def test_a_name_ending_with_a_legal_form_in_any_case_is_a_body(name):
    assert body_named(name, load_gazetteers())


@pytest.mark.parametrize("name", ["Marita Selvan", "Ardo Penn", "Lesko Varn"])
def test_a_persons_name_is_none(name):
    assert not body_named(name, load_gazetteers())


def test_the_folded_forms_are_the_forms_folded():
    assert folded_legal_forms() == {form.casefold() for form in legal_forms()}
