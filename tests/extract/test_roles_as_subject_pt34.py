"""A post named after "as" on any verb of its holder (thirty-fourth session, PT; issue 13).

"X keeps the books as Y's chief accountant", "X was installed by Z as deputy governor of Y", "X, a Turkish national
who owns and serves as chairman of the board of Y": the parse reading took an "as" phrase only after a verb of holding
a post, the title's last word ("board") for its head, and a relative clause's subject only when it was a name. Close
texts give no post: a verb of pretence, a person as the verb's object, a subject that is not the name, a relative
clause on another noun, "as" inside a guest's description. Names, bodies and places invented for these tests.
"""
from __future__ import annotations

import pytest

from markdown_release import extract_markdown
from relation_views import HR

pytestmark = pytest.mark.slow

HEAD = "# Treasury Sanctions Gold Smugglers\n\nWASHINGTON - Today, the Department of the Treasury's Office of Foreign Assets Control (OFAC) designated Velkor Gold Trading LLC. "


def _posts(relations: list[dict]) -> set[tuple[str, str, str, bool]]:
    return {(r["subject"]["name"], r["object"]["name"], r["role"], r["current"]) for r in relations if r["relation"] == HR}


def _posts_of(extract, text: str) -> set[tuple[str, str, str, bool]]:
    return _posts(extract_markdown(extract, HEAD + text + "\n"))


def test_a_post_after_as_on_a_verb_of_work(extract):
    assert _posts_of(extract, "Karim Dastan Velo keeps the books as chief accountant of Norvale Shipping Ltd.") == {
        ("Karim Dastan Velo", "Norvale Shipping Ltd.", "chief accountant", True)}


def test_a_possessed_post_after_as(extract):
    assert _posts_of(extract, "Karim Dastan Velo keeps the books as Norvale Shipping Ltd's chief accountant and converts "
                              "its revenue into rubles.") == {
        ("Karim Dastan Velo", "Norvale Shipping Ltd", "chief accountant", True)}


def test_a_post_after_as_on_a_verb_of_acting(extract):
    assert _posts_of(extract, "Karim Dastan Velo signs the contracts as the director of Norvale Shipping Ltd.") == {
        ("Karim Dastan Velo", "Norvale Shipping Ltd.", "director", True)}


def test_a_passive_with_its_agent_before_as(extract):
    """The parse hangs "as" on the agent's noun ("the militia as"): the passive's subject holds the post."""
    assert _posts_of(extract, "Karim Dastan Velo was installed by the militia as deputy governor of the Central Bank "
                              "of Lorne.") == {("Karim Dastan Velo", "Central Bank of Lorne", "deputy governor", True)}


def test_a_relative_clause_on_the_names_appositive(extract):
    assert _posts_of(extract, "Karim Dastan Velo, a Turkish national who owns and serves as chairman of the board of "
                              "Norvale Shipping Ltd, shipped the tools.") == {
        ("Karim Dastan Velo", "Norvale Shipping Ltd", "chairman of the board", True)}


def test_a_pretence_states_no_post(extract):
    assert _posts_of(extract, "Karim Dastan Velo posed as a manager of Norvale Shipping Ltd to open the accounts.") == set()


def test_the_verbs_person_object_not_its_subject_holds_the_post(extract):
    assert _posts_of(extract, "Anna Lise Brandt described Karim Dastan Velo as the director of Norvale Shipping Ltd.") == {
        ("Karim Dastan Velo", "Norvale Shipping Ltd.", "director", True)}


def test_a_pronoun_object_takes_the_post_from_the_subject(extract):
    assert _posts_of(extract, "Anna Lise Brandt described him as the director of Norvale Shipping Ltd.") == set()


def test_a_subject_that_is_not_the_name_gives_it_no_post(extract):
    assert _posts_of(extract, "Karim Dastan Velo's brother keeps the books as chief accountant of Norvale Shipping "
                              "Ltd.") == set()


def test_a_relative_clause_on_another_noun_gives_the_name_no_post(extract):
    assert _posts_of(extract, "Karim Dastan Velo, the brother of a banker who serves as chairman of Norvale Shipping "
                              "Ltd, shipped the tools.") == set()


def test_a_guest_of_a_post_holder_holds_no_post(extract):
    assert _posts_of(extract, "Karim Dastan Velo traveled to Lorne as a guest of the chairman of Norvale Shipping "
                              "Ltd.") == set()


@pytest.mark.parametrize("text", [
    "Karim Dastan Velo installed his nephew as director of Norvale Shipping Ltd.",
    "Karim Dastan Velo sent his son as an envoy of Norvale Shipping Ltd.",
    "Karim Dastan Velo used a close associate as the nominal owner of Norvale Shipping Ltd.",
])
def test_a_relative_or_other_person_as_the_verbs_object_gives_the_subject_no_post(extract, text):
    """The "as" phrase of a verb whose object is a person named by a common noun (kin, an associate) is
    that person's, never the subject's (review rpt: the subject took it); the relative is not named, so no post."""
    assert _posts_of(extract, text) == set()


@pytest.mark.parametrize("text", [
    "Karim Dastan Velo was rejected as director of Norvale Shipping Ltd.",
    "Karim Dastan Velo was proposed as director of Norvale Shipping Ltd.",
    "Karim Dastan Velo was recommended by the bank as the next director of Norvale Shipping Ltd.",
])
def test_a_candidacy_states_no_post(extract, text):
    """A verb of putting someone forward for a post or turning them down names a post not (yet) held (review rpt: the
    any-verb reading gave it as held)."""
    assert _posts_of(extract, text) == set()
