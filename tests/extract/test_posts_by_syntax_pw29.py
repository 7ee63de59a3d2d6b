"""Posts the rules did not read, by syntax (twenty-ninth session, PW; invented texts, each with a close sentence that
must give no post):

- a form of address between a post and its holder's name ("Minister of Information Dr. X", "Interior Minister Dr.
  X", "the institute's president, Dr. X", "Its chief of operations, Commissioner X"): the holder is the name after it,
  and the address is no word of the post's field (`roles_address`);
- a head verb over a lower-case unit of a body that the parse names ("commands the cartel's armed wing, known as "Los
  X"", "runs its media wing, Radio Y"): the post is at the named unit (`roles_named_unit`); an unnamed unit stays the
  owning body's (`roles_prose.unit_post`), and a verb that states no post ("funds") gives none."""
from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow

HR = "holds_role"


@pytest.mark.parametrize("text, expected", [
    ("Minister of Information Dr. Carlos Ruiz Mena has directed the closure of outlets.",
     {(HR, "Carlos Ruiz Mena", "Ministry of Information", "Minister of Information")}),
    ("Interior Minister Dr. Carlos Ruiz Mena signed the order.",
     {(HR, "Carlos Ruiz Mena", "Ministry of Interior", "Interior Minister")}),
    ("The Velmar Institute (VI) builds satellites. According to the State Department, the institute's president, "
     "Dr. Farzana Karimi-Dousti, is a former deputy at the space agency.",
     {(HR, "Farzana Karimi-Dousti", "Velmar Institute", "president")}),
    ("The Tessaly National Police arrested the priests. Its chief of operations, Commissioner Carlos Ruiz Mena, "
     "ordered the arrests.", {(HR, "Carlos Ruiz Mena", "Tessaly National Police", "chief of operations")}),
    ("The Minister of Information met Dr. Carlos Ruiz Mena on Monday.", set()),
], ids=["field-then-dr", "minister-then-dr", "apposed-dr", "apposed-commissioner", "met-dr-no-post"])
def test_a_form_of_address_before_the_holder(extract, facts, text, expected):
    facts(extract(text), expected, kinds=(HR,))


@pytest.mark.parametrize("text, expected", [
    ('Los Halcones del Norte (LHN) is a cartel based in Sonora. Carlos Ruiz Mena commands the cartel\'s armed wing, '
     'known as "Los Lobos Negros."', {(HR, "Carlos Ruiz Mena", "Los Lobos Negros", "commander")}),
    ("Frente Unido del Sahel (FUS) is an armed group. Carlos Ruiz Mena runs the group's media wing, Radio Sahel, "
     "which publishes videos.", {(HR, "Carlos Ruiz Mena", "Radio Sahel", "head")}),
    ("Frente Unido del Sahel (FUS) is an armed group. Carlos Ruiz Mena serves as FUS's spokesman and runs its media "
     "wing, Radio Sahel, which publishes videos.",
     {(HR, "Carlos Ruiz Mena", "Frente Unido del Sahel", "spokesman"), (HR, "Carlos Ruiz Mena", "Radio Sahel", "head")}),
    ("Frente Unido del Sahel (FUS) is an armed group. Carlos Ruiz Mena runs the group's media wing, which publishes "
     "videos.", {(HR, "Carlos Ruiz Mena", "Frente Unido del Sahel", "head of the media wing")}),
    ("Frente Unido del Sahel (FUS) is an armed group. Carlos Ruiz Mena funds the group's media wing, Radio Sahel, "
     "which publishes videos.", set()),
    ("Velor Front (VF) is an armed group. Ivo Marden runs its propaganda wing, Sawt al-Varna, which posts videos.",
     {(HR, "Ivo Marden", "Sawt al-Varna", "head")}),
    ("Velmar Trading opened an office in Dubai. Carlos Ruiz Mena runs the company's regional office, Dubai, which "
     "handles sales.", {(HR, "Carlos Ruiz Mena", "Velmar Trading", "head of the regional office")}),
], ids=["known-as", "apposed-name", "coordinated-verb", "unnamed-unit-stays", "funds-no-post", "particle-name",
        "place-no-name"])
def test_a_head_verb_over_a_named_unit(extract, facts, text, expected):
    facts(extract(text), expected, kinds=(HR,))
