"""roles.v1: one person's post, then a list of bodies ("X is the registered owner of the following three companies:"
and one body per item): X holds the post at each listed body, whatever the list's layout (bullets, numbers, lines
ending in ";"). Not posts: an intro naming two people, an intro with no post or with "controls" (GUIDELINES:
ownership by a person is none unless a title states it), a list of designees. Invented texts (issue 13, R16)."""
from __future__ import annotations

import pytest
from markdown_release import extract_markdown

pytestmark = pytest.mark.slow

HR = "holds_role"

OPENING = ("Treasury Sanctions Procurement Network\n\nWASHINGTON - Today, the U.S. Department of the Treasury's Office of "
           "Foreign Assets Control (OFAC) designated a network that procures drone parts.\n\n")
CLOSING = "\n\nAll property of these persons in the United States is blocked.\n"
BODIES = ["Corvane Trading Limited", "Belmarsh Logistics LLC", "Tessaly Components SIA"]


def _release(intro: str, items: list[str]) -> str:
    return OPENING + intro + "\n\n" + "\n".join(items) + CLOSING


BULLETS = ["- **Corvane Trading Limited**, located in Latvia.", "- **Belmarsh Logistics LLC**, located in the United Arab Emirates.",
           "- **Tessaly Components SIA**, located in Latvia."]
NUMBERS = ["1. Corvane Trading Limited, a freight forwarder in Riga.", "2. Belmarsh Logistics LLC, a trading company in Dubai.",
           "3. Tessaly Components SIA, an electronics wholesaler."]
SEMICOLONS = ["Corvane Trading Limited, a freight forwarder in Riga;", "Belmarsh Logistics LLC, a trading company in Dubai; and",
              "Tessaly Components SIA, an electronics wholesaler."]


@pytest.mark.parametrize("intro, items, person, role", [
    ("Riga-based broker **Dmitri Arkadyevich Solnin** is the public, registered owner of the following three companies:",
     BULLETS, "Dmitri Arkadyevich Solnin", "registered owner"),
    ("**Dmitri Arkadyevich Solnin**, a Latvian national, is the director of the following companies, each of which is "
     "designated today:", NUMBERS, "Dmitri Arkadyevich Solnin", "director"),
    ("**Dmitri Arkadyevich Solnin** manages the following front companies:", SEMICOLONS,
     "Dmitri Arkadyevich Solnin", "manager"),
], ids=["bullets-owner", "numbers-director", "semicolons-manages"])
def test_the_post_is_held_at_each_listed_body(extract, facts, intro, items, person, role):
    found = extract_markdown(extract, _release(intro, items))
    facts(found, {(HR, person, body, role) for body in BODIES}, kinds=(HR,))


def test_two_titles_are_each_held_at_each_body(extract, facts):
    intro = "**Dmitri Arkadyevich Solnin** is the founder and legal representative of the following companies:"
    found = extract_markdown(extract, _release(intro, BULLETS))
    facts(found, {(HR, "Dmitri Arkadyevich Solnin", body, role) for body in BODIES for role in ("founder", "legal representative")},
          kinds=(HR,))


@pytest.mark.parametrize("intro", [
    "**Dmitri Arkadyevich Solnin**, who succeeded Oleg Viktorovich Marchuk, is the owner of the following companies:",
    "**Dmitri Arkadyevich Solnin** controls the following companies:",
    "**Dmitri Arkadyevich Solnin** is associated with the following companies:",
    "Alongside **Dmitri Arkadyevich Solnin**, OFAC designated the following:",
], ids=["two-persons", "controls", "no-post", "designees"])
def test_no_post_without_one_person_and_a_post(extract, facts, intro):
    found = extract_markdown(extract, _release(intro, BULLETS))
    facts(found, set(), kinds=(HR,))
