"""Which person a bare surname means when two people of the document bear it (P16, twentieth session).

"OFAC designated Viktor Dalmanov ... His brother, Mikhail Dalmanov, was not designated. Dalmanov is the chief
procurement officer of Y": the most recently named (the brother) was taken, and P14/P15's "the person named first"
moved many right readings of real releases. The text's own cue decides instead: a person whose first naming is as
somebody's relative ("His brother, X", "X, her son,", "Y's wife, X", "the son of X": `introduced_as_kin`) is the
other person's relative, so when exactly one person bearing the surname was not named so, the surname is that one.
A surname before anyone bearing it is named is no relative named after it ("designated Dremmik. His brother, Anzel
Dremmik, ..." when the model left the designee's given name out): it means nobody. A short name the release defines
in brackets after one bearer's naming ("Ivo K. Marden (Marden), son of ... Pavel Marden") is that bearer's. Otherwise
the bearer whose last mention before the surname is the nearest (`coref.DocResolver._person_surname_candidate`), and
nobody when that mention's sentence names another bearer too ("OFAC designated Ruta Kelmer and Oskar Kelmer. Kelmer
is ...": P17; the latest named took it). "The younger X" when several
people bear X is the one named as somebody's son or daughter, "the elder X" the one bearer not so named, else nobody
(`_by_age`, H10: the father took his son's post at a law firm, the son being named as kin like the wife). Refusing every surname that
two people share (no cue, no relation) was tried: 48 relation keys out and 27 in over 49 readable documents, real
releases among them (docs/robustness.md, P16); P17's narrower rule (a tie in one sentence) moves 13 documents.
"""
from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol

from spacy.tokens import Doc

from .kin_words import KIN_NOUNS

#: Words that tell two bearers of one surname apart by age ("the younger X", "the elder X"), and the relative nouns
#: that name the younger of a pair ("his adult son, X").
AGE_WORDS = frozenset({"younger", "elder", "older"})
CHILD_NOUNS = frozenset({"son", "daughter", "child", "sons", "daughters", "children"})
#: Possessive determiners that tie a relative noun to a person already named ("his brother", "their son").
POSSESSIVE_PRONOUNS = {"his", "her", "their"}
#: Parts of speech that end the words between a possessive and its relative noun (review RN): ", the network's leader
#: and a partner of his brother" gives no relative of the network; ", his younger brother" runs on through "younger".
PHRASE_BREAKS = frozenset({"ADP", "CCONJ", "SCONJ", "VERB", "AUX", "PRON", "DET"})


class _Named(Protocol):
    index: int
    first_token: int
    last_token: int


def _kin_word_ending_at(doc: Doc, k: int) -> bool:
    """A family noun ends at token `k` ("brother", and "brother-in-law", which spaCy splits into five tokens)."""
    if not 0 <= k < len(doc):
        return False
    if doc[k].lower_ in KIN_NOUNS:
        return True
    return k >= 4 and doc[k - 4:k + 1].text.lower() in KIN_NOUNS


def introduced_as_kin(doc: Doc, start: int, end: int) -> bool:
    """The name at `doc[start:end]` is given as another person's relative: after a relative noun that a possessive
    ties to someone ("His brother, X", "her son X", "Y's brother, X"), before one (", his brother,", ", the
    oligarch's son,", ", Y's son"), or after
    "<relative> of" is not it (there the name after "of" is the tie's other end: "the son of X")."""
    k = start - 1
    if k >= 0 and doc[k].text == ",":
        k -= 1
    if _kin_word_ending_at(doc, k):
        j = k - 1
        while j >= 0 and (doc[j].text == "-" or doc[j].is_lower and doc[j].tag_ != "POS"
                          and doc[j].lower_ not in POSSESSIVE_PRONOUNS | {"the", "a", "an", "of"}):
            j -= 1  # "his younger brother", "brother-in-law"
        if j >= 0 and (doc[j].lower_ in POSSESSIVE_PRONOUNS or doc[j].tag_ == "POS"):
            return True
    if start >= 2 and doc[start - 1].lower_ == "of" and _kin_word_ending_at(doc, start - 2):
        return True  # "the son of X": X named for the tie
    if end + 2 < len(doc) and doc[end].text == ",":
        k = end + 2 if doc[end + 1].lower_ in POSSESSIVE_PRONOUNS else _after_possessor(doc, end + 1)
        if k is None:
            return False
        while k < len(doc) and doc[k].is_lower and doc[k].pos_ not in PHRASE_BREAKS and not _kin_word_ending_at(doc, k):
            k += 1  # ", his younger brother,"
        return _kin_word_ending_at(doc, k)
    return False


#: Tokens a possessor set after a name may run to before its "'s" ("the oligarch's", "Tarik Ozan's").
POSSESSOR_TOKENS = 4


def _after_possessor(doc: Doc, k: int) -> int | None:
    """The token after a short possessor phrase opening at `k` (", the oligarch's son", ", Tarik Ozan's son": the name
    before is given as that possessor's relative, NM), or None when no "'s" closes one within `POSSESSOR_TOKENS`."""
    for j in range(k, min(k + POSSESSOR_TOKENS, len(doc))):
        if doc[j].tag_ == "POS" or doc[j].text in {"'s", "\u2019s"}:
            return j + 1 if j > k else None
        if doc[j].is_punct:
            return None
    return None


def surname_bearer(doc: Doc, at: int, candidates: Sequence[_Named], first_spans: dict[int, tuple[int, int]],
                   last_before: dict[int, int], length: int = 1) -> _Named | None:
    """The person a bare surname at token `at` means among `candidates` (people whose names hold it), or None.
    `first_spans[c.index]` is the (start, end) of a candidate's first naming, `last_before[c.index]` the start of its
    last mention before `at`; `length`: the surname's tokens ("Ruiz Ortega": two, R of the twenty-second session)."""
    if len(candidates) > 1 and at > 0 and doc[at - 1].lower_ in AGE_WORDS:
        return _by_age(doc, doc[at - 1].lower_, candidates, first_spans)
    before = [c for c in candidates if c.first_token <= at]
    defined = [c for c in before if _defines(doc, first_spans.get(c.index), [t.text for t in doc[at:at + length]])]
    if len(defined) == 1:
        return defined[0]  # "Ivo Pavlovich Marden (Marden), son of ... Pavel Marden": the short name is Ivo's
    pool = list(before or candidates)
    if len(pool) == 1 and before:
        return pool[0]
    own = [c for c in pool if not introduced_as_kin(doc, *first_spans.get(c.index, (c.first_token, c.first_token + 1)))]
    if not before and not own:
        return None  # "designated Dremmik. His brother, Anzel Dremmik, ...": the brother is someone else's
    if len(own) == 1:
        return own[0]
    pool = own or pool
    if not before:
        return max(pool, key=lambda c: -c.first_token)
    noun = _described_as(doc, at + length)
    if noun is not None and len(pool) > 1:
        described = [c for c in pool if _described_as(doc, first_spans.get(c.index, (c.first_token, c.first_token + 1))[1]) == noun]
        if len(described) == 1:
            return described[0]  # "Ruta Kelmer, a banker, and Oskar Kelmer, a lawyer. Kelmer, the banker, ..." (P17)
    return _nearest(doc, pool, last_before)


#: Determiners that open a description set beside a name ("X, a banker,", "X, the banker,").
DESCRIPTION_OPENERS = frozenset({"a", "an", "the"})


def _described_as(doc: Doc, k: int) -> str | None:
    """The head noun of a short description set after a name ending before token `k` (", a banker," / ", the
    banker,": up to three lower-case words), or None."""
    if k + 2 >= len(doc) or doc[k].text != "," or doc[k + 1].lower_ not in DESCRIPTION_OPENERS:
        return None
    j = k + 2
    while j < len(doc) and j < k + 5 and doc[j].is_lower and doc[j].is_alpha:
        j += 1
    if j == k + 2 or j < len(doc) and not doc[j].is_punct:
        return None
    return doc[j - 1].lower_


def _nearest(doc: Doc, pool: Sequence[_Named], last_before: dict[int, int]) -> _Named | None:
    """The bearer whose last mention before the surname is the nearest; None when the sentence of that mention names
    another bearer too ("OFAC designated Ruta Kelmer and Oskar Kelmer. Kelmer is the director of Y": either; P17,
    the latest named took it)."""
    ranked = sorted(pool, key=lambda c: last_before.get(c.index, c.first_token), reverse=True)
    if len(ranked) >= 2:
        first, second = (last_before.get(c.index, c.first_token) for c in ranked[:2])
        if doc[first].sent.start == doc[second].sent.start:
            return None
    return ranked[0]


def _defines(doc: Doc, span: tuple[int, int] | None, surname: list[str]) -> bool:
    """The naming at `span` is followed by the surname (its tokens) in brackets, the release's own short name for that
    person ("Ardak T. Semberov (Semberov)"; P17: another bearer named in the same sentence made the surname nobody's)."""
    if span is None:
        return False
    end, n = span[1], len(surname)
    return end + n + 1 < len(doc) and doc[end].text == "(" and [t.text for t in doc[end + 1:end + 1 + n]] == surname \
        and doc[end + 1 + n].text == ")"


def _by_age(doc: Doc, word: str, candidates: Sequence[_Named], first_spans: dict[int, tuple[int, int]]) -> _Named | None:
    """"the younger X": the one bearer first named as a son or daughter ("his adult son, X"); "the elder X": the one
    bearer not so named; None when that is not one person."""
    def child(c: _Named) -> bool:
        start = first_spans.get(c.index, (c.first_token, c.first_token + 1))[0]
        k = start - 2 if start >= 2 and doc[start - 1].text == "," else start - 1
        return k >= 0 and doc[k].lower_ in CHILD_NOUNS and introduced_as_kin(doc, start, start + 1)
    pool = [c for c in candidates if child(c) == (word == "younger")]
    return pool[0] if len(pool) == 1 else None
