"""nlp/mention.replace_spans: how a name repair puts the whole name it found in place of the pieces the model gave."""
import spacy

from graphbuild.nlp.mention import Mention, replace_spans


def test_pieces_overlapping_a_joined_span_give_way_to_it_and_the_rest_stay_in_text_order():
    doc = spacy.blank("en")("Deputy Minister Ana Maria Lopez met Banco Central staff")
    mentions = [Mention(0, 2, "Deputy Minister", "ORG"), Mention(3, 5, "Maria Lopez", "PERSON"),
                Mention(6, 8, "Banco Central", "ORG")]
    out = replace_spans(doc, mentions, [(2, 5)], "PERSON")
    assert [(m.start, m.end, m.text, m.label) for m in out] == [
        (0, 2, "Deputy Minister", "ORG"), (2, 5, "Ana Maria Lopez", "PERSON"), (6, 8, "Banco Central", "ORG")]
    assert out[0] is mentions[0] and out[2] is mentions[2]  # untouched mentions keep their clusters and flags
