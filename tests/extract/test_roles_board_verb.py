"""roles.v1: a board seat whose verb the parse ties to the person rather than the words right after the name
(`roles_board.board_verb_roles`; invented texts, issue 13, H8)."""
from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow

HR = "holds_role"


def test_a_seat_verb_coordinated_after_a_copula(extract, facts):
    text = "Norwegian national Eivind Tollefsrud is the owner of Skarvik Trading AS and also sits on the board of directors of Fjordbanken Kreditt ASA."
    facts(extract(text), {(HR, "Eivind Tollefsrud", "Skarvik Trading AS", "owner"),
                          (HR, "Eivind Tollefsrud", "Fjordbanken Kreditt ASA", "member of the board of directors")}, kinds=(HR,))


def test_a_seat_in_a_relative_clause_after_an_appositive(extract, facts):
    text = ("Treasury designated Dmitri Olegovich Varenikov, the general director of Pelikan Avia JSC, who also sits "
            "on the board of directors of Uralmash Holding Corporation.")
    facts(extract(text), {(HR, "Dmitri Olegovich Varenikov", "Pelikan Avia JSC", "general director"),
                          (HR, "Dmitri Olegovich Varenikov", "Uralmash Holding Corporation", "member of the board of directors")},
          kinds=(HR,))


def test_holds_a_seat_on_the_board_after_a_copula_attribute(extract, facts):
    text = "Ibrahim Sidibe is a Malian businessman who also holds a seat on the board of the Bamako Grain Exchange."
    facts(extract(text), {(HR, "Ibrahim Sidibe", "Bamako Grain Exchange", "member of the board of directors")}, kinds=(HR,))


def test_a_negated_seat_is_no_post(extract, facts):
    """Guard: the verb's own negation."""
    text = "Ibrahim Sidibe runs Sahel Grain SARL but does not sit on the board of the Bamako Grain Exchange."
    facts(extract(text), {(HR, "Ibrahim Sidibe", "Sahel Grain SARL", "head")}, kinds=(HR,))


def test_the_seat_of_another_subject_is_not_the_named_persons(extract, facts):
    """Guard: the verb's subject is the brother, not the name before it."""
    text = "Ibrahim Sidibe runs Sahel Grain SARL, and his brother sits on the board of the Bamako Grain Exchange."
    facts(extract(text), {(HR, "Ibrahim Sidibe", "Sahel Grain SARL", "head")}, kinds=(HR,))


def test_the_board_of_a_unit_a_possessor_owns_is_not_the_possessors(extract, facts):
    """Guard: "on the board of Y's trading arm, Z" names no board of Y."""
    text = ("Treasury designated Pavel Ilyich Surovtsev, who sits on the board of Kamaflex's trading arm, "
            "Kamaflex Trading AG.")
    got = [r for r in extract(text) if r["relation"] == HR and r["object"]["name"].startswith("Kamaflex") and "Trading" not in r["object"]["name"]]
    assert not got, got


def test_a_seat_of_a_subject_named_in_apposition_and_kind_words_before_the_body(extract, facts):
    text = ("OFAC designated Idris Warsame Farah today. The firm's owner, Idris Warsame Farah, is a Somali businessman "
            "who also holds a seat on the board of the state corporation Berbera Port Authority.")
    facts(extract(text), {(HR, "Idris Warsame Farah", "Berbera Port Authority", "member of the board of directors")},
          kinds=(HR,))
