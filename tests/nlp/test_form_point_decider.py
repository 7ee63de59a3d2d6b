"""One decider of "a company's pointed legal form, then a new sentence" (M45, eighteenth session, issue 13).

nlp/model.form_sentence_starts (before the parser) and extract/context._company_then_new_sentence (a parser's cut
kept) decided it each in its own words (the same outputs: the model's also asked the gazetteer's forms, which lack "CORP",
but the tokenizer splits "CORP." so no such token reaches it). Invented names.
"""
from __future__ import annotations

import pytest

from graphbuild.nlp.company_forms import form_point_starts_sentence
from graphbuild.nlp.model import form_sentence_starts


@pytest.fixture(scope="module")
def tokenizer(nlp):
    return nlp.make_doc


@pytest.mark.parametrize("text, opens", [
    ("OFAC designated Vantor Trading Ltd. Treasury also designated Ion Rusu.", "Treasury"),
    ("OFAC designated Vantor Trading Co. Ltd. and Ion Rusu.", None),
    ("The firm was named after A.S. Vantor by its founder.", None),
])
def test_a_pointed_form_before_a_capitalised_word_starts_a_sentence(tokenizer, text, opens):
    doc = tokenizer(text)
    assert [doc[i].text for i in form_sentence_starts(doc)] == ([opens] if opens else [])


@pytest.mark.parametrize("form, following, starts", [
    ("Ltd.", "Treasury", True), ("CORP", "Treasury", True), ("Co.", "Ltd", False), ("Inc.", "and", False),
    ("S.A.", "Treasury", False), ("Ltd.", "2025", False),
])
def test_the_one_decider(form, following, starts):
    assert form_point_starts_sentence(form, following) is starts
