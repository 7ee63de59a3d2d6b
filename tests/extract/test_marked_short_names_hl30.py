"""A short name the release gives in parentheses is its bearer's in later sentences, even when it is the first word
of the full name (thirtieth session, HL; invented texts).

"The firm's general manager is Chinese national Lin Weiming (Lin). Lin is also chairman of Y": the resolver's
surname reading skips a name's first word (a given name in most names), so the later "Lin" was nobody and the second
post was lost; the release's own "(Lin)" says whose it is (`coref.DocResolver._person_surname_candidate`). A first
word the release did not give as the short name stays nobody's, and a relative's post stays the relative's."""
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
