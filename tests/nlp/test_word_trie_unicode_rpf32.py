"""`word_trie.longest_first` against the longest-first alternation on letters `re` treats specially (review of PF's
cuts, thirty-second session, RPF): the long s, the Kelvin sign, the dotted and dotless i, the soft hyphen, a no-break
space; in the legal forms' frame, the kind nouns' frame, at a word boundary and at the text's end."""
from __future__ import annotations

import random
import re

from graphbuild.nlp.word_trie import longest_first

LETTERS = ["s", "S", "\u017f", "k", "K", "\u212a", "i", "I", "\u0130", "\u0131", "\u00ad", "\u00a0", " ", ".", "-", "\u00e9", "A"]
FRAMES = [("", ""), (r"(?<![\w.])(?:", r")(?![\w])"), (r"(?<![\w-])(?:", r")(?= [A-Z0-9])"), ("(?:", r")\b"), ("(?:", ")$")]


def _found(pattern: str, text: str) -> list[tuple[int, int, str]]:
    return [(m.start(), m.end(), m.group(0)) for m in re.finditer(pattern, text)]


def test_special_letters_give_the_alternations_matches():
    rng = random.Random(1832)
    for _ in range(400):
        words = list({"".join(rng.choice(LETTERS) for _ in range(rng.randint(0, 4))) for _ in range(rng.randint(1, 8))})
        text = "".join(rng.choice(LETTERS + ["x", "0"]) for _ in range(rng.randint(0, 40)))
        alternation = "|".join(map(re.escape, sorted(words, key=len, reverse=True)))
        for before, after in FRAMES:
            assert _found(before + longest_first(words) + after, text) == _found(before + alternation + after, text), (words, text)


def test_case_variants_are_other_words():
    words = ["Ltd", "LTD", "ltd", "Ltd.", "\u017ftd"]
    text = "Velmont LTD. and Tessa Ltd. and Arno ltd, Quess \u017ftd Ltdx"
    assert _found(longest_first(words), text) == [(8, 11, "LTD"), (23, 27, "Ltd."), (37, 40, "ltd"), (48, 51, "\u017ftd"), (52, 55, "Ltd")]
