"""A person's name written surname first at the start of a list line: "SURNAME, Given Names, a former ...".
(also after a number or bullet opening the line, "1. SURNAME, Given", and inside "(a.k.a. SURNAME, Given)": R21)

Sanctions lists and the releases that copy them write designees as "KHIN, Aye Mya" or "DOE, John Paul (a.k.a.
...)". The small model reads the upper-case surname as an organization or leaves it out, and keeps only the given
names, so the post stated after them went to a fragment ("Aye Mya") that is not the person. At the start of a line,
an upper-case word, a comma and one to four capitalised words closed by a comma, "(" or the line's end are one
person's name; the mention keeps the words as written (the evaluation and curation read "SURNAME, Given" in either
order).
"""
from __future__ import annotations

from spacy.attrs import IS_ALPHA, IS_UPPER
from spacy.tokens import Doc

from .gazetteers import Gazetteers
from .mention import PERSON_WORD, Mention, replace_spans
from .doc_text import doc_text
from .token_words import tokens_flagged

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
    if j < len(doc) and doc[j].text not in {",", "(", ";", ")"} and "\n" not in doc[j - 1].whitespace_ \
            and not (doc[j].is_space and "\n" in doc[j].text):  # the line's end, a token of its own after a blank line
        return None
    return j


def join_inverted_names(doc: Doc, mentions: list[Mention], gaz: Gazetteers) -> list[Mention]:
    """The mentions with each line-opening "SURNAME, Given Names" as one PERSON mention (the pieces it holds dropped)."""
    found: list[tuple[int, int]] = []
    for i in tokens_flagged(doc, IS_UPPER, IS_ALPHA):  # no other token passes the first test below
        tok = doc[i]
        if not (tok.is_upper and tok.is_alpha and len(tok.text) >= 2) or tok.text in NOT_SURNAMES or tok.text in gaz.countries:
            continue
        if tok.i + 2 >= len(doc) or doc[tok.i + 1].text != "," or gaz.authority(tok.text) \
                or not (_line_start(doc, tok.i) or _after_enumerator(doc, tok.i) or _after_aka(doc, tok.i)):
            continue
        end = _given_end(doc, tok.i + 2)
        if end is not None:
            found.append((tok.i, end))
    found += _capitalised_openers(doc, gaz, {s for s, _ in found})
    found = [(s, e) for s, e in found if not any(  # a longer name or a known body over the words: leave them
        m.start < e and s < m.end and (m.start < s or m.end > e or m.authority or m.label in {"PROGRAM", "VESSEL"}) for m in mentions)]
    return replace_spans(doc, mentions, found, "PERSON") if found else mentions


def _capitalised_openers(doc: Doc, gaz: Gazetteers, taken: set[int]) -> list[tuple[int, int]]:
    """"1. MIN THAN ZAW, Lieutenant General, ..." / "THAN HLA (a.k.a. ...), the ...": two to four upper-case words
    opening a numbered or bulleted list line, closed by a comma or "(", are a person's name as lists write it. Words
    of a company (legal forms, company words), countries and authorities are not."""
    from .company_forms import company_forms  # the legal forms' gazetteer, read once

    forms = company_forms().forms
    out = []
    for i in tokens_flagged(doc, IS_UPPER, IS_ALPHA):  # no other token passes the test below
        tok = doc[i]
        if tok.i in taken or not (tok.is_upper and tok.is_alpha) or tok.i < 2 or not _after_enumerator(doc, tok.i):
            continue
        end = tok.i
        while end < len(doc) and end - tok.i < 5 and doc[end].is_upper and doc[end].is_alpha:
            end += 1
        words = doc[tok.i:end]
        if not 2 <= len(words) <= 4 or end >= len(doc) or doc[end].text not in {",", "("}:
            continue
        if any(t.text in forms or t.lower_ in gaz.company_words or t.text in gaz.countries for t in words) or gaz.authority(words.text):
            continue
        if _person_evidence(doc, gaz, tok.i, end):
            out.append((tok.i, end))
    return out


def _person_evidence(doc: Doc, gaz: Gazetteers, start: int, end: int) -> bool:
    """A person's name, not a company's in capitals: the words recur in title case ("Than Hla approved ..."), or a
    title or "who" follows the comma ("MIN THAN ZAW, Lieutenant General, who ...")."""
    spelled = " ".join(t.text.capitalize() for t in doc[start:end])
    if spelled in doc_text(doc):
        return True
    k = end + 1 if doc[end].text == "," else end
    nxt = doc[k] if k < len(doc) else None
    return nxt is not None and (nxt.lower_ in gaz.title_heads or nxt.lower_ in gaz.title_modifiers or nxt.lower_ == "who")


def _after_aka(doc: Doc, i: int) -> bool:
    """Token `i` opens an alias in parentheses: "(a.k.a. SURNAME, Given)" spells the name as the entry does (R21)."""
    k = i - 1
    while k >= 0 and doc[k].text in {".", ":"}:
        k -= 1
    return k >= 1 and doc[k].lower_.rstrip(".") in {"a.k.a", "aka", "f.k.a", "fka"} and doc[k - 1].text == "("


def _after_enumerator(doc: Doc, i: int) -> bool:
    """Token `i` follows a list marker that opens its line ("1.", "2)", "-", "*")."""
    k = i - 1
    while k >= 0 and doc[k].text in {".", ")"}:
        k -= 1
    marker = doc[k]
    return k < i and (marker.like_num or marker.text in {"-", "*", "\u2022"}) and _line_start(doc, k)


def retype_surname_first(mentions: list[Mention], gaz: Gazetteers) -> None:
    """Relabel, in place, ORG mentions written "SURNAME Given" ("HUANG Zhiqiang", "PARK Min-jun") as people: an
    upper-case surname and one or two capitalised given names, with no word of a body, a title or a legal form, and
    a surname that the document never uses alone as a body's acronym."""
    from .company_forms import company_forms  # the legal forms' gazetteer, read once

    forms = company_forms().forms
    acronyms = {m.text for m in mentions if m.label == "ORG" and " " not in m.text}
    body_words = gaz.company_words | gaz.public_body_words | gaz.group_nouns | set(gaz.title_heads) | gaz.title_modifiers
    for m in mentions:
        words = m.text.split()
        if m.label != "ORG" or m.authority or not 2 <= len(words) <= 3:
            continue
        surname, given = words[0], words[1:]
        if not (surname.isalpha() and surname.isupper() and 2 <= len(surname) <= 8) or surname in acronyms or surname in gaz.countries:
            continue
        if not set(surname) & set("AEIOUY"):
            continue  # "HS Veloria", "MV Star": a vessel's prefix, never a surname
        if all(PERSON_WORD.match(w) and not w.isupper() for w in given) and not any(
                w.lower() in body_words or w in forms for w in words):
            m.label = "PERSON"
