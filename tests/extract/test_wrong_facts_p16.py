"""Wrong facts a hostile tester found (P16, twentieth session; docs/robustness.md "P16"). Invented texts, exact
relations; each test but the guards fails on main 8ee5d18.

- A bare surname two people share went to the one named last, the designee's relative ("His brother, M. D-, was
  not designated. D- is the chief procurement officer of Y": the brother's post).
- A designee named by the surname alone ("Lt. Gen. D-") merged with a relative named in full after it, who then
  took the designation and the posts.
- A designation withdrawn in reported speech ("X was not among those sanctioned, a spokesperson later said")
  stayed.
- The past of reported speech ("a spokesperson said X was the director of Y") made a post former.
"""
from __future__ import annotations

import pytest

from relation_views import OFAC, STATE, designees, posts, posts_held

pytestmark = pytest.mark.slow

TODAY = {"date": "2026-11-04"}


@pytest.mark.parametrize("text, holder", [
    ("Today, OFAC designated Viktor Dalmanov, a businessman based in Kessa. His brother, Mikhail Dalmanov, was not "
     "designated. Dalmanov is the chief procurement officer of Kessa Arms LLC.", "Viktor Dalmanov"),
    ("Today, OFAC designated Ruta Kelmer. Her husband, Oskar Kelmer, is a lawyer. Kelmer is the chief procurement "
     "officer of Kessa Arms LLC.", "Ruta Kelmer"),
    ("Today, OFAC designated Ruta Kelmer. Kelmer's husband, Oskar Kelmer, is a lawyer. Kelmer is the chief "
     "procurement officer of Kessa Arms LLC.", "Ruta Kelmer"),
])
def test_a_shared_surname_is_not_the_relatives(extract, text, holder):
    relations = extract(text, TODAY)
    assert posts(relations) == {(holder, "Kessa Arms LLC", "chief procurement officer")}
    assert designees(relations) == {(holder, OFAC)}


def test_a_surname_named_before_its_relative_is_not_the_relative(extract):
    text = ("Today, the Department of State designated Lt. Gen. Dremmik pursuant to Executive Order 13664. Lt. Gen. "
            "Dremmik is the commander of the Kessa Brigade. His nephew, Anzel Dremmik, manages Vanta Trade LLC as its "
            "operations director; he is not designated today.")
    relations = extract(text, TODAY)
    assert not {d for d in designees(relations) if d[0] == "Anzel Dremmik"}
    assert {p for p in posts(relations) if p[0] == "Anzel Dremmik"} <= {("Anzel Dremmik", "Vanta Trade LLC", "manager"),
                                                                         ("Anzel Dremmik", "Vanta Trade LLC", "operations director")}
    text = ("Today, OFAC designated Dremmik, a senior official of the Kessa Brigade. His brother, Anzel Dremmik, was "
            "not designated.")
    relations = extract(text, TODAY)
    assert not designees(relations) and not posts(relations)


@pytest.mark.parametrize("text, meta, left", [
    ("KYIV (Wire) — Washington on Monday imposed sanctions on Darko Melnik and Lena Vosk. Vosk was not among those "
     "sanctioned, a U.S. official later said, correcting an earlier statement.", {}, {"Darko Melnik"}),
    ("Today, OFAC designated Darko Melnik and Lena Vosk. Lena Vosk was not among those designated, a Treasury "
     "spokesperson later said.", TODAY, {"Darko Melnik"}),
    ("Today, OFAC designated Darko Melnik and Lena Vosk. A Treasury spokesperson later said Lena Vosk was not "
     "designated.", TODAY, {"Darko Melnik"}),
])
def test_a_designation_withdrawn_in_reported_speech_is_none(extract, text, meta, left):
    assert {name for name, _ in designees(extract(text, meta))} == left


def test_a_denial_of_an_earlier_action_leaves_todays(extract):
    text = "Today, OFAC designated Darko Melnik and Lena Vosk. Vosk was not designated in 2019, a spokesperson said."
    assert designees(extract(text, TODAY)) == {("Darko Melnik", OFAC), ("Lena Vosk", OFAC)}


@pytest.mark.parametrize("text, current", [
    ("Today, OFAC designated Marek Ostrava. A Treasury spokesperson said Ostrava was the director of Vanta Trade LLC.", True),
    ("Today, OFAC designated Marek Ostrava. Ostrava was the director of Vanta Trade LLC, a Treasury spokesperson said.", True),
    ("Today, OFAC designated Marek Ostrava. The Treasury said Ostrava was also a director of Vanta Trade LLC.", True),
    ("Today, OFAC designated Marek Ostrava. Ostrava told reporters he was the director of Vanta Trade LLC.", True),
    # guards: the reported clause dates the post, or nothing reports it
    ("Today, OFAC designated Marek Ostrava. A Treasury spokesperson said Ostrava was previously the director of Vanta "
     "Trade LLC.", False),
    ("Today, OFAC designated Marek Ostrava. A Treasury spokesperson said Ostrava was the director of Vanta Trade LLC "
     "until 2019.", False),
    ("Today, OFAC designated Marek Ostrava. Ostrava was the director of Vanta Trade LLC.", False),
])
def test_the_past_of_reported_speech_is_no_former_post(extract, text, current):
    assert posts_held(extract(text, TODAY)) == {("Marek Ostrava", "Vanta Trade LLC"): ("director", current)}


@pytest.mark.parametrize("text", [
    "Today, OFAC designated Arvid Kessel. Kessel could be joined on the list by his business partner, Jonas Brekke, if "
    "the investigation confirms his role, a Treasury official said.",
    "Today, OFAC designated Arvid Kessel. His business partner, Jonas Brekke, would be on the list too if he kept "
    "trading with Kessel, a Treasury official said.",
])
def test_a_name_that_could_be_on_the_list_is_no_designee(extract, text):
    assert designees(extract(text, TODAY)) == {("Arvid Kessel", OFAC)}


def test_a_name_on_the_list_is_a_designee(extract):
    text = "Today, OFAC designated Arvid Kessel. His business partner, Jonas Brekke, is also on the list, a Treasury official said."
    assert {name for name, _ in designees(extract(text, TODAY))} == {"Arvid Kessel", "Jonas Brekke"}


@pytest.mark.parametrize("text, designated", [
    ("Today, OFAC designated Nordvik Trading AS and Arvid Kessel.", {"Nordvik Trading AS", "Arvid Kessel"}),
    ("Today, OFAC designated Nordvik Trading AS, which is owned by Arvid Kessel.", {"Nordvik Trading AS"}),
    ("Today, OFAC designated Nordvik Shipping AS (Nordvik), a Norway-based company.", {"Nordvik Shipping AS"}),
])
def test_a_firm_whose_legal_form_is_as_is_designated(extract, text, designated):
    assert designees(extract(text, TODAY)) == {(name, OFAC) for name in designated}


def test_a_post_until_a_past_year_after_a_firm_named_as_is_former(extract):
    text = ("Today, OFAC designated Marta Lind, the director of Nordvik Trading AS until 2022, and Arvid Kessel, its "
            "current director.")
    assert posts_held(extract(text, TODAY)) == {("Marta Lind", "Nordvik Trading AS"): ("director", False),
                                                ("Arvid Kessel", "Nordvik Trading AS"): ("director", True)}


@pytest.mark.parametrize("text, current", [
    ("Today, OFAC designated Marta Lindqvist. Lindqvist was appointed director of Nordvik Trading Ltd last week.", True),
    ("Today, OFAC designated Marta Lindqvist, who was named chief executive of Nordvik Trading Ltd in March.", True),
    # guards: the clause ends or dates the post
    ("Today, OFAC designated Marta Lindqvist, who was appointed director of Nordvik Trading Ltd in 2015 and "
     "dismissed in 2019.", False),
    ("Today, OFAC designated Marta Lindqvist, who was previously appointed director of Nordvik Trading Ltd.", False),
])
def test_a_post_one_was_appointed_to_is_held(extract, text, current):
    held = posts_held(extract(text, TODAY))
    assert len(held) == 1 and next(iter(held.values()))[1] is current


@pytest.mark.parametrize("text, expected", [
    ("Today, OFAC designated Ruta Kelmer, whose father is the director of Vanta Trade LLC.", set()),
    ("Today, OFAC designated Ruta Kelmer, whose father, Oskar Kelmer, is the director of Vanta Trade LLC.",
     {("Oskar Kelmer", "Vanta Trade LLC", "director")}),
    ("Today, OFAC designated Ruta Kelmer. Kelmer said her brother is the director of Vanta Trade LLC.", set()),
    # guard: the relative's apposition holds the post
    ("Today, OFAC designated Ruta Kelmer. Her brother, Oskar Kelmer, is the director of Vanta Trade LLC.",
     {("Oskar Kelmer", "Vanta Trade LLC", "director")}),
])
def test_a_relatives_post_in_a_clause_on_the_person_is_not_hers(extract, text, expected):
    assert posts(extract(text, TODAY)) == expected
