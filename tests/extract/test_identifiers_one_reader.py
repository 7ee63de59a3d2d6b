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


# ---- people who share a name (ID, twenty-ninth session) -------------------------------------------------------------
TWO_BIRTHS = (LEAD + "Selim Naccache (born 12 March 1971) is the owner of Vantor Exchange Company.\n\n"
              "Selim Naccache (born 4 June 1985) is the manager of Orlis Money Transfer.\n")


def _posts(relations: list[dict]) -> dict[str, str]:
    """{post's body: the holder's id as the document gives it ("" for a person of the name's own IRI)}."""
    return {r["object"]["name"]: r["subject"]["id"] or "" for r in relations if r["relation"] == HR}


@pytest.mark.slow
@pytest.mark.parametrize("text, apart", [
    (TWO_BIRTHS, True),
    (LEAD + "Selim Naccache, a Lebanese national, is the owner of Vantor Exchange Company.\n\n"
     "Selim Naccache, a Syrian national, is the manager of Orlis Money Transfer.\n", True),
    (LEAD + "Selim Naccache (born 12 March 1971) is the owner of Vantor Exchange Company.\n\n"
     "Selim Naccache (DOB 12 Mar 1971) is also the manager of Orlis Money Transfer.\n", False),
    (LEAD + "Selim Naccache, a Lebanese financier, is the owner of Vantor Exchange Company.\n\n"
     "Selim Naccache, a money exchanger based in Syria, is also the manager of Orlis Money Transfer.\n", False),
], ids=["two-birth-dates", "two-nationalities", "one-date-two-ways", "residence-is-no-nationality"])
def test_two_people_of_one_exact_name_are_told_apart_only_by_what_is_stated(extract, text, apart):
    posts = _posts(extract_markdown(extract, text))
    assert set(posts) == {"Vantor Exchange Company", "Orlis Money Transfer"}
    assert posts["Vantor Exchange Company"] == ""
    assert (posts["Orlis Money Transfer"] != "") is apart


@pytest.mark.slow
def test_a_later_bare_naming_of_two_namesakes_is_the_one_named_last(extract):
    text = TWO_BIRTHS.rstrip("\n") + " Selim Naccache is also the director of Kelvar Trading LLC.\n"
    posts = _posts(extract_markdown(extract, text))
    assert posts["Kelvar Trading LLC"] == posts["Orlis Money Transfer"] != posts["Vantor Exchange Company"]


@pytest.mark.slow
@pytest.mark.parametrize("text, owner", [
    ("WASHINGTON -- Today, OFAC designated Viktor Pavlovich Orlenko and his son, Viktor Viktorovich Orlenko.\n\n"
     "Viktor Orlenko is the owner of Severny Yacht Charter LLC.\n", "Viktor Pavlovich Orlenko"),
    ("WASHINGTON -- Today, OFAC designated Viktor Pavlovich Orlenko and Viktor Viktorovich Orlenko.\n\n"
     "Viktor Viktorovich Orlenko is a lawyer in Kessa. Viktor Orlenko is the owner of Severny Yacht Charter LLC.\n",
     "Viktor Viktorovich Orlenko"),
    ("WASHINGTON -- Today, OFAC designated Viktor Pavlovich Orlenko and Viktor Viktorovich Orlenko.\n\n"
     "Viktor Orlenko is the owner of Severny Yacht Charter LLC.\n", None),
    ("WASHINGTON -- Today, OFAC designated Viktor Pavlovich Orlenko, a Russian oligarch.\n\n"
     "Viktor Orlenko is the owner of Severny Yacht Charter LLC.\n", "Viktor Pavlovich Orlenko"),
], ids=["son-introduced-as-kin", "nearest-sentence-names-one", "no-cue", "one-fuller-name"])
def test_a_short_name_fitting_a_father_and_a_son_is_read_as_a_shared_surname(extract, text, owner):
    holders = {r["subject"]["name"] for r in extract_markdown(extract, text) if r["relation"] == HR}
    assert holders == ({owner} if owner else set())


@pytest.mark.slow
def test_a_namesake_s_iri_comes_from_what_told_it_apart(tmp_path):
    """Two builds give the same IRIs; the namesake's IRI is the one another release stating the same birth date gives
    the man (the index's own namesake IRI), not one made from the name only."""
    import json

    from graphbuild.pipeline.run import BuildOptions, build

    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "r1.md").write_text(TWO_BIRTHS, encoding="utf-8")
    (docs / "r2.md").write_text("WASHINGTON -- Today, OFAC designated Selim Naccache (born 4 June 1985), the director of "
                                "Kelvar Trading LLC.\n", encoding="utf-8")
    iris = []
    for out in ("out1", "out2"):
        build([docs], BuildOptions(out=tmp_path / out))
        lines = (tmp_path / out / "relations.jsonl").read_text(encoding="utf-8").splitlines()
        iris.append({r["object"]["name"]: r["subject"]["id"] for r in map(json.loads, lines) if r["relation"] == HR})
    assert iris[0] == iris[1]
    posts = iris[0]
    assert posts["Orlis Money Transfer"] == posts["Kelvar Trading LLC"] != posts["Vantor Exchange Company"]
