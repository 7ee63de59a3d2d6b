"""Review mends, fifteenth session (issue 13, M22): the mid-session review's items 6, 7, 10 and 13's near miss.

- A negated conjunct of a subject ("The European Union, but not the United Kingdom, sanctioned X") designates nothing.
- An active "listed" designates only when a sanctioning body heads the subject (not "The EU's annual report listed X")
  and the list is no other kind of list ("listed X and Y as partners in a trade mission", "among the importers").
- A head verb's post ("commanded the raid") goes to no body named only in the person's own aside.
- A region as the subject ("Latin America sanctioned X", "South America ...") gives no designation, neither to the
  document's own body nor to the U.S. one.
- A body hyphened to a participle of linkage before a named target ("the X Front-backed Y Bank", "X-aligned Y Bank")
  is no designee.

Texts invented for these tests.
"""
from __future__ import annotations

from functools import partial

import pytest

from markdown_release import extract_markdown
from relation_views import EU, OFAC, UK, designees, posts

pytestmark = pytest.mark.slow


run = partial(extract_markdown, date="2026-03-10")

LEAD = """# Treasury Sanctions Marovian Traders

March 10, 2026

WASHINGTON - Today, the U.S. Department of the Treasury's Office of Foreign Assets Control (OFAC) designated Pavel Ostranik.

"""


def test_a_negated_conjunct_designates_nothing(extract):
    text = LEAD + "The European Union, but not the United Kingdom, sanctioned Velkor Trading LLC in 2024.\n"
    assert designees(run(extract, text)) == {("Pavel Ostranik", OFAC), ("Velkor Trading LLC", EU)}


def test_a_body_owning_the_subject_lists_nothing(extract):
    text = LEAD + "The European Union's annual report listed Velkor Trading LLC among the largest importers of Marovian grain.\n"
    assert designees(run(extract, text)) == {("Pavel Ostranik", OFAC)}


def test_a_list_of_partners_is_no_designation(extract):
    text = LEAD + "The United Kingdom listed Velkor Trading LLC and Korvessa Shipping Ltd as partners in a 2019 trade mission.\n"
    assert designees(run(extract, text)) == {("Pavel Ostranik", OFAC)}


def test_a_sanctions_listing_still_designates(extract):
    text = LEAD + ("The European Union and the United Kingdom listed Velkor Trading LLC in 2023.\n\n"
                   "Canada has listed Korvessa Shipping Ltd under its sanctions regulations.\n\n"
                   "The United Nations Security Council's Marovia Sanctions Committee listed Ilya Varnov in 2022.\n")
    assert designees(run(extract, text)) == {("Pavel Ostranik", OFAC), ("Velkor Trading LLC", EU), ("Velkor Trading LLC", UK),
                                             ("Korvessa Shipping Ltd", "Canada"), ("Ilya Varnov", "United Nations Security Council")}


def test_a_listing_alongside_another_target_still_designates(extract):
    """A companion of the listed target ("alongside Y", "with Y") is another target, not a list of another kind: the
    one readable sentence where M22's "alongside" fired was a sanctions listing of that kind (C7's audit)."""
    text = LEAD + ("The European Union listed Velkor Trading LLC alongside Ilya Varnov in 2024.\n\n"
                   "The United Kingdom listed Korvessa Shipping Ltd with Dravo Marine Services in 2023.\n")
    found = designees(run(extract, text))
    assert ("Velkor Trading LLC", EU) in found and ("Korvessa Shipping Ltd", UK) in found


def test_a_head_verb_gives_no_post_at_a_body_of_the_persons_aside(extract):
    text = LEAD + "Ostranik, a member of the Marovian Armed Forces' Special Operations Command, commanded the raid.\n"
    found = posts(run(extract, text))
    assert ("Pavel Ostranik", "Special Operations Command", "member") in found
    assert {p for p in found if p[2] != "member"} == set()


def test_a_head_verb_over_its_own_object_still_gives_the_post(extract):
    text = LEAD + "Ostranik, a cousin of Ilya Varnov, commands the Marovian Navy.\n"
    assert ("Pavel Ostranik", "Marovian Navy", "commander") in posts(run(extract, text))
    text = LEAD + "Ostranik of the Marovian Fleet commands the fleet's logistics base at Dravo.\n"
    assert ("Pavel Ostranik", "Marovian Fleet", "commander") in posts(run(extract, text))


CANADIAN = """# Canada Sanctions Marovian Traders

March 10, 2026

OTTAWA - Global Affairs Canada today sanctioned Velkor Trading LLC. In 2024, Latin America sanctioned Korvessa Shipping Ltd.
"""


def test_a_region_is_no_sanctioning_body(extract):
    assert designees(run(extract, CANADIAN)) == {("Velkor Trading LLC", "Canada")}
    text = LEAD + "South America sanctioned Korvessa Shipping Ltd in 2024.\n"
    assert designees(run(extract, text)) == {("Pavel Ostranik", OFAC)}


def test_a_body_hyphened_to_a_participle_before_a_named_target_is_no_designee(extract):
    text = LEAD.replace("designated Pavel Ostranik.", "designated Pavel Ostranik and the Marovian Front-backed Korvessa Bank.")
    assert designees(run(extract, text)) == {("Pavel Ostranik", OFAC), ("Korvessa Bank", OFAC)}
