"""roles.v1: "its" / "the company's" before a title refer back to the body the text is about, not to the body named
last (sixteenth session, issue 13, H1; invented texts).

A release describes a firm in one sentence, naming the buyers, suppliers or patrons it deals with as objects, and
names the firm's officer in the next: "Y ... shipped parts to Z. X is its director", "The company's director, X, ...".
The last body named before "its" is Z, an object; the previous sentence's topic (its subject) is Y. Likewise when the
sentence before opens with "It" (the firm again), the topic is the one before it.
"""
from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow

HR = "holds_role"


@pytest.mark.parametrize("text, person, body, role", [
    ("Harbor Quill Trading Ltd., a Malta company, resold navigation radars to Brask Marine Works. Tobias Arne Lindqvist "
     "is its sole director.", "Tobias Arne Lindqvist", "Harbor Quill Trading Ltd.", "sole director"),
    ("Harbor Quill Trading Ltd., a Malta company, resold navigation radars to Brask Marine Works. Maltese national "
     "Tobias Arne Lindqvist, its managing director, signed the contracts.", "Tobias Arne Lindqvist",
     "Harbor Quill Trading Ltd.", "managing director"),
    ("Harbor Quill Trading Ltd., based in Valletta, bought fuel oil from Brask Marine Works and resold it in Asia. "
     "The company's director, Tobias Arne Lindqvist, opened the bank accounts.", "Tobias Arne Lindqvist",
     "Harbor Quill Trading Ltd.", "director"),
    ("Harbor Quill Trading Ltd., a Malta company, bought radars from Brask Marine Works. Tobias Arne Lindqvist acts "
     "as the firm's legal representative.", "Tobias Arne Lindqvist", "Harbor Quill Trading Ltd.", "legal representative"),
    ("Harbor Quill Trading Ltd. is the largest firm of the network. It has built warehouses in Gdansk and sends its "
     "profits to the Brask Marine Works. Its chief executive officer, Tobias Arne Lindqvist, meets the buyers.",
     "Tobias Arne Lindqvist", "Harbor Quill Trading Ltd.", "chief executive officer"),
    ("Harbor Quill Trading Ltd., based in Valletta, signed contracts with the Brask Petrochemical Trading Company and "
     "resold the products in Asia. The company's director, Tobias Arne Lindqvist, opened the bank accounts.",
     "Tobias Arne Lindqvist", "Harbor Quill Trading Ltd.", "director"),
], ids=["is-its-director", "appositive-its", "the-companys-opening", "the-firms-mid-sentence", "its-after-it",
        "the-companys-over-a-company-named-so"])
def test_the_possessor_is_the_body_described_before(extract, facts, text, person, body, role):
    facts(extract(text), {(HR, person, body, role)}, kinds=(HR,))


def test_a_body_named_in_the_sentence_before_its_stays_the_possessor(extract, facts):
    text = ("Harbor Quill Trading Ltd. resold radars to buyers in Asia. Brask Marine Works, a shipyard in Gdansk, "
            "bought them, and Tobias Arne Lindqvist is its director.")
    facts(extract(text), {(HR, "Tobias Arne Lindqvist", "Brask Marine Works", "director")}, kinds=(HR,))


@pytest.mark.parametrize("text, person, body, role", [
    ("Velkor Ransomware Group extorts hospitals. The Nordhaven Relief Foundation, a charity in Riga, received its "
     "ransom payments. Mikhail Petrovich Zorin serves as the group's money launderer.", "Mikhail Petrovich Zorin",
     "Velkor Ransomware Group", "money launderer"),
    ("Harbor Quill Trading Ltd. bought radars. Brask Marine Works is not designated; it was sold to Orvane Holdings "
     "in 2015. Its former chief executive, Tobias Arne Lindqvist, was designated in 2023.", "Tobias Arne Lindqvist",
     "Brask Marine Works", "chief executive"),
], ids=["group-named-by-its-noun", "it-not-opening"])
def test_the_resolvers_antecedent_where_the_text_names_it(extract, facts, text, person, body, role):
    facts(extract(text), {(HR, person, body, role)}, kinds=(HR,))
