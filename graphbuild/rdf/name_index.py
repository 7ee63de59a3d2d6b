"""The name index: one small graph that turns a name typed by a user into entity IRIs fast.

Every document graph repeats the labels and aliases of the entities it mentions, so
looking a name up among them means reading every copy (56k label quads for 4k
entities on a 1M-triple store) and normalising each one. The index graph
(`NAME_INDEX_GRAPH`) holds each distinct name once, already normalised:

- ``?e gb:nameKey "ahmad vahidi"``: `names.name_key` of every label and alias, plain and
  in person order ("VAHIDI, Ahmad" -> "ahmad vahidi"): exact lookups are an index hit;
- ``?e gb:searchText "ahmad vahidi"``: the folded label or alias (case, accents, spacing)
  that "contains" lookups scan: one literal per name instead of one per document;
- ``?e rdfs:label "Ahmad Vahidi"``: the one name the bundled queries show for the entity
  (the first of its labels in code-point order, as ``MIN`` would give), read in a
  single lookup instead of aggregating every document's copy.

It is derived data: a build that adds, changes or removes documents refreshes the
entries of the entities those documents name (`update`, in time proportional to
them, not to the store); a store without a complete index (its marker is taken out
while documents change, so a stopped build leaves none) gets a full `rebuild`. It is not
part of graph.trig, and a store without it still answers every query
(`graphbuild.rdf.queries` falls back to scanning the labels).
"""
from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any

import pyoxigraph as ox
from rdflib import RDF, RDFS

from ..names import fold, name_key
from .sparql_text import iri_chunks
from .terms import to_ox
from .vocab import GB, NAME_INDEX_GRAPH, ONTOLOGY_GRAPH

_NAMES_WHERE = f"""GRAPH ?g {{ {{ ?e rdfs:label ?n BIND(true AS ?label) }} UNION {{ ?e gb:alias ?n BIND(false AS ?label) }} }}
  FILTER(?g != <{ONTOLOGY_GRAPH}> && ?g != <{NAME_INDEX_GRAPH}>)"""
_NAMES = f"PREFIX gb: <{GB}> PREFIX rdfs: <{RDFS}>\nSELECT DISTINCT ?e ?n ?label WHERE {{\n  {_NAMES_WHERE}\n}}"
_NAMES_OF = f"PREFIX gb: <{GB}> PREFIX rdfs: <{RDFS}>\nSELECT DISTINCT ?e ?n ?label WHERE {{\n  VALUES ?e {{ %s }}\n  {_NAMES_WHERE}\n}}"
_PRESENT = f"ASK {{ GRAPH <{NAME_INDEX_GRAPH}> {{ <{NAME_INDEX_GRAPH}> a <{GB.NameIndex}> }} }}"
#: Queries over the index; `graphbuild.rdf.queries` binds ?key / ?needle as terms.
EXACT = f"PREFIX gb: <{GB}> SELECT DISTINCT ?e WHERE {{ GRAPH <{NAME_INDEX_GRAPH}> {{ ?e gb:nameKey ?key }} }}"
CONTAINS = (f"PREFIX gb: <{GB}> SELECT DISTINCT ?e WHERE {{ GRAPH <{NAME_INDEX_GRAPH}> {{ ?e gb:searchText ?text }}"
            " FILTER(CONTAINS(?text, ?needle)) }")

__all__ = ["CONTAINS", "EXACT", "NAME_INDEX_GRAPH", "Touched", "index_quads", "lookup_keys", "named_in", "names", "present", "rebuild",
           "invalidate", "search_text", "update"]


def lookup_keys(name: str) -> set[str]:
    """The exact-match keys of a name: `name_key` as written and in person order ("SURNAME, Given")."""
    return {name_key(name), name_key(name, "Person")} - {""}


def search_text(name: str) -> str:
    """What a "contains" lookup compares with: case and accents folded, spaces collapsed."""
    return " ".join(fold(name).split())


def _marker() -> ox.Quad:
    graph = ox.NamedNode(str(NAME_INDEX_GRAPH))
    return ox.Quad(graph, ox.NamedNode(str(RDF.type)), ox.NamedNode(str(GB.NameIndex)), graph)


def index_quads(names: Iterable[tuple[Any, str, bool]]) -> Iterator[ox.Quad]:
    """The index quads for (entity IRI as a pyoxigraph term, name, is a label) triples, plus the marker."""
    graph = ox.NamedNode(str(NAME_INDEX_GRAPH))
    key, text = ox.NamedNode(str(GB.nameKey)), ox.NamedNode(str(GB.searchText))
    yield _marker()
    shown: dict[Any, str] = {}
    for entity, name, is_label in names:
        for k in sorted(lookup_keys(name)):
            yield ox.Quad(entity, key, ox.Literal(k), graph)
        text_value = search_text(name)
        if text_value:
            yield ox.Quad(entity, text, ox.Literal(text_value), graph)
        if is_label and (entity not in shown or name < shown[entity]):
            shown[entity] = name
    for entity, name in shown.items():
        yield ox.Quad(entity, ox.NamedNode(str(RDFS.label)), ox.Literal(name), graph)


def names(store: Any) -> Iterator[tuple[Any, str, bool]]:
    """(entity IRI, label or alias, is a label) for every distinct name in the document graphs."""
    for entity, name, is_label in store.query(_NAMES):
        yield entity, str(name), bool(is_label)


def rebuild(store: Any) -> int:
    """Replace the store's name index with one computed from its document graphs; returns its size."""
    rows = store.select(_NAMES)  # `names` as pyoxigraph terms, without an rdflib term per cell (issue 18)
    quads = sorted(set(index_quads((entity, name.value, is_label.value == "true") for entity, name, is_label in rows)), key=str)
    store.replace_graph(NAME_INDEX_GRAPH, quads)
    return len(quads)


def present(store: Any) -> bool:
    """Whether the store has a complete name index: its marker (alone in an empty store's index) is there."""
    return bool(store.query(_PRESENT).askAnswer)


def named_in(store: Any, graphs: Iterable[Any]) -> set[Any] | None:
    """The entities (pyoxigraph IRIs) with a label or alias in these document graphs; None when the store
    cannot tell cheaply (an endpoint): then `update` rebuilds the whole index."""
    return store.subjects_in(graphs, (RDFS.label, GB.alias))


class Touched:
    """The entities named by the document graphs a build rewrites or removes, before and after (None: unknown)."""

    def __init__(self, store: Any) -> None:
        self.store = store
        self.entities: set[Any] | None = set()

    def note(self, graphs: Iterable[Any]) -> None:
        if self.entities is not None:
            found = named_in(self.store, graphs)
            self.entities = None if found is None else self.entities | found


def _names_of(store: Any, entities: list[Any], chunk: int = 200) -> Iterator[tuple[Any, str, bool]]:
    """`names` for these entities only: each looked up across every document graph."""
    for values in iri_chunks(entities, chunk):
        for entity, name, is_label in store.query(_NAMES_OF % values):
            yield to_ox(entity), str(name), bool(is_label)


def invalidate(store: Any) -> None:
    """Take the marker out before documents change: until `update` puts it back, the index counts as absent.

    A build stopped between its first document write and the end of its `update` thus
    leaves a store whose next build rebuilds the index in full, whatever else it does.
    """
    store.remove_quads([_marker()])


def update(store: Any, entities: set[Any] | None) -> int:
    """Refresh the index entries of `entities` (pyoxigraph IRIs) from the document graphs; returns quads written.

    For a build that found a complete index, took its marker out (`invalidate`), then wrote
    or removed documents: `entities` are the ones those documents named, before and after
    (`Touched`). The time is proportional to their mentions, not to the store. Puts the
    marker back with them. With `entities` unknown (None: an endpoint cannot tell), a full `rebuild`.
    """
    if entities is None:
        return rebuild(store)
    marker = _marker()
    targets = sorted(entities, key=str)
    fresh = sorted({q for q in index_quads(_names_of(store, targets)) if q != marker}, key=str)
    store.remove_quads([marker])
    store.replace_subjects(NAME_INDEX_GRAPH, targets, [*fresh, marker])  # the marker goes in with the entries
    return len(fresh)
