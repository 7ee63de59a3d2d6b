"""One reader of stated identifiers (ID, twenty-ninth session): nlp/person_apart tells a shorter name from a fuller one
it fits with resolve.identifiers' reader and `conflicting`, as the index tells two documents' people apart. Each edge
where the two readers differed, decided on what a user needs: a weak reading never splits one man, two men stated
apart stay two. Invented texts and names."""
from __future__ import annotations

import pytest

from graphbuild.resolve.identifiers import stated_identifiers
from markdown_release import extract_markdown

DB, HR = "designated_by", "holds_role"
OFAC = "Office of Foreign Assets Control"
FULL, SHORT = "Selim Farid Naccache", "Selim Naccache"
LEAD = "WASHINGTON -- Today, OFAC designated two men who move money for a militia.\n\n"
OWNER, MANAGER = "Vantor Exchange Company", "Orlis Money Transfer"
TWO_MEN = {(DB, FULL, OFAC, None), (DB, SHORT, OFAC, None), (HR, FULL, OWNER, "owner"), (HR, SHORT, MANAGER, "manager")}
ONE_MAN = {(DB, FULL, OFAC, None), (HR, FULL, OWNER, "owner"), (HR, FULL, MANAGER, "manager")}
PEOPLE = {"Selim Naccache": ["Selim Naccache"]}


@pytest.mark.parametrize("sentence, found", [
    ("Selim Naccache (born 12/03/1971) runs a firm.", {"birthDate": {"1971"}}),
    ("Selim Naccache (b. 1962) runs a firm.", {"birthDate": {"1962"}}),
    ("Selim Naccache, D.O.B. 4 Jun 1985, runs a firm.", {"birthDate": {"1985-06-04"}}),
    ("Selim Naccache, a Lebanese financier, runs a firm.", {"describedNationality": {"LB"}}),
    ("Selim Naccache, a senior Syrian official, runs a firm.", {"describedNationality": {"SY"}}),
    ("Selim Naccache, a dual Lebanese-Syrian national, runs a firm.", {"nationality": {"LB", "SY"}}),
    ("Selim Naccache, a financier for the Syrian regime, runs a firm.", {}),
    ("Selim Naccache, a Beirut-based money exchanger, runs a firm.", {}),
    ("Selim Naccache, a money exchanger based in Syria, runs a firm.", {}),
], ids=["figures-year", "b-dot", "dob-dots", "demonym", "modifier-demonym", "dual-national", "function-word",
        "city-based", "residence"])
def test_what_the_reader_takes_from_the_words_after_a_name(sentence, found):
    assert stated_identifiers(sentence, PEOPLE).get(SHORT, {}) == found


@pytest.mark.slow
@pytest.mark.parametrize("text", [
    (LEAD + "Selim Farid Naccache (born 12/03/1971) is the owner of Vantor Exchange Company.\n\n"
     "Selim Naccache (born 04/06/1985) is the manager of Orlis Money Transfer.\n"),
    (LEAD + "Selim Farid Naccache (b. 1962) is the owner of Vantor Exchange Company.\n\n"
     "Selim Naccache (b. 1985) is the manager of Orlis Money Transfer.\n"),
], ids=["two-dates-in-figures", "two-years-b-dot"])
def test_two_men_whose_stated_births_cannot_be_one_stay_two(extract, facts, text):
    facts(extract_markdown(extract, text), TWO_MEN)


@pytest.mark.slow
@pytest.mark.parametrize("text", [
    (LEAD + "Selim Farid Naccache (born 12/03/1971) is the owner of Vantor Exchange Company.\n\n"
     "Selim Naccache (born 3 December 1971) is also the manager of Orlis Money Transfer.\n"),
    (LEAD + "Selim Farid Naccache, a Lebanese national, is the owner of Vantor Exchange Company.\n\n"
     "Selim Naccache, a Syrian money exchanger, is also the manager of Orlis Money Transfer.\n"),
    (LEAD + "Selim Farid Naccache, a Lebanese financier, is the owner of Vantor Exchange Company.\n\n"
     "Selim Naccache, a financier for the Syrian regime, is also the manager of Orlis Money Transfer.\n"),
    (LEAD + "Selim Farid Naccache, a Lebanese financier, is the owner of Vantor Exchange Company.\n\n"
     "Selim Naccache, a money exchanger based in Syria, is also the manager of Orlis Money Transfer.\n"),
], ids=["figures-and-words", "stated-beats-described", "regime-not-his-country", "residence-not-nationality"])
def test_one_man_written_two_ways_stays_one(extract, facts, text):
    relations = extract_markdown(extract, text)
    facts(relations, ONE_MAN)
    assert not any(r["subject"]["id"] for r in relations if r["subject"]["type"] == "Person")
