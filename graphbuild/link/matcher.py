"""Match graph entities to list entries: an inverted index for blocking, `score` for the decision.

Blocking: every name part of every list name is indexed under its ASCII form, its
metaphone code and its rigour name symbols, and the whole name under its letters without
spaces. A query name looks up its parts and only
entries reached by enough of them are scored (as many as a link would need: two for a
person, most of the words of an organization at the given minimum score). The cost
grows with the candidates a name has, not with list size x graph size.

Evidence: a program the graph states for the entity that the entry also lists, and a
shared country, add a little to the name score; they rank entries with the same name and
never make a link on their own (the name score alone must reach the minimum). Entries that
still tie are told apart by how literally their name matches the text's (rapidfuzz ratio);
only entries written the same way stay linked together. A public body with a short name
("Ministry of Interior") links only with a shared country, since such a name is unique only
within one; a longer name links unless both sides name different countries. Identifiers the
documents state (a person's birth date or nationality, a vessel's IMO number) that the entry
contradicts rule the entry out, however alike the names (`identifiers.rules_out`: a namesake);
ones it shares support the link like a program.
"""
from __future__ import annotations

import math
import re
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import lru_cache

from rapidfuzz import fuzz
from rapidfuzz.utils import default_process

from .entries import KINDS, ListEntry, SanctionsList
from .identifiers import rules_out, supports
from .names import NameForm, analyse
from .score import GENERIC_FORM_WORDS, name_score

METHOD = "rigour-names+rapidfuzz.v1"
DEFAULT_MIN_SCORE = 0.88
PROGRAM_BONUS = 0.04
COUNTRY_BONUS = 0.02
IDENTIFIER_BONUS = 0.04  # a birth date or IMO number the entry also states: as telling as a shared program
TIE = 0.005
#: Graph types (gb:...) and the entry kinds they may match; an unknown type may match any kind. The plain
#: "Organization" is what extraction says when it cannot tell (a person or a vessel it could not type): it may
#: match a person or a vessel too, at TYPE_PENALTY less; a Person, Company, PublicBody or Vessel never crosses.
COMPATIBLE: dict[str, tuple[str, ...]] = {"Person": ("Person",), "Organization": ("Organization", "Person", "Vessel"),
                                          "Company": ("Organization",), "PublicBody": ("Organization",), "Vessel": ("Vessel",)}
UNSURE_TYPES = {"Organization": "Organization"}  # graph type -> the entry kind it matches without penalty
TYPE_PENALTY = 0.03
#: Graph types whose names are only unique within a country ("Ministry of Interior"): a link needs a shared country.
COUNTRY_REQUIRED = frozenset({"PublicBody"})
DESCRIPTIVE_PARTS = 3  # a public body named with this many words ("Saydnaya Military Prison") is specific enough alone
#: Words of a program name that stand for an OFAC program tag.
PROGRAM_WORDS = {"global magnitsky": "GLOMAG", "magnitsky": "GLOMAG", "kingpin act": "SDNTK", "caatsa": "CAATSA",
                 "counter terrorism": "SDGT", "counterterrorism": "SDGT"}
_EO = re.compile(r"(?:E\.?\s?O\.?|EO|Executive Order)\s*-?\s*(1\d{4})", re.IGNORECASE)


@lru_cache(maxsize=4096)
def program_keys(program: str) -> frozenset[str]:
    """Comparable keys of a program as a list or a text writes it: "E.O. 14024" and "RUSSIA-EO14024" share EO14024."""
    keys = {f"EO{number}" for number in _EO.findall(program)}
    folded = program.casefold()
    keys |= {tag for words, tag in PROGRAM_WORDS.items() if words in folded}
    tag = re.sub(r"\s+", " ", program.strip().upper())
    if tag and not keys:
        keys.add(tag)
    keys |= {part for part in re.split(r"[-\s]+", tag) if part in {"SDGT", "GLOMAG", "IRGC", "NPWMD", "SDNTK", "TCO", "CAATSA"}}
    return frozenset(keys)


@dataclass
class Query:
    """One graph entity to look up: its id, graph type (None: unknown), names, and evidence."""

    key: str
    type: str | None
    names: Sequence[str]
    programs: Sequence[str] = ()
    countries: Sequence[str] = ()
    #: What the documents state to tell namesakes apart (`gb:birthDate`, `gb:nationality`, `gb:imoNumber`).
    identifiers: Mapping[str, Sequence[str]] = field(default_factory=dict)


@dataclass
class RuledOut:
    """An entry whose name matched but whose identifiers contradict the entity's: a namesake, not linked."""

    query: Query
    entry: ListEntry
    name_score: float


@dataclass
class Match:
    """A link: the entry, its score (name score + evidence), which names matched, and what supported it."""

    query: Query
    entry: ListEntry
    score: float
    name_score: float
    query_name: str
    entry_name: str
    evidence: list[str] = field(default_factory=list)
    method: str = METHOD
    rank: float = 0.0  # name score + evidence, not capped at 1: two exact names are told apart by their evidence


def _keys(form: NameForm, index: int) -> list[str]:
    part = form.parts[index]
    keys = [f"t:{part.text}"]
    if len(part.metaphone) >= 2:
        keys.append(f"m:{part.metaphone}")
    keys += [f"s:{symbol}" for symbol in part.symbols if symbol.startswith("[NAME")]
    return keys


def needed_parts(kind: str, parts: int, min_score: float) -> int:
    """How many of a query's `parts` must pair for a link to reach `min_score` (bounds blocking)."""
    if kind == "Person":
        return 2 if parts >= 2 else parts
    return max(1, min(parts, math.ceil(min_score * parts / (2 - min_score) - 1e-9)))


class ListIndex:
    """A list's names analysed once and indexed by part, per entry kind."""

    def __init__(self, sanctions: SanctionsList) -> None:
        self.list = sanctions
        self.ruled_out: dict[tuple[str, str], RuledOut] = {}  # (entity, entry id) of namesakes `match` met, for the report
        self.forms: list[tuple[ListEntry, NameForm]] = []
        self.postings: dict[str, dict[str, set[int]]] = {kind: defaultdict(set) for kind in KINDS}
        for entry in sanctions.entries:
            for name in entry.names():
                form = analyse(name, entry.kind)
                if form is None or (name != entry.name and len(form.key) < 4):  # 'ABU-', a nickname of two letters
                    continue
                number = len(self.forms)
                self.forms.append((entry, form))
                postings = self.postings[entry.kind]
                postings[f"c:{form.compact}"].add(number)
                for i, part in enumerate(form.parts):
                    if not part.initial:
                        for key in _keys(form, i):
                            postings[key].add(number)

    def candidates(self, kind: str, form: NameForm, min_score: float) -> set[int]:
        """Numbers of the list names that share enough parts with `form` to possibly reach `min_score`."""
        postings = self.postings[kind]
        hits = []
        generic = GENERIC_FORM_WORDS if kind != "Person" and not all(p.text in GENERIC_FORM_WORDS for p in form.parts) else ()
        for i, part in enumerate(form.parts):
            if part.initial or part.text in generic:  # "Company" may be missing on the other side: it cannot be needed
                continue
            found: set[int] = set()
            for key in _keys(form, i):
                found |= postings.get(key, set())
            hits.append(found)
        same_letters = postings.get(f"c:{form.compact}", set())
        if not hits:
            return set(same_letters)
        needed = needed_parts(kind, len(hits), min_score)
        hits.sort(key=len)
        seeds = set().union(*hits[: len(hits) - needed + 1])
        if needed > 1:
            seeds = {n for n in seeds if sum(n in h for h in hits) >= needed}
        return seeds | same_letters

    def match(self, query: Query, min_score: float = DEFAULT_MIN_SCORE) -> list[Match]:
        """The best entry for `query` at or above `min_score`; several only when they tie exactly."""
        kinds = COMPATIBLE.get(query.type or "", KINDS)
        programs = set().union(*(program_keys(p) for p in query.programs)) if query.programs else set()
        countries = {c.lower() for c in query.countries}
        best: dict[str, Match] = {}
        for kind in kinds:
            for name in query.names:
                form = analyse(name, kind)
                if form is None:
                    continue
                for number in self.candidates(kind, form, min_score):
                    entry, entry_form = self.forms[number]
                    score = name_score(kind, form, entry_form)
                    if score <= 0:
                        continue
                    if rules_out(query.identifiers, entry.identifiers, entry.kind):
                        if score >= min_score:
                            self.ruled_out.setdefault((query.key, entry.entry_id), RuledOut(query, entry, round(score, 4)))
                        continue  # "born 1988, Canadian" is not the entry "DOB 1961; nationality Iran" of the same name
                    evidence = []
                    shared = sorted(programs & set().union(*(program_keys(p) for p in entry.programs))) if programs else []
                    if shared:
                        evidence.append("program " + ", ".join(shared))
                    same_country = sorted(countries & set(entry.countries))
                    if same_country:
                        evidence.append("country " + ", ".join(same_country))
                    elif query.type in COUNTRY_REQUIRED and (len(form.parts) < DESCRIPTIVE_PARTS or (countries and entry.countries)):
                        continue  # "Ministry of Defense" of which country? (or of another country than the entry's)
                    same_ids = supports(query.identifiers, entry.identifiers, entry.kind)
                    evidence += same_ids
                    if query.type in UNSURE_TYPES and kind != UNSURE_TYPES[query.type]:
                        score -= TYPE_PENALTY
                        evidence.append(f"type {query.type} read as {kind}")
                    rank = (score + (PROGRAM_BONUS if shared else 0) + (COUNTRY_BONUS if same_country else 0)
                            + (IDENTIFIER_BONUS if same_ids else 0))
                    if score < min_score:  # evidence ranks entries and raises the score; it never makes a link alone
                        continue
                    held = best.get(entry.entry_id)
                    if held is None or rank > held.rank:
                        best[entry.entry_id] = Match(query, entry, round(min(1.0, rank), 4), round(score, 4), name,
                                                     entry_form.original, evidence, rank=rank)
        if not best:
            return []
        top = max(m.rank for m in best.values())
        tied = [m for m in best.values() if m.rank >= top - TIE]
        if len(tied) > 1:  # the entry written most like the text wins ("... OIL COMPANY" over "... OIL COMPANY PTE LTD")
            literal = {m.entry.entry_id: fuzz.ratio(m.query_name, m.entry_name, processor=default_process) for m in tied}
            tied = [m for m in tied if literal[m.entry.entry_id] >= max(literal.values())]
        return sorted(tied, key=lambda m: m.entry.entry_id)


def match_all(index: ListIndex, queries: Iterable[Query], min_score: float = DEFAULT_MIN_SCORE) -> list[Match]:
    """Every link of every query (queries without a match give none)."""
    return [m for query in queries for m in index.match(query, min_score)]
