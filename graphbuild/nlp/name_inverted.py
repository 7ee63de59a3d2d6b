"""A person's name written surname first at the start of a list line: "SURNAME, Given Names, a former ...".

Sanctions lists and the releases that copy them write designees as "KHIN, Aye Mya" or "DOE, John Paul (a.k.a.
...)". The small model reads the upper-case surname as an organization or leaves it out, and keeps only the given
names, so the post stated after them went to a fragment ("Aye Mya") that is not the person. At the start of a line,
an upper-case word, a comma and one to four capitalised words closed by a comma, "(" or the line's end are one
person's name; the mention keeps the words as written (the evaluation and curation read "SURNAME, Given" in either
order).
"""
from __future__ import annotations

from spacy.tokens import Doc

from .gazetteers import Gazetteers
from .mention import Mention

#: Upper-case words that open a line but are no surname ("NOTE, ...", "WASHINGTON, March 3").
NOT_SURNAMES = {"NOTE", "WASHINGTON", "UPDATE", "BACKGROUND", "ALSO", "AND", "OR", "THE", "TODAY"}


def _line_start(doc: Doc, i: int) -> bool:
    """Token `i` opens a line (the document, or a newline before it)."""
    if i == 0:
        return True
    prev = doc[i - 1]
    return "\n" in prev.whitespace_ or (prev.is_space and "\n" in prev.text) or prev.text in {"-", "\u2022", "*"} and _line_start(doc, i - 1)


def _given_end(doc: Doc, k: int) -> int | None:
    """End of one to four capitalised given names from token `k`, closed by ",", "(", ";" or the line's end."""
    j = k
    while j < len(doc) and j - k < 5 and (doc[j].is_title or (doc[j].text == "-" and j > k and not doc[j - 1].whitespace_)):
        if doc[j].is_title and not doc[j].is_alpha:
            return None
        j += 1
    if j == k or not doc[j - 1].is_title or j - k > 4:
        return None
    if j < len(doc) and doc[j].text not in {",", "(", ";"} and "\n" not in doc[j - 1].whitespace_:
        return None
    return j


def join_inverted_names(doc: Doc, mentions: list[Mention], gaz: Gazetteers) -> list[Mention]:
    """The mentions with each line-opening "SURNAME, Given Names" as one PERSON mention (the pieces it holds dropped)."""
    found: list[tuple[int, int]] = []
    for tok in doc:
        if not (tok.is_upper and tok.is_alpha and len(tok.text) >= 2) or tok.text in NOT_SURNAMES or tok.text in gaz.countries:
            continue
        if tok.i + 2 >= len(doc) or doc[tok.i + 1].text != "," or not _line_start(doc, tok.i) or gaz.authority(tok.text):
            continue
        end = _given_end(doc, tok.i + 2)
        if end is not None:
            found.append((tok.i, end))
    found = [(s, e) for s, e in found if not any(  # a longer name or a known body over the words: leave them
        m.start < e and s < m.end and (m.start < s or m.end > e or m.authority or m.label in {"PROGRAM", "VESSEL"}) for m in mentions)]
    if not found:
        return mentions
    kept = [m for m in mentions if not any(m.start < e and s < m.end for s, e in found)]
    kept += [Mention(s, e, doc[s:e].text, "PERSON") for s, e in found]
    kept.sort(key=lambda m: m.start)
    return kept
