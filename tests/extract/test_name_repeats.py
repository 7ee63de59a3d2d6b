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


def test_split_occurrence_of_a_body_name_read_whole_after_the_is_joined():
    """"the Jama'at Ansar al-Tawhid" read whole as a body after "the", then cut to "the Jama'at | Ansar al-Tawhid" (the
    tail typed a person, a designee of its own): one body (BS, thirty-fourth session). Read whole without "the", the
    same words are no evidence of a body's name, and the pieces stay as they are."""
    words = ["He", "served", "in", "the", "Jama'at", "Ansar", "al", "-", "Tawhid", ".", "OFAC", "designated", "the",
             "Jama'at", "Ansar", "al", "-", "Tawhid", "."]
    spaces = [True, True, True, True, True, True, False, False, False, True, True, True, True, True, True, False, False,
              False, False]
    d = Doc(Vocab(), words=words, spaces=spaces)
    given = [Mention(4, 9, "Jama'at Ansar al-Tawhid", "ORG"), Mention(10, 11, "OFAC", "ORG", "Office of Foreign Assets Control"),
             Mention(14, 18, "Ansar al-Tawhid", "PERSON")]
    joined = join_names_spelled_whole(d, given)
    assert [(m.start, m.end, m.text, m.label) for m in joined] == [
        (4, 9, "Jama'at Ansar al-Tawhid", "ORG"), (10, 11, "OFAC", "ORG"), (13, 18, "Jama'at Ansar al-Tawhid", "ORG")]
    no_article = Doc(Vocab(), words=["He", "served", "in"] + words[4:], spaces=spaces[:3] + spaces[4:])
    given = [Mention(3, 8, "Jama'at Ansar al-Tawhid", "ORG"), Mention(9, 10, "OFAC", "ORG", "Office of Foreign Assets Control"),
             Mention(13, 17, "Ansar al-Tawhid", "PERSON")]
    assert join_names_spelled_whole(no_article, given) == given


def test_a_body_read_whole_after_the_leaves_a_place_piece_as_read():
    """Only a piece read as a person is mended by a body read whole after "the": "the Velmorian Military Intelligence"
    then "[Velmorian] [Military Intelligence]" stays a demonym and a body (the train folds' readings stay as they were)."""
    words = ["He", "led", "the", "Velmorian", "Military", "Intelligence", ".", "Velmorian", "Military", "Intelligence",
             "officers", "came", "."]
    d = Doc(Vocab(), words=words)
    given = [Mention(3, 6, "Velmorian Military Intelligence", "ORG"), Mention(7, 8, "Velmorian", "NORP"),
             Mention(8, 10, "Military Intelligence", "ORG")]
    assert join_names_spelled_whole(d, given) == given
