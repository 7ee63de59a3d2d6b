"""Posts lost without a candidate on the study sets' write half, twenty-sixth session (PX; invented texts):

- posts whose head the title lexicon lacked ("the Port Authority's comptroller", "the design bureau's chief
  designer", "the exchange house's cashier", "a counselor at the embassy"): no title, so no rule and no candidate;
- a body's name the model ran over the colon that opens a list of its members ("members of the Velor
  Organization: A, B, and C"): the body's mention swallowed the first name, and every member's post went to that
  fused name."""
from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow

HR = "holds_role"


@pytest.mark.parametrize("text, person, body, role", [
    ("The Korvel Port Authority runs the harbor of Tessa. Borislav Tenev, the Korvel Port Authority's comptroller, "
     "falsified its accounts.", "Borislav Tenev", "Korvel Port Authority", "comptroller"),
    ("The State Department is also designating Orvel Design Bureau's chief designer, Viktor Semyonovich Lapov.",
     "Viktor Semyonovich Lapov", "Orvel Design Bureau", "chief designer"),
    ("Tavrin Exchange House moved the ransoms. Mira Oskane, the cashier of Tavrin Exchange House, counted the cash.",
     "Mira Oskane", "Tavrin Exchange House", "cashier"),
], ids=["comptroller", "chief-designer", "cashier"])
def test_a_post_the_lexicon_lacked_is_read(extract, facts, text, person, body, role):
    facts([r for r in extract(text) if r["subject"]["name"] == person], {(HR, person, body, role)}, kinds=(HR,))


def test_a_body_named_before_a_colon_ends_there(extract, facts):
    text = ("WASHINGTON - Today, the U.S. Department of the Treasury's Office of Foreign Assets Control (OFAC) designated "
            "the Velor Organization, a migrant smuggling group. OFAC is also designating the following three individuals "
            "for being members of the Velor Organization: Ivo Marden, Petar Solin, and Luka Vrana.")
    facts(extract(text), {(HR, name, "Velor Organization", "member") for name in ("Ivo Marden", "Petar Solin", "Luka Vrana")},
          kinds=(HR,))  # exactly the three posts: none at a body with the colon (tightened from a subset, review RP)


@pytest.mark.parametrize("text, expected", [
    ("Velor Bank hired a Mexican private investigator, Ivo Marden, to follow the prosecutors.", set()),
    ("Petar Solin, a Lebanese marriage counselor, met Ivo Marden in Tessa.", set()),
    ("Mira Oskane, a former Venezuelan counsellor, met Ivo Marden in Tessa.", set()),
    ("Petar Solin, a counselor at the Embassy of Korvel in Tessa, moved funds for the Velor Cartel.",
     {(HR, "Petar Solin", "Embassy of Korvel in Tessa", "counselor")}),
], ids=["private-investigator", "marriage-counselor", "counsellor-nationality", "embassy-counselor"])
def test_a_nationality_before_a_job_also_private_names_no_government(extract, facts, text, expected):
    """"investigator" and "counselor" (classes official and diplomat) are private jobs too: the country before them is
    the holder's nationality, so no fallback post at "Government of X" (review RP of 21460e9); a named body still
    holds the post."""
    facts(extract(text), expected, kinds=(HR,))
