"""A group's name set off by commas after "the <group noun>" is the group (thirty-second session, MB; issue 13).

"The State Department designated the group, X, and its leader, Y": the small model types a group's foreign name
("Jama'at ...", "Saraya ...") a person there, so the group held no post and "its leader" went nowhere.
`nlp.type_evidence._apposed_group` reads the apposition: after "the [modifiers] <group noun>," the name closed by a
comma names the group. Names, groups and texts invented for these tests.
"""
from __future__ import annotations

import pytest

from markdown_release import extract_markdown
from relation_views import DB, HR, STATE

pytestmark = pytest.mark.slow

HEAD = "# State Designates Militants\n\n"


def _types(relations: list[dict]) -> dict[str, str]:
    """designee -> its type."""
    return {r["subject"]["name"]: r["subject"]["type"] for r in relations if r["relation"] == DB}


def test_the_group_apposed_to_its_name_makes_it_a_group_with_a_leader(extract, facts):
    relations = extract_markdown(extract, HEAD + "The State Department designated the group, Jama'at Ahl al-Rimal, and its leader, Musa Kantiri.\n")
    facts(relations, {
        (DB, "Jama'at Ahl al-Rimal", STATE, None),
        (DB, "Musa Kantiri", STATE, None),
        (HR, "Musa Kantiri", "Jama'at Ahl al-Rimal", "leader"),
    })
    assert _types(relations) == {"Jama'at Ahl al-Rimal": "Organization", "Musa Kantiri": "Person"}


def test_the_group_named_in_an_earlier_sentence_holds_the_posts_of_the_groups_people(extract, facts):
    relations = extract_markdown(extract, HEAD + (
        "The State Department said the militia, **Saraya Nur al-Haqq**, was formed in 2021. It designated the group's "
        "leader, **Hamid Farouk al-Basri**, and its military chief, **Adel Mansour**, as Specially Designated Global Terrorists.\n"))
    facts(relations, {
        (DB, "Hamid Farouk al-Basri", STATE, None),
        (DB, "Adel Mansour", STATE, None),
        (HR, "Hamid Farouk al-Basri", "Saraya Nur al-Haqq", "leader"),
        (HR, "Adel Mansour", "Saraya Nur al-Haqq", "military chief"),
    })


@pytest.mark.parametrize("text", [
    # a fronted phrase: the name after the comma is the sentence's subject, a person
    "Within the gang, Musa Kantiri, a former teacher, handles recruitment. The State Department designated Musa Kantiri.",
    # the person's own cue after the name
    "According to the cartel, Musa Kantiri, who was arrested in May, never worked for it. The State Department designated Musa Kantiri.",
])
def test_a_person_after_the_group_noun_and_its_comma_stays_a_person(extract, facts, text):
    relations = extract_markdown(extract, HEAD + text + "\n")
    facts(relations, {(DB, "Musa Kantiri", STATE, None)})
    assert _types(relations) == {"Musa Kantiri": "Person"}


def test_people_listed_after_an_indefinite_group_noun_stay_people(extract, facts):
    relations = extract_markdown(extract, HEAD + "The State Department designated members of a group, Musa Kantiri, Idris Bako and Adel Mansour.\n")
    facts(relations, {(DB, "Musa Kantiri", STATE, None), (DB, "Idris Bako", STATE, None), (DB, "Adel Mansour", STATE, None)})
    assert set(_types(relations).values()) == {"Person"}
