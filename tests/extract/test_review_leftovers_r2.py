"""Review leftovers, twenty-second session (R2; docs/robustness.md "Review leftovers, twenty-second session (R)").
Invented texts, exact relations; each case but the guards fails on main 9a55e69 (the fourth, "known by the nom de
guerre Y", gave the right relations there already; it guards the shape).

- "X, better known by his nom de guerre Y" / "X, better known as Y" / "X, known by the nom de guerre Y": Y is X's other
  name. Read as a second person, Y held X's post again, and a surname both carry was nobody's (two bearers named
  together), so the designation told by it was lost.
- "Y, whom X dismissed as director of Z" (a verb that removes the holder, not negated): Y held the post before (a former
  post is a relation, GUIDELINES "current or former"); X gets nothing. Only "replaced" / "succeeded" were read.
- "X did not dismiss Y as director of Z in 2019" (a negated main clause with a date): Y's post then, a former one, as
  the object relative already read it; and "whom X did not replace as chairman of Z today" is held now (today's date
  made it former).
- Y (twenty-second session): "X, better known as Y. Y leads Z": the bare "Y" is X's marked other name, so X again, not
  a second person holding X's post; ", also known as Y," marks such a name too. Fail on main 2d9b1ed but the guard.
"""
from __future__ import annotations

import pytest

from relation_views import OFAC, TREASURY, designees, posts, posts_with_current

pytestmark = pytest.mark.slow

TODAY = {"date": "2026-11-04"}


@pytest.mark.parametrize("text, expected_designees, expected_posts", [
    ("The Treasury Department said Hamid Karel Voss al-Tirani, better known by his nom de guerre Abu Sami al-Tirani, "
     "heads the Vellin Finance Office from a house in Kessa. It designated both the office and al-Tirani under a "
     "counterterrorism order.",
     {("Hamid Karel Voss al-Tirani", TREASURY)}, {("Hamid Karel Voss al-Tirani", "Vellin Finance Office", "head")}),
    ("The Treasury Department said Marek Tomas Oravec, better known as Abu Karim Oravec, heads the Vellin Finance "
     "Office. It designated both the office and Oravec under a counterterrorism order.",
     {("Marek Tomas Oravec", TREASURY)}, {("Marek Tomas Oravec", "Vellin Finance Office", "head")}),
    ("Today, OFAC designated Marek Oravec, better known as Abu Karim, who heads the Vellin Finance Office.",
     {("Marek Oravec", OFAC)}, {("Marek Oravec", "Vellin Finance Office", "head")}),
    ("The Treasury Department said Marek Tomas Oravec, known by the nom de guerre Abu Karim, heads the Vellin Finance "
     "Office. Today, OFAC designated Oravec.",
     {("Marek Tomas Oravec", OFAC)}, {("Marek Tomas Oravec", "Vellin Finance Office", "head")}),
    # "also known as Y," is X's other name too: the post told after it is X's alone (Y1; it was held twice)
    ("Today, OFAC designated Marek Oravec, also known as Abu Karim, who heads the Vellin Finance Office.",
     {("Marek Oravec", OFAC)}, {("Marek Oravec", "Vellin Finance Office", "head")}),
])
def test_a_nom_de_guerre_is_the_persons_other_name(extract, text, expected_designees, expected_posts):
    """"X, better known by his nom de guerre Y": one person (R2, twenty-second session: `alias_phrases`)."""
    relations = extract(text, TODAY)
    assert designees(relations) == expected_designees
    assert posts(relations) == expected_posts


@pytest.mark.parametrize("text, expected_designees, expected_posts", [
    ("Today, OFAC designated Lenart Voskov, better known as Abu Hilal. Abu Hilal leads the Orvane Relief Fund.",
     {("Lenart Voskov", OFAC)}, {("Lenart Voskov", "Orvane Relief Fund", "leader")}),
    ("Today, OFAC designated Ruvan Teskar, known by the nom de guerre Abu Nadir. Abu Nadir is the commander of the "
     "Serrow Liberation Front.",
     {("Ruvan Teskar", OFAC)}, {("Ruvan Teskar", "Serrow Liberation Front", "commander")}),
    ("Today, OFAC designated Ruvan Teskar, also known as Abu Nadir. Abu Nadir is the commander of the Serrow "
     "Liberation Front.",
     {("Ruvan Teskar", OFAC)}, {("Ruvan Teskar", "Serrow Liberation Front", "commander")}),
    ("Today, OFAC designated Tomas Rellig, a.k.a. Kaspar Dunne. Kaspar Dunne is the treasurer of the Marrow Coast "
     "Brigade.",
     {("Tomas Rellig", OFAC)}, {("Tomas Rellig", "Marrow Coast Brigade", "treasurer")}),
    # guard: a later name that only shares a word with the alias is another person
    ("Today, OFAC designated Lenart Voskov, better known as Abu Hilal. Hilal Dorsan leads the Orvane Relief Fund.",
     {("Lenart Voskov", OFAC)}, {("Hilal Dorsan", "Orvane Relief Fund", "leader")}),
])
def test_the_other_name_alone_later_is_the_same_person(extract, text, expected_designees, expected_posts):
    """"X, better known as Y. Y leads Z": the bare "Y" is X again, not a second person holding X's post (Y1,
    twenty-second session: `coref.Cluster.marked_aliases`)."""
    relations = extract(text, TODAY)
    assert designees(relations) == expected_designees
    assert posts(relations) == expected_posts


@pytest.mark.parametrize("text, expected", [
    ("Today, OFAC designated Jonas Brekke, whom Arvid Kessel dismissed as director of Vanta Trade LLC.",
     {("Jonas Brekke", "Vanta Trade LLC", "director", False)}),
    ("Today, OFAC designated Jonas Brekke. Jonas Brekke, whom Arvid Kessel had ousted as chairman of Nordvik Shipping "
     "LLC in 2020, lives in Kessa.", {("Jonas Brekke", "Nordvik Shipping LLC", "chairman", False)}),
    ("Today, OFAC designated Jonas Brekke, whom Arvid Kessel fired as director of Vanta Trade LLC.",
     {("Jonas Brekke", "Vanta Trade LLC", "director", False)}),
    # guards: negated, the post is held now (R); a taking-over verb gives the subject the post now (P17)
    ("Today, OFAC designated Jonas Brekke, whom Arvid Kessel did not dismiss as director of Vanta Trade LLC.",
     {("Jonas Brekke", "Vanta Trade LLC", "director", True)}),
    ("Today, OFAC designated Arvid Kessel. Jonas Brekke, whom Arvid Kessel succeeded as chief executive of Vanta Trade "
     "LLC, lives in Kessa.",
     {("Arvid Kessel", "Vanta Trade LLC", "chief executive", True), ("Jonas Brekke", "Vanta Trade LLC", "chief executive", False)}),
])
def test_the_object_relative_of_a_removing_verb_is_a_former_post(extract, text, expected):
    """"Y, whom X dismissed as director of Z": Y's post held before, nothing of X's (R2, twenty-second session:
    `roles_links.replaced_by_relative` read only the taking-over verbs there)."""
    assert posts_with_current(extract(text, TODAY)) == expected


@pytest.mark.parametrize("text, expected", [
    ("Today, OFAC designated Jonas Brekke. Arvid Kessel did not dismiss Jonas Brekke as director of Vanta Trade LLC in "
     "2019.", {("Jonas Brekke", "Vanta Trade LLC", "director", False)}),
    ("Today, OFAC designated Jonas Brekke. In 2019, Arvid Kessel did not dismiss Jonas Brekke as director of Vanta Trade "
     "LLC.", {("Jonas Brekke", "Vanta Trade LLC", "director", False)}),
    ("Today, OFAC designated Jonas Brekke, whom Arvid Kessel did not replace as chairman of Nordvik Shipping LLC today.",
     {("Jonas Brekke", "Nordvik Shipping LLC", "chairman", True)}),
    # guards: undated, or dated today, the post is held now; the dated relative stays former
    ("Today, OFAC designated Jonas Brekke. Arvid Kessel did not dismiss Jonas Brekke as director of Vanta Trade LLC.",
     {("Jonas Brekke", "Vanta Trade LLC", "director", True)}),
    ("Today, OFAC designated Jonas Brekke. Today, Arvid Kessel refused to dismiss Jonas Brekke as director of Vanta "
     "Trade LLC.", {("Jonas Brekke", "Vanta Trade LLC", "director", True)}),
    ("Today, OFAC designated Jonas Brekke, whom Arvid Kessel did not replace as chairman of Nordvik Shipping LLC in 2019.",
     {("Jonas Brekke", "Nordvik Shipping LLC", "chairman", False)}),
])
def test_a_dated_negated_replacing_verb_tells_a_post_held_then(extract, text, expected):
    """"X did not dismiss Y as director in 2019": Y's post in 2019, not said to be held now (R2, twenty-second session:
    `roles_links.dated_clause`, read by the main clause and the object relative alike)."""
    assert posts_with_current(extract(text, TODAY)) == expected
