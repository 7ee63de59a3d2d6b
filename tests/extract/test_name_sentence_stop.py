"""A name that ends a sentence loses the sentence's full stop (C3, twelfth session): the model's span sometimes takes
in the "." the tokenizer split from the name's last word ("Its sole director is X Y." gave the label "X Y.", a
release's "... of the Government of the Russian Federation." gave the government a label with the period), while
the point of an abbreviation a name ends with stays ("... Co.", "... Sdn. Bhd."). Invented names and texts."""
from __future__ import annotations

from spacy.tokens import Doc
from spacy.vocab import Vocab

from graphbuild.nlp.mentions import _clean_span

HR = "holds_role"


def _doc(words: list[str], sentence_starts: tuple[int, ...]) -> Doc:
    """Words with a space after each but before a "." and at the end; sentences start at the given words."""
    spaces = [i + 1 < len(words) and words[i + 1] != "." for i in range(len(words))]
    doc = Doc(Vocab(), words=words, spaces=spaces)
    for i in range(len(doc)):
        doc[i].is_sent_start = i == 0 or i in sentence_starts
    return doc


def test_a_full_stop_is_cut_from_a_name_and_an_abbreviations_point_is_kept():
    doc = _doc(["It", "works", "for", "the", "Zemblan", "National", "Tanker", "Company", ".", "It", "ships", "fuel", "."], (9,))
    assert _clean_span(doc[4:9]).text == "Zemblan National Tanker Company"
    doc = _doc(["It", "ships", "for", "Marrow", "Shipping", "Co", ".", "It", "pays", "."], (7,))
    assert _clean_span(doc[3:7]).text == "Marrow Shipping Co."
    doc = _doc(["It", "banks", "with", "Tisza", "Credit", "Zrt", ".", "It", "pays", "."], (7,))
    assert _clean_span(doc[3:7]).text == "Tisza Credit Zrt."  # no vowel: an abbreviation, though no listed form
    doc = _doc(["Its", "director", "is", "Orvel", "J", ".", "It", "pays", "."], (6,))
    assert _clean_span(doc[3:6]).text == "Orvel J."
    doc = _doc(["It", "hired", "Selvan", "Energy", "Sdn", ".", "Bhd", "in", "May", "."], ())
    assert _clean_span(doc[2:6]).text == "Selvan Energy Sdn."  # no sentence ends there: a point inside the name


def test_a_person_named_at_a_paragraphs_end_has_no_period_in_the_label(extract):
    text = ("WASHINGTON -- Today, OFAC is designating Brask Harbor Trading Limited pursuant to E.O. 13846.\n\n"
            "Brask Harbor Trading Limited is a Hong Kong-based company. Its sole director is Tan Wei Ho.\n\n"
            "OFAC is also identifying two vessels as blocked property.")
    posts = {(r["subject"]["name"], r["object"]["name"], r["role"]) for r in extract(text) if r["relation"] == HR}
    assert posts == {("Tan Wei Ho", "Brask Harbor Trading Limited", "sole director")}


def test_a_full_stop_after_a_form_or_acronym_written_without_a_point_is_cut():
    """"GmbH", "LLC", "AG", "DPRK" take no point of their own; "LTD", "CO", "JR" in capitals do (issue 13, M7)."""
    for form in ("GmbH", "LLC", "AG", "SpA"):
        doc = _doc(["It", "buys", "from", "Vantor", "Antriebe", form, ".", "It", "pays", "."], (7,))
        assert _clean_span(doc[3:7]).text == f"Vantor Antriebe {form}"
    doc = _doc(["It", "sells", "to", "the", "Navy", "of", "the", "DPRK", ".", "It", "pays", "."], (9,))
    assert _clean_span(doc[4:9]).text == "Navy of the DPRK"
    for form in ("LTD", "CO", "INC"):
        doc = _doc(["IT", "OWNS", "HALSEN", "TRADING", form, ".", "IT", "PAYS", "."], (6,))
        assert _clean_span(doc[2:6]).text == f"HALSEN TRADING {form}."


def test_a_company_named_with_gmbh_at_a_sentences_end_keeps_its_designation(extract):
    text = ("Today, OFAC designated Vantor Antriebstechnik GmbH. OFAC also designated Selbig Maschinenbau GmbH. "
            "Both firms supplied engines to the navy.")
    designated = {r["subject"]["name"] for r in extract(text) if r["relation"] == "designated_by"}
    assert designated == {"Vantor Antriebstechnik GmbH", "Selbig Maschinenbau GmbH"}


def test_a_company_named_with_a_pointed_form_before_the_next_sentence_keeps_its_designation(extract):
    text = ("Today, OFAC designated Tervan Freight Ltd. Treasury also designated Keld Navigation Inc. OFAC also "
            "designated Orm Holding AG. The firms supplied engines to the navy.")
    designated = {r["subject"]["name"] for r in extract(text) if r["relation"] == "designated_by"}
    assert designated == {"Tervan Freight Ltd.", "Keld Navigation Inc.", "Orm Holding AG"}
