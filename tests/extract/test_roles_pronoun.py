"""roles.v1 (the rules, without the learned scorer): posts whose holder is "he" / "she" opening a later sentence of the
paragraph or bullet ("He previously served as A commander and as the head of B"), and whom the pronoun may name
(invented texts, issue 13)."""
from __future__ import annotations

import pytest

from graphbuild.extract.roles import extract_roles

pytestmark = pytest.mark.slow


def rule_posts(nlp, text: str) -> set[tuple[str, str, str, bool]]:
    doc = nlp.make_doc(text)
    doc.user_data["gb_meta"] = {}
    return {(r.subject.name, r.object.name, r.role, r.current) for r in extract_roles(nlp(doc)) if r.relation == "holds_role"}


def test_a_second_as_phrase_after_the_pronoun_is_a_post_of_its_own(nlp):
    """The parse links both "as" phrases to "served", whose subject is the pronoun: the commander's post has no body
    of its own and takes none from the head's ("as ... and as" are two posts)."""
    assert rule_posts(nlp, "Marek Dolan has served as the director of the Coastal Patrol Service since 2022. Previously, he "
                           "served as Harbor District commander and as the head of the Presidential Escort Guard.") == {
        ("Marek Dolan", "Coastal Patrol Service", "director", True),  # "has served ... since 2022": still held (PV, _past_link)
        ("Marek Dolan", "Presidential Escort Guard", "head", False)}


def test_each_bullet_gives_its_pronoun_the_person_it_opens_with(nlp):
    text = ("- Ilse Brandvik has served as the director of the Regional Audit Office since 2021.\n"
            "- Marek Dolan has served as the director of the Coastal Patrol Service since 2022. Previously, he served as "
            "Harbor District commander and as the head of the Presidential Escort Guard.")
    assert rule_posts(nlp, text) == {
        ("Ilse Brandvik", "Regional Audit Office", "director", True),  # "has served ... since 2021": still held (PV)
        ("Marek Dolan", "Coastal Patrol Service", "director", True),  # "has served ... since 2022": still held (PV, _past_link)
        ("Marek Dolan", "Presidential Escort Guard", "head", False)}


def test_the_last_subject_of_the_paragraph_when_nobody_else_follows_it(nlp):
    """Two people in the paragraph: the pronoun names the one the previous sentence is about (its subject), as
    nobody else is named between that subject and the pronoun."""
    assert rule_posts(nlp, "OFAC designated Ilse Brandvik and Marek Dolan today. Marek Dolan is the director of the "
                           "Coastal Patrol Service. He previously served as the chief of the Northern Naval Brigade.") == {
        ("Marek Dolan", "Coastal Patrol Service", "director", True),
        ("Marek Dolan", "Northern Naval Brigade", "chief", False)}


def test_another_person_after_the_subject_leaves_the_pronoun_unresolved(nlp):
    """"..., which answers to B. He ...": B is named after the subject, so "he" may be either: no post."""
    assert rule_posts(nlp, "OFAC designated Ilse Brandvik and Marek Dolan today. Marek Dolan is the director of the "
                           "Coastal Patrol Service, which answers to Ilse Brandvik. He previously served as the chief of "
                           "the Northern Naval Brigade.") == {("Marek Dolan", "Coastal Patrol Service", "director", True)}


def test_a_pronoun_opening_another_paragraph_names_nobody(nlp):
    assert rule_posts(nlp, "Marek Dolan is the director of the Coastal Patrol Service.\n\nHe previously served as the "
                           "chief of the Northern Naval Brigade.") == {("Marek Dolan", "Coastal Patrol Service", "director", True)}


@pytest.mark.parametrize("sentence, post", [
    ("He also heads the Northern Naval Brigade.", ("Northern Naval Brigade", "head", True)),
    ("He holds the position of deputy director of the Coastal Patrol Service.",
     ("Coastal Patrol Service", "deputy director", True)),
    ("He later became the commander of the Northern Naval Brigade, and in 2020 he was named director of the Coastal "
     "Patrol Service.", None),
], ids=["head-verb", "holds-the-position-of", "named-in-a-second-clause"])
def test_the_pronouns_own_verbs(nlp, sentence, post):
    """A head verb, "holds the position of", and a passive appointing verb whose subject is the pronoun."""
    expected = {("Pavel Dunin", *post)} if post else {("Pavel Dunin", "Northern Naval Brigade", "commander", True),
                                                      ("Pavel Dunin", "Coastal Patrol Service", "director", True)}
    assert rule_posts(nlp, "Pavel Dunin was born in 1970. " + sentence) == expected


def test_commanding_a_groups_fighters_is_no_post_in_the_group(nlp):
    """"commands former Velmont Front fighters": the object is the people; the group's name only describes them."""
    assert rule_posts(nlp, "Pavel Dunin commands former Velmont Front fighters.") == set()


def test_a_relative_named_for_the_tie_is_not_the_pronouns_person(nlp):
    """"X is the son of B. He ...": B is the only name the model types as a person here (it reads X as an organization),
    but B is named for the tie: "he" names nobody rather than B."""
    assert rule_posts(nlp, "Marek Dolan is the son of Ilse Brandvik. He previously served as the chief of the Northern "
                           "Naval Brigade.") == set()


def test_the_subject_before_a_pronoun_is_a_person(nlp):
    """The model reads this name as an organization; "He" opening the next sentence of the paragraph, with no other
    name between, shows it is a person's, and the post is theirs."""
    assert rule_posts(nlp, "Marek Dolan was born in 1970. He also heads the Northern Naval Brigade.") == {
        ("Marek Dolan", "Northern Naval Brigade", "head", True)}


def test_a_firm_before_a_pronoun_stays_a_firm(nlp):
    """A company word keeps the subject a body; "he" then has nobody to name."""
    assert rule_posts(nlp, "Kestrel Shipping Ltd was founded in 2010. He also heads the Northern Naval Brigade.") == set()
