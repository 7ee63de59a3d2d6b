"""roles.v1: posts listed in one clause ("Minister of A, Minister of B, and Minister of C") and "he" after
a paragraph that names a second person only as a possessor (invented texts, issue 13)."""
from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow

HR = "holds_role"
LISTED = {(HR, "Hector Ruiz Lamar", "Ministry of Higher Education", "Minister of Higher Education"),
          (HR, "Hector Ruiz Lamar", "Ministry of Industry", "Minister of Industry"),
          (HR, "Hector Ruiz Lamar", "Ministry of Energy", "Minister of Energy")}


def test_each_post_of_a_serial_list_is_held(extract, facts):
    """Every title of "A, B, and C" is a post of the subject, each at the body its title implies; "previously": former."""
    relations = extract("Hector Ruiz Lamar previously served as Minister of Higher Education, Minister of Industry, "
                        "and Minister of Energy.")
    facts(relations, LISTED, kinds=(HR,))
    assert all(r["current"] is False for r in relations if r["relation"] == HR)


def test_commas_without_a_closing_and_join_no_titles(extract, facts):
    """Without the closing "and" the commas are no list of one person's posts."""
    relations = extract("Hector Ruiz Lamar previously served as Minister of Higher Education, Minister of Industry.")
    facts(relations, {(HR, "Hector Ruiz Lamar", "Ministry of Higher Education", "Minister of Higher Education")}, kinds=(HR,))


def test_he_after_a_possessor_is_the_paragraph_subject(extract, facts):
    """"X has been Y's chief of staff. He previously served as ...": Y is named for the post; "he" is X."""
    relations = extract("Hector Ruiz Lamar has been Dario Ortelli's chief of staff since 2019. He previously served as "
                        "Minister of Higher Education, Minister of Industry, and Minister of Energy.")
    facts(relations, LISTED, kinds=(HR,))


def test_he_stays_unresolved_between_two_subjects(extract, facts):
    """Two people who are both subjects leave "he" unresolved: no post is guessed."""
    relations = extract("Hector Ruiz Lamar bought the villa and Dario Ortelli sold it. He previously served as "
                        "Minister of Energy.")
    facts(relations, set(), kinds=(HR,))


def test_a_fronted_plural_post_is_each_listed_persons(extract, facts):
    """"As senior members of Y, A, B, and C have ...": every coordinated name holds the plural post."""
    relations = extract("As senior Ruritanian ISIS members, Dawud Karimi, Samir Otaki, and Fadi Lunar have counselled recruits.")
    facts(relations, {(HR, "Dawud Karimi", "ISIS", "member"), (HR, "Samir Otaki", "ISIS", "member"),
                      (HR, "Fadi Lunar", "ISIS", "member")}, kinds=(HR,))


def test_a_fronted_singular_post_is_only_the_first_name(extract, facts):
    """"As the leader of Y, A and B ...": a singular post belongs to the name right after it."""
    relations = extract("As the leader of ISIS in Ruritania, Dawud Karimi and Samir Otaki have counselled recruits.")
    facts(relations, {(HR, "Dawud Karimi", "ISIS", "leader")}, kinds=(HR,))


def test_a_field_the_model_read_as_a_person_closes_the_list(extract, facts):
    """"Minister of Science, Technology, and Intermediary Industry": the last field is part of the ministry's name."""
    relations = extract("Hector Ruiz Lamar previously served as Minister of Higher Education, Minister of Industry, and "
                        "Minister of Science, Technology, and Intermediary Industry.")
    science = "Minister of Science, Technology, and Intermediary Industry"
    facts(relations, {(HR, "Hector Ruiz Lamar", "Ministry of Higher Education", "Minister of Higher Education"),
                      (HR, "Hector Ruiz Lamar", "Ministry of Industry", "Minister of Industry"),
                      (HR, "Hector Ruiz Lamar", "Ministry of Science, Technology, and Intermediary Industry", science)},
          kinds=(HR,))
