"""Wrong facts of P9's "until", "-elect" and candidacy rules and of L6's controlled "being" that review V7 found
(fifteenth session, issue 13, M20). Texts and names invented for these tests; each (person, body) -> (role, current)
is exact, and each case failed before the mend.

- "until" makes a post former only when its end has come and only in the clause that writes the post: a present-tense
  post held to an open or future end ("serves as director until the board appoints a successor", "until further
  notice", "whose term runs until 2027") is current, and so is one stated held in another conjunct ("... until 2020
  and has since been its leader", "; he remains its leader").
- A "-elect" post goes through the negation, "no longer", "until" and hedge checks like any other.
- A candidacy or campaign drops only the post sought, not a post stated as held beside it, nor a seat won.
- "stopped / ceased being the chairman of Y" is a former post.
"""
from __future__ import annotations

import pytest

from markdown_release import extract_markdown
from relation_views import posts_held

pytestmark = pytest.mark.slow

DATE = "2026-03-10"


def _hedges(relations: list[dict]) -> dict[tuple[str, str], list]:
    """(person, body) -> the hedging words of each post's evidence."""
    return {(r["subject"]["name"], r["object"]["name"]): [e.get("hedge") or "" for e in r["evidence"]]
            for r in relations if r["relation"] == "holds_role"}


def _release(sentence: str) -> str:
    return f"# Treasury Sanctions Officials\n\nOFAC designated Ruslan Tegg. {sentence}\n"


OPEN_ENDS = [
    ("Tegg serves as director of Corvane Bank until the board appoints a successor.", "Corvane Bank", "director"),
    ("Tegg is the acting director of Corvane Bank until a new director is elected.", "Corvane Bank", "acting director"),
    ("Tegg remains the chairman of Corvane Bank until his term ends in 2027.", "Corvane Bank", "chairman"),
    ("Tegg serves as the chairman of Corvane Bank until further notice.", "Corvane Bank", "chairman"),
    ("Tegg heads the Kandari Border Directorate until the election in May.", "Kandari Border Directorate", "head"),
    ("Tegg has been appointed chairman of Corvane Bank until 2029.", "Corvane Bank", "chairman"),
]


@pytest.mark.parametrize("sentence,body,role", OPEN_ENDS)
def test_a_post_held_now_to_an_open_or_future_end_is_current(extract, sentence, body, role):
    assert posts_held(extract_markdown(extract, _release(sentence), DATE)) == {("Ruslan Tegg", body): (role, True)}


APPOSED_OPEN_ENDS = [
    ("Ruslan Tegg, the chairman of Corvane Bank until at least 2028 under a new contract.", "Corvane Bank", "chairman"),
    ("Ruslan Tegg, whose term as governor of the Central Bank of Kandar runs until 2027.", "Central Bank of Kandar",
     "governor"),
]


@pytest.mark.parametrize("designee,body,role", APPOSED_OPEN_ENDS)
def test_an_apposition_to_a_future_end_is_current(extract, designee, body, role):
    text = f"# Treasury Sanctions Officials\n\nOFAC designated {designee}\n"
    assert posts_held(extract_markdown(extract, text, DATE)) == {("Ruslan Tegg", body): (role, True)}


PAST_ENDS = """# Treasury Sanctions Officials

OFAC designated Ruslan Tegg, the director of Corvane Bank until 2023, and Ilse Varno. Varno served as the treasurer of the Varela Cartel until she fled in 2021.
"""


def test_a_post_whose_end_has_come_is_former(extract):
    assert posts_held(extract_markdown(extract, PAST_ENDS, DATE)) == {
        ("Ruslan Tegg", "Corvane Bank"): ("director", False),
        ("Ilse Varno", "Varela Cartel"): ("treasurer", False),
    }


def test_an_until_in_another_conjunct_leaves_the_post_current(extract):
    text = _release("Tegg, who led the Varela Cartel's finances until 2020, has since been the cartel's leader.")
    assert posts_held(extract_markdown(extract, text, DATE)) == {("Ruslan Tegg", "Varela Cartel"): ("leader", True)}
    text = """# Treasury Sanctions Officials

OFAC designated Ruslan Tegg, who led the Varela Cartel's finances until 2020 and has since been the cartel's leader.
"""
    assert posts_held(extract_markdown(extract, text, DATE)) == {("Ruslan Tegg", "Varela Cartel"): ("leader", True)}


def test_an_elect_post_is_no_longer_held_ended_or_hedged_like_any_other(extract):
    union = ("Ruslan Tegg", "Kandari Football Union")
    ended = extract_markdown(extract, _release("Tegg is no longer the president-elect of the Kandari Football Union."), DATE)
    assert posts_held(ended) == {union: ("president-elect", False)}
    annulled = _release("Tegg was the president-elect of the Kandari Football Union until the vote was annulled in May.")
    assert posts_held(extract_markdown(extract, annulled, DATE)) == {union: ("president-elect", False)}
    hedged = extract_markdown(extract, _release("Tegg is the alleged president-elect of the Kandari Football Union."), DATE)
    assert posts_held(hedged) == {union: ("president-elect", True)}
    assert _hedges(hedged) == {union: ["alleged"]}


HELD_BESIDE_A_CANDIDACY = [
    ("Tegg, who campaigned for the Kandari Unity Party, is the party's treasurer.", "Kandari Unity Party", "treasurer"),
    ("Tegg, a former candidate for the board of Corvane Bank, now serves as its chairman.", "Corvane Bank", "chairman"),
    ("Tegg, who ran for president of the Kandari Football Union in 2019, has been the union's general secretary "
     "since 2015.", "Kandari Football Union", "general secretary"),
    ("Tegg, who stood for the Kandari Parliament in 2020 and won a seat, is a member of the Kandari Parliament.",
     "Kandari Parliament", "member"),
]


@pytest.mark.parametrize("sentence,body,role", HELD_BESIDE_A_CANDIDACY)
def test_a_post_held_beside_a_candidacy_is_kept(extract, sentence, body, role):
    assert posts_held(extract_markdown(extract, _release(sentence), DATE)) == {("Ruslan Tegg", body): (role, True)}


def test_stopping_being_the_chairman_is_a_former_post(extract):
    for verb in ("stopped", "ceased"):
        text = _release(f"Tegg {verb} being the chairman of Corvane Bank in 2020.")
        assert posts_held(extract_markdown(extract, text, DATE)) == {("Ruslan Tegg", "Corvane Bank"): ("chairman", False)}
