"""roles.v1: a body the model tagged elsewhere but not after the title, a force's post for an area, and
"In his role as ..., X" opening the sentence (invented texts, issue 13)."""
from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow

HR = "holds_role"
GUARD = "Islamic Revolutionary Guard Corps"


def test_a_body_named_elsewhere_is_the_titles_body(extract, facts):
    """"Deputy Coordinator of the Basij": the model tagged "Basij" in the first sentence only."""
    relations = extract("Units of the Basij beat protesters, and the Basij's commanders praised them. As the Deputy "
                        "Coordinator of the Basij, Kamran Sadeghi ordered arrests.")
    facts(relations, {(HR, "Kamran Sadeghi", "Basij", "Deputy Coordinator")}, kinds=(HR,))


def test_longer_capitalised_words_are_another_name(extract, facts):
    """"the Kerman Basij" is not exactly the body the document named ("the Basij"): the post is not guessed at the Basij.
    It is at the Kerman Basij, the body the text names after the post's "of" (the model reads it as a person; R20's
    typing makes it the body, as the GUIDELINES annotate it; before R20 no post was found at all)."""
    relations = extract("Units of the Basij beat protesters, and the Basij's commanders praised them. As the Deputy "
                        "Coordinator of the Kerman Basij, Kamran Sadeghi ordered arrests.")
    facts(relations, {(HR, "Kamran Sadeghi", "Kerman Basij", "Deputy Coordinator")}, kinds=(HR,))


def test_fronted_role_phrase_and_a_forces_post_for_a_province(extract, facts):
    """"In his role as the IRGC Commander of Fars Province ..., X": the force is the body, the province is in the post."""
    relations = extract("The Islamic Revolutionary Guard Corps (IRGC) ran the crackdown. In his role as the IRGC Commander "
                        "of Fars Province during the unrest, Kamran Sadeghi ordered the arrests of students.")
    facts(relations, {(HR, "Kamran Sadeghi", GUARD, "Commander of Fars Province")}, kinds=(HR,))


def test_a_role_phrase_after_the_person_stays_his(extract, facts):
    """"X was designated for his role as the commander of Y": the person before "his" (unchanged)."""
    relations = extract("The Islamic Revolutionary Guard Corps (IRGC) ran the crackdown. Kamran Sadeghi was designated for "
                        "his role as the IRGC Commander of Fars Province.")
    facts(relations, {(HR, "Kamran Sadeghi", GUARD, "Commander of Fars Province")}, kinds=(HR,))


def test_a_body_named_elsewhere_opens_a_plural_title(extract, facts):
    """"Velmont co-owners A and B": the model tagged "Velmont" as an organization in another sentence only."""
    relations = extract("Russia-based Velmont Trading LLC (Velmont) has supplied drone parts. In 2023, Velmont shipped the parts "
                        "to a Moscow factory. Velmont co-owners Pavel Orsk (Orsk) and Dmitri Savelov (Savelov) also own "
                        "Estonia-based Kestrel Marine OU.")
    facts(relations, {(HR, "Pavel Orsk", "Velmont Trading LLC", "co-owner"), (HR, "Dmitri Savelov", "Velmont Trading LLC", "co-owner")},
          kinds=(HR,))
