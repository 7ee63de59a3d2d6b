"""Review leftovers of the twenty-fourth session (F): docs/robustness.md "Review leftovers, twenty-fourth session (F)".
Invented texts, exact relations; each new case fails on main 171a433, the guards pass there.
"""
from __future__ import annotations

import pytest

from markdown_release import extract_markdown
from relation_views import OFAC, STATE, designees, posts, posts_with_current

pytestmark = pytest.mark.slow

TODAY = {"date": "2026-11-04"}


@pytest.mark.parametrize("text, expected", [
    ("Teodor Lund, whom Pavel Orlin replaced as the former treasurer of Corvane Shipping LLC, lives in Tarsk.",
     {("Pavel Orlin", "Corvane Shipping LLC", "treasurer", False), ("Teodor Lund", "Corvane Shipping LLC", "treasurer", False)}),
    # guard: without the word, the one who took the post over holds it now (R, twenty-third session)
    ("Teodor Lund, whom Pavel Orlin replaced as treasurer of Corvane Shipping LLC, lives in Tarsk.",
     {("Pavel Orlin", "Corvane Shipping LLC", "treasurer", True), ("Teodor Lund", "Corvane Shipping LLC", "treasurer", False)}),
])
def test_the_titles_own_former_stays_after_a_taking_over_verb(extract, text, expected):
    """"whom X replaced as the former treasurer of Z": the word "former" dates the post for X too (X was made a
    current treasurer)."""
    assert posts_with_current(extract(text, TODAY)) == expected


@pytest.mark.parametrize("text, expected", [
    ("Teodor Lund, whom Pavel Orlin briefly replaced as treasurer of Corvane Shipping LLC in 2017, returned to the post "
     "in 2018.",
     {("Pavel Orlin", "Corvane Shipping LLC", "treasurer", False), ("Teodor Lund", "Corvane Shipping LLC", "treasurer", True)}),
    ("Teodor Lund, whom Pavel Orlin replaced as treasurer of Corvane Shipping LLC, was reinstated in 2019.",
     {("Pavel Orlin", "Corvane Shipping LLC", "treasurer", False), ("Teodor Lund", "Corvane Shipping LLC", "treasurer", True)}),
    # a manner adverb alone: read as without it (it hid the verb)
    ("Teodor Lund, whom Pavel Orlin quietly replaced as treasurer of Corvane Shipping LLC, lives in Tarsk.",
     {("Pavel Orlin", "Corvane Shipping LLC", "treasurer", True), ("Teodor Lund", "Corvane Shipping LLC", "treasurer", False)}),
    # guard: coming back to a place is no post regained
    ("Teodor Lund, whom Pavel Orlin replaced as treasurer of Corvane Shipping LLC in 2017, returned to Tarsk in 2018.",
     {("Pavel Orlin", "Corvane Shipping LLC", "treasurer", True), ("Teodor Lund", "Corvane Shipping LLC", "treasurer", False)}),
])
def test_a_replaced_holder_who_came_back_holds_the_post(extract, text, expected):
    """"Y, whom X briefly replaced as treasurer of Z in 2017, returned to the post in 2018": Y holds it now, X did
    (Y was a current "member", X nothing: the adverb hid the taking-over verb)."""
    assert posts_with_current(extract(text, TODAY)) == expected


@pytest.mark.parametrize("text, expected", [
    ("Pavel Orlin became treasurer of Corvane Shipping LLC in 2018. Pavel Orlin resigned as treasurer of Corvane "
     "Shipping LLC in 2022.", {("Pavel Orlin", "Corvane Shipping LLC", "treasurer", False)}),
    ("Pavel Orlin became treasurer of Corvane Shipping LLC in 2018. He stepped down as treasurer of Corvane Shipping "
     "LLC in 2022.", {("Pavel Orlin", "Corvane Shipping LLC", "treasurer", False)}),
    # guards: a leaving told first ends nothing stated after it; a leaving alone is read as one
    ("Pavel Orlin resigned as treasurer of Corvane Shipping LLC in 2016. Pavel Orlin became treasurer of Corvane "
     "Shipping LLC again in 2020.", {("Pavel Orlin", "Corvane Shipping LLC", "treasurer", True)}),
    ("Pavel Orlin was dismissed as treasurer of Corvane Shipping LLC in 2022.",
     {("Pavel Orlin", "Corvane Shipping LLC", "treasurer", False)}),
])
def test_a_post_left_later_in_the_document_is_former(extract, text, expected):
    """"X became treasurer of Z in 2018. X resigned as treasurer of Z in 2022.": the two statements merge, and the
    later leaving makes the merged post former (it stayed current)."""
    assert posts_with_current(extract(text, TODAY)) == expected


def test_the_leaving_sentence_is_evidence_of_the_merged_post(extract):
    rels = [r for r in extract("Pavel Orlin became treasurer of Corvane Shipping LLC in 2018. Pavel Orlin resigned as "
                               "treasurer of Corvane Shipping LLC in 2022.", TODAY) if r["relation"] == "holds_role"]
    assert [[e["sentence"][:20] for e in r["evidence"]] for r in rels] == [
        ["Pavel Orlin became t", "Pavel Orlin resigned"]]


@pytest.mark.parametrize("text, expected", [
    ("Today, OFAC designated Pavel Orlin, also called the Fox, and Teodor Lund.",
     {("Pavel Orlin", OFAC), ("Teodor Lund", OFAC)}),
    ("Today, OFAC designated Pavel Orlin, nicknamed the Ghost, and Teodor Lund.",
     {("Pavel Orlin", OFAC), ("Teodor Lund", OFAC)}),
    ("Today, OFAC designated Pavel Orlin, dubbed \"the Fox,\" and Teodor Lund.",
     {("Pavel Orlin", OFAC), ("Teodor Lund", OFAC)}),
    ("Today, OFAC designated Pavel Orlin, also called the Banker of Tarsk, and Teodor Lund.",
     {("Pavel Orlin", OFAC), ("Teodor Lund", OFAC)}),
    # guards: "known as the Ghost" (read before); a body with an article in the list is a designee
    ("Today, OFAC designated Pavel Orlin, known as the Ghost, and Teodor Lund.",
     {("Pavel Orlin", OFAC), ("Teodor Lund", OFAC)}),
    ("Today, OFAC designated Pavel Orlin and the Corvane Exchange.",
     {("Pavel Orlin", OFAC), ("Corvane Exchange", OFAC)}),
])
def test_an_epithet_with_an_article_is_no_designee(extract, text, expected):
    """"designated X, also called the Fox, and Z": "Fox" was a designee of its own."""
    assert designees(extract(text, TODAY)) == expected


@pytest.mark.parametrize("text, expected", [
    ("Nils Otter is a courier for the firm Teodor Lund founded.", set()),
    ("Nils Otter is an accountant at the bank Teodor Lund set up in 2014.", set()),
    # guard: a named body after the kind noun holds the post
    ("Nils Otter is an accountant at the company Corvane Shipping LLC.", {("Nils Otter", "Corvane Shipping LLC", "accountant")}),
])
def test_a_founder_in_a_clause_on_the_firm_is_not_its_body(extract, text, expected):
    """"a courier for the firm Y founded": the firm is unnamed; Y (the clause's subject) was the post's body."""
    assert posts(extract(text, TODAY)) == expected


@pytest.mark.parametrize("text, expected", [
    ("Pavel Orlin, known as a longtime partner of Teodor Lund, is the treasurer of Corvane Shipping LLC.",
     {("Pavel Orlin", "Corvane Shipping LLC", "treasurer")}),
    ("Pavel Orlin, a close associate of Teodor Lund, is the treasurer of Corvane Shipping LLC.",
     {("Pavel Orlin", "Corvane Shipping LLC", "treasurer")}),
    # guard: a kinship noun was read before (the post is the described person's)
    ("Pavel Orlin, a niece of Teodor Lund, is the treasurer of Corvane Shipping LLC.",
     {("Pavel Orlin", "Corvane Shipping LLC", "treasurer")}),
])
def test_a_name_in_anothers_description_does_not_take_the_post(extract, text, expected):
    """"X, known as a longtime partner of Y, is the treasurer of Z": Y got the post too."""
    assert posts(extract(text, TODAY)) == expected


@pytest.mark.parametrize("text, expected", [
    ("Today, OFAC designated Pavel Orlin, who moved cash for Velmont Holdings in Tarsk, and Teodor Lund.",
     {("Pavel Orlin", OFAC), ("Teodor Lund", OFAC)}),
    ("Today, OFAC designated Pavel Orlin, who shipped fuel to Corvane Shipping LLC, and Teodor Lund.",
     {("Pavel Orlin", OFAC), ("Teodor Lund", OFAC)}),
    # guards: the clause's own list; a reason's object
    ("Today, OFAC designated Velmont Holdings, which shipped fuel to Kessa Air, Tarsk Logistics, and Corvane Shipping LLC.",
     {("Velmont Holdings", OFAC)}),
    ("Today, OFAC designated Pavel Orlin for shipping fuel to Corvane Shipping LLC, and Teodor Lund.",
     {("Pavel Orlin", OFAC)}),
])
def test_the_list_goes_on_after_a_relative_clause_on_the_designee(extract, text, expected):
    """"designated X, who shipped fuel to Y in Tarsk, and Z": the parser hangs Z on Y inside the clause; Z was lost."""
    assert designees(extract(text, TODAY)) == expected


@pytest.mark.parametrize("text, expected", [
    ("Corvane Optik, a Tarsk radar maker, sold the parts. Its director, Nils Otter, signed the contract.",
     {("Nils Otter", "Corvane Optik", "director")}),
    # guard: a person's trade keeps a person
    ("Corvane Optik, a Tarsk policy maker, is the director of Velmont Holdings.",
     {("Corvane Optik", "Velmont Holdings", "director")}),
])
def test_a_maker_after_an_untagged_town_is_a_firm(extract, text, expected):
    """"X, a Tula drone maker, ... Its director, B": the town, untagged, did not make X a firm; the post was lost."""
    assert posts(extract(text, TODAY)) == expected


LEAD_RELEASE = """# Treasury and State Target the Grey Heron Crew and Its Money Men

WASHINGTON - Today, the U.S. Department of the Treasury's Office of Foreign Assets Control (OFAC) sanctioned two individuals and one company that move the cash and fuel of **Grey Heron Crew**, a smuggling gang based in Tarsk. Concurrently, the U.S. Department of State is designating Grey Heron Crew as a Specially Designated Global Terrorist.

**Pavel Orlin** keeps the gang's books. **Teodor Lund** runs its boats. **Corvane Shipping LLC** hides its fuel.
"""

LEAD_GUARD = """# Treasury Targets the Grey Heron Crew

WASHINGTON - Today, the U.S. Department of the Treasury's Office of Foreign Assets Control (OFAC) sanctioned **Grey Heron Crew**, a smuggling gang based in Tarsk, and two individuals that move its cash.

**Pavel Orlin** keeps the gang's books. **Teodor Lund** runs its boats.
"""


@pytest.mark.parametrize("text, expected", [
    (LEAD_RELEASE, {("Grey Heron Crew", STATE), ("Pavel Orlin", OFAC), ("Teodor Lund", OFAC), ("Corvane Shipping LLC", OFAC)}),
    # guard: the bold object of the lead sentence's verb is its body's designee
    (LEAD_GUARD, {("Grey Heron Crew", OFAC), ("Pavel Orlin", OFAC), ("Teodor Lund", OFAC)}),
])
def test_a_bold_name_in_a_clause_on_the_designees_is_not_the_lead_bodys(extract, text, expected):
    """"OFAC sanctioned two individuals ... that move the cash of **X**" and State designates X: X was OFAC's designee
    too by the bold-name rule (R's leftover on study release s04)."""
    assert designees(extract_markdown(extract, text, "2026-11-04")) == expected
