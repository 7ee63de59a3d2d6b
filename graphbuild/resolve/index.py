"""Across documents: one entity, one IRI, however often and however spelled.

An index of the entities already in the store (and those met during this build)
answers "is this EntityRef someone we know?" by normalised name, alias and acronym
and, for people, a transliteration-tolerant comparison of given names and surnames
(rapidfuzz), so "Dana K. Whitcombe" is "Dana Whitcombe", "DARVAPOUR, Eisa" and
"Issa Darvapur" are "Eisa Darvapour" and "Nicolás Varela" is "Nicolas Varela", while
two people who only share a surname ("Anton Velinsky", "Pavel Velinsky")
stay apart.

Two people of one name whose documents state different birth dates, nationalities
or passports, or two vessels with different IMO numbers (`graphbuild.resolve.identifiers`),
are two entities: the second gets
the name's IRI with a suffix, and a later mention goes to the one its identifiers
agree with (the first, when it states none).

A body's short name shared by two bodies whose full names disagree ("Orvask" of "Orvask Mining JSC" and of "Orvask
Freight Services LLC") joins neither to the other (HP, thirty-third session), as an acronym's does not; an alias with a
legal form ("Marlin Bay Ltd., formerly Coral Trading Ltd.") is a full name and joins them (review RHP).

A name that fits two known people ("Karel Duvan" once "Karel Amir Duvan" and "Karel Boris Duvan" are known) is
neither; a person is matched only when the name fits every full name already given to it, so "Karel Duvan" having
taken "Karel Amir Duvan" does not take "Karel Boris Duvan" too (issue 13, P8).

A ref whose `id` is already set is not matched: an IRI (from a curation `id:`) is
used as it is, and `KEEP_APART` + scope (set by a curation `keep_apart` entry) gives
the ref its own IRI from its exact name, never merged by fuzzy matching.
"""
from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from rapidfuzz import fuzz, process

from ..names import name_key, stable_hash
from ..nlp.kin_words import AGE_EPITHETS
from .acronyms import has_legal_form, is_acronym, names_agree
from .known_bodies import retype_known_bodies
from .known_people import retype_known_people
from .identifiers import KEYS_OF, agreeing, conflicting, merged
from .name_sources import BUILD, NameSources
from ..rdf.mapping import IriMinter, coarse_type
from ..records import KEEP_APART, NAMESAKE, EntityRef, Relation

NAMESAKE_KINDS = frozenset(KEYS_OF)  # the types whose stated identifiers keep namesakes apart
SIMILAR = 80.0  # rapidfuzz ratio of two transliteration keys (Darvapour/Darvapur, Mohammad/Muhammad)
SIMILAR_OTHER_INITIAL = 90.0  # ... when they start with different letters (Yevgeny/Evgeny)
_TRANSLIT = [(re.compile(p), r) for p, r in (
    (r"ou|oo", "u"), (r"ee|ei|ey|iy|ie\b", "i"), (r"y", "i"), (r"ph", "f"), (r"kh", "h"), (r"gh", "g"),
    (r"q", "k"), (r"w", "v"), (r"ck|c(?!h)", "k"), (r"x", "ks"), (r"dj|dzh", "j"), (r"zh", "j"),
)]
_REPEATS = re.compile(r"(.)\1+")
_STOP = {"of", "the", "and", "for", "a", "an", "de", "del", "la", "el"}
#: The sources of a name this build resolved itself (`EntityIndex.add` without `stated_by`): made once, not per call.
BUILD_ONLY = frozenset({BUILD})


@lru_cache(maxsize=16_384)
def translit_key(word: str) -> str:
    """A spelling-tolerant key for one name word: Eisa/Issa -> isa, Darvapour/Darvapur -> darvapur.

    Made once per word: a build asks it for every person's surname at every mention of the person, and each
    answer is 13 pattern substitutions (3,818 calls on 400 benchmark documents; issue 18, S10)."""
    key = word.casefold()
    for pattern, replacement in _TRANSLIT:
        key = pattern.sub(replacement, key)
    return _REPEATS.sub(r"\1", key)


def similar_word(a: str, b: str) -> bool:
    """Two (folded) name words that are the same name transliterated differently."""
    if a == b:
        return True
    ka, kb = translit_key(a), translit_key(b)
    if ka == kb:
        return True
    if min(len(ka), len(kb)) <= 2 or ka + "a" == kb or kb + "a" == ka:  # initials; Ivanov / Ivanova
        return False
    score = fuzz.ratio(ka, kb)
    return score >= (SIMILAR if ka[0] == kb[0] else SIMILAR_OTHER_INITIAL)


def same_person(a: str, b: str) -> bool:
    """Same given name and surname (transliteration-tolerant); middle names may be missing or initials on one side.

    A two-word name also matches a longer one whose second-to-last word is its surname
    (Spanish double surnames: "Nicolás Varela" is "Nicolás Varela Moros"). Two different generational suffixes
    ("Sr."/"Jr.", "II"/"III") are father and son: never the same person; the suffix is no surname either.
    """
    (wa, gen_a), (wb, gen_b) = _generation(name_key(a, "Person").split()), _generation(name_key(b, "Person").split())
    if gen_a and gen_b and gen_a != gen_b:
        return False  # "X Y Sr." and "X Y Jr.", "X Y II" and "X Y III": father and son (issue 13, M7)
    if len(wa) < 2 or len(wb) < 2:
        return False
    short, long_ = (wa, wb) if len(wa) <= len(wb) else (wb, wa)
    if not similar_word(short[0], long_[0]):
        return False
    if similar_word(short[-1], long_[-1]):
        middles = long_[1:-1]
        return all(any(similar_word(w, m) or (len(w) == 1 and m.startswith(w)) for m in middles) for w in short[1:-1])
    return len(short) == 2 and len(long_) >= 3 and similar_word(short[-1], long_[-2])


#: Generational suffixes of a person's name: two of them that differ are two people, whatever the rest of the name says.
GENERATIONS = frozenset({"jr", "sr", "ii", "iii", "iv"})


def _generation(words: list[str]) -> tuple[list[str], str | None]:
    """A name's words without its generational suffix ("jr", "iii"), and that suffix (None when the name has none)."""
    if len(words) > 2 and words[-1] in GENERATIONS:
        return words[:-1], words[-1]
    if len(words) > 3 and words[-2] == "the" and words[-1] in AGE_EPITHETS:
        return words[:-2], words[-1]  # "X Y the elder", "X Y the younger": father and son as "Sr." and "Jr." (NS)
    return words, None


def _surname_of(words: list[str], *name_lists: list[str]) -> bool:
    """The name `words` is the surname of a longer name of the same person ("Landeros Quiñónez" of "Joaquín Esteban
    Landeros Quiñónez", "Belousov-Krainov"): no given name and surname, so no full name to match others by."""
    for names in name_lists:
        for other in names:
            longer = name_key(other, "Person").split()
            if len(longer) > len(words) and longer[-len(words):] == words:
                return True
    return False


def fits_every_name(known: list[str], name: str) -> bool:
    """`name` is the person every full name in `known` names: "Karel Duvan" fits "Karel Amir Duvan" and "Karel A.
    Duvan", not "Karel Amir Duvan" and "Karel Boris Duvan". Names that start with another word (a double surname
    alone, "Belousov-Krainov", kept as an alias) say nothing of the given name and are passed over."""
    first = name_key(name, "Person").split()[:1]
    given = [k for k in known if first and (words := name_key(k, "Person").split()) and similar_word(words[0], first[0])]
    return bool(given) and all(same_person(k, name) for k in given)


def acronym(name: str) -> str | None:
    """Initials of an organization's name ("Office of Foreign Assets Control" -> "ofac"), or None if too short."""
    words = [w for w in name_key(name).split() if w not in _STOP]
    return "".join(w[0] for w in words) if len(words) >= 3 else None


@dataclass
class EntityIndex:
    """Known entities: lookups by (coarse type, normalised name or alias), acronyms and, for people, fuzzy names."""

    minter: IriMinter
    by_key: dict[tuple[str, str], str] = field(default_factory=dict)
    people: dict[str, list[str]] = field(default_factory=dict)  # translit key of the surname -> [iri]
    names: dict[str, str] = field(default_factory=dict)  # iri -> canonical (first seen) name
    acronyms: dict[str, set[str]] = field(default_factory=dict)  # initials -> {org iri}
    fixed: dict[str, str] = field(default_factory=dict)  # iri -> coarse type of kept-apart / curated entities
    person_names: dict[str, list[str]] = field(default_factory=dict)  # iri -> full names (2+ words) of a person
    body_names: dict[str, list[str]] = field(default_factory=dict)  # iri -> names of a body (not a country's generic one)
    identifiers: dict[str, dict[str, list[str]]] = field(default_factory=dict)  # person iri -> stated identifiers
    namesakes: dict[str, list[str]] = field(default_factory=dict)  # person iri -> iris of others of the same name
    body_types: dict[str, str] = field(default_factory=dict)  # body iri -> its type ("Company" before "Organization")

    sources: NameSources = field(default_factory=NameSources)  # which document graphs state each name

    def add(self, iri: str, type_: str, names: list[str], country: str | None = None,
            stated_by: dict[str, frozenset[str]] | None = None) -> None:
        """Remember `names` (label and aliases) as names of the entity `iri` (a country's generic body if `country`);
        `stated_by` gives the store's graphs that state each name (none: this build resolved it)."""
        kind = coarse_type(type_)
        if country:
            from .country import scoped_key
        for name in names:
            key = (kind, scoped_key(name, country) if country else name_key(name, type_))
            if not key[1]:
                continue
            first = self.by_key.setdefault(key, iri)
            if first != iri and kind in NAMESAKE_KINDS and iri not in (namesakes := self.namesakes.setdefault(first, [])):
                namesakes.append(iri)  # another person of the same name (identifiers that disagree)
            self.sources.record(stated_by.get(name, BUILD_ONLY) if stated_by else BUILD_ONLY, key, iri, name)
            if country:  # "Ministry of Defense" of one country: found by its bare name and that country only
                continue
            words = key[1].split()
            if kind == "Person" and len(words) > 1 and not _surname_of(words, names, self.person_names.get(iri, [])):
                for surname in words[-2:] if len(words) > 2 else words[-1:]:
                    bucket = self.people.setdefault(translit_key(surname), [])
                    if iri not in bucket:
                        bucket.append(iri)
                known = self.person_names.setdefault(iri, [])
                if name not in known:
                    known.append(name)
            elif kind == "Organization":
                if self.body_types.get(iri, "Organization") == "Organization":
                    self.body_types[iri] = type_  # the most specific type given: "Company", "PublicBody"
                known = self.body_names.setdefault(iri, [])
                if name not in known:
                    known.append(name)
                if initials := acronym(name):
                    self.acronyms.setdefault(initials, set()).add(iri)
        if names:
            self.names.setdefault(iri, names[0])

    def forget(self, graph: str) -> None:
        """Forget the names only `graph` stated: the graph of a document this build replaces (name_sources.py)."""
        keys, gone = self.sources.forget(graph)
        for key, iri in keys.items():
            if iri is None:
                self.by_key.pop(key, None)
            else:
                self.by_key[key] = iri
        for iri, name in gone:
            for table in (self.person_names, self.body_names):
                if name in table.get(iri, []):
                    table[iri].remove(name)
            initials = acronym(name)
            if initials and not any(acronym(n) == initials for n in self.body_names.get(iri, [])):
                self.acronyms.get(initials, set()).discard(iri)

    def load(self, store: Any) -> None:
        """Index every entity of a KnowledgeStore: labels and aliases (gb:alias), with the graphs that state them."""
        rows = store.query(
            "PREFIX gb: <https://w3id.org/graphbuild/ontology#> PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>"
            " SELECT ?e ?t ?name ?country ?g WHERE { GRAPH ?g { ?e a ?t . { ?e rdfs:label ?name } UNION { ?e gb:alias ?name }"
            " OPTIONAL { ?e gb:country ?country } } "
            " VALUES ?t { gb:Person gb:Organization gb:PublicBody gb:Company gb:Vessel gb:Country } }"
            " ORDER BY ?e ?name"
        )
        labels: dict[tuple[str, str, str], dict[str, set[str]]] = {}
        for iri, type_, name, country, graph in rows:
            names = labels.setdefault((str(iri), str(type_).rsplit("#", 1)[-1], str(country or "")), {})
            names.setdefault(str(name), set()).add(str(graph))
        for (iri, type_, country), names in labels.items():
            self.add(iri, type_, list(names), country or None, {n: frozenset(g) for n, g in names.items()})
        rows = store.query(
            "PREFIX gb: <https://w3id.org/graphbuild/ontology#>"
            " SELECT ?e ?p ?value WHERE { GRAPH ?g { ?e ?p ?value"
            " VALUES ?p { gb:birthDate gb:nationality gb:passportNumber gb:imoNumber gb:describedNationality } } }"
        )
        for iri, prop, value in rows:
            found = self.identifiers.setdefault(str(iri), {})
            key = str(prop).rsplit("#", 1)[-1]
            if str(value) not in found.setdefault(key, []):
                found[key].append(str(value))

    def _fixed(self, ref: EntityRef) -> str | None:
        if not ref.id:
            return None
        if ref.id.startswith(NAMESAKE) and ref.identifiers:
            return _told_apart_iri(str(self.minter.entity(ref)), ref.identifiers)  # as another release's namesake gets
        if ref.id.startswith(KEEP_APART):
            scope = ref.id[len(KEEP_APART):]
            iri = str(self.minter.entity(ref))
            return iri + (f"-{stable_hash(scope, length=8)}" if scope else "")
        return ref.id

    def resolve_relations(self, relations: Iterable[Relation]) -> None:
        """Give both ends of every relation their IRI, in order (what both build engines do per document)."""
        relations = list(relations)
        retype_known_people(relations, self.by_key)  # a known person's name the model took for an organization's
        retype_known_bodies(relations, self.by_key, self.body_types, self.body_names)  # and a known body's it took for a person's
        for rel in relations:
            rel.subject.id = self.resolve(rel.subject)
            rel.object.id = self.resolve(rel.object)

    def resolve(self, ref: EntityRef) -> str:
        """The IRI for `ref`: a known entity's when it matches, else a new stable one (and remember it)."""
        kind = coarse_type(ref.type)
        all_names = [ref.name, *ref.aliases]
        if (same := self._namesake_named_before(ref, kind)) is not None:
            return self._found(same, ref, all_names)
        fixed = self._fixed(ref)
        if fixed is not None:
            self.fixed[fixed] = kind
            self.names.setdefault(fixed, ref.name)
            return fixed
        if ref.country:
            from .country import scoped_key

            for name in all_names:
                iri = self.by_key.get((kind, scoped_key(name, ref.country)))
                if iri is not None and iri not in self.fixed:
                    self.add(iri, ref.type, all_names, ref.country)
                    return iri
            iri = str(self.minter.entity(ref))
            self.add(iri, ref.type, all_names, ref.country)
            return iri
        for name in all_names:
            key = name_key(name, ref.type)
            if (kind, key) in self.by_key and (kind != "Person" or len(key.split()) > 1 and len(name.split()) > 1):
                # a person's one-word name ("al-Saadi", keyed "al saadi") is a surname: other releases' namesakes share it
                iri = self.by_key[(kind, key)]
                if kind == "Organization" and is_acronym(name) and not names_agree(all_names, self.body_names.get(iri, [])):
                    continue  # "MDA" of another body: the full names disagree
                if kind == "Organization" and name != ref.name and not has_legal_form(name) and not names_agree(
                        [ref.name], [n for n in self.body_names.get(iri, []) if name_key(n) != key]):
                    continue  # "Orvask" of "Orvask Mining JSC" and of "Orvask Freight Services LLC": two bodies (HP, 33rd)
                if kind in NAMESAKE_KINDS:
                    iri = self._namesake(iri, ref.identifiers)
                if iri is not None and iri not in self.fixed:
                    return self._found(iri, ref, all_names)
        if kind == "Person":
            iri = self._similar_person(ref.name, ref.identifiers)
            if iri is not None:
                return self._found(iri, ref, all_names)
        elif kind == "Organization" and is_acronym(ref.name):
            candidates = {iri for iri in self.acronyms.get(name_key(ref.name).replace(" ", ""), set()) - set(self.fixed)
                          if names_agree(all_names, self.body_names.get(iri, []))}  # as for an acronym alias above
            if len(candidates) == 1:
                iri = next(iter(candidates))
                self.add(iri, ref.type, all_names)
                return iri
        iri = str(self.minter.entity(ref))
        if kind in NAMESAKE_KINDS and iri in self.names and conflicting(self.identifiers.get(iri), ref.identifiers):
            iri = _told_apart_iri(iri, ref.identifiers)  # the name's IRI is another person's
        return self._found(iri, ref, all_names)

    def _namesake_named_before(self, ref: EntityRef, kind: str) -> str | None:
        """The person of the name whom an earlier release (or build) states the same as a namesake the text told apart
        ("Selim Naccache (born 4 June 1985)" of a release read before the one that tells him from a man born 1971):
        one whose identifiers agree with the namesake's and do not conflict; None for a namesake without identifiers
        or no such person (its IRI then comes from what told it apart, `_fixed`). Without it the one man was two nodes
        whenever his own release came first, in one build or in a store built before (review RI, twenty-ninth session)."""
        if not (ref.id and ref.id.startswith(NAMESAKE) and ref.identifiers) or kind not in NAMESAKE_KINDS:
            return None
        iri = self.by_key.get((kind, name_key(ref.name, ref.type)))
        if iri is None:
            return None
        same = self._namesake(iri, ref.identifiers)
        other = ref.id[len(NAMESAKE):]  # the name it was told apart from: a fuller name's holder is never the one
        if same is None or other != ref.name and same == self.by_key.get((kind, name_key(other, ref.type))):
            return None
        return same if agreeing(self.identifiers.get(same), ref.identifiers) else None

    def _found(self, iri: str, ref: EntityRef, names: list[str]) -> str:
        """Remember the entity's names and what tells a person or vessel apart from a namesake."""
        if ref.identifiers:
            self.identifiers[iri] = merged(self.identifiers.get(iri), ref.identifiers)
        self.add(iri, ref.type, names)
        return iri

    def _namesake(self, iri: str, stated: dict[str, list[str]]) -> str | None:
        """Of the people who share the name of `iri`, the one `stated` identifiers fit: one they agree with, else the
        first they do not contradict; None when they contradict all."""
        people = [iri, *self.namesakes.get(iri, [])]
        if not stated:
            return iri
        fitting = [p for p in people if p not in self.fixed and not conflicting(self.identifiers.get(p), stated)]
        return next((p for p in fitting if agreeing(self.identifiers.get(p), stated)), fitting[0] if fitting else None)

    def _similar_person(self, name: str, stated: dict[str, list[str]] | None = None) -> str | None:
        words = name_key(name, "Person").split()
        if len(words) < 2:
            return None
        choices = list(self.people)
        matches = []
        for surname in words[-2:] if len(words) > 2 else words[-1:]:
            matches += process.extract(translit_key(surname), choices, scorer=fuzz.ratio, score_cutoff=SIMILAR, limit=None)
        found: list[str] = []
        for candidate, _, _ in sorted(matches, key=lambda m: (-m[1], m[0])):
            for iri in self.people[candidate]:
                if iri not in found and iri not in self.fixed and fits_every_name(self.person_names.get(iri, []), name) \
                        and not conflicting(self.identifiers.get(iri), stated):
                    found.append(iri)
        if not found:
            return None
        if len(found) == 1:
            return found[0]
        first = found[0]
        group = {first, *self.namesakes.get(first, [])} | {iri for iri in found if first in self.namesakes.get(iri, [])}
        if any(iri not in group for iri in found):
            return None  # "Karel Duvan" when "Karel Amir Duvan" and "Karel Boris Duvan" are known: either, so neither
        # namesakes (one full name, kept apart by a birth date or another identifier): either, so neither, unless
        # what this mention states agrees with exactly one of them (M15; before, the first one took the short name)
        picked = [iri for iri in found if agreeing(self.identifiers.get(iri), stated)]
        return picked[0] if len(picked) == 1 else None


def _told_apart_iri(iri: str, identifiers: dict[str, list[str]]) -> str:
    """The IRI of a person or vessel whose name's IRI `iri` is another's: from what tells them apart (the same in any
    build and in any release that states it; a namesake the text of one release told apart too: `_fixed`)."""
    told = "|".join(f"{key}={','.join(sorted(values))}" for key, values in sorted(identifiers.items()))
    return f"{iri}-{stable_hash(told, length=8)}"


__all__ = ["EntityIndex", "KEEP_APART", "acronym", "fits_every_name", "same_person", "similar_word", "translit_key"]
