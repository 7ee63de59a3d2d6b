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
from ..records import Relation

__all__ = ["merge_restated", "resolved_key"]


def resolved_key(rel: Relation) -> tuple[str, str, str, str]:
    """`Relation.key` with the entities' IRIs for their names: what a document says once."""
    return (rel.relation, rel.subject.id or rel.subject.name.casefold(), rel.object.id or rel.object.name.casefold(),
            (rel.role or "").casefold())


def merge_restated(relations: Iterable[Relation]) -> list[Relation]:
    """The relations in their order, each later one with the key of an earlier one merged into it (fact_merge.py: the
    other name becomes an alias of the kept one)."""
    return merge_facts(relations, resolved_key)
