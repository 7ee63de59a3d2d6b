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
