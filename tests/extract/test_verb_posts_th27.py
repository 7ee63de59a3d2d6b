"""Posts the learned scorer left under its threshold on the study sets' write half, read by rules instead
(twenty-seventh session, TH; invented texts):

- a head verb in a relative clause on the body whose subject is the paragraph's person named by he/she ("Y, a cattle
  export company he founded and manages"), or whose verb follows a perfect auxiliary ("Y, which X has headed since
  2017"): `roles_relative` read only a named subject and a bare verb;
- a title after "of which" ("Y, of which he is chairman"): the title names no body, the clause's body is its own;
- a unit named by its place inside a title's complement ("deputy director of the Tessa branch of Y", "deputy head of
  the Tessa regional department of Y"): the post is at Y, the body the unit belongs to, not at the place;
- a span of time between a name and "as" ("X served for four years as director of Y"): "for" broke the link."""
from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow

HR = "holds_role"


@pytest.mark.parametrize("text, expected", [
    ("Treasury is designating Ivo Marden, a Tessa-based trader, together with Velor Cattle SARL, a cattle export "
     "company he founded and manages.", {(HR, "Ivo Marden", "Velor Cattle SARL", "founder")}),
    ("Ivo Marden built his fortune at Velor Agrokhim JSC, the potash producer he founded in 1998 and chaired until 2022.",
     {(HR, "Ivo Marden", "Velor Agrokhim JSC", "founder")}),
    ("The portfolio is run by the group's Investment Office, which Ivo Marden has headed since 2017.",
     {(HR, "Ivo Marden", "Investment Office", "head")}),
    ("Ivo Marden moved to Tessa in 2015 and registered Velor Trading L.L.C., of which he is chairman.",
     {(HR, "Ivo Marden", "Velor Trading L.L.C.", "chairman")}),
    ("Velor Bank, of which Petar Solin was the chief executive officer, moved the funds.",
     {(HR, "Petar Solin", "Velor Bank", "chief executive officer")}),
], ids=["pronoun-founded-manages", "pronoun-founded-chaired", "has-headed", "of-which-pronoun", "of-which-name"])
def test_a_post_stated_by_a_clause_on_the_body(extract, facts, text, expected):
    facts(extract(text), expected, kinds=(HR,))


def test_a_pronoun_with_two_people_in_the_paragraph_names_no_one(extract, facts):
    # "he" could be either man: no post (roles_links.pronoun_people gives no person)
    facts(extract("Ivo Marden met Petar Solin in Tessa. He praised Velor Bank, a lender that he founded."), set(), kinds=(HR,))


@pytest.mark.parametrize("text, expected", [
    ("Ivo Marden is the deputy director of the Tessa branch of the Velor Petroleum Company (VPC), which the militia "
     "controls.", {(HR, "Ivo Marden", "Velor Petroleum Company", "deputy director of the Tessa branch")}),
    ("Mira Oskane was a deputy head of the Tessa regional department of the Federal Tax Service until 2020.",
     {(HR, "Mira Oskane", "Federal Tax Service", "deputy head of the Tessa regional department")}),
    ("Ivo Marden is the head of the Aden office of Velor Bank.", {(HR, "Ivo Marden", "Velor Bank", "head of the Aden office")}),
], ids=["branch", "regional-department", "office"])
def test_a_unit_named_by_its_place_is_part_of_the_post(extract, facts, text, expected):
    facts(extract(text), expected, kinds=(HR,))


@pytest.mark.parametrize("text, expected", [
    ("Mira Oskane heads Velor Bank. Ivo Marden served for four years as director of the Tessa Roads Agency before he "
     "moved to Aden.", {(HR, "Mira Oskane", "Velor Bank", "head"), (HR, "Ivo Marden", "Tessa Roads Agency", "director")}),
    ("Ivo Marden served in 2019 as chairman of Velor Bank.", {(HR, "Ivo Marden", "Velor Bank", "chairman")}),
    ("Ivo Marden lived for ten years in Tessa as a refugee.", set()),
], ids=["for-four-years", "in-a-year", "no-post"])
def test_a_span_of_time_between_the_name_and_as_keeps_the_link(extract, facts, text, expected):
    # main: "for" was no copula word, so "served for four years as director of Y" linked no title to the name
    facts(extract(text), expected, kinds=(HR,))


@pytest.mark.parametrize("text, expected", [
    ("OFAC also designated the following individuals:\n\n- Khadija Velor Samatar -- manager of the Mogadishu branch of "
     "Velor Transfer Services;", {(HR, "Khadija Velor Samatar", "Velor Transfer Services", "manager of the Mogadishu branch")}),
    ("The Velor Intelligence Service (VIS) runs the prisons. Hamid-Reza Velorzemi previously served as head of the VIS "
     "office in Tessa Province.", {(HR, "Hamid-Reza Velorzemi", "Velor Intelligence Service", "head")}),
], ids=["the-place-is-no-body", "office-in-a-province"])
def test_a_place_named_unit_gives_no_post_at_the_place(extract, facts, text, expected):
    # the branch's city stays a word of the post, never a candidate body of its own (roles_doc_filters.role_word_body);
    # "the VIS office in Tessa Province": "in" names where the unit is, so the unit rule leaves it alone
    facts(extract(text), expected, kinds=(HR,))
