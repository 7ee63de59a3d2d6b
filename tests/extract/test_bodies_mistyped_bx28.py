"""Bodies (and people) the small model mistypes or cuts, twenty-eighth session (BX; invented texts):

- a body's name that its own words give as a body whatever the model typed: opened by a Romance head noun
  ("Universidad del X", "Organización X Y", "Coopérative Minière X") or closed by an English one the list lacked ("the X
  Policy Forum", "X Y Security Consultants") (`nlp.type_evidence._body_named`, `nlp.name_romance.opens_on_head`);
- a Spanish body's name longer than ten words after its head ("Junta de Administración Portuaria y de Desarrollo
  Económico de la Vertiente Sur") taken whole (`nlp.name_romance.MAX_WORDS`);
- a person's name with a Turkic filial word ("X Y qizi Z", "X Y oglu Z"): one person, never a firm
  (`nlp.name_spans.NAME_LINKS`, `nlp.type_evidence._filial_name`)."""
from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow

HR = "holds_role"
LEAD = "WASHINGTON - Today, the U.S. Department of the Treasury's Office of Foreign Assets Control (OFAC) designated Velor Trading. "


def _mentions(nlp, text: str, ents: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """The mentions of `text` when the model's entities are `ents` (each phrase's first occurrence, with its label):
    the model's typing error written down, so the test does not hang on what the model does with an invented name."""
    from spacy.tokens import Span

    from graphbuild.nlp.gazetteers import load_gazetteers
    from graphbuild.nlp.mentions import collect_mentions

    doc = nlp.make_doc(text)
    for _, proc in nlp.pipeline:
        if getattr(proc, "name", "") in {"tok2vec", "tagger", "parser", "attribute_ruler", "lemmatizer"}:
            doc = proc(doc)
    spans = []
    for phrase, label in ents:
        start = text.index(phrase)
        spans.append(Span(doc, doc.char_span(start, start + len(phrase)).start, doc.char_span(start, start + len(phrase)).end, label))
    doc.ents = spans
    return [(m.text, m.label) for m in collect_mentions(doc, load_gazetteers())]


@pytest.mark.parametrize("text, name, label", [
    ("Ivo Marden now teaches chemistry at the Universidad del Tormes in Salvia.", "Universidad del Tormes", "FAC"),
    ("Organización Brask Molina ships cocaine out of Salvia.", "Organización Brask Molina", "PERSON"),
    ("Velor Trading paid Coopérative Minière Ostra-Kalu for the ore.", "Coopérative Minière Ostra-Kalu", "PERSON"),
    ("Lena Vorhees directs the Balkan program at the Adriatic Policy Forum, a Vienna think tank.", "Adriatic Policy Forum", "FAC"),
    ("Varos Halden Security Consultants is a front company in Tessa.", "Varos Halden Security Consultants", "PERSON"),
], ids=["universidad-fac", "organizacion-person", "cooperative-person", "forum-fac", "consultants-person"])
def test_a_body_named_by_its_head_noun_is_a_body(nlp, text, name, label):
    assert (name, "ORG") in _mentions(nlp, text, [(name, label)])


def test_a_name_opening_on_an_english_homograph_stays_a_person(nlp):
    """"Union" opens a Romance body's name and an English post alike: alone it says nothing."""
    got = _mentions(nlp, "Union Minister Arvel Tosk met Ivo Marden in Tessa.", [("Union Minister Arvel Tosk", "PERSON")])
    assert not [m for m in got if "Tosk" in m[0] and m[1] != "PERSON"]


def test_the_organizations_alias_follows_its_name(extract, facts):
    text = LEAD + ('Organización Brask Molina (a.k.a. "Brask Molina DTO"), a Peru-based drug trafficking organization. The '
                   "organization is led by Tomas Brask Molina, who ships cocaine. Tomas Brask Molina is the leader of the Brask "
                   "Molina DTO.")
    facts(extract(text), {(HR, "Tomas Brask Molina", "Organización Brask Molina", "leader")}, kinds=(HR,))


def test_a_firm_closed_by_consultants_keeps_its_post(extract, facts):
    text = LEAD + ("Varos Halden Security Consultants (Varos Halden) is a Tehran-based front company. Ali Reza Moradi is the "
                   "managing director of Varos Halden Security Consultants.")
    facts(extract(text), {(HR, "Ali Reza Moradi", "Varos Halden Security Consultants", "managing director")}, kinds=(HR,))


def test_a_long_spanish_body_is_one_name(extract, facts):
    text = LEAD + ("Tomas Ridel (Ridel) was an operations supervisor at the Junta de Administración Portuaria y de Desarrollo "
                   "Económico de la Vertiente Sur (JAPDEVS), the public body that runs the ports.")
    facts(extract(text), {(HR, "Tomas Ridel", "Junta de Administración Portuaria y de Desarrollo Económico de la Vertiente Sur",
                           "operations supervisor")}, kinds=(HR,))


def test_a_name_with_a_filial_word_is_one_person(extract, facts):
    text = LEAD + ("Rauf Elchin oglu Gasimli (Gasimli), Velor Trading's former chief executive officer, and Leyla Samir qizi "
                   "Karimova (Karimova), its former finance director, have left the company.")
    facts(extract(text), {(HR, "Rauf Elchin oglu Gasimli", "Velor Trading", "chief executive officer"),
                          (HR, "Leyla Samir qizi Karimova", "Velor Trading", "finance director")}, kinds=(HR,))


def test_a_name_with_a_filial_word_read_as_a_firm_is_a_person(nlp):
    got = _mentions(nlp, "Leyla Samir qizi Karimova joined Velor Trading in 2020.", [("Leyla Samir qizi Karimova", "ORG")])
    assert ("Leyla Samir qizi Karimova", "PERSON") in got


def test_a_legal_form_spelled_out_after_a_comma_is_no_body(nlp):
    """"X Y Internacional, Sociedad Anónima (XYZ); and Z Mining, Sociedad Anónima (Z)": the spelled-out form is the
    firm's, not a firm whose name opens on a head noun (a firm of its own took the next firm's short form as alias)."""
    text = "OFAC designated Velor Minera Internacional, Sociedad Anónima (VELMINSA) today."
    got = _mentions(nlp, text, [("Velor Minera Internacional", "ORG"), ("Sociedad Anónima", "PERSON")])
    assert ("Sociedad Anónima", "ORG") not in got


@pytest.mark.parametrize("text, person, body, role", [
    ("Corte Vidal, the treasurer of Fundacion Sol Naciente, moved the cash.", "Corte Vidal", "Fundacion Sol Naciente",
     "treasurer"),
    ("Guardia Salcedo, her partner, is the chief financial officer of Inversiones Tarpal S.A., a gold trading firm.",
     "Guardia Salcedo", "Inversiones Tarpal S.A.", "chief financial officer"),
], ids=["corte", "guardia"])
def test_a_person_named_by_two_surnames_opening_on_a_head_noun_keeps_the_post(extract, facts, text, person, body, role):
    """Several Romance head nouns are surnames too: two capitalised words alone stay the model's (lead, review RX)."""
    facts(extract(LEAD + text), {(HR, person, body, role)}, kinds=(HR,))
