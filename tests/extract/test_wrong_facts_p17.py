"""Wrong and lost facts a hostile tester found (P17, twenty-first session; docs/robustness.md "P17"). Invented texts,
exact relations; each test but the guards fails on main 1220736.

- "X is not among those designated today" (a denial by the copula, no progressive) left X's designation told
  elsewhere in the release, and the learned scorer added X where no rule did.
- "X is not designated today, but his son, Y, is" (the elided "is") designated nobody.
- A surname two people share, both named in the sentence before with no cue, went to the one named last ("OFAC
  designated Ruta Kelmer and Oskar Kelmer. Kelmer is the director of Y": Oskar's post); and a short name the release
  defines in brackets ("Igor Kelmer (Kelmer), the son of the minister Oskar Kelmer") or a description beside the
  surname ("Kelmer, the banker,") went to the one named last too.
- A designation the release leaves standing ("Today's action does not affect the designation of X", "The designation of
  X remains in effect") was today's.
- "The European Union on Monday sanctioned X, and the United States followed on Tuesday" (the elided action) gave no
  U.S. designation.
- The verbs reporting a clause were two lists ("B was not among those designated, a spokesperson later noted" kept B).
- "Y, whom X replaced as chairman of Z" (the object relative of a successor verb) gave neither post.
"""
from __future__ import annotations

import pytest

from relation_views import OFAC, STATE, designees, posts, posts_with_current

pytestmark = pytest.mark.slow

TODAY = {"date": "2026-11-04"}


@pytest.mark.parametrize("text, left", [
    ("Today, OFAC designated Darko Melnik and Lena Vosk. Lena Vosk is not among those designated today.",
     {("Darko Melnik", OFAC)}),
    ("Today, OFAC designated Darko Melnik and Lena Vosk. Vosk, a banker in Kessa, is not among the individuals "
     "sanctioned today.", {("Darko Melnik", OFAC)}),
    # guards: a denial by another body, or of an earlier action, leaves today's designation
    ("Today, OFAC designated Darko Melnik and Lena Vosk. Lena Vosk is not among those designated by the Department of "
     "State today.", {("Darko Melnik", OFAC), ("Lena Vosk", OFAC)}),
    ("Today, OFAC designated Darko Melnik and Lena Vosk. Lena Vosk was not among those designated in 2019.",
     {("Darko Melnik", OFAC), ("Lena Vosk", OFAC)}),
])
def test_not_among_those_designated_today_is_a_denial(extract, text, left):
    assert designees(extract(text, TODAY)) == left


@pytest.mark.parametrize("text, expected", [
    ("Today, OFAC designated Nordvik Shipping LLC. Arvid Kessel is not designated today, but his son Erik Kessel, the "
     "firm's director, is.", {("Nordvik Shipping LLC", OFAC), ("Erik Kessel", OFAC)}),
    ("Today, OFAC designated Nordvik Shipping LLC. Arvid Kessel is not being designated, but his son, Erik Kessel, is.",
     {("Nordvik Shipping LLC", OFAC), ("Erik Kessel", OFAC)}),
    ("Today, the Department of State designated Nordvik Shipping LLC. Arvid Kessel and Marta Lind are not designated, "
     "while Erik Kessel and Jonas Brekke are.",
     {("Nordvik Shipping LLC", STATE), ("Erik Kessel", STATE), ("Jonas Brekke", STATE)}),
    # guards: the clause after "but" says something else of its subject
    ("Today, OFAC designated Nordvik Shipping LLC. Arvid Kessel is not designated today, but his son, Erik Kessel, is "
     "the firm's director.", {("Nordvik Shipping LLC", OFAC)}),
    ("Today, OFAC designated Nordvik Shipping LLC. Arvid Kessel is not designated today, but Erik Kessel is not "
     "either.", {("Nordvik Shipping LLC", OFAC)}),
    # guard: the past "was" tells an earlier action, not today's (review of the twenty-first session)
    ("Today, OFAC designated Nordvik Shipping LLC. Arvid Kessel is not designated today, but his father, Erik Kessel, "
     "was.", {("Nordvik Shipping LLC", OFAC)}),
])
def test_the_elided_is_after_a_denial_designates(extract, text, expected):
    assert designees(extract(text, TODAY)) == expected


@pytest.mark.parametrize("text, expected", [
    ("Today, OFAC designated Ruta Kelmer and Oskar Kelmer. Kelmer is the director of Vanta Trade LLC.", set()),
    ("Today, OFAC designated Ruta Kelmer and Oskar Kelmer, a lawyer. Kelmer is the chief executive of Vanta Trade LLC.",
     set()),
    # the release's own short name in brackets says whose the surname is
    ("Today, OFAC designated Igor Kelmer (Kelmer), the son of the minister Oskar Kelmer. Kelmer is the director of "
     "Vanta Trade LLC.", {("Igor Kelmer", "Vanta Trade LLC", "director")}),
    # the description set beside the surname is one bearer's
    ("Today, OFAC designated Ruta Kelmer, a banker, and Oskar Kelmer, a lawyer. Kelmer, the banker, is the director "
     "of Vanta Trade LLC.", {("Ruta Kelmer", "Vanta Trade LLC", "director")}),
    # guards: the nearest sentence naming one bearer, or a relative's cue, decides
    ("Today, OFAC designated Ruta Kelmer and Oskar Kelmer. Oskar Kelmer is a lawyer in Kessa. Kelmer is the director "
     "of Vanta Trade LLC.", {("Oskar Kelmer", "Vanta Trade LLC", "director")}),
    ("Today, OFAC designated Ruta Kelmer and Oskar Kelmer. Ruta Kelmer lives in Kessa. Kelmer is the director of Vanta "
     "Trade LLC.", {("Ruta Kelmer", "Vanta Trade LLC", "director")}),
    ("Today, OFAC designated Ruta Kelmer and her husband, Oskar Kelmer. Kelmer is the director of Vanta Trade LLC.",
     {("Ruta Kelmer", "Vanta Trade LLC", "director")}),
])
def test_a_surname_two_people_named_together_share_is_nobodys(extract, text, expected):
    assert posts(extract(text, TODAY)) == expected


@pytest.mark.parametrize("text, expected", [
    ("Today, OFAC designated Darko Melnik. Today's action does not affect the designation of Melnik's former deputy, Sara "
     "Quist, who remains on the SDN List.", {("Darko Melnik", True), ("Sara Quist", False)}),
    ("Today, OFAC designated Darko Melnik. The designation of Sara Quist remains in effect.",
     {("Darko Melnik", True), ("Sara Quist", False)}),
    ("Today, OFAC designated Darko Melnik. This action does not change the designation of Sara Quist, a banker.",
     {("Darko Melnik", True), ("Sara Quist", False)}),
    # guard: the noun of today's action
    ("Today, OFAC announced the designation of Sara Quist, a banker.", {("Sara Quist", True)}),
])
def test_a_designation_left_standing_is_not_todays(extract, text, expected):
    assert {(r["subject"]["name"], r["current"]) for r in extract(text, TODAY) if r["relation"] == "designated_by"} == expected


@pytest.mark.parametrize("text, expected", [
    # another negated verb leaves no designation standing, nor makes one (M1, twenty-first session)
    ("Today, OFAC designated Darko Melnik. OFAC has not yet finalized the designation of Erik Kessel.",
     {("Darko Melnik", True)}),
    ("Today, OFAC designated Darko Melnik. OFAC did not announce the designation of Erik Kessel, a banker.",
     {("Darko Melnik", True)}),
    # guard: a verb that would end or change it, negated, leaves it standing
    ("Today, OFAC designated Darko Melnik. Today's action does not alter the designation of Erik Kessel, a banker.",
     {("Darko Melnik", True), ("Erik Kessel", False)}),
])
def test_a_designation_no_leaving_verb_denies_is_none(extract, text, expected):
    assert {(r["subject"]["name"], r["current"]) for r in extract(text, TODAY) if r["relation"] == "designated_by"} == expected


@pytest.mark.parametrize("text, expected", [
    ("BRUSSELS (Wire) — The European Union on Monday sanctioned Arvid Kessel, and the United States followed on "
     "Tuesday.", {("Arvid Kessel", "European Union"), ("Arvid Kessel", "United States Government")}),
    ("OTTAWA (Wire) — Canada sanctioned Arvid Kessel and Jonas Brekke on Monday, and Britain followed suit.",
     {("Arvid Kessel", "Canada"), ("Jonas Brekke", "Canada"), ("Arvid Kessel", "United Kingdom"),
      ("Jonas Brekke", "United Kingdom")}),
    # guards: a following not made, or not a government's
    ("OTTAWA (Wire) — Canada sanctioned Arvid Kessel on Monday, and Britain is expected to follow.",
     {("Arvid Kessel", "Canada")}),
    ("OTTAWA (Wire) — Canada sanctioned Arvid Kessel on Monday, and Britain did not follow.", {("Arvid Kessel", "Canada")}),
    ("OTTAWA (Wire) — Canada sanctioned Arvid Kessel on Monday, and protests followed.", {("Arvid Kessel", "Canada")}),
])
def test_a_government_that_followed_designates_the_same_targets(extract, text, expected):
    assert designees(extract(text, {})) == expected


def test_one_list_of_verbs_reporting_a_clause(extract):
    """The verbs whose complement is a reported clause are one list for the denials and the backshift (P17): a
    spokesperson who "noted" a designation withdrawn withdraws it, and one who "clarified" that X was the director
    reports a post held now."""
    text = ("Today, OFAC designated Darko Melnik and Lena Vosk. Lena Vosk was not among those designated, a Treasury "
            "spokesperson later noted.")
    assert designees(extract(text, TODAY)) == {("Darko Melnik", OFAC)}
    text = ("Today, OFAC designated Marek Ostrava. A Treasury spokesperson clarified that Ostrava was the director of "
            "Vanta Trade LLC.")
    assert {(r["subject"]["name"], r["current"]) for r in extract(text, TODAY) if r["relation"] == "holds_role"} \
        == {("Marek Ostrava", True)}


@pytest.mark.parametrize("text, expected", [
    ("Today, OFAC designated Arvid Kessel, the chairman of Nordvik Shipping LLC. Jonas Brekke, whom Kessel replaced as "
     "chairman of Nordvik Shipping LLC in 2020, is not designated.",
     {("Arvid Kessel", "Nordvik Shipping LLC", "chairman", True), ("Jonas Brekke", "Nordvik Shipping LLC", "chairman", False)}),
    ("Today, OFAC designated Arvid Kessel. Jonas Brekke, whom Arvid Kessel succeeded as chief executive of Vanta Trade "
     "LLC, lives in Kessa.",
     {("Arvid Kessel", "Vanta Trade LLC", "chief executive", True), ("Jonas Brekke", "Vanta Trade LLC", "chief executive", False)}),
])
def test_the_object_relative_of_a_successor_verb(extract, text, expected):
    """"Y, whom X replaced as chairman of Z": Y's post held before, X's now (P17; P16's Left)."""
    assert posts_with_current(extract(text, TODAY)) == expected


@pytest.mark.parametrize("text, holder", [
    ("Today, OFAC designated Arvid Kessel. Jonas Brekke, whom Kessel did not replace as chairman of Nordvik Shipping "
     "LLC, lives in Kessa.", "Jonas Brekke"),
    # guards: the post kept by its own holder
    ("Today, OFAC designated Arvid Kessel. Kessel has not stepped down as chairman of Nordvik Shipping LLC.",
     "Arvid Kessel"),
    ("Today, OFAC designated Arvid Kessel. Kessel refused to resign as chairman of Nordvik Shipping LLC.", "Arvid Kessel"),
    # the subject's own post as the verb's object (review of the twenty-first session)
    ("Today, OFAC designated Arvid Kessel. Kessel has not left his post as chairman of Nordvik Shipping LLC.",
     "Arvid Kessel"),
    ("Today, OFAC designated Arvid Kessel. Kessel refused to leave his job as chairman of Nordvik Shipping LLC.",
     "Arvid Kessel"),
])
def test_a_post_kept_from_another_is_not_the_subjects(extract, text, holder):
    """"whom X did not replace as chairman": the chairman is the object, not X (P17; the object held it, R of the
    twenty-second session)."""
    chairs = {p[0] for p in posts(extract(text, TODAY)) if p[2] == "chairman"}
    assert chairs == ({holder} if holder else set())


@pytest.mark.parametrize("text, expected", [
    ("Today, OFAC designated Arvid Kessel. Kessel has not dismissed Jonas Brekke as director of Nordvik Shipping LLC.",
     {("Jonas Brekke", "Nordvik Shipping LLC", "director", True)}),
    ("Today, OFAC designated Arvid Kessel. Kessel never removed Jonas Brekke as chairman of Nordvik Shipping LLC.",
     {("Jonas Brekke", "Nordvik Shipping LLC", "chairman", True)}),
    ("Today, OFAC designated Arvid Kessel. Kessel refused to dismiss Jonas Brekke as director of Nordvik Shipping LLC.",
     {("Jonas Brekke", "Nordvik Shipping LLC", "director", True)}),
    # guard: the replacing verb made, the object's post is an earlier one
    ("Today, OFAC designated Arvid Kessel. Kessel dismissed Jonas Brekke as director of Nordvik Shipping LLC in 2020.",
     {("Jonas Brekke", "Nordvik Shipping LLC", "director", False)}),
])
def test_a_negated_replacing_verb_leaves_the_post_held(extract, text, expected):
    """"X has not dismissed Y as director of Z": nothing says Y left, the post is Y's now (R, twenty-second session:
    `roles_links._replaced` read no negation and made it a former post)."""
    assert posts_with_current(extract(text, TODAY)) == expected


@pytest.mark.parametrize("text, expected", [
    ("Today, OFAC designated Arvid Kessel. Jonas Brekke, whom Kessel did not replace as chairman of Nordvik Shipping "
     "LLC, lives in Kessa.", {("Jonas Brekke", "Nordvik Shipping LLC", "chairman", True)}),
    ("Today, OFAC designated Arvid Kessel. Jonas Brekke, whom Arvid Kessel has never dismissed as director of Nordvik "
     "Shipping LLC, lives in Kessa.", {("Jonas Brekke", "Nordvik Shipping LLC", "director", True)}),
    # a dated clause: the post held then
    ("Today, OFAC designated Arvid Kessel. Jonas Brekke, whom Kessel did not replace as chairman of Nordvik Shipping "
     "LLC in 2019, lives in Kessa.", {("Jonas Brekke", "Nordvik Shipping LLC", "chairman", False)}),
])
def test_the_negated_object_relative_gives_the_object_the_post(extract, text, expected):
    """"Y, whom X did not replace as chairman of Z": Y held the post (now, unless the clause dates it), X did not (R,
    twenty-second session: nobody's before)."""
    assert posts_with_current(extract(text, TODAY)) == expected


@pytest.mark.parametrize("text, expected", [
    ("OSLO (Wire) — Norway sanctioned Arvid Kessel, and the United States followed.",
     {("Arvid Kessel", "United States Government", True)}),
    ("Today, Norway sanctioned Arvid Kessel and Jonas Brekke, and OFAC followed today.",
     {("Arvid Kessel", OFAC, True), ("Jonas Brekke", OFAC, True)}),
    ("OSLO (Wire) — Norway sanctioned Arvid Kessel on Monday, and the United States followed on Tuesday.",
     {("Arvid Kessel", "United States Government", False)}),
    # guards: a following not made, or not a government's; the first government's own action as before (none read)
    ("OSLO (Wire) — Norway sanctioned Arvid Kessel on Monday, and the United States is expected to follow.",
     set()),
    ("OSLO (Wire) — Norway sanctioned Arvid Kessel on Monday, and the United States did not follow.", set()),
    ("OSLO (Wire) — Norway sanctioned Arvid Kessel on Monday, and protests followed.", set()),
])
def test_a_follower_after_another_countrys_action_designates(extract, text, expected):
    """"Norway sanctioned X, and the United States followed": X designated by the follower, dated by its own
    clause (R, twenty-second session: the follower was read after the skip of another country's subject)."""
    assert {(r["subject"]["name"], r["object"]["name"], r["current"]) for r in extract(text, TODAY)
            if r["relation"] == "designated_by"} == expected


@pytest.mark.parametrize("text, expected", [
    ("Today, OFAC designated Alba Ruiz Ortega and Tomas Ruiz Ortega. Ruiz Ortega was appointed minister of defense of "
     "Kessa.", set()),
    ("Today, OFAC designated Alba Ruiz Ortega and Tomas Ruiz Ortega. Ruiz Ortega is the director of Vanta Trade LLC.",
     set()),
    # the one-word surname's cues read for two words: the nearest sentence, a short name in brackets, a description
    ("Today, OFAC designated Alba Ruiz Ortega and Tomas Ruiz Ortega. Tomas Ruiz Ortega is a lawyer in Kessa. Ruiz Ortega "
     "is the director of Vanta Trade LLC.", {("Tomas Ruiz Ortega", "Vanta Trade LLC", "director")}),
    ("Today, OFAC designated Alba Ruiz Ortega (Ruiz Ortega), the daughter of the minister Tomas Ruiz Ortega. Ruiz Ortega "
     "is the director of Vanta Trade LLC.", {("Alba Ruiz Ortega", "Vanta Trade LLC", "director")}),
    ("Today, OFAC designated Alba Ruiz Ortega, a banker, and Tomas Ruiz Ortega, a lawyer. Ruiz Ortega, the banker, is "
     "the director of Vanta Trade LLC.", {("Alba Ruiz Ortega", "Vanta Trade LLC", "director")}),
    # guard: one bearer
    ("Today, OFAC designated Alba Ruiz Ortega. Ruiz Ortega is the director of Vanta Trade LLC.",
     {("Alba Ruiz Ortega", "Vanta Trade LLC", "director")}),
])
def test_a_two_word_surname_two_people_share_is_nobodys(extract, text, expected):
    """"Alba Ruiz Ortega and Tomas Ruiz Ortega ... Ruiz Ortega is ...": as a one-word surname two people named together
    share (P17), nobody's without a cue (R, twenty-second session: `coref._person_match` gave it to the latest named)."""
    assert posts(extract(text, TODAY)) == expected


@pytest.mark.parametrize("text, expected", [
    ("Today, OFAC designated Vanta Trade LLC, Nordvik Shipping (HK) Co., Limited (Nordvik), and Marek Ostrava. Its only "
     "shareholder, Kessa national Marek Ostrava, also serves as the company secretary of Nordvik Shipping (HK) Co., Limited "
     "(Nordvik).", {("Marek Ostrava", "Nordvik Shipping (HK) Co., Limited", "company secretary")}),
    # guards: an alias aside after the adverb is still skipped
    ("Today, OFAC designated Vanta Trade LLC and Marek Ostrava. Marek Ostrava, also known as \"Kestrel,\" is the director "
     "of Nordvik Shipping LLC.", {("Marek Ostrava", "Nordvik Shipping LLC", "director")}),
    ("Today, OFAC designated Vanta Trade LLC and Marek Ostrava. Marek Ostrava, better known as \"Kestrel,\" is the "
     "director of Nordvik Shipping LLC.", {("Marek Ostrava", "Nordvik Shipping LLC", "director")}),
])
def test_also_without_an_alias_word_opens_no_alias_aside(extract, text, expected):
    """"X, also serves as the company secretary of Y": ", also" opens no nickname's aside unless an alias word follows
    (R, twenty-second session: `_after_alias` skipped to the next comma and the post was lost)."""
    assert posts(extract(text, TODAY)) == expected
