"""Entities and relations as plain Python: what `relations.jsonl` lines say, grouped per entity, filtered, flattened.

The API's `entities()`, `to_networkx()` and `view()` all derive from the relations
read back from the store (`graphbuild.outputs.relations.iter_relations`), through these
functions, so they agree with `relations.jsonl` and with each other.
"""
from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from rdflib import URIRef

from .errors import GraphBuildError
from .records import ENTITY_TYPES, RELATION_KINDS

#: `type="Organization"` also matches its subclasses, as `?e a gb:Organization` does in SPARQL.
SUBTYPES = {"Organization": ("Organization", "PublicBody", "Company")}


@dataclass(frozen=True)
class Entity:
    """One resolved entity (person, agency, company, ...) that takes part in at least one relation.

    `name` is the canonical name (the form most documents give, the fullest on a tie),
    `aliases` every other name and acronym seen, `docs` the documents that mention it,
    `country` the country a generic public body belongs to ("Ministry of Defense" of Syria), if any.

    >>> e = kg.entity("OFAC")
    >>> e.name, e.type
    ('Office of Foreign Assets Control', 'PublicBody')
    >>> kg.query("SELECT ?e ?l WHERE { ?e rdfs:label ?l }", e=e)    # an Entity binds as its IRI
    """

    id: str
    name: str
    type: str
    aliases: tuple[str, ...] = ()
    docs: tuple[str, ...] = ()
    country: str | None = None

    @property
    def iri(self) -> URIRef:
        return URIRef(self.id)

    def __str__(self) -> str:
        return self.name


def collect_entities(relations: Iterable[Mapping[str, Any]]) -> dict[str, Entity]:
    """{id: Entity} of every subject and object of `relations` (relations.jsonl dicts)."""
    names: dict[str, Counter[str]] = {}
    aliases: dict[str, set[str]] = {}
    types: dict[str, Counter[str]] = {}
    docs: dict[str, set[str]] = {}
    countries: dict[str, str] = {}
    for rel in relations:
        for end in (rel["subject"], rel["object"]):
            key = end["id"]
            if end.get("country"):
                countries[key] = end["country"]  # part of the IRI, so one entity has one country
            names.setdefault(key, Counter())[end["name"]] += 1
            aliases.setdefault(key, set()).update(end.get("aliases") or [])
            types.setdefault(key, Counter())[end.get("type") or "Organization"] += 1
            docs.setdefault(key, set()).add(rel["doc"])
    found = {}
    for key, counts in names.items():
        name = max(counts, key=lambda n: (counts[n], len(n), n))
        type_ = max(types[key], key=lambda t: (types[key][t], t))
        found[key] = Entity(id=key, name=name, type=type_, aliases=tuple(sorted((aliases[key] | set(counts)) - {name})),
                            docs=tuple(sorted(docs[key])), country=countries.get(key))
    return found


def entity_types(type: str | Iterable[str] | None) -> set[str] | None:
    if type is None:
        return None
    wanted = {type} if isinstance(type, str) else set(type)
    unknown = sorted(wanted - set(ENTITY_TYPES))
    if unknown:
        raise GraphBuildError(f"unknown entity type {unknown[0]!r}; expected one of {', '.join(ENTITY_TYPES)}")
    return {sub for t in wanted for sub in SUBTYPES.get(t, (t,))}


def edge_label(rel: Mapping[str, Any]) -> str:
    if rel["relation"] == "holds_role" and rel.get("role"):
        return str(rel["role"])
    return str(rel["relation"]).replace("_", " ")


def relation_row(rel: Mapping[str, Any]) -> dict[str, Any]:
    """One relation dict flattened to a table row (the first evidence sentence as `sentence`)."""
    evidence = rel.get("evidence") or []
    return {
        "doc": rel["doc"], "relation": rel["relation"],
        "subject": rel["subject"]["name"], "subject_type": rel["subject"].get("type"),
        "object": rel["object"]["name"], "object_type": rel["object"].get("type"),
        "role": rel.get("role"), "program": rel.get("program"), "measures": list(rel.get("measures") or []),
        "date": rel.get("date"), "current": rel.get("current", True), "confidence": rel.get("confidence"),
        "sentence": evidence[0]["sentence"] if evidence else None,
        "subject_id": rel["subject"]["id"], "object_id": rel["object"]["id"],
    }


def filter_relations(relations: list[dict[str, Any]], focus: Entity | None = None, depth: int = 1,
                     min_confidence: float = 0.0, max_nodes: int | None = None) -> list[dict[str, Any]]:
    """Relations kept by the view filters: confidence, `depth` hops around `focus`, the `max_nodes` best connected."""
    import networkx as nx

    kept = [r for r in relations if (r.get("confidence") or 0.0) >= min_confidence]
    graph = nx.Graph()
    graph.add_edges_from((r["subject"]["id"], r["object"]["id"]) for r in kept)
    nodes = set(graph)
    if focus is not None:
        nodes = set(nx.ego_graph(graph, focus.id, radius=depth)) if focus.id in graph else set()
    if max_nodes is not None and len(nodes) > max_nodes:
        ranked = sorted(nodes, key=lambda n: (n != (focus.id if focus else None), -graph.degree(n), n))
        nodes = set(ranked[:max_nodes])
    return [r for r in kept if r["subject"]["id"] in nodes and r["object"]["id"] in nodes]


__all__ = ["ENTITY_TYPES", "RELATION_KINDS", "SUBTYPES", "Entity", "collect_entities", "edge_label", "entity_types",
           "filter_relations", "relation_row"]
