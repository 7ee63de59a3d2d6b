"""Matching: each kind of name variant links, each near miss does not, evidence ranks same-name entries."""
from __future__ import annotations

from pathlib import Path

import pytest

from graphbuild.link import ListIndex, Query, load_list
from graphbuild.link.entries import ListEntry, SanctionsList
from graphbuild.link.matcher import needed_parts, program_keys

FIXTURES = Path(__file__).resolve().parent / "fixtures"


@pytest.fixture(scope="module")
def sdn() -> ListIndex:
    return ListIndex(load_list(FIXTURES / "sdn.csv"))


@pytest.fixture(scope="module")
def ftm() -> ListIndex:
    return ListIndex(load_list(FIXTURES / "entities.ftm.json"))


def linked(index: ListIndex, type_: str | None, *names: str, programs=(), countries=()) -> list[str]:
    return [m.entry.entry_id for m in index.match(Query("x", type_, list(names), list(programs), list(countries)))]


@pytest.mark.parametrize("name", [
    "Aleksandr Ivanovich Dorokhov",   # the list's spelling, given name first
    "Alexander Dorokhov",             # another transliteration, no patronymic
    "DOROKHOV, Aleksandr",            # the list's "SURNAME, Given" order
    "Aleksandr Dorokhov",
    "Sasha Dorokhov",                 # an a.k.a. in the list's remarks
])
def test_person_variants_link(sdn, name):
    assert linked(sdn, "Person", name) == ["1001"]


@pytest.mark.parametrize("name,expected", [
    ("Northern Light Shipping Company Limited", ["1003"]),   # Co., Ltd. written out
    ("Northern Light Shipping LLC", ["1003"]),               # another company form
    ("NLS Marine", ["1003"]),                                # a.k.a. in the remarks
    ("Boreal Shipping", ["1003"]),                           # f.k.a. in alt.csv
    ("Andean Coffee Traders", ["1005"]),                     # a.k.a. in alt.csv
    ("Cafe Andino SA", ["1005"]),                            # accents and punctuation
])
def test_company_variants_link(sdn, name, expected):
    assert linked(sdn, "Company", name) == expected


def test_an_alias_from_the_graph_links(sdn):
    assert linked(sdn, "Company", "Polar Freight", "Northern Light Shipping Co") == ["1003"]


def test_same_surname_other_given_name_does_not_link(sdn):
    assert linked(sdn, "Person", "Mikhail Dorokhov") == []
    assert linked(sdn, "Person", "Pavel Dorokhov") == ["1002"]


def test_bare_surname_does_not_link(sdn):
    assert linked(sdn, "Person", "Dorokhov") == []


def test_given_names_without_the_lists_surname_do_not_link():
    index = ListIndex(SanctionsList("t", None, "t", "test", [ListEntry("9", "Person", "ASHWOOD, Milan Petar")]))
    assert linked(index, "Person", "Milan Petar") == []
    assert linked(index, "Person", "Milan Ashwood") == ["9"]


def test_patronymic_and_surname_without_the_given_name_do_not_link(sdn):
    assert linked(sdn, "Person", "Ivanovich Dorokhov") == []
    assert linked(sdn, "Person", "Aleksandr Ivanovich Dorokhov") == ["1001"]


def test_same_name_other_type_does_not_link(sdn):
    assert linked(sdn, "Vessel", "Northern Light") == ["1004"]
    assert linked(sdn, "Company", "Northern Light") == []     # the vessel's name, but a company
    assert linked(sdn, "Person", "Northern Light") == []
    assert linked(sdn, "Vessel", "Northern Light Shipping Co., Ltd.") == []


def test_unknown_type_may_match_any_kind(sdn):
    assert linked(sdn, None, "Northern Light") == ["1004"]


def test_program_evidence_picks_between_entries_of_one_name(sdn):
    assert linked(sdn, "Person", "Reza Hasani") == ["1007", "1008"]        # a true tie: both kept
    assert linked(sdn, "Person", "Reza Hasani", programs=["IRAN-HR"]) == ["1007"]
    [match] = sdn.match(Query("x", "Person", ["Reza Hasani"], ["IRAN-HR"], ["ir"]))
    assert (match.evidence, match.score, match.name_score) == (["program IRAN-HR", "country ir"], 1.0, 1.0)


def test_country_evidence_picks_between_entries_of_one_name(sdn):
    assert linked(sdn, "Person", "Reza Hasani", countries=["lb"]) == ["1008"]


def test_public_body_needs_a_shared_country(sdn):
    assert linked(sdn, "PublicBody", "Ministry of Defense") == []
    assert linked(sdn, "PublicBody", "Ministry of Defense", countries=["by"]) == ["1006"]
    assert linked(sdn, "PublicBody", "Ministry of Defense", countries=["ve"]) == []


def test_public_body_with_a_descriptive_name_links_unless_countries_differ():
    index = ListIndex(SanctionsList("t", None, "t", "test", [ListEntry("7", "Organization", "NORTH RIDGE DETENTION CENTER", countries=["sy"])]))
    assert linked(index, "PublicBody", "North Ridge Detention Center") == ["7"]
    assert linked(index, "PublicBody", "North Ridge Detention Center", countries=["sy"]) == ["7"]
    assert linked(index, "PublicBody", "North Ridge Detention Center", countries=["ir"]) == []


def test_unsure_organization_type_may_be_a_person_at_a_small_cost(sdn):
    [match] = sdn.match(Query("x", "Organization", ["Pavel Dorokhov"]))
    assert (match.entry.entry_id, match.score, match.evidence) == ("1002", 0.97, ["type Organization read as Person"])
    assert linked(sdn, "Company", "Pavel Dorokhov") == []


def test_vessel_numbers_must_agree():
    index = ListIndex(SanctionsList("t", None, "t", "test", [ListEntry("5", "Vessel", "SILVER GULL 2")]))
    assert linked(index, "Vessel", "Silver Gull 2") == ["5"]
    assert linked(index, "Vessel", "Silver Gull 3") == []
    assert linked(index, "Vessel", "Silver Gull") == []


def test_spacing_variant_links():
    index = ListIndex(SanctionsList("t", None, "t", "test", [ListEntry("6", "Organization", "OPEN JOINT STOCK COMPANY NOVAGRADKHIMPROM")]))
    assert linked(index, "Company", "Novagrad Khimprom") == ["6"]


def test_ftm_list_links_each_kind(ftm):
    assert linked(ftm, "Person", "Elena Marchuk") == ["t-person-1"]
    assert linked(ftm, "Person", "Olena Marchuk") == ["t-person-1"]
    assert linked(ftm, "Company", "Blue Harbour Trading Co., Ltd.") == ["t-company-1"]
    assert linked(ftm, "Vessel", "Sea Lantern") == ["t-vessel-1"]
    assert linked(ftm, "Person", "Ivo Dralic") == []  # not a target of the list


def test_min_score_is_the_bar(sdn):
    match = sdn.match(Query("x", "Person", ["Alexander Dorokhov"]))[0]
    assert 0.88 <= match.score < 1.0
    assert sdn.match(Query("x", "Person", ["Alexander Dorokhov"]), min_score=match.score + 0.001) == []


def test_program_keys_join_text_and_list_spellings():
    assert program_keys("E.O. 14024") & program_keys("RUSSIA-EO14024") == {"EO14024"}
    assert program_keys("Global Magnitsky") & program_keys("GLOMAG") == {"GLOMAG"}
    assert program_keys("IRAN-HR") == {"IRAN-HR"}


def test_blocking_bound_follows_the_score():
    assert needed_parts("Person", 3, 0.88) == 2
    assert needed_parts("Organization", 4, 0.88) == 4
    assert needed_parts("Organization", 4, 0.6) == 2
