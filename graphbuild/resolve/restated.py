"""One relation per fact and document once entities are resolved: two names of one entity state one fact.

Extraction merges a fact stated twice by its names (`Relation.key`: a name designated twice is one designation).
Resolution may then give two different names one IRI (a company's full name "known as" the trade name the lead sentence
used, a person named in full and by a variant): their two relations became one node in the graph with two confidences
(or two programs, two dates), and the read-back wrote a line for each combination, the same designation twice (eleven
in the readable build; C, twenty-fourth session). Here such relations merge as extraction merges a restated fact: the
higher confidence, the details either gives, both evidence, and the other name as an alias (G, twenty-fifth session:
it was lost, so a user searching the trade name found nothing).
"""
from __future__ import annotations

from collections.abc import Iterable

from ..fact_merge import merge_facts
from ..rdf.mapping import coarse_type
from ..records import EntityRef, Relation

__all__ = ["drop_other_entities_names", "merge_restated", "resolved_key"]


def resolved_key(rel: Relation) -> tuple[str, str, str, str]:
    """`Relation.key` with the entities' IRIs for their names: what a document says once."""
    return (rel.relation, rel.subject.id or rel.subject.name.casefold(), rel.object.id or rel.object.name.casefold(),
            (rel.role or "").casefold())


def merge_restated(relations: Iterable[Relation]) -> list[Relation]:
    """The relations in their order, each later one with the key of an earlier one merged into it (fact_merge.py: the
    other name becomes an alias of the kept one)."""
    merged = merge_facts(relations, resolved_key)
    drop_other_entities_names(merged)
    return merged


def drop_other_entities_names(relations: list[Relation]) -> None:
    """No alias of an entity that the document gives another entity of its kind (another IRI) as its own name (in
    place). Of its kind: the entity index keys names by kind, so a name a rule gave a vessel or a post's body by
    mistake ("MS-13" a vessel beside the gang "La Mara Salvatrucha", alias "MS-13") joins nothing and stays.

    A rule may tie a name's aliases to the wrong name: "the Federation Council of the Federal Assembly" took the
    alias of "the State Duma of the Federal Assembly (State Duma)", a body with its own node in the same release. Once
    every name of an entity reaches the graph (fact_merge.add_names) such an alias would join the two bodies' names,
    and a later document's "State Duma" could resolve to the other node (RG, twenty-fifth session)."""
    owners: dict[tuple[str, str], set[str]] = {}  # (kind, name case-blind) -> the entities whose own name it is
    for rel in relations:
        for ref in (rel.subject, rel.object):
            owners.setdefault((coarse_type(ref.type), ref.name.casefold()), set()).add(_identity(ref))
    for rel in relations:
        for ref in (rel.subject, rel.object):
            me, kind = _identity(ref), coarse_type(ref.type)
            kept = [a for a in ref.aliases if owners.get((kind, a.casefold()), {me}) <= {me}]
            if len(kept) < len(ref.aliases):
                ref.aliases = kept  # a new list: entity refs of one document may share their alias list


def _identity(ref: EntityRef) -> str:
    """The entity a reference resolved to (its IRI), or its name when it has none."""
    return ref.id or ref.name.casefold()
