"""A name's appositive closed by a comma, then a time adverb and the service verb: "Its director, X, previously
worked as a Z at Y" (issue 13, nineteenth session, H7). Invented texts."""
from __future__ import annotations

import pytest
from markdown_release import extract_markdown

pytestmark = pytest.mark.slow

HEAD = ("# Treasury Sanctions Procurement Network\n\nToday, the Department of the Treasury's Office of Foreign Assets "
        "Control (OFAC) designated two companies and two individuals.\n\n**Velmar Trading LLC** sells machine tools. ")


def _posts(extract, text: str, person: str) -> set[tuple[str, str, bool]]:
    return {(r["object"]["name"], r["role"], r["current"]) for r in extract_markdown(extract, HEAD + text + "\n")
            if r["relation"] == "holds_role" and r["subject"]["name"] == person}


@pytest.mark.parametrize("text, body, role", [
    pytest.param("Velmar Trading's director, **Karl Weber**, previously worked as a procurement manager at "
                 "**Ostrava Instruments JSC**.", "Ostrava Instruments JSC", "procurement manager", id="worked-at"),
    pytest.param("The company's chairman, **Karl Weber**, previously served as a brigade commander in the Ruritanian "
                 "Armed Forces before joining the firm.", "Ruritanian Armed Forces", "brigade commander", id="served-in"),
    pytest.param("Its director, **Karl Weber**, formerly worked as a press officer in the Presidential Administration "
                 "of Ruritania.", "Presidential Administration of Ruritania", "press officer", id="formerly-of"),
])
def test_a_past_post_after_the_appositive_name(extract, text, body, role):
    """The name's present post from the appositive, the past one from the verb after the adverb."""
    posts = _posts(extract, text, "Karl Weber")
    assert (body, role, False) in posts
    assert {b for b, _, _ in posts} == {"Velmar Trading LLC", body}


def test_the_verb_after_another_word_is_not_read(extract):
    """", reportedly paid as a consultant by Y": no service verb after the adverb, no post at Y."""
    text = ("Its director, **Karl Weber**, previously paid as a consultant the staff of **Ostrava Instruments JSC**.")
    assert {b for b, _, _ in _posts(extract, text, "Karl Weber")} == {"Velmar Trading LLC"}


def test_a_name_inside_the_subjects_description_is_not_the_subject(extract):
    """"X, the secretary general of a party founded by Y, previously served as ...": the post is X's, never Y's."""
    text = ("**Karel Dvorak** (Dvorak), the secretary general of the Civic Honour Party, a small party founded by "
            "**Anton Brisk**, previously served as the director general of Ruritania's Customs Administration.")
    assert _posts(extract, text, "Anton Brisk") == set()
