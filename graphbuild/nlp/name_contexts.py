"""Names found from their context: vessels, names after a kind noun, numbers that end a name, headline pieces.

Companion of `name_spans.py` (which repairs spans around legal forms and personal names): these rules read
the words around a candidate ("the Panama-flagged X (IMO ...)", "Russian company X", "Branch 114", the
document's title line) and touch only the tokens next to such cues.
"""
from __future__ import annotations

import re
from functools import lru_cache

from spacy.tokens import Doc, Span

from ..names import fold
from .company_forms import folded_legal_forms
from .doc_text import doc_text, token_words
from .gazetteers import Gazetteers
from .mention import CALENDAR_WORDS, HYPHENS, Mention, by_token
from .word_trie import longest_first

# capitalised words that open a sentence or a headline and are not part of a name
NOT_NAME_WORDS = {"the", "a", "an", "today", "treasury", "sanctions", "sanctioned", "designates", "designated", "targets", "also",
                  "and", "or", "but", "this", "these", "that", "its", "his", "her", "their", "moreover", "additionally", "separately",
                  "in", "on", "at", "by", "for", "from", "with", "as", "of", "to", "u.s.-designated", "u.s.-sanctioned", "former", "then",
                  "ofac", "secretary", "under", "deputy", "acting"}
ROMAN = re.compile(r"^(?:I{1,3}|IV|V|VI{0,3}|IX|X{1,3})$")


def token_indices(doc: Doc, pattern: re.Pattern[str], group: int = 0) -> list[int]:
    """Indices of the tokens where `pattern` matches the text: the cues are found by one regex pass over the
    text, not by a Python loop over every token (extraction must stay cheap next to the model)."""
    found: list[int] = []
    for match in pattern.finditer(doc_text(doc)):
        span = doc.char_span(match.start(group), match.end(group), alignment_mode="expand")
        if span is not None and len(span):
            found.append(span.start)
    return found


def _is_name_word(text: str) -> bool:
    """Capitalised word, all-caps word, number, or alphanumeric code ("3ZED", "4Test")."""
    return bool(text) and (text[:1].isupper() or text[:1].isdigit()) and any(c.isalnum() for c in text)


def _same_line(doc: Doc, i: int) -> bool:
    return "\n" not in doc[i].whitespace_ and "\n" not in doc[i].text


def _protected(doc: Doc, mentions: list[Mention]) -> set[int]:
    """Tokens of authorities and programs: never part of a repaired name."""
    return {i for m in mentions if m.authority or m.label == "PROGRAM" for i in range(m.start, m.end)}


# ---- headings -------------------------------------------------------------------------------

def drop_heading_fragments(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """A headline is not a sentence: a name-shaped piece of the document's title line ("Sanctions Chief Moves",
    "Over Cyberattack") is no entity unless the body of the document names it too. Only the title line: other short
    capitalised lines are often list items or designees set as sub-headings, which are names as they stand."""
    text = doc_text(doc)
    headings = sorted(_title_line(text))
    title = doc.char_span(headings[0][0], headings[0][1], alignment_mode="expand") if headings else None
    if title is None or not any(m.start < title.end for m in mentions):
        return mentions
    body_parts: list[str] = []
    pos = 0
    for start, end in sorted(headings):
        body_parts.append(text[pos:start])
        pos = max(pos, end)
    body_parts.append(text[pos:])
    body: str | None = None  # the folded body, made only when a heading's name needs it (folding a release costs)
    kept: list[Mention] = []
    for m in mentions:
        start_char = doc[m.start].idx
        heading = next(((s, e) for s, e in headings if s <= start_char < e), None)
        if heading is None or m.authority or m.label in {"GPE", "NORP", "PROGRAM"} or m.alias_of is not None:
            kept.append(m)
            continue
        line = text[heading[0]:heading[1]].strip()
        if fold(line) == fold(m.text):
            kept.append(m)
            continue
        if body is None:
            body = fold(" ".join(body_parts))
        if fold(m.text) in body:
            kept.append(m)
    return kept


def _title_line(text: str) -> set[tuple[int, int]]:
    """The first line when it reads as a headline: no final full stop, up to 20 words, mostly capitalised. A date line
    ("May 2, 2024") or a short label without a lower-case letter ("PRESS RELEASE", "MEDIA NOTE") before it is
    skipped (up to two such lines): the headline is the line after them."""
    stripped = text.lstrip()
    offset = len(text) - len(stripped)
    for _ in range(2):
        first, sep, rest = stripped.partition("\n")
        if not sep or not rest.strip() or not _label_line(first):
            break
        after = rest.lstrip()
        offset += len(stripped) - len(after)
        stripped = after
    line = stripped.split("\n", 1)[0].rstrip()
    words = line.split()
    if not words or len(words) > 20 or line.endswith((".", ":", ";", ",")) or "\n" not in stripped:
        return set()
    capitalised = sum(1 for w in words if w[:1].isupper() or not w[:1].isalpha())
    return {(offset, offset + len(line))} if capitalised >= 0.6 * len(words) else set()


def _label_line(line: str) -> bool:
    """A date ("March 6, 2024", "**June 6, 2023**") or a label of up to four words without a lower-case letter
    ("PRESS RELEASE", "MEDIA NOTE") on a release's first lines: no headline."""
    words = [w.strip("*#_,.:") for w in line.split()]
    words = [w for w in words if w]
    if not words:
        return False
    if words[0].lower() in CALENDAR_WORDS and all(w.isdigit() for w in words[1:]) and len(words) <= 3:
        return True
    return len(words) <= 4 and not any(c.islower() for c in line) and any(c.isalpha() for c in line)


# ---- names after a kind noun ------------------------------------------------------------------

COMPANY_NOUNS = {"company", "firm", "subsidiary", "wholesaler", "supplier", "distributor", "manufacturer", "exporter",
                 "importer", "affiliate", "companies", "firms", "subsidiaries"}


def _names_after_kind_nouns(doc: Doc, mentions: list[Mention], gaz: Gazetteers) -> list[Mention]:
    """"to Russian company Acme", "the tanker Nova": after a kind noun, a capitalised name is a company or a vessel,
    also a one-word name the model left untagged or read as a person or place."""
    owner = by_token(mentions)
    added: list[Mention] = []
    for i in token_indices(doc, _kind_noun(frozenset(COMPANY_NOUNS | gaz.vessel_words))):
        low = doc[i].text  # lower-case nouns only: "Company" opens or ends a name
        if i + 1 >= len(doc) or (low not in COMPANY_NOUNS and low not in gaz.vessel_words):
            continue
        label = "VESSEL" if low in gaz.vessel_words else "ORG"
        j = i + 1
        while j < len(doc):
            start = j
            held = owner.get(start)
            if held is not None:
                if held.start != start or held.authority or held.text in gaz.countries or held.text in gaz.demonyms:
                    break
                if held.label in {"PERSON", "GPE"} and held.end - held.start <= 4 and not _relative_subject(doc, i, held.end):
                    held.label = label  # "the company Lumen Brisk" read as a person
                end = held.end
            else:
                end = start
            while held is None and end < len(doc) and end - start < 4 and end not in owner and _is_name_word(doc[end].text) and not doc[end].is_punct \
                    and doc[end].lower_ not in NOT_NAME_WORDS and doc[end].lower_ not in gaz.title_heads and doc[end].lower_ not in CALENDAR_WORDS \
                    and _same_line(doc, max(start, end - 1)):
                end += 1
            if end == start or doc[start].text in gaz.demonyms or doc[start:end].text in gaz.countries or not doc[start].text[:1].isupper():
                break
            if _relative_subject(doc, i, end):
                break  # "a company Ivan Petrov owns": the subject of a relative clause, not the company's name
            if held is None:
                added.append(Mention(start, end, doc[start:end].text, label))
            if not low.endswith("s") or end + 1 >= len(doc) or doc[end].lower_ not in {",", "and"}:
                break
            j = end + 1 + (1 if end + 1 < len(doc) and doc[end].text == "," and doc[end + 1].lower_ == "and" else 0)
    if not added:
        return mentions
    return sorted(mentions + added, key=lambda m: m.start)


def _relative_subject(doc: Doc, noun: int, end: int) -> bool:
    """"a company Ivan Petrov owns": a finite verb right after the name makes it a relative clause's subject, unless
    the kind noun compounds into the name, which is then the sentence's subject ("Varnolt subsidiary Varnolt Zelmorneft
    is developing ...", "The firm Lumen Brisk sold ..."; TY, thirty-second session: the parent's subsidiaries were
    persons, one of them a "member" of its parent)."""
    if end >= len(doc) or doc[end].tag_ not in {"VBZ", "VBD", "VBP"}:
        return False
    kind = doc[noun]
    return not (kind.dep_ == "compound" and noun < kind.head.i < end)


# ---- vessels ----------------------------------------------------------------------------------

def _vessel_runs(doc: Doc, mentions: list[Mention], gaz: Gazetteers) -> list[tuple[int, int]]:
    """Upper-case vessel names: before "(IMO ...)", after a vessel word or "-flagged", and their later repetitions."""
    names: set[tuple[str, ...]] = set()
    imo = token_indices(doc, _IMO)
    vessel_words = frozenset(gaz.vessel_words)
    cues = token_indices(doc, _vessel_cue(vessel_words))
    if not imo and not cues:
        return []
    protected = _protected(doc, mentions)
    for i in imo:  # the "(" before IMO
        span = _caps_run_ending(doc, i, protected) if i >= 1 else None
        if span and not _firm_named(doc, span):
            names.add(tuple(t.text for t in doc[span[0]:span[1]]))
    for i in cues:
        plural = doc[i].lower_.endswith("s") and doc[i].lower_ not in vessel_words
        if plural and not doc[i].is_lower:
            continue  # "Caspian Gulf Tankers FZCO": a firm's name, no vessel word
        span = _caps_run_starting(doc, i + 1, protected)
        if plural and span and span[1] < len(doc) and doc[span[1]].tag_ == "VBZ":
            span = None  # "the tankers X operates carried oil": X is a clause's subject, no vessel (RTY, 32nd)
        while span and not _firm_named(doc, span):
            names.add(tuple(t.text for t in doc[span[0]:span[1]]))
            span = _next_listed(doc, span[1], protected) if plural else None
        span = _apposed_before(doc, i, protected)
        if span and not _firm_named(doc, span):
            names.add(tuple(t.text for t in doc[span[0]:span[1]]))
    if not names:
        return []
    firsts = {name[0] for name in names}
    texts = token_words(doc)[0]  # the words, not a `Token` per word and per name compared (issue 18, PF)
    runs: list[tuple[int, int]] = []
    i = 0
    while i < len(doc):
        if texts[i] in firsts:
            best = max((nm for nm in names if tuple(texts[i:i + len(nm)]) == nm), key=len, default=None)
            if best is not None and not (i + len(best) < len(doc) and _caps_word(texts[i + len(best)])):
                runs.append((i, i + len(best)))
                i += len(best)
                continue
        i += 1
    return runs


def _firm_named(doc: Doc, span: tuple[int, int]) -> bool:
    """A name that ends in a legal form ("OSPREY SHIPPING LLC", "X MARINE Ltd") is a firm wherever it stands: listed
    with the vessels it manages or before its own "(IMO ...)" company number (RTY, thirty-second session: such firms
    were vessels, and their chairmen held posts at a vessel)."""
    forms = folded_legal_forms()
    last = doc[span[1] - 1].text.rstrip(".").casefold()
    after = doc[span[1]].text.rstrip(".").casefold() if span[1] < len(doc) else ""
    return last in forms or after in forms


#: the marks that open a described name's apposition ("X, a motor yacht", "X - a superyacht", "X — longliner")
APPOSITION_MARKS = frozenset({",", "-", "--", "\u2013", "\u2014"})


def _apposed_before(doc: Doc, cue: int, protected: set[int]) -> tuple[int, int] | None:
    """"SEA X, a 42-meter motor yacht", "Y - a 72-meter superyacht", "Z — tuna longliner": the upper-case name an
    apposition headed by a vessel word describes (TY, thirty-second session: such vessels were organizations)."""
    if doc[cue].dep_ == "compound" or cue + 1 < len(doc) and doc[cue + 1].pos_ in {"NOUN", "PROPN"}:
        return None  # "NIOC, a tanker operator": the vessel word does not head the apposition
    if cue + 1 < len(doc) and doc[cue + 1].text in HYPHENS and not doc[cue].whitespace_:
        return None  # "X, a vessel-owning company": the vessel word opens a hyphened modifier (RTY, 32nd)
    k = cue - 1
    while k > 0 and cue - k <= 6 and (doc[k].like_num or doc[k].text == "-" and not doc[k].whitespace_
                                      or doc[k].is_lower and not doc[k].is_stop and doc[k].pos_ in {"NOUN", "ADJ", "NUM", "PROPN"}):
        k -= 1  # the apposition's modifiers: "42-meter motor", "wooden cargo", "tuna"
    article = k > 0 and doc[k].lower_ in {"a", "an"}
    if article:
        k -= 1
    if k < 1 or doc[k].text not in APPOSITION_MARKS or (doc[k].text != "," and not doc[k - 1].whitespace_) \
            or doc[k].text == "," and not article:
        return None  # "X, which manage tankers": a clause, no apposition; a comma's apposition takes its article
    span = _caps_run_ending(doc, k, protected) if _same_line(doc, k - 1) else None
    while span and span[0] >= 2 and doc[span[0] - 1].text in HYPHENS and not doc[span[0] - 1].whitespace_ \
            and not doc[span[0] - 2].whitespace_ and (span[0] - 2) not in protected and _caps_word(doc[span[0] - 2].text):
        start = _caps_run_ending(doc, span[0] - 1, protected)  # "NOOR AL-BAHR": the hyphen joins one name's words
        span = (start[0] if start else span[0] - 2, span[1])
    return span


def _next_listed(doc: Doc, end: int, protected: set[int]) -> tuple[int, int] | None:
    """The next upper-case name of a list after a plural vessel word ("the vessels A, B, and C")."""
    k = end
    if k < len(doc) and doc[k].text == ",":
        k += 1
    if k < len(doc) and doc[k].lower_ == "and":
        k += 1
    return _caps_run_starting(doc, k, protected) if k > end else None


_IMO = re.compile(r"\((?=\s*IMO\b)")


@lru_cache(maxsize=8)
def _vessel_cue(words: frozenset[str]) -> re.Pattern[str]:
    return re.compile(r"(?<!\w)(?:" + "|".join(sorted(map(re.escape, words | {"flagged"}))) + r")s?(?!\w)", re.I)


@lru_cache(maxsize=8)
def _kind_noun(words: frozenset[str]) -> re.Pattern[str]:
    # As a trie (word_trie, ~2x quicker: PF, 32nd) when no word holds a capital or a figure: then no two words can both
    # match at one position with " [A-Z0-9]" after each, so the alphabetical order the alternation tried decides nothing.
    alternation = "|".join(sorted(map(re.escape, words))) if _CAPITAL_OR_FIGURE.search("".join(words)) else longest_first(words)
    return re.compile(r"(?<![\w-])(?:" + alternation + r")(?= [A-Z0-9])")


_CAPITAL_OR_FIGURE = re.compile(r"[A-Z0-9]")


def _caps_word(text: str) -> bool:
    return (text.isupper() and any(c.isalpha() for c in text)) or text.isdigit() or bool(ROMAN.match(text))


def _caps_run_ending(doc: Doc, end: int, protected: set[int]) -> tuple[int, int] | None:
    start = end
    while start > 0 and start - 1 not in protected and _caps_word(doc[start - 1].text) and end - start < 6 and _same_line(doc, start - 1):
        start -= 1
    while start < end and not (doc[start].text.isupper() and doc[start].is_alpha):
        start += 1  # a name starts with a word, not a number
    return (start, end) if start < end and (end - start > 1 or len(doc[start]) > 2) else None


def _caps_run_starting(doc: Doc, start: int, protected: set[int]) -> tuple[int, int] | None:
    if start >= len(doc) or not (doc[start].text.isupper() and doc[start].is_alpha and len(doc[start]) > 2) or start in protected:
        return None
    end = start
    while end < len(doc) and end not in protected and _caps_word(doc[end].text) and end - start < 6 and (end == start or _same_line(doc, end - 1)):
        end += 1
    return (start, end)


# ---- numbers ----------------------------------------------------------------------------------

#: Signs between a unit's name and its number ("Penal Colony No. 6", "Plant No 3").
NUMBER_SIGNS = frozenset({"No.", "No", "Nr.", "Nr", "№", "#"})


def _absorb_numbers(doc: Doc, mentions: list[Mention]) -> None:
    """"Nova 12", "Unit 114": a number right after a name belongs to it (not a year, an amount or a count)."""
    starts = {m.start for m in mentions}
    for m in mentions:
        if m.label not in {"ORG", "VESSEL", "PERSON"} or m.authority or m.end >= len(doc) or m.end in starts:
            continue
        at = m.end
        if doc[at].text in NUMBER_SIGNS:  # "Penal Colony No. 6" (R21)
            at += 2 if at + 2 < len(doc) and doc[at + 1].text == "." and not doc[at].text.endswith(".") else 1
        if at >= len(doc):
            continue
        tok = doc[at]
        if not tok.text.isdigit() or len(tok.text) > 5 or re.fullmatch(r"(19|20)\d\d", tok.text) or not _same_line(doc, m.end - 1):
            continue  # five digits: "Military Unit 26165"
        if at + 1 < len(doc) and (doc[at + 1].lower_ in {"%", "percent", "million", "billion", "thousand", "people", "individuals",
                                                        "entities", "vessels", "companies", "of", "and"} or doc[at + 1].like_num):
            continue
        if not doc[m.end - 1].text[:1].isupper():
            continue
        m.end = at + 1
        m.text = doc[m.start:m.end].text
        if m.label == "PERSON":
            m.label = "ORG"  # "Vostok Branch 114": people are not numbered, units and firms are


# Numbered things that are texts, not units: "Resolution 2231", "Section 7031", "Directive 4".
LEGAL_NUMBERED = {"Resolution", "Resolutions", "Section", "Article", "Order", "Act", "Law", "Decree", "Paragraph", "Annex", "Part",
                  "Chapter", "Title", "Rule", "Regulation", "Directive", "License", "Licence", "Amendment", "Protocol", "Phase"}


def numbered_unit_runs(doc: Doc, mentions: list[Mention]) -> list[tuple[int, int]]:
    """"X Branch 215, Branch 216, and Branch 290": once the document names a numbered unit ("... Branch 215"), the
    same noun with another number is a unit too, also where the model tagged it as a person or not at all; right
    after an organization's name it is that organization's unit ("Syrian Military Intelligence Branch 248")."""
    nouns = {doc[m.end - 2].text for m in mentions if m.label == "ORG" and m.end - m.start >= 2 and doc[m.end - 1].text.isdigit()
             and doc[m.end - 2].text[:1].isupper() and doc[m.end - 2].is_alpha}
    nouns |= {doc[m.end].text for m in mentions if m.label == "ORG" and not m.authority and m.end + 1 < len(doc)
              and doc[m.end].text[:1].isupper() and doc[m.end].is_alpha and doc[m.end + 1].text.isdigit() and _same_line(doc, m.end)}
    nouns -= LEGAL_NUMBERED
    runs: list[tuple[int, int]] = []
    if not nouns:
        return runs
    orgs = [m for m in mentions if m.label in {"ORG", "VESSEL"}]
    for tok in doc[:-1]:
        number = doc[tok.i + 1]
        if tok.text not in nouns or not number.text.isdigit() or len(number.text) > 4 or re.fullmatch(r"(19|20)\d\d", number.text):
            continue
        if any(m.start <= tok.i and number.i < m.end for m in orgs):
            continue  # already inside an organization's name
        parent = next((m for m in orgs if m.end == tok.i and not m.authority and _same_line(doc, tok.i)), None)
        runs.append((parent.start if parent is not None else tok.i, tok.i + 2))  # "Syrian Military Intelligence" + "Branch 248"
    return runs


BODY_HEADS = {"Ministry", "Office", "Department", "Secretariat", "Directorate"}
CUT_MODIFIERS = {"Vice", "Deputy"}


def body_name_runs(doc: Doc, mentions: list[Mention], title_heads: set[str]) -> list[tuple[int, int]]:
    """Names of public bodies the model cut: "Ministry of Economy, Finances | , and External Trade" (a serial list of
    fields closed by "and") and "Office of the Vice | President" (a title modifier cannot end a name)."""
    runs: list[tuple[int, int]] = []
    for m in mentions:
        words = doc[m.start:m.end]
        if m.label != "ORG" or m.authority or not any(t.text in BODY_HEADS for t in words) or "of" not in {t.lower_ for t in words}:
            continue
        end = m.end
        if doc[end - 1].text in CUT_MODIFIERS and end < len(doc) and doc[end].lower_ in title_heads and doc[end].text[:1].isupper():
            runs.append((m.start, end + 1))
            continue
        j = end + (1 if end < len(doc) and doc[end].text == "," else 0)
        if j + 1 >= len(doc) or doc[j].lower_ != "and" or "," not in words.text:
            continue  # "Ministry of A, B, and C" or "Ministry of A, B and C": the closing "and" of the list; with no
            # comma inside the name, ", and X" opens the next list item ("at Russia's Ministry of Energy, and X, a
            # director at ...": P11)
        k = j + 1
        while k < len(doc) and k - j <= 3 and doc[k].text[:1].isupper() and doc[k].is_alpha and doc[k].text not in BODY_HEADS:
            k += 1
        later = [x for x in mentions if j < x.start < k]
        if k > j + 1 and (k >= len(doc) or not doc[k].text[:1].isupper()) and all(x.label == "ORG" and x.end <= k for x in later):
            runs.append((m.start, k))
    return runs
