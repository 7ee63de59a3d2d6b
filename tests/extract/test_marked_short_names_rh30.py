"""A short name the release gave one person in parentheses is nobody's once another person bearing that word is
named after it and before its use (thirtieth session, RH's review of HL's change; invented texts).

"Lin Weiming (Lin) ... its sales agent is Lin Haoran. Lin is also chairman of Y": the text does not say which Lin, as
for a surname two people share (`coref.DocResolver._marked_short_name_owner`), so no post is given. A person bearing
the word named before the short name was given, or given the short name himself, leaves it readable."""
from __future__ import annotations

import pytest
from markdown_release import extract_markdown

pytestmark = pytest.mark.slow

HR = "holds_role"
OPENING = ("Harbin-based **Qiyu Chemical Technology Co., Ltd.** (Qiyu Chemical) sells precursors online. The firm's "
           "general manager is Chinese national **Lin Weiming** (Lin). ")
FIRST = (HR, "Lin Weiming", "Qiyu Chemical Technology Co., Ltd.", "general manager")
LATER = "Lin is also chairman of **Harbin Lantu Trading Co., Ltd.** (Harbin Lantu)."
BOARD = "**Korvel Trading Corporation** (Korvel) sells software abroad. **Pak Sun-il** (Pak) sets quotas for worker teams. "


@pytest.mark.parametrize("text, expected", [
    (OPENING + "\n\nOFAC also designated **Lin Haoran**, who brokers the firm's sales. " + LATER, {FIRST}),
    (BOARD + "\n\nOFAC also designated **Pak Chol-ho**, a banker in Pyongyang. Pak also sits on the board of Korvel.", set()),
    ("**Lin Haoran** brokers the firm's sales. " + OPENING + LATER,
     {FIRST, (HR, "Lin Weiming", "Harbin Lantu Trading Co., Ltd.", "chairman")}),
    (OPENING + "OFAC also designated **Lin Haoran** (Lin), who brokers the firm's sales. " + LATER,
     {FIRST, (HR, "Lin Haoran", "Harbin Lantu Trading Co., Ltd.", "chairman")}),
], ids=["another-bearer-named-since", "another-bearer-untagged-use", "another-bearer-named-before", "given-to-the-other"])
def test_a_short_name_another_bearer_shares(extract, facts, text, expected):
    facts(extract_markdown(extract, text), expected, kinds=(HR,))
