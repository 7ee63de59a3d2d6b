"""Final read mends, fourteenth session (issue 13, M17; invented texts; F1 items 4, 10, ...).

- R30's "It / Both ... by X" reads the stance of its own verb: "It is not / was never directed by X" gives no post,
  "It is no longer directed by X" / "It was run by X until 2015" a former one;
- "B, A's deputy since 2018, runs the guards": a deputy whose start date follows "deputy" keeps the post."""
from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow

HR = "holds_role"
LEAD = "Kestrel Shipping Ltd, a Hong Kong company, received payments. "

@pytest.mark.parametrize("text", [
    LEAD + "It is not directed by Bram Oskar Tellen.",
    LEAD + "It was never directed by Bram Oskar Tellen.",
], ids=["it-is-not", "it-was-never"])
def test_a_negated_pronoun_passive_gives_no_post(extract, facts, text):
    facts(extract(text), set(), kinds=(HR,))

@pytest.mark.parametrize("text, role", [
    (LEAD + "It is no longer directed by Bram Oskar Tellen.", "director"),
    (LEAD + "It was run by Bram Oskar Tellen until 2015.", "head"),
], ids=["no-longer", "until-a-year"])
def test_an_ended_pronoun_passive_gives_a_former_post(extract, facts, text, role):
    found = extract(text)
    facts(found, {(HR, "Bram Oskar Tellen", "Kestrel Shipping Ltd", role)}, kinds=(HR,))
    assert [r["current"] for r in found if r["relation"] == HR] == [False]

def test_a_deputy_since_a_year_keeps_the_post(extract, facts):
    text = ("Rustam Ferat Olmez is the head of the Kesk Detention Facility. Daniyar Bolat Seitov, Olmez's deputy "
            "since 2018, runs the guards.")
    found = extract(text)
    facts(found, {(HR, "Rustam Ferat Olmez", "Kesk Detention Facility", "head"),
                  (HR, "Daniyar Bolat Seitov", "Kesk Detention Facility", "deputy")}, kinds=(HR,))
    assert all(r["current"] for r in found if r["relation"] == HR)


@pytest.mark.parametrize("text", [
    "Bram Oskar Tellen refused to resign as chairman of Pemberly Bank.",
    "Bram Oskar Tellen refused to resign as chairman of Pemberly Bank after the sanctions were imposed.",
    "Bram Oskar Tellen has not resigned as chairman of Pemberly Bank, despite the sanctions.",
    "Bram Oskar Tellen declined to step down as chairman of Pemberly Bank.",
], ids=["refused-to-resign", "refused-after-clause", "has-not-resigned-despite", "declined-to-step-down"])
def test_a_refused_leaving_keeps_the_post(extract, facts, text):
    """F1 item 7: a leaving verb negated or refused ("refused to resign as chairman of Y") says the post is held."""
    found = extract(text)
    facts(found, {(HR, "Bram Oskar Tellen", "Pemberly Bank", "chairman")}, kinds=(HR,))
    assert [r["current"] for r in found if r["relation"] == HR] == [True]


def test_not_leaving_until_a_year_is_a_leaving(extract, facts):
    """"did not resign ... until 2019": he resigned in 2019, the post is a former one (F1 item 7)."""
    found = extract("Bram Oskar Tellen did not resign as chairman of Pemberly Bank until 2019.")
    facts(found, {(HR, "Bram Oskar Tellen", "Pemberly Bank", "chairman")}, kinds=(HR,))
    assert [r["current"] for r in found if r["relation"] == HR] == [False]


@pytest.mark.parametrize("text", [
    "Norway, Tuesday, imposed sanctions on Kestrel Shipping Ltd. The United Kingdom sanctioned Larkspur Marine FZE in March.",
    "Norway, May 4, imposed sanctions on Kestrel Shipping Ltd. The United Kingdom sanctioned Larkspur Marine FZE in March.",
], ids=["weekday-aside", "month-day-aside"])
def test_a_date_aside_after_the_subject_is_no_dateline(extract, facts, text):
    """F1 item 6: "<Country>, Tuesday, imposed ..." names its actor; the designee goes to no other sanctioning body."""
    facts(extract(text), {("designated_by", "Larkspur Marine FZE", "United Kingdom", None)}, kinds=("designated_by",))


def test_who_names_a_person_the_model_left_untagged(extract, facts):
    """F1 item 5: "A, who is the director of Y, and her deputy, B": A holds the director's post only, whether or not
    the model tagged A a person."""
    text = "OFAC designated Ilse Varnholt Brenn, who is the director of Pemberly Bank, and her deputy, Bram Oskar Tellen."
    facts(extract(text), {(HR, "Ilse Varnholt Brenn", "Pemberly Bank", "director"),
                          (HR, "Bram Oskar Tellen", "Pemberly Bank", "deputy")}, kinds=(HR,))


def test_under_a_former_title_stays_out_of_the_role(extract, facts):
    """F1 item 9: "under former President X" is a preposition before the title, not a word of the role."""
    found = extract("The United States and Norway criticised the Government of Venezuela, under former President Bram "
                    "Oskar Tellen, for the crackdown of 2015. Sweden agreed.")
    facts(found, {(HR, "Bram Oskar Tellen", "Government of Venezuela", "President")}, kinds=(HR,))
    assert [r["current"] for r in found if r["relation"] == HR] == [False]


def test_the_party_of_two_parties_is_neither(extract, facts):
    """F1 item 8: "the party" after two bodies described as parties in one sentence refers to no one of them."""
    text = ("OFAC designated the opposition party Blue Dawn and the ruling party Green Star. The party's chairman, Bram "
            "Oskar Tellen, denied wrongdoing.")
    facts(extract(text), set(), kinds=(HR,))
