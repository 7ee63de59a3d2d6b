"""roles.v1: a head verb whose subject the parse ties to the person rather than the words right after the name, and
"presides over Y" (`roles_head_verb.head_verb_roles`; invented texts, issue 13, H12)."""
from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow

HR = "holds_role"
OPENING = "Treasury designated Tomas Ruiz Vidal. "


def test_a_chair_in_a_relative_clause_on_the_copulas_attribute(extract, facts):
    text = OPENING + "Tomas Ruiz Vidal is a senator in the National Congress of Peru who chairs the Senate's Energy and Mines Committee."
    facts(extract(text), {(HR, "Tomas Ruiz Vidal", "National Congress of Peru", "senator"),
                          (HR, "Tomas Ruiz Vidal", "Energy and Mines Committee", "chairman")}, kinds=(HR,))


def test_a_chair_verb_coordinated_after_a_copula(extract, facts):
    text = OPENING + ("Tomas Ruiz Vidal has been a deputy in the National Congress since 2016 and chairs the Congress's "
                      "Transport Committee, which approves road budgets.")
    facts(extract(text), {(HR, "Tomas Ruiz Vidal", "National Congress", "deputy"),
                          (HR, "Tomas Ruiz Vidal", "Transport Committee", "chairman")}, kinds=(HR,))


def test_presides_over_a_commission(extract, facts):
    text = OPENING + ("Tomas Ruiz Vidal is a deputy in the National Assembly and presides over the Assembly's Budget and "
                      "Planning Commission.")
    facts(extract(text), {(HR, "Tomas Ruiz Vidal", "National Assembly", "deputy"),
                          (HR, "Tomas Ruiz Vidal", "Budget and Planning Commission", "president")}, kinds=(HR,))


def test_presided_is_a_past_post(extract):
    text = OPENING + ("Tomas Ruiz Vidal is a businessman who founded Orinoco Freight Ltd. and presided over the Caracas "
                      "Chamber of Commerce until 2019.")
    got = {(r["object"]["name"], r["role"], r["current"]) for r in extract(text) if r["relation"] == HR}
    assert ("Caracas Chamber of Commerce", "president", False) in got, got


def test_another_subjects_chair_is_not_the_named_persons(extract, facts):
    """Guards: the verb's subject is the brother; a negated verb."""
    for text in (OPENING + "Tomas Ruiz Vidal is a deputy in the National Assembly, and his brother chairs the Assembly's "
                           "Budget and Planning Commission.",
                 OPENING + "Tomas Ruiz Vidal is a deputy in the National Assembly but does not chair the Assembly's "
                           "Budget and Planning Commission."):
        facts(extract(text), {(HR, "Tomas Ruiz Vidal", "National Assembly", "deputy")}, kinds=(HR,))


def test_the_relative_clause_of_a_relative_is_the_relatives_post(extract, facts):
    """Guard: "who" hangs on the mother, whose post it is."""
    text = OPENING + "Tomas Ruiz Vidal is the son of Ana Vidal Soto, who chairs the Senate's Energy and Mines Committee."
    facts(extract(text), {(HR, "Ana Vidal Soto", "Energy and Mines Committee", "chairman")}, kinds=(HR,))


def test_a_thing_the_body_only_modifies_is_no_body(extract):
    """Guards: "manages the Y account" heads no Y; "chairs the board of Y's Singapore affiliate" heads no Y and makes
    no place a body."""
    texts = ("Treasury designated Dorna Exchange Company. Its managing director, Reza Tavakoli Nia (Tavakoli), "
             "personally manages the MODAFL account and coordinates with the ministry.",
             "Treasury designated Kestrel Gulf FZE and Lars Havik. Kestrel Gulf's managing director, Lars Havik, is the "
             "sole shareholder of Kestrel Gulf and also chairs the board of Kestrel Gulf's Singapore affiliate, Kestrel "
             "Pacific Pte. Ltd.")
    for text in texts:
        got = {(r["subject"]["name"], r["object"]["name"]) for r in extract(text) if r["relation"] == HR}
        assert not {o for _, o in got} & {"MODAFL", "Singapore"}, got


def test_a_nickname_the_relative_hangs_on_holds_no_post(extract):
    """Guard: "X, known as "W," who runs Y": the parse hangs "who" on the nickname, read as a person of its own; the
    post is X's or nobody's, never W's."""
    text = 'Among those designated is Wilfrid Augustin, known as "Ti Chef," who runs Bois Noir Transport SARL.'
    got = {r["subject"]["name"] for r in extract(text) if r["relation"] == HR}
    assert "Ti Chef" not in got, got


def test_a_word_of_the_sentence_before_opens_no_nickname(extract):
    """"called for" ends the sentence before: the name after it is no nickname, and its post stays."""
    text = ("Voices inside the country have called for accountability. Nadira Kasimova Aliyeva, a member of Uzbekistan's "
            "Oliy Majlis who chairs its Human Rights Committee, demanded an inquiry.")
    got = {(r["subject"]["name"], r["object"]["name"]) for r in extract(text) if r["relation"] == HR}
    assert ("Nadira Kasimova Aliyeva", "Human Rights Committee") in got, got
