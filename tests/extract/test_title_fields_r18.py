"""A post's field closing with a diplomatic field or a part of the world is no part of the name after it
(graphbuild/nlp/not_names.py, R18): "Minister of Economy and Commerce X Y" names X Y, not "Commerce X Y"; a
"Minister for Europe" heads no "Ministry of Europe" (graphbuild/extract/titles.py)."""
from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow

HR = "holds_role"


def test_region_field_of_a_state_post_is_cut_from_the_name(extract, facts):
    text = ('"We act today," said Deputy Assistant Secretary of State for Southeast Asia Laura Jean Whitmore. '
            '"We will act again."')
    facts(extract(text, {"date": "2024-05-02"}), {
        (HR, "Laura Jean Whitmore", "U.S. Department of State", "Deputy Assistant Secretary of State for Southeast Asia"),
    })


def test_region_field_read_as_a_place_is_cut_from_the_name(extract, facts):
    text = '"This is a crackdown," said Deputy Assistant Secretary of State for Southeast Asia Marla Oyelaran. "We act."'
    facts(extract(text, {"date": "2024-05-02"}), {
        (HR, "Marla Oyelaran", "U.S. Department of State", "Deputy Assistant Secretary of State for Southeast Asia"),
    })


def test_commerce_field_of_a_minister_is_cut_from_the_name(extract, facts):
    text = "He met Minister of Economy and Commerce Aigerim Toktobekova to discuss the plan."
    facts(extract(text, {"date": "2024-05-02"}), {
        (HR, "Aigerim Toktobekova", "Ministry of Economy and Commerce", "Minister of Economy and Commerce"),
    })


def test_rights_field_of_an_under_secretary_is_cut_from_the_name(extract, facts):
    text = ('"This is wrong," said Under Secretary of State for Civilian Security, Democracy, and Human Rights Dorit '
            "Selwyn in a statement.")
    facts(extract(text, {"date": "2024-05-02"}), {
        (HR, "Dorit Selwyn", "U.S. Department of State",
         "Under Secretary of State for Civilian Security, Democracy, and Human Rights"),
    })


def test_minister_for_a_region_heads_no_ministry_of_it(extract, facts):
    text = '"Our sanctions show that cruelty has consequences," said UK Minister for Europe Sarah Colby.'
    facts(extract(text, {"date": "2024-05-02"}), {
        (HR, "Sarah Colby", "United Kingdom", "Minister for Europe"),
    })
