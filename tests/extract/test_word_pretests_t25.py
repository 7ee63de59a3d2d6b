"""The word pre-tests of issue 18's twenty-fifth-session cuts (T) stay supersets of the tests they stand before.

Each cut skips a token (or a sentence, or a title) by a word read from the doc's columns before the rule's own test
makes a `Token`; the outputs stay the same only while every word the rule can act on passes the pre-test. These
checks fail when a word list grows in a way the pre-test would silently drop (a capitalised lemma, a naming noun
whose last word is new), and the texts (invented) check the rules still fire through the pre-tests.
"""
from __future__ import annotations

from graphbuild.extract import roles_board
from graphbuild.extract.designation_verbs import TARGETING_VERBS, VERB_TRIGGERS
from graphbuild.extract.partner_actions import IMPOSING_VERBS
from graphbuild.extract.roles_prose import HEAD_VERBS
from graphbuild.nlp import alias_phrases


def test_alias_phrase_last_words_cover_every_naming_noun_and_as() -> None:
    assert {noun[-1] for noun in alias_phrases.NAMING_NOUNS} | {"as"} <= alias_phrases.LAST_WORDS


def test_lemma_pretests_read_lower_case_lists() -> None:
    """The pre-tests compare the lower-cased lemma; the rules compare `lemma_` (board seats) or its lower case: a
    word list in lower case keeps the pre-test a superset of either."""
    assert roles_board.SEAT_LEMMAS == roles_board.SEAT_VERBS | roles_board.SEAT_HOLDING
    for words in (roles_board.SEAT_LEMMAS, set(HEAD_VERBS), VERB_TRIGGERS, TARGETING_VERBS, IMPOSING_VERBS):
        assert all(w == w.lower() for w in words)


def test_rules_behind_the_pretests_still_fire(nlp) -> None:  # type: ignore[no-untyped-def]
    """`negated` through its neither/nor pre-test: a subject opening with "Neither" negates, a plain one does not."""
    from graphbuild.extract.designation_windows import negated

    doc = nlp("Neither Corvane Shipping nor Melto Freight was designated today.")
    verb = next(t for t in doc if t.lower_ == "designated")
    assert negated(verb)
    doc = nlp("Corvane Shipping was designated today.")
    verb = next(t for t in doc if t.lower_ == "designated")
    assert not negated(verb)
