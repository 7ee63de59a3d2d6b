"""A short name the release gives in parentheses is its bearer's in later sentences, even when it is the first word
of the full name (thirtieth session, HL; invented texts).

"The firm's general manager is Chinese national Lin Weiming (Lin). Lin is also chairman of Y": the resolver's
surname reading skips a name's first word (a given name in most names), so the later "Lin" was nobody and the second
post was lost; the release's own "(Lin)" says whose it is (`coref.DocResolver._person_surname_candidate`). A first
word the release did not give as the short name stays nobody's, and a relative's post stays the relative's.

The model may tag no name at all at a later "Pak" ("Pak Sun-il (Pak) ... Pak also sits on the board of Y"):
`marked_short_names.add_marked_short_name_repeats` makes each later lone use of a person's parenthesised one-word
short name a person mention (as `_add_acronym_alias_repeats` does for a body's acronym), not a word inside a longer
capitalised name ("Pak Chol-ho", another person)."""
from __future__ import annotations

import pytest
from markdown_release import extract_markdown

pytestmark = pytest.mark.slow

HR = "holds_role"
OPENING = ("Harbin-based **Qiyu Chemical Technology Co., Ltd.** (Qiyu Chemical) sells precursors online. The firm's "
           "general manager is Chinese national **Lin Weiming** ({short}). ")
FIRST = (HR, "Lin Weiming", "Qiyu Chemical Technology Co., Ltd.", "general manager")


@pytest.mark.parametrize("text, expected", [
    (OPENING.format(short="Lin") + "Lin is also chairman of **Harbin Lantu Trading Co., Ltd.** (Harbin Lantu).",
     {FIRST, (HR, "Lin Weiming", "Harbin Lantu Trading Co., Ltd.", "chairman")}),
    (OPENING.format(short="Lin") + "Lin's brother is chairman of **Harbin Lantu Trading Co., Ltd.** (Harbin Lantu).",
     {FIRST}),
    (OPENING.format(short="Weiming") + "Lin is also chairman of **Harbin Lantu Trading Co., Ltd.** (Harbin Lantu).",
     {FIRST}),
], ids=["marked-first-word", "relative-of-the-short-name", "first-word-not-marked"])
def test_a_marked_short_name_is_its_bearer(extract, facts, text, expected):
    facts(extract_markdown(extract, text), expected, kinds=(HR,))


BOARD = "**Korvel Trading Corporation** (Korvel) sells software abroad. **Pak Sun-il** (Pak) sets quotas for worker teams. "


@pytest.mark.parametrize("text, expected", [
    (BOARD + "Pak also sits on the board of Korvel.",
     {(HR, "Pak Sun-il", "Korvel Trading Corporation", "member of the board of directors")}),
    (BOARD + "Pak's brother also sits on the board of Korvel.", set()),
    (BOARD + "Pak Chol-ho also sits on the board of Korvel.",
     {(HR, "Pak Chol-ho", "Korvel Trading Corporation", "member of the board of directors")}),
], ids=["untagged-short-name", "relative-of-the-short-name", "another-name-opening-with-it"])
def test_an_untagged_marked_short_name_is_a_person(extract, facts, text, expected):
    facts(extract_markdown(extract, text), expected, kinds=(HR,))
