"""A person's name the model split in one sentence and read whole in another is one mention of that person
(graphbuild/nlp/name_repeats.py)."""
from __future__ import annotations

from spacy.tokens import Doc
from spacy.vocab import Vocab

from graphbuild.nlp.mention import Mention
from graphbuild.nlp.name_repeats import join_names_spelled_whole

WORDS = ["Han", "Mi", "-", "rae", "supervises", "the", "workers", ".", "OFAC", "designated", "Han", "Mi", "-", "rae", "."]
SPACES = [True, False, False, False, True, True, False, True, True, True, True, False, False, False, False]


def doc() -> Doc:
    return Doc(Vocab(), words=WORDS, spaces=SPACES)


def test_split_occurrence_of_a_full_name_is_joined():
    d = doc()
    given = [Mention(0, 1, "Han", "NORP"), Mention(1, 4, "Mi-rae", "PERSON"), Mention(8, 9, "OFAC", "ORG", "Office of Foreign Assets Control"),
             Mention(10, 14, "Han Mi-rae", "PERSON")]
    joined = join_names_spelled_whole(d, given)
    assert [(m.start, m.end, m.text, m.label) for m in joined] == [
        (0, 4, "Han Mi-rae", "PERSON"), (8, 9, "OFAC", "ORG"), (10, 14, "Han Mi-rae", "PERSON")]


def test_words_inside_a_longer_name_are_left_alone():
    d = doc()
    given = [Mention(0, 5, "Han Mi-rae supervises", "ORG"), Mention(10, 14, "Han Mi-rae", "PERSON")]
    joined = join_names_spelled_whole(d, given)
    assert [(m.start, m.end, m.label) for m in joined] == [(0, 5, "ORG"), (10, 14, "PERSON")]


def test_no_person_read_whole_changes_nothing():
    d = doc()
    given = [Mention(0, 1, "Han", "NORP"), Mention(1, 4, "Mi-rae", "PERSON")]
    assert join_names_spelled_whole(d, given) == given


def test_split_occurrence_of_a_body_name_opened_by_its_kind_is_joined():
    """"Bank Y Z" read whole once and as "Bank" | "Y Z" later: one body (H9); without the kind word list, left alone."""
    words = ["Bank", "Orel", "Kapital", "opened", ".", "He", "sits", "on", "Bank", "Orel", "Kapital", "."]
    spaces = [True, True, True, False, True, True, True, True, True, True, False, False]
    d = Doc(Vocab(), words=words, spaces=spaces)
    given = [Mention(0, 3, "Bank Orel Kapital", "ORG"), Mention(8, 9, "Bank", "ORG"), Mention(9, 11, "Orel Kapital", "PERSON")]
    joined = join_names_spelled_whole(d, given, frozenset({"bank", "company"}))
    assert [(m.start, m.end, m.text, m.label) for m in joined] == [(0, 3, "Bank Orel Kapital", "ORG"), (8, 11, "Bank Orel Kapital", "ORG")]
    assert join_names_spelled_whole(d, given) == given
