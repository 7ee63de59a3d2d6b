"""nlp/name_short_lists: "A, B and C are being designated" where the model read two of the release's short names as
one name ("A, B"); the mention is split into the names the parentheses defined (thirty-first session, DP)."""
from __future__ import annotations

import spacy

from graphbuild.nlp.mention import Mention
from graphbuild.nlp.name_short_lists import split_short_name_lists

TEXT = ("Velkor Chip Systems CJSC ( Velkor Chip ) bought parts . Dauren Olzhasov ( Olzhasov ) heads it . "
        "Brightmere Trading Limited ( Brightmere ) shipped them . Velkor Chip , Olzhasov , Brightmere and Tarsan are designated .")


def _doc():
    return spacy.blank("en")(TEXT)


def _defining(doc) -> list[Mention]:
    """The long names the model tagged, each followed by its short name in parentheses."""
    return [Mention(0, 4, "Velkor Chip Systems CJSC", "ORG"), Mention(11, 13, "Dauren Olzhasov", "PERSON"),
            Mention(19, 22, "Brightmere Trading Limited", "ORG")]


def spans(mentions: list[Mention]) -> list[tuple[int, int, str, str]]:
    return [(m.start, m.end, m.text, m.label) for m in mentions]


def test_short_names_joined_over_commas_are_split_each_with_its_names_kind():
    doc = _doc()
    joined = Mention(28, 32, "Velkor Chip , Olzhasov", "ORG")
    assert doc[28:32].text == "Velkor Chip , Olzhasov"
    out = split_short_name_lists(doc, _defining(doc) + [joined])
    assert spans(out[3:]) == [(28, 30, "Velkor Chip", "ORG"), (31, 32, "Olzhasov", "PERSON")]
    assert spans(out[:3]) == spans(_defining(doc))


def test_three_short_names_in_one_mention_give_three():
    doc = _doc()
    out = split_short_name_lists(doc, _defining(doc) + [Mention(28, 34, doc[28:34].text, "ORG")])
    assert spans(out[3:]) == [(28, 30, "Velkor Chip", "ORG"), (31, 32, "Olzhasov", "PERSON"), (33, 34, "Brightmere", "ORG")]


def test_a_piece_no_parentheses_defined_keeps_the_mention_whole():
    """"Brightmere and Tarsan" holds a piece ("Tarsan") nothing defined: one reading of the model's, left alone; as is
    a firm's own comma ("Velkor Chip, S.A.")."""
    doc = _doc()
    joined = Mention(33, 36, "Brightmere and Tarsan", "ORG")
    assert doc[33:36].text == joined.text
    out = split_short_name_lists(doc, _defining(doc) + [joined])
    assert out[3] is joined
    firm = spacy.blank("en")("Velkor Chip Systems CJSC ( Velkor Chip ) sold parts to Velkor Chip , S.A. today .")
    whole = Mention(11, 15, "Velkor Chip , S.A.", "ORG")
    assert split_short_name_lists(firm, [Mention(0, 4, "Velkor Chip Systems CJSC", "ORG"), whole])[1] is whole


def test_a_short_name_defined_only_after_the_mention_does_not_split_it():
    doc = spacy.blank("en")("Velkor Chip , Olzhasov met . Velkor Chip Systems CJSC ( Velkor Chip ) and Dauren Olzhasov ( Olzhasov ) .")
    joined = Mention(0, 4, "Velkor Chip , Olzhasov", "ORG")
    out = split_short_name_lists(doc, [joined, Mention(6, 10, "Velkor Chip Systems CJSC", "ORG"),
                                        Mention(15, 17, "Dauren Olzhasov", "PERSON")])
    assert out[0] is joined
