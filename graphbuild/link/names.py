"""Names as the matcher compares them, analysed by rigour (the name engine behind FollowTheMoney 4 and yente).

rigour tokenises, transliterates to ASCII, tags company-form words (LLC, "Co., Ltd.", OOO,
PAO ...) as LEGAL and marks parts with symbols: a Wikidata given/family-name id shared by
"Aleksandr" and "Alexander", an initial, a number. Parts here keep what comparison needs:
the ASCII form, the metaphone code and those symbols. Company-form words and stop words
are dropped, so "Northwind Tankers" and "PAO NORTHWIND TANKERS" are the same name.

People's names are analysed without rigour's symbol tagger: its first person name builds a
tagger from Wikidata's name data, 8.4 s of one process's start (measured on this machine),
more than the whole link budget. Transliteration variants of people's names are then
recognised by metaphone codes and edit distance (`score.part_similarity`).
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

import re

from rigour.names import extract_org_types, tokenize_name
from rigour.text import metaphone

try:  # rigour 2 (with followthemoney 4): the Rust name analyser, with symbols and legal-form tags
    from rigour.names import NamePartTag, NameTypeTag, SymbolCategory, analyze_names
    from rigour.text import is_stopword
except ImportError:  # rigour 0.x / 1.x (followthemoney 3.8, the wheel-only install): `_analyse_portable`
    analyze_names = None

#: The rigour name type of each entry kind: it picks rigour's person or organisation rules.
TYPE_TAGS = {"Person": "PER", "Organization": "ORG", "Vessel": "OBJ"}
_IGNORED_SYMBOLS = ("ORG_CLASS", "PHONETIC")


@dataclass(frozen=True)
class Part:
    """One word of a name: ASCII form, metaphone, rigour symbols (shared symbol = same name in another script)."""

    text: str
    metaphone: str
    symbols: frozenset[str]
    numeric: bool
    initial: bool = False  # one letter, not a number: "M." in "Andrea M. Smith"


@dataclass(frozen=True)
class NameForm:
    """A name as a tuple of parts, plus its original text (for provenance)."""

    original: str
    parts: tuple[Part, ...]
    family: frozenset[int] = frozenset()  # indexes of the surname's parts when the list writes "SURNAME, Given"
    compact: str = ""  # parts joined without spaces, in order: "Kestrel Orevarn" is "KESTRELOREVARN"

    @property
    def key(self) -> str:
        """Parts sorted and joined: word order ("SURNAME, Given") does not change it."""
        return " ".join(sorted(p.text for p in self.parts))


@lru_cache(maxsize=200_000)
def analyse(name: str, kind: str) -> NameForm | None:
    """The comparable form of `name` read as a `kind` (Person, Organization, Vessel); None when nothing is left."""
    if analyze_names is None:
        return _analyse_portable(name, kind)
    names = analyze_names(getattr(NameTypeTag, TYPE_TAGS[kind]), [name], symbols=kind != "Person", consolidate=False)
    if not names:
        return None
    analysed = max(names, key=lambda n: len(n.parts))
    person = kind == "Person"
    ignored = {getattr(SymbolCategory, c) for c in _IGNORED_SYMBOLS}
    symbols: dict[int, set[str]] = {}
    for span in analysed.spans:
        if len(span.parts) == 1 and span.symbol.category not in ignored:
            symbols.setdefault(span.parts[0].index, set()).add(str(span.symbol))
    parts = []
    for part in analysed.parts:
        text = part.comparable or part.form
        if not text or part.tag == NamePartTag.LEGAL or (not person and len(text) > 1 and is_stopword(text)):
            continue
        parts.append(_part(text, part.metaphone if person else "", symbols.get(part.index, ()), bool(part.numeric)))
    if not parts:  # a name that is only company-form words ("Holding LLC") keeps them
        parts = [_part(p.comparable or p.form, "", (), bool(p.numeric)) for p in analysed.parts]
    return _form(name, parts, person)


def _form(name: str, parts: list[Part], person: bool) -> NameForm | None:
    if not parts:
        return None
    family: frozenset[int] = frozenset()
    if person and name.count(",") == 1:
        surname = set(tokenize_name(_ascii(name.split(",")[0]).casefold()))
        family = frozenset(i for i, p in enumerate(parts) if p.text in surname)
    return NameForm(name, tuple(parts), family, "".join(p.text for p in parts))


def _ascii(text: str) -> str:
    from normality import ascii_text

    return ascii_text(text) or text


_PORTABLE_STOPWORDS = frozenset({"of", "the", "and", "for", "de", "del", "la", "le", "des", "du", "von", "van"})


def _analyse_portable(name: str, kind: str) -> NameForm | None:
    """The same parts from the rigour functions every version has (tokenize_name, extract_org_types, metaphone).

    Used where rigour 2's analyser is missing: no name symbols (transliteration then rests on
    metaphone and edit distance, as it does for people anyway), legal forms removed by rigour's
    org-type table, the same decision rules downstream.
    """
    person = kind == "Person"
    folded = " ".join(tokenize_name(_ascii(name).casefold()))
    if person:
        words = tokenize_name(folded)
    else:
        stripped = folded
        for matched, _ in extract_org_types(folded):
            stripped = re.sub(rf"(?<!\w){re.escape(matched)}(?!\w)", " ", stripped)
        words = [w for w in tokenize_name(stripped) if not (len(w) > 1 and w in _PORTABLE_STOPWORDS)]
        words = words or tokenize_name(folded)  # a name that is only company-form words keeps them
    return _form(name, [_part(w, metaphone(w) if person else "", (), w.isdigit()) for w in words], person)


def _part(text: str, metaphone: str | None, symbols: object, numeric: bool) -> Part:
    return Part(text, metaphone or "", frozenset(symbols), numeric, len(text) == 1 and not numeric)  # type: ignore[arg-type]
