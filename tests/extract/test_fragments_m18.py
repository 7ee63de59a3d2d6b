"""Fragments and modifier targets, fifteenth session (issue 13, M18). Texts and names invented for these tests.

- "Amb. X", "Cdr. X": an abbreviated rank or form of address is a title before the name, never an entity ("Amb"
  was a designee typed Organization) nor a word of the name.
- "Rep. X, a member of the Y Parliament", "Sen. X": a U.S. chamber only when the text places the person in Congress.
- "sanctioned A and B" where A and B are the later words of two people's full names: two people, not one entity.
- "several KRF-linked companies", "several KST magistrates": the body modifying the noun is not designated.
"""
from __future__ import annotations

import pytest

from markdown_release import extract_markdown
from relation_views import DB, HR, OFAC

pytestmark = pytest.mark.slow


AMBASSADOR = """# Treasury Sanctions Officials

OFAC today designated Ivo Kestrel, Lena Marsh, and Amb. Corin Vaskel, Kandar's envoy to Ostria.
"""


def test_an_abbreviated_title_is_no_designee(extract, facts):
    facts(extract_markdown(extract, AMBASSADOR), {
        (DB, "Ivo Kestrel", OFAC, None),
        (DB, "Lena Marsh", OFAC, None),
        (DB, "Corin Vaskel", OFAC, None),
        (HR, "Corin Vaskel", "Kandar", "envoy"),
    })


FORMS_OF_ADDRESS = """# Treasury Sanctions Officials

OFAC designated Hon. Pavel Orrin, a member of the Kandar Senate, and Cdr. Mira Solt of the Kandar Coast Guard.
"""


def test_a_form_of_address_keeps_the_sentence_and_stays_out_of_the_name(extract, facts):
    facts(extract_markdown(extract, FORMS_OF_ADDRESS), {
        (DB, "Pavel Orrin", OFAC, None),
        (DB, "Mira Solt", OFAC, None),
        (HR, "Pavel Orrin", "Kandar Senate", "member"),
    })


FOREIGN_LAWMAKERS = """# Treasury Sanctions Officials

OFAC designated Rep. Ilse Drummond, a member of the Kandar Parliament. Sen. Pavel Orrin, a senator of Kandar, was also designated.
"""


def test_short_lawmaker_titles_give_no_us_chamber_without_congress(extract, facts):
    facts(extract_markdown(extract, FOREIGN_LAWMAKERS), {
        (DB, "Ilse Drummond", OFAC, None),
        (DB, "Pavel Orrin", OFAC, None),
        (HR, "Ilse Drummond", "Kandar Parliament", "member"),
        (HR, "Pavel Orrin", "Kandar", "senator"),
    })


SENATOR_DESIGNATED = """# Treasury Sanctions Officials

OFAC designated Sen. Pavel Orrin for his role in the scheme.
"""


def test_a_short_senator_title_on_a_designee_gives_no_us_senate(extract, facts):
    facts(extract_markdown(extract, SENATOR_DESIGNATED), {(DB, "Pavel Orrin", OFAC, None)})


US_LAWMAKERS = """# Treasury Sanctions Officials

OFAC designated Pavel Orrin. U.S. Sen. Mara Vell welcomed the action, as did Rep. Tom Hale (R-Ohio).
"""


def test_short_lawmaker_titles_placed_in_congress_keep_the_us_chamber(extract):
    posts = {(r["subject"]["name"], r["object"]["name"], r["role"]) for r in extract_markdown(extract, US_LAWMAKERS)
             if r["relation"] == HR}
    assert posts == {("Mara Vell", "U.S. Senate", "Senator"), ("Tom Hale", "U.S. House of Representatives", "Representative")}


def test_coordinated_surnames_are_split_into_their_people(nlp):
    """The model may tag "Quintero and Salas" as one organization (it did in a readable release); each is the surname
    of a person named in full before, so each is a person's mention."""
    from spacy.tokens import Span

    from graphbuild.nlp.gazetteers import load_gazetteers
    from graphbuild.nlp.mentions import collect_mentions

    text = ("OFAC designated Rodrigo Andres Quintero Varela and Yolanda Beatriz Salas Ortega. "
            "Canada sanctioned Quintero and Salas in 2018.")
    doc = nlp.make_doc(text)
    for _, proc in nlp.pipeline:
        if getattr(proc, "name", "") in {"tok2vec", "tagger", "parser", "attribute_ruler", "lemmatizer"}:
            doc = proc(doc)
    words = [t.text for t in doc]
    first, second = words.index("Rodrigo"), words.index("Yolanda")
    joined = [i for i, w in enumerate(words) if w == "Quintero"][1]
    doc.ents = [Span(doc, first, first + 4, "PERSON"), Span(doc, second, second + 4, "PERSON"), Span(doc, joined, joined + 3, "ORG")]
    mentions = collect_mentions(doc, load_gazetteers())
    late = sorted((m.text, m.label) for m in mentions if m.start >= joined)
    assert late == [("Quintero", "PERSON"), ("Salas", "PERSON")]


def test_a_firm_named_after_two_words_stays_whole(nlp):
    """"Brandt and Sons" is no pair of the document's people: one organization."""
    from spacy.tokens import Span

    from graphbuild.nlp.gazetteers import load_gazetteers
    from graphbuild.nlp.mentions import collect_mentions

    doc = nlp.make_doc("OFAC designated Ivo Brandt and Brandt and Sons.")
    doc.ents = [Span(doc, 2, 4, "PERSON"), Span(doc, 5, 8, "ORG")]
    assert [(m.text, m.label) for m in collect_mentions(doc, load_gazetteers())] == [("Ivo Brandt", "PERSON"),
                                                                                     ("Brandt and Sons", "ORG")]


LINKED_COMPANIES = """# Treasury Sanctions

The United Kingdom has designated several KRF-linked companies. OFAC designated the Kandar Revolutionary Front today.
"""

MAGISTRATES = """# Treasury Sanctions

OFAC designated Ivo Pell, a magistrate of the Kandar Supreme Tribunal (KST). The United Kingdom has also sanctioned several KST magistrates.
"""


def test_a_body_hyphened_to_the_companies_is_not_designated(extract, facts):
    facts(extract_markdown(extract, LINKED_COMPANIES), {(DB, "Kandar Revolutionary Front", OFAC, None)})


def test_a_body_set_before_the_magistrates_is_not_designated(extract, facts):
    facts(extract_markdown(extract, MAGISTRATES), {
        (DB, "Ivo Pell", OFAC, None),
        (HR, "Ivo Pell", "Kandar Supreme Tribunal", "magistrate"),
    })


OWN_ARM = """# Treasury Sanctions

OFAC designated the VRC's construction arm, Vostan Build Group, and three VRC officials today.
"""


def test_the_arm_named_after_a_possessive_stays_the_target(extract, facts):
    facts(extract_markdown(extract, OWN_ARM), {(DB, "Vostan Build Group", OFAC, None)})
