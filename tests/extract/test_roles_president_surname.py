"""roles.v1: "President <Surname>" with no country in the title (invented texts, issue 13, R13).

A release naming several countries: the head of state holds the post in the government of the country it names at
least twice as often as any other, when the sentence names that country and no other. A U.S. body that supports,
advances or implements "President X's" policy, X named by one word alone, shows X is the U.S. President."""
from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow

HR = "holds_role"

MAIN_COUNTRY = 'WASHINGTON - Today, the U.S. Department of the Treasury sanctioned two Nicaraguan gold companies. The Nicaraguan regime has used gold revenue to repress Nicaraguan citizens. The training center in Nicaragua, by admission of President Valdor himself, trains Nicaraguan police officers. The center was built with help from Russia.'
TWO_COUNTRIES = 'WASHINGTON - Today, the U.S. Department of the Treasury sanctioned two Nicaraguan gold companies. The Nicaraguan regime has used gold revenue to repress Nicaraguan citizens. President Valdor thanked Russia for the training center in Nicaragua. The center was built with help from Russia.'
NO_MAIN_COUNTRY = 'WASHINGTON - Today, the U.S. Department of the Treasury sanctioned two Nicaraguan gold companies. The training center in Nicaragua, by admission of President Valdor himself, trains police officers. The center was built with help from Russia and Russian funds.'
US_POLICY = 'WASHINGTON - Today, the U.S. Department of the Treasury sanctioned three India-based chemical suppliers and a Mexico-based broker. "Treasury will continue to advance President Hollis\'s commitment to end the fentanyl trade," said a Treasury official. The suppliers shipped precursors from India to Mexico.'
NAMED_IN_FULL = 'WASHINGTON - Today, the U.S. Department of the Treasury sanctioned three India-based chemical suppliers and a Mexico-based broker. President Ana Lucia Ferro spoke. "Treasury will continue to support President Ferro\'s reforms against the fentanyl trade," said a Treasury official. The suppliers shipped precursors from India to Mexico.'


def test_the_release_main_country_named_in_the_sentence(extract, facts):
    facts(extract(MAIN_COUNTRY), {(HR, "Valdor", "Government of Nicaragua", "President")}, kinds=(HR,))


@pytest.mark.parametrize("text", [TWO_COUNTRIES, NO_MAIN_COUNTRY], ids=["sentence-names-two", "no-main-country"])
def test_no_government_is_guessed(extract, facts, text):
    facts(extract(text), set(), kinds=(HR,))


def test_a_us_body_advancing_his_policy_shows_the_us_president(extract, facts):
    facts(extract(US_POLICY), {(HR, "Hollis", "Government of the United States", "President")}, kinds=(HR,))


def test_a_president_named_in_full_is_not_taken_for_the_us_one(extract, facts):
    facts(extract(NAMED_IN_FULL), set(), kinds=(HR,))
