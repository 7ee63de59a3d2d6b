"""People's names cut or typed a body behind lost posts, thirty-fourth session (NM; invented texts, exact relations).

A person's name the model cut at a particle's surname it read as a place ("X Y da [Serra Leitão]"), at a particle glued
by a hyphen ("X Y al-Z"), at a hyphened given name whose first half it read as a place ("[A]-B C") or
at an untagged first given name opening the sentence, is one name (`nlp.name_hyphens`, `nlp.name_halves`); a person's
name the model read as a person, with a person's title before it or a person's cue, keeps its type when the parse hangs
a relative clause or an apposition of another noun on it (`nlp.name_cues.body_evidence`). Close texts: a country after
a particle, two places joined by a hyphen, a sentence opened by an English word, a firm described by an apposition."""
from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow

HR = "holds_role"


@pytest.mark.parametrize("text, expected", [
    pytest.param(
        "Tarek Hamdi al-Zoubar, a former officer of the Military Intelligence Directorate who organized the smuggling, "
        "remains listed.",
        {(HR, "Tarek Hamdi al-Zoubar", "Military Intelligence Directorate", "officer")},
        id="particle-glued-by-a-hyphen"),
])
def test_a_cut_persons_name_is_whole(extract, facts, text, expected):
    facts(extract(text), expected)


def test_a_faction_name_after_a_persons_name_is_no_surname(extract, facts):
    """"X Y el-Z loyalists": a name glued to its particle by a hyphen and followed by a lower-case noun modifies that
    noun; the person's name ends before it and the person keeps the designation (RNM34)."""
    facts(extract("Treasury designated Darius Olmer el-Masri loyalists in the ministry."),
          {("designated_by", "Darius Olmer", "U.S. Department of the Treasury", None)})


@pytest.mark.parametrize("text, person", [
    pytest.param("At Norland Customs, she was received by the head of the enforcement department, Sanna-Riikka Lahtonen.",
                 "Sanna-Riikka Lahtonen", id="hyphened-given-name"),
    pytest.param("The gallery closed in May. Layla Munir Tannous, a curator at the museum, examined the tablets.",
                 "Layla Munir Tannous", id="untagged-first-given-name"),
    pytest.param("The report was written by the inquiry chaired by Judge Fadi Anwar Kelmendi, which found that "
                 "the factions committed violations.", "Fadi Anwar Kelmendi", id="titled-name-before-which"),
])
def test_a_persons_name_stays_a_persons(mentions_of, text, person):
    assert (person, "PERSON") in mentions_of(text)


def test_a_titled_person_before_a_predicate_read_as_an_apposition_holds_the_post(extract, facts):
    text = ("The Director of the Office of Foreign Assets Control, Bradford K. Hughes, briefed shipping industry "
            "associations on today's action.")
    facts(extract(text), {(HR, "Bradford K. Hughes", "Office of Foreign Assets Control", "Director")})


@pytest.mark.parametrize("text, expected", [
    pytest.param("Trade along the Iran-Iraq border grew.", ("Iran", "GPE"), id="two-places-at-a-hyphen"),
    pytest.param("Norvik Petroleum, a Tula drilling company, hired Darius Olmer.", ("Norvik Petroleum", "ORG"),
                 id="a-firm-apposed-to-a-company-noun"),
])
def test_close_texts_keep_their_names(mentions_of, text, expected):
    assert expected in mentions_of(text)


def test_an_english_word_opening_the_sentence_is_no_given_name(mentions_of):
    text = "The firm paid him. Ask Darius Olmer, the fixer, who handled the money; ask him."
    assert ("Darius Olmer", "PERSON") in mentions_of(text)


@pytest.mark.parametrize("opener", ["Meanwhile", "Separately", "Yesterday", "Through", "Notably", "Designated"])
def test_an_adverb_or_preposition_opening_the_sentence_is_no_given_name(extract, facts, opener):
    """A sentence's opening adverb, preposition or participle the tagger reads as such (not as a verb, the reading
    an unknown given name gets) stays out of the name after it, and the post stays the person's (RNM34)."""
    text = f"{opener} Darius Olmer, the chairman of Norvik Petroleum, met the buyers."
    facts(extract(text), {(HR, "Darius Olmer", "Norvik Petroleum", "chairman")})


def _particles(text: str, marked: list[tuple[int, int, str]]) -> list[tuple[str, str]]:
    import spacy

    from graphbuild.nlp.gazetteers import load_gazetteers
    from graphbuild.nlp.mention import Mention
    from graphbuild.nlp.name_hyphens import join_surname_particles

    doc = spacy.blank("en")(text)
    mentions = [Mention(s, e, doc[s:e].text, label) for s, e, label in marked]
    join_surname_particles(doc, mentions, load_gazetteers())
    return [(m.text, m.label) for m in mentions]


def test_a_surname_read_as_a_nationality_after_a_particle_joins_the_name():
    assert _particles("Ormindo Vasques da Serra Leitão spoke .", [(0, 2, "PERSON"), (3, 5, "NORP")]) == [
        ("Ormindo Vasques da Serra Leitão", "PERSON")]


def test_a_country_after_a_particle_is_no_surname():
    assert _particles("Ormindo Vasques de Portugal spoke .", [(0, 2, "PERSON"), (3, 4, "GPE")]) == [
        ("Ormindo Vasques", "PERSON"), ("Portugal", "GPE")]


BYLINE_RELEASE = """# Designating Officials of the Vostrian Port Authority

PRESS STATEMENT

{byline}

March 3, 2026

The Department of State is designating Ilmar Tovesk, the chief of the Vostrian Port Authority, for his involvement in significant corruption.
"""


@pytest.mark.parametrize("byline, expected", [
    pytest.param("HALVARD BRENNICK, SECRETARY OF STATE",
                 (HR, "HALVARD BRENNICK", "U.S. Department of State", "Secretary of State"), id="name-and-title-in-capitals"),
    pytest.param("Corwin Ashby-Lerner, Department Spokesperson",
                 (HR, "Corwin Ashby-Lerner", "U.S. Department of State", "Department Spokesperson"), id="double-surname"),
])
def test_a_statements_byline_names_its_issuer(extract, byline, expected):
    found = {(r["relation"], r["subject"]["name"], r["object"]["name"], r.get("role")) for r in extract(BYLINE_RELEASE.format(byline=byline))}
    assert expected in found
    assert not {f for f in found if f[0] == HR and f[1] == expected[1] and f != expected}


@pytest.mark.parametrize("byline", [
    pytest.param("Washington, D.C.", id="a-place-and-its-district"),
    pytest.param("Office of the Spokesperson, Department Spokesperson", id="a-body-before-the-comma"),
])
def test_a_header_line_that_names_no_person_gives_no_post(extract, byline):
    found = [r for r in extract(BYLINE_RELEASE.format(byline=byline)) if r["relation"] == HR and r["subject"]["type"] == "Person"
             and r["subject"]["name"] != "Ilmar Tovesk"]
    assert found == []


HEADLINE_TEXT = """{line}

The Department of State is designating Ilmar Tovesk, the chief of the Vostrian Port Authority, for corruption. These
actions update the list of March 2025.
"""


@pytest.mark.parametrize("line", [
    pytest.param("Recent Actions, Department Spokesperson", id="a-heading-of-words-the-text-writes-in-lower-case"),
    pytest.param("Halvard Brennick Visits Latvia, Foreign Minister Meeting", id="a-headline-with-a-country"),
])
def test_a_headline_of_the_byline_shape_gives_no_post(extract, facts, line):
    """A line of the "<words>, <title>" shape whose words the text writes in lower case, or holding a country, is a
    heading or a headline, no byline: no person holds its title (RNM34)."""
    facts(extract(HEADLINE_TEXT.format(line=line)), {(HR, "Ilmar Tovesk", "Vostrian Port Authority", "chief"),
                                                     ("designated_by", "Ilmar Tovesk", "U.S. Department of State", None)})


def test_a_headline_opened_by_a_verb_is_no_byline(mentions_of):
    """"Designating X Y, Militia Commander" is a headline: its verb is no given name (RNM34)."""
    mentions = mentions_of(HEADLINE_TEXT.format(line="Designating Darius Olmer, Militia Commander"))
    assert ("Designating Darius Olmer", "PERSON") not in mentions
