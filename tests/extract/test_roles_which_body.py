"""Which body a post goes to, the organisation side (R24, issue 13): "Secretary of State at the Ministry of X" is a
rank at that ministry; a body's span the model ended on "and" / "for" / "of the" runs on; a bare "Congress" or "House of Representatives" in a release about
another state's legislature is that legislature, not the U.S. one. Invented names throughout."""
from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc

from graphbuild.nlp.mention import Mention

HR = "holds_role"
VOCAB = spacy.blank("en").vocab


def _make(words: list[str], tags: list[str]) -> Doc:
    return Doc(VOCAB, words=words, spaces=[True] * (len(words) - 1) + [False], tags=tags)


@pytest.mark.slow
@pytest.mark.parametrize("sentence, person, body", [
    pytest.param("The contract was approved by Ouk Sarin, who is Secretary of State at the Ministry of Interior of Cambodia.",
                 "Ouk Sarin", "Ministry of Interior of Cambodia", id="at-the-ministry"),
    pytest.param("The contract was approved by Rui Mendes Sala, Secretary of State in the Ministry of Finance.",
                 "Rui Mendes Sala", "Ministry of Finance", id="in-the-ministry"),
])
def test_a_secretary_of_state_at_a_ministry_holds_the_post_there(extract, facts, sentence, person, body):
    facts(extract("OFAC is designating Kestrel Ltd. " + sentence), {(HR, person, body, "Secretary of State")}, kinds=(HR,))


def test_a_body_cut_after_and_or_for_runs_on_over_the_capitalised_words():
    from graphbuild.nlp.name_hyphens import close_dangling_of

    d = _make(["the", "Ministry", "of", "Foreign", "Affairs", "and", "International", "Cooperation", ",", "secured"],
              ["DT", "NNP", "IN", "NNP", "NNP", "CC", "NNP", "NNP", ",", "VBD"])
    mentions = close_dangling_of(d, [Mention(1, 6, "Ministry of Foreign Affairs and", "ORG")])
    assert [(m.start, m.end, m.text) for m in mentions] == [(1, 8, "Ministry of Foreign Affairs and International Cooperation")]
    d = _make(["The", "Agency", "for", "International", "Development", ",", "led"], ["DT", "NNP", "IN", "NNP", "NNP", ",", "VBN"])
    mentions = close_dangling_of(d, [Mention(1, 3, "Agency for", "ORG"), Mention(3, 5, "International Development", "ORG")])
    assert [(m.start, m.end, m.text) for m in mentions] == [(1, 5, "Agency for International Development")]


def test_a_dangling_of_the_with_no_name_after_it_is_dropped():
    from graphbuild.nlp.name_hyphens import close_dangling_of

    d = _make(["the", "Standing", "Committee", "of", "the", "south"], ["DT", "NNP", "NNP", "IN", "DT", "NN"])
    mentions = close_dangling_of(d, [Mention(1, 5, "Standing Committee of the", "ORG")])
    assert [(m.start, m.end, m.text) for m in mentions] == [(1, 3, "Standing Committee")]


def test_a_ministrys_second_field_after_and_joins_its_name():
    from graphbuild.nlp.name_hyphens import close_dangling_of

    d = _make(["the", "Ministry", "of", "Labour", "and", "Vocational", "Training", ",", "denied"],
              ["DT", "NNP", "IN", "NNP", "CC", "NNP", "NNP", ",", "VBD"])
    mentions = close_dangling_of(d, [Mention(1, 4, "Ministry of Labour", "ORG")])
    assert [(m.start, m.end, m.text) for m in mentions] == [(1, 7, "Ministry of Labour and Vocational Training")]
    d = _make(["the", "Ministry", "of", "Defense", "and", "the", "Army"], ["DT", "NNP", "IN", "NNP", "CC", "DT", "NNP"])
    mentions = close_dangling_of(d, [Mention(1, 4, "Ministry of Defense", "ORG"), Mention(6, 7, "Army", "ORG")])
    assert [(m.start, m.end, m.text) for m in mentions] == [(1, 4, "Ministry of Defense"), (6, 7, "Army")]


@pytest.mark.slow
def test_a_bare_congress_is_the_congress_the_release_names(extract, facts):
    text = ("OFAC sanctioned three members of Guatemala's Congress of the Republic. Otto Lem Sac, a member of the "
            "Congress's Board of Directors, took bribes. Rudy Choc Barr previously served as chief of staff in Congress.")
    # the body keeps its whole name, "of the Republic" included (twenty-fourth session, M: name_bodies.HEADS)
    facts(extract(text), {(HR, "Otto Lem Sac", "Congress of the Republic", "member"),
                          (HR, "Rudy Choc Barr", "Congress of the Republic", "chief of staff")}, kinds=(HR,))


@pytest.mark.slow
def test_a_bare_house_of_representatives_is_the_parliament_the_release_names(extract, facts):
    text = ("OFAC is sanctioning ten members of the National Assembly of the Republic of Belarus, the country's bicameral "
            "parliament.\n\nViktar Hlush, Deputy Chairman of the House of Representatives, chaired the working group.")
    relations = [r for r in extract(text) if r["relation"] == HR]
    assert any(r["role"] == "Deputy Chairman" for r in relations), relations
    assert {r["object"]["name"] for r in relations} == {"National Assembly of the Republic of Belarus"}, relations


@pytest.mark.slow
def test_congress_stays_the_us_one_without_another_legislature(extract, facts):
    """The guard: no other legislature named, or one headed by another word only when a same-word one exists."""
    text = "OFAC is sanctioning Kestrel Ltd. Jane Doe, a member of Congress, said the sanctions were right."
    facts(extract(text), {(HR, "Jane Doe", "U.S. Congress", "member")}, kinds=(HR,))


@pytest.mark.slow
@pytest.mark.parametrize("sentence, person, body, role", [
    pytest.param("Leung Wai-kit is a Hong Kong deputy to the 14th National People's Congress.", "Leung Wai-kit",
                 "National People's Congress", "deputy", id="deputy-to"),
    pytest.param("Sun Jian was a delegate to the Liaoning Provincial People's Congress from 2013 to 2018.", "Sun Jian",
                 "Liaoning Provincial People's Congress", "delegate", id="delegate-to"),
])
def test_a_deputy_to_a_peoples_congress_sits_in_it(extract, facts, sentence, person, body, role):
    """The gazetteer's "Congress" inside another state's longer name is that body, and "deputy to" names the seat."""
    facts(extract("OFAC is designating Kestrel Ltd. " + sentence), {(HR, person, body, role)}, kinds=(HR,))


@pytest.mark.slow
@pytest.mark.parametrize("sentence, person, role", [
    pytest.param("EU High Representative Katalin Voros added that the bloc would act.", "Katalin Voros", "High Representative",
                 id="eu-high-representative"),
    pytest.param("Kaja Veltmann, High Representative for Foreign Affairs and Security Policy, welcomed it.", "Kaja Veltmann",
                 "High Representative for Foreign Affairs and Security Policy", id="the-eu-title-alone"),
])
def test_the_high_representative_is_the_european_unions(extract, facts, sentence, person, role):
    facts(extract("OFAC is designating Kestrel Ltd. " + sentence), {(HR, person, "European Union", role)}, kinds=(HR,))


def test_a_dangling_and_after_a_name_that_is_no_body_stays_cut():
    """The guard: "X Y and" that names no body by its field joins no name after it ("A B and C Ltd. are designated")."""
    from graphbuild.nlp.name_hyphens import close_dangling_of

    d = _make(["Salazar", "Montoya", "and", "Consorcio", "Vial", "Andino", "are", "designated"],
              ["NNP", "NNP", "CC", "NNP", "NNP", "NNP", "VBP", "VBN"])
    mentions = close_dangling_of(d, [Mention(0, 3, "Salazar Montoya and", "ORG"), Mention(3, 6, "Consorcio Vial Andino", "ORG")])
    assert [(m.start, m.end) for m in mentions] == [(0, 3), (3, 6)]


@pytest.mark.slow
def test_a_fixed_title_with_and_keeps_the_name_after_it(extract, facts):
    """The guard: the capitalised run after a dangling "and" that a person's name closes is the title's field."""
    text = ('OFAC is designating Kestrel Ltd. "We act," said Assistant Secretary of the Treasury for Terrorist Financing '
            'and Financial Crimes Victor Amadi-Lindqvist.')
    facts(extract(text), {(HR, "Victor Amadi-Lindqvist", "U.S. Department of the Treasury",
                           "Assistant Secretary of the Treasury for Terrorist Financing and Financial Crimes")}, kinds=(HR,))


@pytest.mark.slow
def test_a_national_congress_of_a_country_is_one_body_and_the_next_post_stays(extract, facts):
    """"National [Congress] of Honduras": the gazetteer's "Congress" inside the name takes the words around it, and
    the post after "and" is kept (it was lost to the country left outside the body's name)."""
    text = ("OFAC is designating Kestrel Ltd. Rigo Zelaya Paz is a member of the National Congress of Honduras and the "
            "former Minister of Infrastructure and Transportation.")
    facts(extract(text), {(HR, "Rigo Zelaya Paz", "National Congress of Honduras", "member"),
                          (HR, "Rigo Zelaya Paz", "Ministry of Infrastructure and Transportation",
                           "Minister of Infrastructure and Transportation")}, kinds=(HR,))
