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


def test_kind_nouns_as_a_trie_find_what_their_alphabetical_alternation_found():
    """Lower-case words without figures (the kind nouns) take the trie; a word with a capital keeps the alternation."""
    from graphbuild.nlp.name_contexts import _kind_noun

    words = frozenset({"ship", "shipping", "shipping company", "company", "tanker", "vessel", "vessels"})
    text = "the ship Varn Star and the shipping company Norvik Line, the vessels M/V Tessa and 2 tanker 4Sea, shipping Co"
    old = re.compile(r"(?<![\w-])(?:" + "|".join(sorted(map(re.escape, words))) + r")(?= [A-Z0-9])")
    assert "ship(?:ping" in _kind_noun(words).pattern  # the trie: "ship" shared by ship and shipping
    assert [m.span() for m in _kind_noun(words).finditer(text)] == [m.span() for m in old.finditer(text)]
    assert [m.group(0) for m in old.finditer(text)] == ["ship", "shipping company", "vessels", "tanker", "shipping"]
    capitals = frozenset({"ship", "ship 2"})
    assert _kind_noun(capitals).pattern == r"(?<![\w-])(?:ship|ship\ 2)(?= [A-Z0-9])"
