"""BN (thirty-second session, issue 13): posts broken by a foreign company's legal form or a foreign title.

Invented names. Spanish, Portuguese, Malay and Albanian forms written with points ("Cía. Ltda.", "Sdn. Bhd.",
"Sh.p.k.") were read as a sentence's end: the parser started a sentence at the form after the point (or at the verb
after it), so the company's name was cut at "Cía." and the post before it lost its body, or the name opening a
sentence lost its form. "Lda" was no legal form, so a company named with it was typed a person. French and Spanish
titles kept as written ("gérant", "gerente", "président-directeur général") were no post words.
"""
from __future__ import annotations

import pytest

from graphbuild.nlp.company_forms import form_point_runs_on
from graphbuild.nlp.model import form_point_joins

pytestmark = pytest.mark.slow

HR = "holds_role"


@pytest.mark.parametrize("text, expected", [
    pytest.param(
        "Hernán Vidal Ospina is the manager of Puerto Brisa Logística Cía. Ltda., a cargo handling firm.",
        {(HR, "Hernán Vidal Ospina", "Puerto Brisa Logística Cía. Ltda", "manager")},
        id="cia-ltda-after-the-post"),
    pytest.param(
        "Puerto Brisa Logística Cía. Ltda. is a cargo handling firm in Manta. It is managed by Hernán Vidal Ospina "
        "(Vidal), a former clerk of the port.",
        {(HR, "Hernán Vidal Ospina", "Puerto Brisa Logística Cía. Ltda", "manager")},
        id="cia-ltda-opening-a-sentence"),
    pytest.param(
        "Tomás Neto Vieira has been the managing partner of Benguela Pedras Lda. since 2020.",
        {(HR, "Tomás Neto Vieira", "Benguela Pedras Lda", "managing partner")},
        id="lda-is-a-legal-form"),
    pytest.param(
        "Comptoir Tillia Express SARL moved cash for the group. The gérant of Tillia Express, Moussa Kaka Issoufou "
        "(Issoufou), authorized the transfers.",
        {(HR, "Moussa Kaka Issoufou", "Comptoir Tillia Express SARL", "gérant")},
        id="gerant-of-a-company"),
    pytest.param(
        "Comptoir Minier de Rweru SARL buys ore from the militia. Its président-directeur général, Moussa Kaka "
        "Issoufou (Issoufou), negotiates prices with its commanders.",
        {(HR, "Moussa Kaka Issoufou", "Comptoir Minier de Rweru SARL", "président-directeur général")},
        id="president-directeur-general"),
    pytest.param(
        "Lucía Ferrer Campos, the gerente of Transportes Andinos S.A.S., signed the contracts.",
        {(HR, "Lucía Ferrer Campos", "Transportes Andinos S.A.S.", "gerente")},
        id="gerente"),
])
def test_foreign_forms_and_titles_keep_the_post(extract, facts, text, expected):
    facts(extract(text), expected, kinds=(HR,))


@pytest.mark.parametrize("text, expected", [
    pytest.param(
        "Hernán Vidal Ospina once worked with the gérant of Comptoir Tillia Express SARL.",
        set(),
        id="working-with-the-gerant-is-no-post"),
    pytest.param(
        "Treasury designated Puerto Brisa Logística Cía. Ltda. Hernán Vidal Ospina was not designated.",
        set(),
        id="a-sentence-after-the-form-stays-apart"),
    pytest.param(
        "OFAC designated Ana Ruiz Mora (Ruiz) and Hugo Diaz Leal (Diaz) today. Velmar Shrimp S.A. and Tarsk Cargo Ltd. "
        "are being designated for being owned, controlled, or directed by Ruiz and Diaz, respectively.",
        set(),
        id="respectively-gives-no-agent-every-body"),
])
def test_close_sentences_give_no_post(extract, facts, text, expected):
    facts(extract(text), expected, kinds=(HR,))


@pytest.fixture(scope="module")
def tokenizer(nlp):
    return nlp.make_doc


@pytest.mark.parametrize("text, joined", [
    ("The firm Puerto Brisa Cía. Ltda. is a cargo firm.", ["Ltda", "is"]),
    ("It paid Tawau Marine Sdn. Bhd. in cash.", ["Bhd", "in"]),
    ("Vlora Trans Sh.p.k. is an Albanian carrier.", ["is"]),
    ("OFAC designated Vantor Trading Ltd. Treasury also designated Ion Rusu.", []),
    ("OFAC designated Vantor Trading Co. Company officials denied it.", []),
    ("The firm was named after A.S. Vantor by its founder.", []),
])
def test_a_form_point_before_a_further_form_or_a_lower_case_word_ends_no_sentence(tokenizer, text, joined):
    doc = tokenizer(text)
    assert [doc[i].text for i in form_point_joins(doc)] == joined


@pytest.mark.parametrize("form, following, runs_on", [
    ("Cía", "Ltda.", True), ("Sdn", "Bhd.,", True), ("Sh.p.k", "is", True), ("Ltd", "Treasury", False),
    ("Co", "Company", False), ("Ltd", "2025", False), ("Smith", "and", False),
])
def test_the_one_decider(form, following, runs_on):
    assert form_point_runs_on(form, following) is runs_on
