"""The relations.jsonl records of one named graph, read from its quads in Python instead of through SPARQL.

`graphbuild.outputs.relations.iter_relations` reads every record with SPARQL over the
whole store, and rdflib converts each term of each row: on a 400-document build that
read-back was about 8% of the build's time (docs/benchmarks.md, issue 18). Each of its
queries matches inside one `GRAPH ?g { }` block, so the same records can be computed
graph by graph from the quads the build has just written, while the model works on the
next documents. `graph_records` reproduces those queries' semantics exactly where they
are determined; where SPARQL would pick one of several values (an entity with two
labels, a node with two dates) or where the final order would depend on the store's
row order (two records with the same sort key), it answers None and the caller reads
the store as before, so the output never differs from `iter_relations`.
"""
from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from typing import Any

import pyoxigraph as ox

from ..resolve.identifiers import KEYS as IDENTIFIER_KEYS
from .relation_record import relation_record
from .relations import TYPE_PRIORITY

GB = "https://w3id.org/graphbuild/ontology#"
RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
RDFS_LABEL = "http://www.w3.org/2000/01/rdf-schema#label"
PROV_DERIVED = "http://www.w3.org/ns/prov#wasDerivedFrom"
DCTERMS_ID = "http://purl.org/dc/terms/identifier"
RDF_TYPE = RDF + "type"
_BOOLEANS = {"true": True, "1": True, "false": False, "0": False}


class Ambiguous(Exception):
    """SPARQL's answer would depend on the store's row order: read the store instead."""


def _one(values: list[Any]) -> Any:
    """The single value of a property SPARQL reads into one dict slot (the last row wins there)."""
    if len(values) > 1:
        raise Ambiguous
    return values[0] if values else None


def _options(values: list[Any]) -> list[Any]:
    """An OPTIONAL pattern's values: each one a row, or one row without it."""
    return values or [None]


def _text(term: Any) -> str:
    return term.value


def _sort_key(record: dict[str, Any]) -> tuple[Any, ...]:
    """`iter_relations`' order."""
    return (record["doc"], record["evidence"][0]["start"] if record["evidence"] else -1, record["relation"],
            record["subject"]["name"], record["object"]["name"], record["role"] or "")


class _Graph:
    """One graph's quads as {subject: {predicate IRI: [objects]}} (each triple once, as in the store)."""

    def __init__(self, graph: str, quads: Iterable[Any]) -> None:
        self.graph = graph
        self.props: dict[Any, dict[str, list[Any]]] = defaultdict(lambda: defaultdict(list))
        seen: set[tuple[Any, Any, Any]] = set()
        for quad in quads:
            triple = (quad.subject, quad.predicate, quad.object)
            if triple in seen:
                continue
            seen.add(triple)
            self.props[quad.subject][quad.predicate.value].append(quad.object)

    def values(self, subject: Any, predicate: str) -> list[Any]:
        found = self.props.get(subject)
        return found.get(predicate, []) if found else []

    def subjects(self, predicate: str, obj: str | None = None) -> list[Any]:
        return [s for s, props in self.props.items() if predicate in props
                and (obj is None or any(isinstance(o, ox.NamedNode) and o.value == obj for o in props[predicate]))]


def _entities(g: _Graph) -> tuple[dict[Any, dict[str, Any]], set[Any]]:
    """{entity: record} as `relations._entities` builds them, and the entities whose record SPARQL's order decides."""
    found: dict[Any, dict[str, Any]] = {}
    unsure: set[Any] = set()
    for entity, props in g.props.items():
        labels = props.get(RDFS_LABEL, [])
        types = [t for t in props.get(RDF_TYPE, []) if str(_text(t)).startswith(GB)]
        if not labels or not types:
            continue
        if len({_text(label) for label in labels}) > 1:  # the first row's label would win
            unsure.add(entity)
        record: dict[str, Any] = {"id": _text(entity), "name": _text(labels[0]), "type": None, "aliases": []}
        for t in types:
            type_ = _text(t).rsplit("#", 1)[1]
            if type_ in TYPE_PRIORITY and (record["type"] is None or TYPE_PRIORITY.index(type_) < TYPE_PRIORITY.index(record["type"])):
                record["type"] = type_
        countries = props.get(GB + "country", [])
        if len(countries) > 1:
            unsure.add(entity)
        if countries:
            record["country"] = _text(countries[-1])
        record["aliases"] = sorted(_text(a) for a in props.get(GB + "alias", []))
        identifiers = {key: sorted({_text(v) for v in props[GB + key]}) for key in IDENTIFIER_KEYS if props.get(GB + key)}
        if identifiers:  # what tells a person from a namesake (graphbuild.resolve.identifiers)
            record["identifiers"] = identifiers
        found[entity] = record
    return found, unsure


def _evidence(g: _Graph, node: Any) -> list[dict[str, Any]]:
    items = []
    for mention in g.values(node, PROV_DERIVED):
        for sentence in g.values(mention, GB + "sentence"):
            for start in g.values(mention, GB + "startOffset"):
                for end in g.values(mention, GB + "endOffset"):
                    for extractor in g.values(mention, GB + "extractor"):
                        item = {"sentence": _text(sentence), "start": int(_text(start)), "end": int(_text(end)),
                                "extractor": _text(extractor)}
                        for hedge in g.values(mention, GB + "hedge"):  # a reported fact (records.Evidence.hedge)
                            item["hedge"] = _text(hedge)
                        items.append(item)
    items.sort(key=lambda e: (e["start"], e["extractor"]))
    keys = [(e["start"], e["extractor"]) for e in items]
    if len(set(keys)) < len(keys):  # equal keys keep the store's row order
        raise Ambiguous
    return items


def _flag(term: Any) -> bool:
    value = _BOOLEANS.get(_text(term))
    if value is None:
        raise Ambiguous  # rdflib's reading of an ill-typed boolean is not reproduced here
    return value


def graph_records(graph: Any, quads: Iterable[Any]) -> list[dict[str, Any]] | None:
    """The records `iter_relations` reads from this graph, in its order; None where that read depends on row order."""
    g = _Graph(_text(graph), quads)
    try:
        return _records(g)
    except (Ambiguous, ValueError):
        return None


def _records(g: _Graph) -> list[dict[str, Any]]:
    entities, unsure = _entities(g)
    graph_node = ox.NamedNode(g.graph)
    is_document = any(_text(t) == GB + "Document" for t in g.values(graph_node, RDF_TYPE))
    doc = _text(_one(g.values(graph_node, DCTERMS_ID))) if is_document and g.values(graph_node, DCTERMS_ID) else ""
    records: list[dict[str, Any]] = []

    def entity(term: Any) -> dict[str, Any]:
        if term in unsure:
            raise Ambiguous
        return entities.get(term) or {"id": _text(term), "name": _text(term), "type": None, "aliases": []}

    def base(node: Any, kind: str, s: Any, o: Any, conf: Any) -> dict[str, Any]:
        return relation_record(doc, kind, entity(s), entity(o), float(_text(conf)), _evidence(g, node),
                               [int(_text(c)) for c in g.values(node, GB + "mentionCount")])

    def dated(record: dict[str, Any], node: Any) -> None:
        date, words = (None, None)
        if node != graph_node and (g.values(node, GB + "date") or g.values(node, GB + "dateText")):
            date, words = (_one(g.values(node, GB + "date")), _one(g.values(node, GB + "dateText")))
            date, words = (_text(date) if date is not None else None, _text(words) if words is not None else None)
        record.update(date=date, date_text=words if words is not None else date)

    for s in g.subjects(GB + "holdsPosition"):
        for post in g.values(s, GB + "holdsPosition"):
            for o in g.values(post, GB + "organization"):
                for role in g.values(post, GB + "role"):
                    for cur in g.values(post, GB + "current"):
                        for conf in g.values(post, GB + "confidence"):
                            for rc in _options(g.values(post, GB + "roleClass")):
                                record = base(post, "holds_role", s, o, conf)
                                dated(record, post)
                                record.update(role=_text(role), role_class=_text(rc) if rc is not None else None, current=_flag(cur))
                                records.append(record)
    for d in g.subjects(RDF_TYPE, GB + "Designation"):
        measures = sorted(_text(m) for m in g.values(d, GB + "measure"))
        programs = [label for p in g.values(d, GB + "program") for label in g.values(p, RDFS_LABEL)]
        for s in g.values(d, GB + "designee"):
            for o in g.values(d, GB + "authority"):
                for cur in g.values(d, GB + "current"):
                    for conf in g.values(d, GB + "confidence"):
                        for program in _options(programs):
                            record = base(d, "designated_by", s, o, conf)
                            record.update(current=_flag(cur), program=_text(program) if program is not None else None,
                                          measures=list(measures))
                            dated(record, d)
                            records.append(record)
    for x in g.subjects(RDF_TYPE, GB + "Delisting"):  # a removal from a list (rdf/delistings.py)
        for s in g.values(x, GB + "delistee"):
            for o in g.values(x, GB + "authority"):
                for conf in g.values(x, GB + "confidence"):
                    record = base(x, "delisted_by", s, o, conf)
                    dated(record, x)
                    records.append(record)
    for st in g.subjects(RDF_TYPE, RDF + "Statement"):
        if not any(_text(p) == GB + "partOf" for p in g.values(st, RDF + "predicate")):
            continue
        for s in g.values(st, RDF + "subject"):
            for o in g.values(st, RDF + "object"):
                for conf in g.values(st, GB + "confidence"):
                    records.append(base(st, "part_of", s, o, conf))
    return records


def merge_records(groups: Iterable[list[dict[str, Any]]]) -> list[dict[str, Any]] | None:
    """Every graph's records in `iter_relations`' order; None when two share a sort key (the store's order decides)."""
    records = sorted((r for group in groups for r in group), key=_sort_key)
    keys = [_sort_key(r) for r in records]
    if any(a == b for a, b in zip(keys, keys[1:])):
        return None
    return records


__all__ = ["graph_records", "merge_records"]
