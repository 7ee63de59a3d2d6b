"""A post's field is no part of the name after it (graphbuild/nlp/not_names.py): "Secretary of State for Coastal
Affairs X Y" names X Y, not "Coastal Affairs X Y"."""
from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow

HR = "holds_role"


def test_field_of_a_state_post_is_cut_from_the_name(extract, facts):
    text = ('The Department of State supports the action. "We will not relent," said Deputy Assistant Secretary of State '
            "for Coastal Affairs Mira Tennant Holloway.")
    facts(extract(text, {"date": "2024-05-02"}), {
        (HR, "Mira Tennant Holloway", "U.S. Department of State", "Deputy Assistant Secretary of State for Coastal Affairs"),
    })


def test_field_before_a_double_surname_is_cut_from_the_name(extract, facts):
    text = ('"Networks that hide cargo behind shell firms will be exposed," said Acting Assistant Secretary of the Treasury '
            "for Terrorist Financing Ada Oldfield-Brandt.")
    facts(extract(text, {"date": "2024-05-02"}), {
        (HR, "Ada Oldfield-Brandt", "U.S. Department of the Treasury",
         "Acting Assistant Secretary of the Treasury for Terrorist Financing"),
    })


def test_name_after_the_last_item_of_a_field_list_is_found(extract, facts):
    text = ('"The regime funds its missile programs by stealing from firms and people around the world," said Assistant '
            "Secretary of the Treasury for Terrorist Financing and Financial Crimes Greta Lindqvist. \"We are exposing them.\"")
    facts(extract(text, {"date": "2024-05-02"}), {
        (HR, "Greta Lindqvist", "U.S. Department of the Treasury",
         "Assistant Secretary of the Treasury for Terrorist Financing and Financial Crimes"),
    })
