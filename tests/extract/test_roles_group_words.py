"""roles.v1: posts in a cartel or armed group named by "boss" / "lieutenant" (invented texts, issue 13, probe class
"group": a member or leader of a cartel, armed group or hacking group)."""
from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow

HR = "holds_role"


def test_a_plaza_boss_of_a_group(extract, facts):
    relations = extract("Petr Halas is a plaza boss for the Northern Liberation Army.")
    facts(relations, {(HR, "Petr Halas", "Northern Liberation Army", "plaza boss")}, kinds=(HR,))


def test_plural_bosses_keep_the_double_s(extract, facts):
    relations = extract("Petr Halas and Lena Varga are plaza bosses for the Northern Liberation Army.")
    facts(relations, {(HR, "Petr Halas", "Northern Liberation Army", "plaza boss"),
                      (HR, "Lena Varga", "Northern Liberation Army", "plaza boss")}, kinds=(HR,))


def test_a_lieutenant_of_a_group(extract, facts):
    relations = extract("Petr Halas, a top lieutenant of the Northern Liberation Army, moved the weapons.")
    facts(relations, {(HR, "Petr Halas", "Northern Liberation Army", "top lieutenant")}, kinds=(HR,))


def test_a_lieutenant_to_a_person_holds_no_post(extract, facts):
    relations = extract("Petr Halas, a lieutenant to Lena Varga, moved the weapons.")
    facts(relations, set(), kinds=(HR,))


@pytest.mark.parametrize("text, body", [
    ("Norte\u00f1o Cartel leader Petr Halas moved the cocaine.", "Norte\u00f1o Cartel"),
    ("Petr Halas, the Los Cuervos cartel leader, moved the cocaine.", "Los Cuervos cartel"),
], ids=["capitalised-group-noun", "appositive-lower-case-group-noun"])
def test_a_group_named_before_the_title(extract, facts, text, body):
    """The model reads the group's name as a place; with the group noun after it, it names the group."""
    facts(extract(text), {(HR, "Petr Halas", body, "leader")}, kinds=(HR,))


@pytest.mark.parametrize("text", ["Russian gang leader Petr Halas moved the cocaine.",
                                  "Colombia cartel leader Petr Halas moved the cocaine."], ids=["nationality", "country"])
def test_a_country_before_a_group_noun_names_no_body(extract, facts, text):
    """"Russian gang leader": no group is named, and a gang leader holds no post in the country's government."""
    facts(extract(text), set(), kinds=(HR,))
