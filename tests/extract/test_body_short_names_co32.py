"""A body's short name of words joined by hyphens or of a few capitalised words, given in parentheses, is that body
wherever the release uses it again, even where the model tagged nothing there (thirty-second session, CO; invented
texts).

"Javno Preduzeće Elektro-Morava a.d. (Elektro-Morava) ... Elektro-Morava itself is not being designated today. Its
former director general, X, resigned": the small model left the later "Elektro-Morava" untagged, "its" found no body
in the sentence before, and X's post went to the last body named (an assembly). `nlp/body_short_names` made only a
one-word short name's later uses mentions (PE, thirty-first session); it now also makes those of "Elektro-Morava" and
"Dongying Hengrun", with the same checks: a use inside a longer capitalised run or glued to a hyphen is another name.
"""
from __future__ import annotations

import pytest
from markdown_release import extract_markdown
from spacy.tokens import Doc
from spacy.vocab import Vocab

from graphbuild.nlp.body_short_names import add_body_short_name_repeats
from graphbuild.nlp.mention import Mention

HR = "holds_role"
RELEASE = ("WASHINGTON — Today, OFAC designated three members of the supervisory board of **Javno Preduzeće "
           "Elektro-Morava a.d.** (Elektro-Morava), a state-owned electricity company that paid kickbacks to the minister."
           "\n\n## The supervisory board of Elektro-Morava\n\nThe following members of Elektro-Morava's supervisory board "
           "approved the contracts despite warnings from the company's internal auditors, and are being designated for "
           "being responsible for or complicit in corruption:\n\n- **Dejan Ristovski**, chairman of the supervisory "
           "board;\n- **Vesna Trajkovska-Nikolova**, a board member and the utility's former head of legal affairs;\n- "
           "**Marjan Stojanovski**, a board member who was previously a member of the Tetovo Municipal Assembly.\n\n"
           "Elektro-Morava itself is not being designated today. Its former director general, Goran Ilievski, resigned in "
           "2025 after reporting the scheme to the entity's prosecutors and is not a target of this action.")


@pytest.mark.slow
def test_a_hyphenated_short_name_used_again_is_the_body(extract):
    posts = {(r["subject"]["name"], r["object"]["name"], r["role"]) for r in extract_markdown(extract, RELEASE)
             if r["relation"] == HR and r["subject"]["name"] == "Goran Ilievski"}
    assert posts == {("Goran Ilievski", "Javno Preduzeće Elektro-Morava a.d.", "director general")}


# "Javno Elektro-Morava (Elektro-Morava) ... <later words>": tokens, their trailing spaces and tags
DEFINITION = [("Javno", True, "NNP"), ("Elektro", False, "NNP"), ("-", False, "HYPH"), ("Morava", True, "NNP"),
              ("(", False, "-LRB-"), ("Elektro", False, "NNP"), ("-", False, "HYPH"), ("Morava", False, "NNP"),
              (")", True, "-RRB-"), ("paid", True, "VBD"), ("bribes", False, "NNS"), (".", True, ".")]


def _repeats(later: list[tuple[str, bool, str]]) -> list[str]:
    """The texts of the ORG mentions added to the definition's two mentions for the later words."""
    rows = DEFINITION + later
    doc = Doc(Vocab(), words=[w for w, _, _ in rows], spaces=[s for _, s, _ in rows], tags=[t for _, _, t in rows])
    mentions = [Mention(0, 4, "Javno Elektro-Morava", "ORG"), Mention(5, 8, "Elektro-Morava", "ORG", alias_of=0)]
    taken = [i < 4 or 5 <= i < 8 for i in range(len(doc))]
    add_body_short_name_repeats(doc, mentions, taken)
    return [m.text for m in mentions[2:]]


@pytest.mark.parametrize("later, expected", [
    ([("Elektro", False, "NNP"), ("-", False, "HYPH"), ("Morava", True, "NNP"), ("resigned", False, "VBD")], ["Elektro-Morava"]),
    ([("Elektro", False, "NNP"), ("-", False, "HYPH"), ("Morava", True, "NNP"), ("Invest", True, "NNP"), ("resigned", False, "VBD")], []),
    ([("Elektro", False, "NNP"), ("-", False, "HYPH"), ("Morava", False, "NNP"), ("-", False, "HYPH"), ("Jug", True, "NNP"),
      ("resigned", False, "VBD")], []),
    ([("Elektro", True, "NNP"), ("Morava", True, "NNP"), ("resigned", False, "VBD")], []),
], ids=["hyphenated-use", "inside-a-longer-name", "glued-to-another-hyphen", "other-words"])
def test_which_later_words_are_the_short_name(later, expected):
    assert _repeats(later) == expected
