"""Bodies of posts named wrong, twenty-ninth session (BN; invented texts):

- "(UK) Minister for Sanctions X": a minister's portfolio with no ministry's field word is no "Ministry of Sanctions";
  the post goes to the sanctioning state the title names (`titles_ministry.portfolio_without_ministry`);
- "**X Freight SARL and Y Z W**": a heading's two names the model read as one, each written apart elsewhere, are two
  mentions (`nlp.name_pairs.split_named_pairs`);
- a Hungarian bank's legal form ("... Bank Zrt.") holds its name together (`company_forms.yaml`);
- "Minister of Justice and National Integration X Y": the field's last word is no given name of X Y
  (`nlp.title_fields.in_title_field`)."""
from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow

HR = "holds_role"
LEAD = "WASHINGTON - Today, the U.S. Department of the Treasury's Office of Foreign Assets Control (OFAC) designated Velor Trading. "


def _mentions(nlp, text: str, ents: list[tuple[int, str, str]]) -> list[tuple[str, str]]:
    """The mentions of `text` when the model's entities are `ents` ((character offset, phrase, label) each): the
    model's reading written down, so the test does not hang on what the model does with an invented name."""
    from spacy.tokens import Span

    from graphbuild.nlp.gazetteers import load_gazetteers
    from graphbuild.nlp.mentions import collect_mentions

    doc = nlp.make_doc(text)
    for _, proc in nlp.pipeline:
        if getattr(proc, "name", "") in {"tok2vec", "tagger", "parser", "attribute_ruler", "lemmatizer"}:
            doc = proc(doc)
    spans = []
    for start, phrase, label in ents:
        assert text[start:start + len(phrase)] == phrase
        span = doc.char_span(start, start + len(phrase))
        spans.append(Span(doc, span.start, span.end, label))
    doc.ents = spans
    return [(m.text, m.label) for m in collect_mentions(doc, load_gazetteers())]


def _at(text: str, phrase: str, nth: int = 0) -> int:
    k = -1
    for _ in range(nth + 1):
        k = text.index(phrase, k + 1)
    return k


def test_a_minister_for_a_portfolio_without_a_ministry_holds_the_states_post(extract, facts):
    text = LEAD + '"Our measures hold," said UK Minister for Sanctions Mara Quent.'
    facts(extract(text), {(HR, "Mara Quent", "United Kingdom", "Minister for Sanctions")}, kinds=(HR,))


def test_a_minister_for_a_field_keeps_the_ministry(extract, facts):
    """Negative: "Minister for Finance" names a ministry's field."""
    text = LEAD + "Ireland's Minister for Finance Tobin Vace welcomed the step."
    facts(extract(text), {(HR, "Tobin Vace", "Ireland's Ministry of Finance", "Minister for Finance")}, kinds=(HR,))


def test_a_minister_for_a_portfolio_of_another_state_keeps_the_ministry(extract, facts):
    """Negative: a state that sanctions nobody here keeps its minister's ministry ("Minister for Forests")."""
    text = LEAD + "Tessaland's Minister for Forests, Tobin Vace, said permits would be reviewed."
    facts(extract(text), {(HR, "Tobin Vace", "Ministry of Forests", "Minister for Forests")}, kinds=(HR,))


def test_a_heading_of_two_names_written_apart_is_split(nlp):
    text = ("Velor Freight SARL and Tomas Ridel Brann\n\nVelor Freight SARL is a trucking firm in Tessa. Tomas Ridel Brann "
            "is its director.")
    got = _mentions(nlp, text, [(0, "Velor Freight SARL and Tomas Ridel Brann", "ORG"),
                                (_at(text, "Velor Freight SARL", 1), "Velor Freight SARL", "ORG"),
                                (_at(text, "Tomas Ridel Brann", 1), "Tomas Ridel Brann", "PERSON")])
    assert got[:2] == [("Velor Freight SARL", "ORG"), ("Tomas Ridel Brann", "PERSON")]
    assert not [m for m in got if " and " in m[0]]


def test_two_names_joined_in_running_text_stay_whole(nlp):
    """Negative: only a heading line is split; in a sentence the model's other reading ("Money Transfer" a person)
    may be the error."""
    text = "Ivo Marden operates Velor Exchange and Money Transfer, a money exchange firm. Velor Exchange paid Money Transfer."
    whole = "Velor Exchange and Money Transfer"
    got = _mentions(nlp, text, [(0, "Ivo Marden", "PERSON"), (_at(text, whole), whole, "ORG"),
                                (_at(text, "Velor Exchange", 1), "Velor Exchange", "ORG"),
                                (_at(text, "Money Transfer", 1), "Money Transfer", "PERSON")])
    assert (whole, "ORG") in got


@pytest.mark.parametrize("text, whole", [
    ("The Ministry of Industry and Trade of Tessa met. The Ministry of Industry spoke.", "Ministry of Industry and Trade of Tessa"),
    ("Velor Freight and Shipping Company sued Velor Freight in Tessa.", "Velor Freight and Shipping Company"),
], ids=["one-word-side", "one-side-written-apart"])
def test_a_name_with_and_whose_sides_are_not_both_written_apart_stays_whole(nlp, text, whole):
    """Negative: a side of one word, or a side never written apart, keeps the name whole."""
    second = "Ministry of Industry" if "Ministry" in whole else "Velor Freight"
    got = _mentions(nlp, text, [(0 if text.startswith(whole) else _at(text, whole), whole, "ORG"),
                                (_at(text, second, 1), second, "ORG")])
    assert (whole, "ORG") in got


def test_a_firm_whose_sides_are_both_firms_stays_whole(nlp):
    """Negative: "X Gold and Trading Company Ltd." with both pieces written apart as bodies is one firm."""
    text = ("Velor Gold and Trading Company Ltd. sells gold. Velor Gold is in Tessa. Trading Company Ltd. is its trade name.")
    got = _mentions(nlp, text, [(0, "Velor Gold and Trading Company Ltd.", "ORG"), (_at(text, "Velor Gold", 1), "Velor Gold", "ORG"),
                                (_at(text, "Trading Company Ltd.", 1), "Trading Company Ltd.", "ORG")])
    assert ("Velor Gold and Trading Company Ltd.", "ORG") in got


def test_a_hungarian_legal_form_holds_the_banks_name(nlp):
    text = "Tavira Eastern Trade Bank Zrt. is a lender in Budapest."
    got = _mentions(nlp, text, [(0, "Tavira Eastern", "ORG"), (15, "Trade Bank Zrt", "ORG")])
    assert got[0] == ("Tavira Eastern Trade Bank Zrt", "ORG")


def test_a_field_word_before_the_holders_name_stays_in_the_post(extract, facts):
    text = LEAD + "We note the bill announced by Minister of Justice and National Integration Tovan Rell last week."
    facts(extract(text), {(HR, "Tovan Rell", "Ministry of Justice and National Integration",
                           "Minister of Justice and National Integration")}, kinds=(HR,))


def test_a_field_word_is_not_taken_into_the_name(nlp):
    text = "Minister of Justice and National Integration Tovan Rell spoke."
    got = _mentions(nlp, text, [(_at(text, "Tovan Rell"), "Tovan Rell", "PERSON")])
    assert ("Tovan Rell", "PERSON") in got


def test_a_given_name_after_a_field_is_still_taken(nlp):
    """Negative: a given name the model left out after the field ("Minister of Economy and Finance Ardo | Rell Tovan")
    has no abstract noun's ending and joins the name."""
    text = "Minister of Economy and Finance Ardo Rell Tovan spoke."
    got = _mentions(nlp, text, [(_at(text, "Rell Tovan"), "Rell Tovan", "PERSON")])
    assert ("Ardo Rell Tovan", "PERSON") in got
