"""`word_trie.longest_first` finds what the words' alternation tried longest first finds (issue 18, thirty-second
session, PF): the legal forms' pattern of name_spans is built with it."""
from __future__ import annotations

import random
import re

from graphbuild.nlp.company_forms import company_forms
from graphbuild.nlp.name_spans import _form_pattern
from graphbuild.nlp.word_trie import longest_first


def _alternation(words: list[str]) -> str:
    return "|".join(map(re.escape, sorted(words, key=len, reverse=True)))


def _spans(pattern: str, text: str) -> list[tuple[int, int]]:
    return [m.span() for m in re.finditer(pattern, text)]


WRAP = (r"(?<![\w.])(?:", r")(?![\w])")  # the legal forms' frame: a shorter word is taken when a longer one runs on


def test_a_longer_word_is_taken_before_the_shorter_it_opens():
    words = ["Co", "Co.", "Corp", "Corp.", "Co. Ltd", "Ltd", "S.A.", "S.A. de C.V.", "d.o.o"]
    text = "Velmont Co. Ltd and Pell Corp. and Quess S.A. de C.V., Arno S.A.; Tiv d.o.o Beograd, Cosmo Corpus Co"
    expected = _spans(WRAP[0] + _alternation(words) + WRAP[1], text)
    assert _spans(WRAP[0] + longest_first(words) + WRAP[1], text) == expected
    assert [text[a:b] for a, b in expected] == ["Co. Ltd", "Corp.", "S.A. de C.V.", "S.A.", "d.o.o", "Co"]


def test_random_words_and_texts_give_the_alternations_matches():
    rng = random.Random(32)
    letters = "abAB.- "
    for _ in range(300):
        words = list({"".join(rng.choice(letters) for _ in range(rng.randint(1, 4))) for _ in range(rng.randint(1, 8))})
        text = "".join(rng.choice(letters + "x") for _ in range(60))
        assert _spans(WRAP[0] + longest_first(words) + WRAP[1], text) == _spans(WRAP[0] + _alternation(words) + WRAP[1], text), (words, text)
        assert _spans(longest_first(words), text) == _spans(_alternation(words), text), (words, text)


def test_the_legal_forms_pattern_finds_what_the_alternation_found():
    forms = company_forms()
    words = [w for w in forms.forms if w[:1].isupper() or "." in w]
    text = "Norvik Shipping LLC, Tessel Holding GmbH and Arvo d.o.o. were named; LLC alone; Pte. Ltd. Zorvath JSC."
    old = re.compile(WRAP[0] + _alternation(words) + WRAP[1])
    assert [m.span() for m in _form_pattern(forms).finditer(text)] == [m.span() for m in old.finditer(text)]
    assert _form_pattern(forms).search("LLC") is not None


def test_no_words_match_as_an_empty_alternation_does():
    assert longest_first([]) == ""
    assert _spans(longest_first(["", "a"]), "ba") == _spans(_alternation(["", "a"]), "ba")
