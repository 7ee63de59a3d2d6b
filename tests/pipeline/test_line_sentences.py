"""gb_line_sentences: a line break ends a sentence, and nothing else about sentence starts changes."""
from __future__ import annotations

import spacy

from graphbuild.nlp.model import line_sentences


def starts(text: str) -> list[tuple[str, bool | None]]:
    doc = line_sentences(spacy.blank("en")(text))
    return [(token.text, token.is_sent_start) for token in doc]


def test_the_token_after_a_line_break_starts_a_sentence():
    # the word after a line's first is no start either (BM: the parser cut "FinCEN | Director X said" there)
    assert starts("Export ban\nThe ministry acted") == [
        ("Export", True), ("ban", False), ("\n", False), ("The", True), ("ministry", False), ("acted", None)]


def test_a_break_in_trailing_space_and_a_space_token_holding_one():
    # "\n\n" is a token of its own (never a start); the word after a break-holding space token is one.
    assert starts("Notice\n\nAll assets  \n frozen") == [
        ("Notice", True), ("\n\n", False), ("All", True), ("assets", False), (" \n ", False), ("frozen", True)]


def test_a_space_token_with_a_break_after_a_plain_word_is_never_a_start():
    doc = spacy.blank("en")("Held by  \nthe bank")
    doc[2].is_sent_start = True  # as a statistical component might have guessed
    line_sentences(doc)
    assert [(t.text, t.is_sent_start) for t in doc] == [
        ("Held", True), ("by", False), (" \n", False), ("the", True), ("bank", False)]


def test_text_without_line_breaks_is_left_alone():
    assert starts("One line only.") == [("One", True), ("line", None), ("only", None), (".", None)]
    assert starts("") == []


def test_finding_the_breaks_imports_nothing_more():
    """numpy.unique imported numpy.ma (~7 ms) at the first document of every model worker (issue 18)."""
    import subprocess
    import sys
    from pathlib import Path

    code = ("import sys, spacy\nfrom graphbuild.nlp.model import line_sentences\n"
            "line_sentences(spacy.blank('en')('Notice\\n\\nAll assets  \\n frozen\\nnow'))\nprint('numpy.ma' in sys.modules)")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120,
                          cwd=Path(__file__).resolve().parents[2])
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.split() == ["False"]


def test_many_short_lines_take_linear_time():
    """Setting `Token.is_sent_start` one token at a time scanned the whole Doc each time (P1): 16,000 one-word
    lines took 69 s, a 200,000-character file of short lines ten minutes in the model worker."""
    import time

    doc = spacy.blank("en")("Word.\n" * 20_000)
    started = time.process_time()
    line_sentences(doc)
    assert time.process_time() - started < 5  # 0.05 s here; the token-by-token setter needed minutes
    assert sum(1 for token in doc if token.is_sent_start) == 20_000
    assert [(t.text, t.is_sent_start) for t in doc[:7]] == [
        ("Word", True), (".", None), ("\n", False), ("Word", True), (".", None), ("\n", False), ("Word", True)]


def test_a_pointed_legal_form_before_a_capitalised_word_ends_a_sentence():
    """"X Ltd. Treasury also ..." ran on for the parser and the first designation was lost (issue 13, M7); "Co. Ltd.",
    "Co. Limited", "Ltd. Sti." (a further form) start nothing."""
    marks = [t for t, s in starts("It named Varo Shipping Ltd. Treasury also named Keld Corp. OFAC acted.") if s]
    assert marks == ["It", "Treasury", "OFAC"]
    marks = [t for t, s in starts("It named Varo Marine Co. Ltd. and Orm Trade Co. Limited and Tesk Ltd. Sti. today.") if s]
    assert marks == ["It"]
    # dotted forms are initials too, and a Balkan name goes on with its city: left to the parser
    marks = [t for t, s in starts("It is named after A.S. Orvin and Tesk d.o.o. Beograd acted.") if s]
    assert marks == ["It"]


def test_an_initial_or_a_title_before_a_capital_starts_nothing():
    assert [t for t, s in starts("Mr. Dane met J. Orvel and Gen. Tarm at Varo Inc. headquarters.") if s] == ["Mr."]
