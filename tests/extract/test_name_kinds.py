"""One name, one kind across a release (graphbuild/nlp/type_evidence.align_repeated_names): a firm's short name
defined in parentheses stays the firm's where the model reads it as a place, and a person's hyphenated surname
stays the person's where the model reads it as an organization."""
from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow

DB = "designated_by"
HR = "holds_role"
OFAC = "Office of Foreign Assets Control"


def mentions(nlp, text: str) -> list[tuple[str, str]]:
    """(text, label) of the document's mentions, as the extractors see them (the pipeline up to gb_relations)."""
    from graphbuild.extract.context import context_of, release_context

    doc = nlp.make_doc(text)
    for name, proc in nlp.pipeline:
        if name == "gb_relations":
            break
        doc = proc(doc)
    doc.user_data["gb_meta"] = {}
    found = [(m.text, m.label) for m in context_of(doc).resolver.mentions]
    release_context(doc)
    return found


def test_short_name_of_a_firm_keeps_the_firms_kind(nlp):
    text = ("Golden Reef Maritime FZE (Golden Reef), a company registered in the Hamriyah Free Zone, manages the tankers. "
            "Golden Reef is owned by Emirati national Tariq Omar Basri. OFAC is also designating Basri and Golden Reef.")
    found = mentions(nlp, text)
    assert [label for name, label in found if name == "Golden Reef"] == ["ORG", "ORG", "ORG"]


def test_hyphenated_surname_is_the_person_not_a_body(extract, facts):
    text = ("Today, OFAC designated two individuals and one entity in a fuel smuggling network.\n\n"
            "Nadim Yusuf Harari-Vell serves as deputy director of Tarsan Petro Trading Company (Tarsan Petro), the firm that "
            "signs the sales contracts. Harari-Vell negotiated the pricing for many cargoes. Tarsan Petro's managing "
            "director, Karim Saleh Dovani, arranged the letters of credit.\n\n"
            "Harari-Vell and Dovani are being designated pursuant to E.O. 13224 for having materially assisted the network. "
            "Tarsan Petro is being designated for being owned or controlled by Dovani.")
    relations = extract(text, {"date": "2024-05-02"})
    facts(relations, {
        (DB, "Nadim Yusuf Harari-Vell", OFAC, None),
        (DB, "Karim Saleh Dovani", OFAC, None),
        (DB, "Tarsan Petro Trading Company", OFAC, None),
        (HR, "Nadim Yusuf Harari-Vell", "Tarsan Petro Trading Company", "deputy director"),
        (HR, "Karim Saleh Dovani", "Tarsan Petro Trading Company", "managing director"),
    })
    assert {r["subject"]["type"] for r in relations if r["relation"] == DB and "Harari" in r["subject"]["name"]} == {"Person"}


def test_turkish_joint_stock_form_ends_the_company_name(extract, facts):
    text = ("Kestane Teknik Dis Ticaret A.S. (Kestane Teknik), an Istanbul-based trader, sold machine parts to Russia. "
            "OFAC is designating Kestane Teknik pursuant to E.O. 14024. Selim Ozan Akbulut founded Kestane Teknik in 2015.")
    facts(extract(text, {"date": "2024-05-02"}), {
        (DB, "Kestane Teknik Dis Ticaret A.S.", OFAC, None),
        (HR, "Selim Ozan Akbulut", "Kestane Teknik Dis Ticaret A.S.", "founder"),
    })
