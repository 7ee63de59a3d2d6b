"""Issue 18: the bullet check of name lists reads the document's text once (nlp/doc_text.doc_text), not
`Doc.text` per line; the answers are those of the plain text, and the cache leaves with the extraction context."""
from __future__ import annotations

import spacy

from graphbuild.extract.context import release_context
from graphbuild.extract.name_lists import BULLET_CHARS, NameLine, _marked
from graphbuild.nlp.doc_text import _TEXT_KEY

TEXT = "Listed today:\n1. Orin Vale\n- Pell Marrow Ltd\nTeska Dunmore\n  * Harth Group\n"


def _line_spans(doc):
    offset = 0
    for raw in doc.text.split("\n"):
        stripped = raw.strip().lstrip(BULLET_CHARS).strip()  # as name_lists._lines: the line after its bullet
        if stripped:
            start = offset + raw.index(stripped)
            yield doc.char_span(start, start + len(stripped), alignment_mode="expand")
        offset += len(raw) + 1


def test_marked_lines_from_the_cached_text_match_the_plain_text():
    doc = spacy.blank("en")(TEXT)
    lines = [NameLine(span, [], 0.0) for span in _line_spans(doc)]
    marked = [_marked(line) for line in lines]
    assert [line.span.text for line, m in zip(lines, marked) if m] == ["1. Orin Vale", "Pell Marrow Ltd", "Harth Group"]
    assert doc.user_data[_TEXT_KEY] == doc.text  # read once, kept for the other lines
    release_context(doc)
    assert _TEXT_KEY not in doc.user_data


def test_a_table_rule_has_a_bar_and_a_bare_dash_line_is_none():
    """Review V2, finding 12: "---" alone (a heading's underline, a thematic break) made the line above it a table's
    header, and that line's names were dropped."""
    from graphbuild.extract.name_lists import TABLE_RULE

    rules = ["|---|---|", "| --- | :---: |", "--- | ---", "|:---|"]
    others = ["---", "  -----  ", "Orin Vale ---", "|"]
    assert [bool(TABLE_RULE.fullmatch(r)) for r in rules + others] == [True] * 4 + [False] * 4
