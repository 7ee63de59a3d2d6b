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
