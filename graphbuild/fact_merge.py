"""One relation per fact of one document: the one place where statements of a fact merge.

A document may state one fact several times (a designation in the lead and again in the body), several rules may read
one statement, a long document's windows each give their relations (nlp/windows.py), and after resolution two names of
one entity state one fact (resolve/restated.py). Each of these merged on its own path until the twenty-fifth session
(G): extraction counted statements and bounded evidence by hand beside `Relation.absorb`, and neither kept the other
name of an entity stated two ways, so a trade name "known as" the full name was lost from the graph. Here: the higher
confidence and the details either statement gives (`Relation.restate`), every name of both entities (the kept
relation's name, the other's as aliases), the evidence of both (a statement both read once), each statement counted
once, the evidence bounded (`Relation.bound_evidence`) when all are in.
"""
from __future__ import annotations

from collections.abc import Callable, Hashable, Iterable

from .records import EntityRef, Relation

__all__ = ["FactMerger", "add_names", "merge_facts"]


def add_names(ref: EntityRef, other: EntityRef) -> None:
    """`other`'s name and aliases as aliases of `ref`, one entity named two ways: a user searching either finds it.
    A name is one in any case (the read-back and the index key names case-blind). A new list, never the old one
    extended: entity refs of one document may share their alias list."""
    known = {ref.name.casefold(), *(alias.casefold() for alias in ref.aliases)}
    new: list[str] = []
    for name in (other.name, *other.aliases):
        if name.casefold() not in known:
            known.add(name.casefold())
            new.append(name)
    if new:
        ref.aliases = [*ref.aliases, *new]


def _overlaps(start: int, end: int, spans: list[tuple[int, int]]) -> bool:
    """A statement at `start`-`end` is one already cited when it shares characters with it: one rule cites a list item
    with its number ("3. X"), another without ("X"), and the item is one statement (RG, twenty-fifth session: 39
    readable lines cited it twice and counted it twice)."""
    return any(start < other_end and other_start < end for other_start, other_end in spans)


class FactMerger:
    """Relations of one document merged by `key` (a fact), each first one kept in its place."""

    def __init__(self, key: Callable[[Relation], Hashable] = Relation.key) -> None:
        self._key = key
        self._merged: dict[Hashable, Relation] = {}
        self._starts: dict[Hashable, set[int]] = {}  # every statement's offset merged into a fact (repeats are cheap)
        self._spans: dict[Hashable, list[tuple[int, int]]] = {}  # the character spans of the fact's statements
        self._counts: dict[Hashable, int] = {}  # statements of the fact, each once (bounded ones by their count)

    def add(self, rel: Relation) -> None:
        """`rel` as a new fact, or merged into the earlier relation of its key."""
        key = self._key(rel)
        first = self._merged.get(key)
        if first is None:
            self._merged[key] = rel
            self._starts[key] = {e.start for e in rel.evidence}
            self._spans[key] = [(e.start, e.end) for e in rel.evidence]
            self._counts[key] = rel.mention_count()
            return
        starts, spans = self._starts[key], self._spans[key]
        known = {e.start for e in rel.evidence if e.start in starts or _overlaps(e.start, e.end, spans)}
        self._counts[key] += rel.mention_count() - len(known)
        first.restate(rel)
        add_names(first.subject, rel.subject)
        add_names(first.object, rel.object)
        new = [e for e in rel.evidence if e.start not in known]
        first.evidence.extend(new)
        starts |= {e.start for e in rel.evidence}
        spans.extend((e.start, e.end) for e in new)

    def relations(self) -> list[Relation]:
        """The facts in their order, each with its statements counted and its evidence bounded."""
        for key, rel in self._merged.items():
            rel.mentions = self._counts[key]
            rel.bound_evidence()  # the first distinct sentences and a count, not one node per repetition
        return list(self._merged.values())


def merge_facts(relations: Iterable[Relation], key: Callable[[Relation], Hashable] = Relation.key) -> list[Relation]:
    """The relations in their order, each later one with the key of an earlier one merged into it."""
    merger = FactMerger(key)
    for rel in relations:
        merger.add(rel)
    return merger.relations()
