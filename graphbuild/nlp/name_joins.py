"""A body's name the model cut at "and" or "to" (NS, thirtieth session).

Why: the model often ends a long name at its first lower-case word. "the National State Television and Radio Company
of ..." became two bodies, "National State Television" and "Radio Company"; "the X Federation of Red Cross and Red
Crescent Societies" one body cut before "and"; "the Special Force to Combat Drug Trafficking" a "Special Force". The
post a person holds there went to the fragment, and a firm "X and Sons Trading LLC" was designated as "Sons Trading
LLC" beside a body "X" that the text never names.

- over "and": two bodies' mentions with only "and" between them are one name when the first is no whole name of its
  own: its last word is neither a kind noun ("ministry", "company") nor a legal form; the text writes neither part
  anywhere but in "A and B"; and either "the" stands before the first (one article for one name: "the A and B") or
  the first is one word and the second ends in a legal form the first lacks ("A and Sons Trading LLC"; a person's
  full name before "and B LLC" is a person). Two names before one plural noun ("the A and B firms"; review RN), two
  names each written elsewhere or each
  a whole body's name ("the Ministry of Defense and Rosoboronexport"), stay two.
- over "to": a body's name ending in a kind noun and followed by "to" and a capitalised word that no other mention
  takes ("Force to Combat ...", "Committee to Protect ..."): the capitalised run after "to" is the name's end. "sent
  the Army to Crimea" names a place after "to", a mention of its own, and is left alone.
"""
from __future__ import annotations

import re

from spacy.tokens import Doc

from .body_heads import COMPLEMENT_OPENERS, kind_nouns
from .company_forms import legal_forms
from .gazetteers import Gazetteers
from .mention import Mention
from ..names import fold

_MARKS = re.compile(r"[.,()]")  # compiled once (issue 18, PF, 32nd)

__all__ = ["join_cut_bodies"]

#: Lower-case words that may stand inside the capitalised run after "to" ("to Monitor and Combat Trafficking in Persons").
RUN_LINKS = frozenset({"and", "of", "in", "the", "for", "against"})
#: Longest run of words taken in after "to".
MAX_RUN = 8


def join_cut_bodies(doc: Doc, mentions: list[Mention], gaz: Gazetteers) -> list[Mention]:
    """`mentions` with each body's name cut at "and" or "to" made whole (see the module's docstring)."""
    if not any(m.end < len(doc) and doc[m.end].lower_ in {"and", "to"} for m in mentions):
        return mentions  # most documents' names: nothing to read (issue 18: the word sets are built only when needed)
    kinds = kind_nouns(gaz)
    forms = {_plain(f) for f in legal_forms()}
    mentions = _join_over_and(doc, sorted(mentions, key=lambda m: m.start), kinds, forms)
    _run_on_after_to(doc, mentions, kinds)
    return mentions


def _plain(word: str) -> str:
    """A word folded and without punctuation, as the legal forms and kind nouns are compared."""
    return _MARKS.sub("", fold(word))


def _last_word(doc: Doc, m: Mention) -> str:
    """The mention's last word, plain."""
    return _plain(doc[m.end - 1].text)


def _body(m: Mention) -> bool:
    """A body's mention of the model's or the passes' own (no authority, no alias of another name)."""
    return m.label == "ORG" and not m.authority and m.alias_of is None


def _lone_word(m: Mention) -> bool:
    """A one-word "person" the model read in "A and B Trading LLC": a firm's first word as often as a surname; the
    form that must end the second name decides (`_one_name`)."""
    return m.label == "PERSON" and m.end - m.start == 1 and m.alias_of is None


def _join_over_and(doc: Doc, mentions: list[Mention], kinds: frozenset[str], forms: set[str]) -> list[Mention]:
    """`mentions` (in order) with each pair "A and B" that `_one_name` reads as one name made one mention."""
    out: list[Mention] = []
    text = doc.text
    for m in mentions:
        prev = out[-1] if out else None
        if prev is not None and (_body(prev) or _lone_word(prev)) and _body(m) and m.start == prev.end + 1 \
                and doc[prev.end].text == "and" and _one_name(doc, prev, m, kinds, forms, text):
            prev.end, prev.text, prev.label = m.end, doc[prev.start:m.end].text, m.label
            continue
        out.append(m)
    return out


def _head(doc: Doc, m: Mention) -> int:
    """The name's head word: its last word before a complement ("Ministry" of "Ministry of Defense")."""
    k = next((i for i in range(m.start + 1, m.end) if doc[i].lower_ in COMPLEMENT_OPENERS), m.end)
    return k - 1


def _one_name(doc: Doc, first: Mention, second: Mention, kinds: frozenset[str], forms: set[str], text: str) -> bool:
    """"A and B" is one body's name: A is no whole name, neither is written apart, and an article or a form binds them."""
    head = _head(doc, first)
    if _plain(doc[head].text) in kinds or _plain(doc[head].text) in forms or doc[head].lemma_.lower() in kinds:
        return False  # "the Ministry of Defense and Y": the first is a whole body's name, headed by its kind noun
    together = text.count(f"{first.text} and {second.text}")
    if text.count(first.text) != together or text.count(second.text) != together:
        return False  # a part written apart elsewhere: two names
    if second.end < len(doc) and doc[second.end].tag_ == "NNS":
        return False  # "the A and B firms": one plural noun shared by two names (RN)
    article = first.label == "ORG" and first.start > 0 and doc[first.start - 1].lower_ == "the" \
        and first.end - first.start >= 2
    first_forms = {_plain(t.text) for t in doc[first.start:first.end]} & forms
    formed = first.end - first.start == 1 and _last_word(doc, second) in forms and not first_forms  # not "A B and C LLC"
    return article or formed


def _run_word(doc: Doc, k: int) -> bool:
    """Token `k` goes on a capitalised run: a capitalised word, or a linking word before one ("Monitor and Combat")."""
    if doc[k].text.istitle():
        return True
    return doc[k].lower_ in RUN_LINKS and k + 1 < len(doc) and doc[k + 1].text.istitle()


def _destination(doc: Doc, to: int, m: Mention) -> bool:
    """The "to" after the body is a verb's, said before the body: where the body went ("moved its Special Operations
    Force to Donetsk", "deployed the Rapid Intervention Force to Goma"), not the rest of its name (lead's final read,
    thirtieth session: places the model did not tag were taken into the name)."""
    head = doc[to].head
    return doc[to].dep_ in {"prep", "dative"} and head.pos_ == "VERB" and head.i < m.start  # a copula goes nowhere


def _run_on_after_to(doc: Doc, mentions: list[Mention], kinds: frozenset[str]) -> None:
    """Extend, in place, each body's name ending in a kind noun over "to" and the capitalised run after it."""
    starts = {m.start for m in mentions}
    taken = {i for m in mentions for i in range(m.start, m.end)}
    for m in mentions:
        to = m.end
        if not _body(m) or to + 1 >= len(doc) or doc[to].lower_ != "to" or _last_word(doc, m) not in kinds:
            continue
        k = to + 1
        if not doc[k].text.istitle() or doc[k].is_sent_start or k in starts or k in taken or _destination(doc, to, m):
            continue
        end = k
        while end < len(doc) and end - to <= MAX_RUN and end not in taken and _run_word(doc, end):
            end += 1
        while doc[end - 1].lower_ in RUN_LINKS:
            end -= 1  # "Force to Combat Trafficking in Ukraine": the place is a mention of its own, "in" is not the name's
        m.end, m.text = end, doc[m.start:end].text
        taken.update(range(to, end))
