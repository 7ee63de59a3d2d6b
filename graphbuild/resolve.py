"""Across documents: one entity, one IRI, however often and however spelled.

An index of the entities already in the store (and those met during this build)
answers "is this EntityRef someone we know?" by normalised name, alias and, for
people, a transliteration-tolerant comparison of given names and surnames
(rapidfuzz), so "Brian E. Nelson" is "Brian Nelson" and "Eisa Zarepour" is
"Issa Zarepur", while two people who only share a surname stay apart.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from rapidfuzz import fuzz

from .names import name_key
from .rdf.mapping import IriMinter, coarse_type
from .records import EntityRef

SIMILAR = 80.0  # rapidfuzz ratio for one transliterated word (Eisa/Issa, Zarepour/Zarepur)


def _similar(a: str, b: str) -> bool:
    return a == b or (len(a) > 2 and len(b) > 2 and a[0] == b[0] and fuzz.ratio(a, b) >= SIMILAR)


def same_person(a: str, b: str) -> bool:
    """Same given name and surname (transliteration-tolerant); middle names may be missing on one side."""
    wa, wb = name_key(a, "Person").split(), name_key(b, "Person").split()
    if len(wa) < 2 or len(wb) < 2:
        return False
    if not (_similar(wa[0], wb[0]) and _similar(wa[-1], wb[-1])):
        return False
    short, long_ = (wa, wb) if len(wa) <= len(wb) else (wb, wa)
    middles = long_[1:-1]
    return all(any(_similar(w, m) or (len(w) == 1 and m.startswith(w)) for m in middles) for w in short[1:-1])


@dataclass
class EntityIndex:
    """Known entities: IRI -> (coarse type, names); lookups by normalised key."""

    minter: IriMinter
    by_key: dict[tuple[str, str], str] = field(default_factory=dict)
    people: dict[str, list[str]] = field(default_factory=dict)  # surname key -> [iri]
    names: dict[str, str] = field(default_factory=dict)  # iri -> canonical name

    def add(self, iri: str, type_: str, names: list[str]) -> None:
        kind = coarse_type(type_)
        for name in names:
            key = name_key(name, type_)
            if key:
                self.by_key.setdefault((kind, key), iri)
            if kind == "Person" and key:
                self.people.setdefault(key.split()[-1], [])
                if iri not in self.people[key.split()[-1]]:
                    self.people[key.split()[-1]].append(iri)
        self.names.setdefault(iri, names[0])

    def resolve(self, ref: EntityRef) -> str:
        """The IRI for `ref`: a known entity's when it matches, else a new stable one (and remember it)."""
        kind = coarse_type(ref.type)
        for name in (ref.name, *ref.aliases):
            key = name_key(name, ref.type)
            if (kind, key) in self.by_key and (kind != "Person" or len(key.split()) > 1):
                iri = self.by_key[(kind, key)]
                self.add(iri, ref.type, [ref.name, *ref.aliases])
                return iri
        if kind == "Person":
            key = name_key(ref.name, "Person").split()
            for surname, iris in self.people.items():
                if key and _similar(surname, key[-1]):
                    for iri in iris:
                        if same_person(self.names[iri], ref.name):
                            self.add(iri, ref.type, [ref.name, *ref.aliases])
                            return iri
        iri = str(self.minter.entity(ref))
        self.add(iri, ref.type, [ref.name, *ref.aliases])
        return iri
