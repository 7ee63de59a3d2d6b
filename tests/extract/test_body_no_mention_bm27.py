"""Posts whose body was no mention, twenty-seventh session (BM; invented texts):

- "an official at the Embassy of Great Britain": the gazetteer ruler names a sanctioning state as an authority and the
  model then tags no mission, so the post had no body (`nlp.name_missions.join_mission_states`);
- "the X Institute: Center for Strategic Studies, which ...": a body's subtitle after a colon was cut like a list of
  members (`nlp.mentions._before_colon`): "which" after the comma refers to a thing, never to a member."""
from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow

HR = "holds_role"
LEAD = "WASHINGTON - Today, the U.S. Department of the Treasury's Office of Foreign Assets Control (OFAC) designated Velor Trading. "


@pytest.mark.parametrize("text, body", [
    ("Jon Brask, an official at the Embassy of Great Britain, met Ivo Marden in Tessa.", "Embassy of Great Britain"),
    ("Jon Brask, a counselor at the Embassy of Canada, met Ivo Marden in Tessa.", "Embassy of Canada"),
    ("Jon Brask, an official at the Embassy of the United Kingdom in Tessa, met Ivo Marden.",
     "Embassy of the United Kingdom in Tessa"),
    ("Jon Brask, an official at the Embassy of Japan, met Ivo Marden in Tessa.", "Embassy of Japan"),
], ids=["great-britain", "canada", "united-kingdom-in-city", "japan"])
def test_an_embassy_of_a_sanctioning_state_is_a_body(extract, facts, text, body):
    role = "counselor" if "counselor" in text else "official"
    facts(extract(LEAD + text), {(HR, "Jon Brask", body, role)}, kinds=(HR,))


def test_a_subtitle_after_a_colon_stays_in_the_name(extract, facts):
    text = LEAD + "Ivo Marden is the director of the Orlan Institute: Center for Strategic Studies, which advises the ministry."
    facts(extract(text), {(HR, "Ivo Marden", "Orlan Institute: Center for Strategic Studies", "director")}, kinds=(HR,))


def test_members_listed_after_a_colon_are_still_cut(extract, facts):
    text = LEAD + ("OFAC is also designating the following members of the Velor Organization: Ivo Marden, who runs its "
                   "finances, Petar Solin, and Luka Vrana.")
    facts(extract(text), {(HR, name, "Velor Organization", "member") for name in ("Ivo Marden", "Petar Solin", "Luka Vrana")},
          kinds=(HR,))


def test_a_paragraphs_first_word_is_no_sentence_alone(extract, facts):
    """"FinCEN | Director X said, ...": the parser cut the paragraph's first word off into a sentence of its own, and
    the title lost its body (`nlp.model._runs_on`)."""
    text = ("WASHINGTON - Today, the Financial Crimes Enforcement Network (FinCEN) issued a finding against Velor Bank.\n\n"
            'FinCEN Director Jane Halder said, "Banks are our front line. They help us trace the money."')
    facts(extract(text), {(HR, "Jane Halder", "Financial Crimes Enforcement Network", "Director")}, kinds=(HR,))


@pytest.mark.parametrize("text, word", [
    ("Velor Trading is designated.\n\nAll property and interests in property of the persons are blocked.", "All"),
    ("Velor Trading is designated.\n\nFinCEN Director Jane Halder said so.", "FinCEN"),
    ("Background\n\nVelor Trading is designated.", "Velor"),
], ids=["all-property", "acronym", "heading-then-line"])
def test_the_word_after_a_lines_first_is_no_sentence_start(nlp, text, word):
    from graphbuild.nlp.model import line_sentences

    doc = line_sentences(nlp.make_doc(text))
    first = next(t for t in doc if t.text == word)
    assert first.is_sent_start and doc[first.i + 1].is_sent_start is False


@pytest.mark.parametrize("text", [
    '"Banks are our front line," said Jane Halder, Assistant Secretary for Terrorist Financing and Financial Crimes.',
    "Jane Halder, Assistant Secretary for Terrorist Financing and Financial Crimes, said the bank hid its money.",
], ids=["said-then-title", "subject-with-title"])
def test_an_assistant_secretarys_portfolio_after_the_name_is_in_the_post(extract, facts, text):
    """"X, Assistant Secretary for Terrorist Financing and Financial Crimes.": the model's "Terrorist Financing and"
    was the post's body; the portfolio closes the clause (`titles_parts._portfolio_end`'s `after_holder`)."""
    facts(extract(LEAD + text), {(HR, "Jane Halder", "U.S. Department of the Treasury",
                                  "Assistant Secretary for Terrorist Financing and Financial Crimes")}, kinds=(HR,))


@pytest.mark.parametrize("text, expected", [
    ("Jon Brask, an adviser to Velor Bank, met Ivo Marden in Tessa.", {(HR, "Jon Brask", "Velor Bank", "adviser")}),
    ("Jon Brask, a senior adviser to the Ruritanian Ministry of Finance, met Ivo Marden in Tessa.",
     {(HR, "Jon Brask", "Ruritanian Ministry of Finance", "senior adviser")}),
    ("Jon Brask, an adviser to Velor Bank's chairman, met Ivo Marden in Tessa.", set()),
], ids=["bank", "ministry", "a-holders-adviser"])
def test_an_advisers_body_after_to(extract, facts, text, expected):
    """"X, an adviser to Y, ...": the body he advises holds the post (`titles_complement._advised_body`); an adviser
    to another holder ("Y's chairman") is a tie between people."""
    facts([r for r in extract(LEAD + text) if r["subject"]["name"] == "Jon Brask"], expected, kinds=(HR,))


@pytest.mark.parametrize("text, body, role", [
    ("Ivo Marden, Assistant Secretary for Security of the Ruritanian Interior Ministry, met Jon Brask.",
     "Ruritanian Interior Ministry", "Assistant Secretary for Security"),
    ("Jon Brask met Ivo Marden, Assistant Secretary for Security of the Ruritanian Interior Ministry.",
     "Ruritanian Interior Ministry", "Assistant Secretary for Security"),
], ids=["subject", "clause-end"])
def test_a_portfolio_of_another_body_after_the_name_is_not_a_us_post(extract, facts, text, body, role):
    """"X, Assistant Secretary for Security of the Ruritanian Interior Ministry": the "of" names the body he serves, so
    the portfolio read after the holder's name stops there; read to the clause's end it made him a U.S. Treasury officer
    (review RB of `titles_parts._portfolio_end`'s `after_holder`)."""
    facts([r for r in extract(LEAD + text) if r["subject"]["name"] == "Ivo Marden"], {(HR, "Ivo Marden", body, role)},
          kinds=(HR,))
