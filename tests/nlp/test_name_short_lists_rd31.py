"""Review of DP's nlp/name_short_lists (thirty-first session, RD): the mention collection splits a joined list of
short names (the wiring in `collect_mentions`; DP's tests call the splitter alone), and a parenthesis that is no
short name ("(a.k.a. ...)", lower case) defines none. Texts invented for these tests."""
from __future__ import annotations

import pytest
from spacy.tokens import Span

pytestmark = pytest.mark.slow

TEXT = ("Velkor Chip Systems CJSC (Velkor Chip) bought lathes. Dauren Olzhasov (Olzhasov) is its director. "
        "Velkor Chip, Olzhasov and Brightmere are being designated today.")


def _mentions_with_joined(nlp, text: str, joined: str) -> list[tuple[str, str]]:  # noqa: ANN001 - the spaCy pipeline fixture
    """The mentions collected when the model tagged `joined` (its last occurrence) as one body, as it does in lists."""
    from graphbuild.nlp.gazetteers import load_gazetteers
    from graphbuild.nlp.mentions import collect_mentions

    doc = nlp(text)
    start_char = text.rindex(joined)
    span = doc.char_span(start_char, start_char + len(joined), label="ORG")
    assert span is not None
    doc.ents = [e for e in doc.ents if e.end <= span.start or e.start >= span.end] + [Span(doc, span.start, span.end, "ORG")]
    last = doc[span.start].i
    return [(m.text, m.label) for m in collect_mentions(doc, load_gazetteers()) if m.start >= last]


def test_the_mention_collection_splits_joined_short_names(nlp):
    got = _mentions_with_joined(nlp, TEXT, "Velkor Chip, Olzhasov")
    assert got[:2] == [("Velkor Chip", "ORG"), ("Olzhasov", "PERSON")]


def test_a_lower_case_parenthesis_defines_no_short_name(nlp):
    """"(the buyer)" is no short name: "Velkor Chip, the buyer" is not split at its comma."""
    from graphbuild.nlp.mention import Mention
    from graphbuild.nlp.name_short_lists import split_short_name_lists

    doc = nlp.make_doc("Velkor Chip Systems CJSC ( Velkor Chip ) and Osk Trading ( the buyer ) met . Velkor Chip , the buyer , met .")
    joined = Mention(17, 22, "Velkor Chip , the buyer", "ORG")
    assert doc[17:22].text == joined.text
    out = split_short_name_lists(doc, [Mention(0, 4, "Velkor Chip Systems CJSC", "ORG"), Mention(9, 11, "Osk Trading", "ORG"), joined])
    assert out[2] is joined
