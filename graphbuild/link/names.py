"""Names as the matcher compares them, analysed by rigour (the name engine behind FollowTheMoney 4 and yente).

rigour tokenises, transliterates to ASCII, tags company-form words (LLC, "Co., Ltd.", OOO,
PAO ...) as LEGAL and marks parts with symbols: a Wikidata given/family-name id shared by
"Aleksandr" and "Alexander", an initial, a number. Parts here keep what comparison needs:
the ASCII form, the metaphone code and those symbols. Company-form words and stop words
are dropped, so "Sovcomflot" and "PAO SOVCOMFLOT" are the same name.

People's names are analysed without rigour's symbol tagger: its first person name builds a
tagger from Wikidata's name data, 8.4 s of one process's start (measured on this machine),
more than the whole link budget. Transliteration variants of people's names are then
recognised by metaphone codes and edit distance (`score.part_similarity`).
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from rigour.names import NamePartTag, NameTypeTag, SymbolCategory, analyze_names, tokenize_name
from rigour.text import is_stopword

#: The rigour name type of each entry kind: it picks rigour's person or organisation rules.
TYPE_TAGS = {"Person": NameTypeTag.PER, "Organization": NameTypeTag.ORG, "Vessel": NameTypeTag.OBJ}
_IGNORED_SYMBOLS = frozenset({SymbolCategory.ORG_CLASS, SymbolCategory.PHONETIC})


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
    names = analyze_names(TYPE_TAGS[kind], [name], symbols=kind != "Person", consolidate=False)
    if not names:
        return None
    analysed = max(names, key=lambda n: len(n.parts))
    person = kind == "Person"
    symbols: dict[int, set[str]] = {}
    for span in analysed.spans:
        if len(span.parts) == 1 and span.symbol.category not in _IGNORED_SYMBOLS:
            symbols.setdefault(span.parts[0].index, set()).add(str(span.symbol))
    parts = []
    for part in analysed.parts:
        text = part.comparable or part.form
        if not text or part.tag == NamePartTag.LEGAL or (not person and len(text) > 1 and is_stopword(text)):
            continue
        parts.append(_part(text, part.metaphone if person else "", symbols.get(part.index, ()), bool(part.numeric)))
    if not parts:  # a name that is only company-form words ("Holding LLC") keeps them
        parts = [_part(p.comparable or p.form, "", (), bool(p.numeric)) for p in analysed.parts]
    if not parts:
        return None
    family: frozenset[int] = frozenset()
    if person and name.count(",") == 1:
        surname = set(tokenize_name(name.split(",")[0].casefold()))
        family = frozenset(i for i, p in enumerate(parts) if p.text in surname)
    return NameForm(name, tuple(parts), family, "".join(p.text for p in parts))


def _part(text: str, metaphone: str | None, symbols: object, numeric: bool) -> Part:
    return Part(text, metaphone or "", frozenset(symbols), numeric, len(text) == 1 and not numeric)  # type: ignore[arg-type]
