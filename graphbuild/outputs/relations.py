"""Read relations back out of the store in the `relations.jsonl` contract.

The store is the single source of truth: relations.jsonl, the HTML view and
every export are derived from it, so they always agree with SPARQL.

The queries' rows are read as pyoxigraph terms (`KnowledgeStore.select`), not through the rdflib Dataset: rdflib made a
term of every cell (oxrdflib's conversion was about two thirds of this read-back, which a build runs after the model's
last document whenever two records share a sort key; issue 18, S20). Same queries, same rows in the same order; a
term's `.value` is what `str()` of its rdflib term gave, and numbers and flags are read from it as rdflib read them.
"""
from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator
from typing import Any

from ..rdf.store import KnowledgeStore
from .relation_record import relation_record

#: xsd:boolean's lexical forms rdflib reads as true (`rdflib.term._parseBoolean`: any other is false).
TRUE_FORMS = frozenset({"true", "1"})


def _rows(store: KnowledgeStore, sparql: str) -> Iterator[tuple[str | None, ...]]:
    """The SELECT's rows as each cell's value (None where unbound), in the store's row order."""
    yield from store.values(PREFIXES + sparql)


def _flag(value: str) -> bool:
    """An xsd:boolean as rdflib's `toPython()` read it."""
    return value.lower() in TRUE_FORMS

PREFIXES = """PREFIX gb: <https://w3id.org/graphbuild/ontology#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
PREFIX prov: <http://www.w3.org/ns/prov#>
PREFIX dcterms: <http://purl.org/dc/terms/>
"""
TYPE_PRIORITY = ["Person", "Vessel", "Country", "SanctionsProgram", "Company", "PublicBody", "Organization"]


def _entities(store: KnowledgeStore) -> dict[tuple[str, str], dict[str, Any]]:
    found: dict[tuple[str, str], dict[str, Any]] = {}
    rows = _rows(store, """SELECT ?g ?e ?label ?t WHERE { GRAPH ?g { ?e rdfs:label ?label ; a ?t .
        FILTER(STRSTARTS(STR(?t), "https://w3id.org/graphbuild/ontology#")) } }""")
    for g, e, label, t in rows:
        record = found.setdefault((str(g), str(e)), {"id": str(e), "name": str(label), "type": None, "aliases": []})
        type_ = str(t).rsplit("#", 1)[1]
        if type_ in TYPE_PRIORITY and (record["type"] is None or TYPE_PRIORITY.index(type_) < TYPE_PRIORITY.index(record["type"])):
            record["type"] = type_
    for g, e, country in _rows(store, "SELECT ?g ?e ?c WHERE { GRAPH ?g { ?e gb:country ?c } }"):
        record = found.get((str(g), str(e)))
        if record is not None:  # a country's generic public body (graphbuild.resolve.country)
            record["country"] = str(country)
    for g, e, alias in _rows(store, "SELECT ?g ?e ?a WHERE { GRAPH ?g { ?e gb:alias ?a } }"):
        record = found.get((str(g), str(e)))
        if record is not None:
            record["aliases"].append(str(alias))
    for g, e, p, value in _rows(store, "SELECT ?g ?e ?p ?v WHERE { GRAPH ?g { ?e ?p ?v"
                                      " VALUES ?p { gb:birthDate gb:nationality gb:passportNumber gb:imoNumber gb:describedNationality } } }"):
        record = found.get((str(g), str(e)))
        if record is not None:  # what tells a person from a namesake (graphbuild.resolve.identifiers)
            values = record.setdefault("identifiers", {}).setdefault(str(p).rsplit("#", 1)[1], [])
            if str(value) not in values:
                values.append(str(value))
    for record in found.values():
        record["aliases"].sort()
        for values in record.get("identifiers", {}).values():
            values.sort()
    return found


def _evidence(store: KnowledgeStore) -> dict[tuple[str, str], list[dict[str, Any]]]:
    found: dict[tuple[str, str], list[dict[str, Any]]] = defaultdict(list)
    rows = _rows(store, """SELECT ?g ?n ?s ?start ?end ?x ?h WHERE { GRAPH ?g { ?n prov:wasDerivedFrom ?m .
        ?m gb:sentence ?s ; gb:startOffset ?start ; gb:endOffset ?end ; gb:extractor ?x . OPTIONAL { ?m gb:hedge ?h } } }""")
    for g, n, s, start, end, x, h in rows:
        item = {"sentence": str(s), "start": int(start), "end": int(end), "extractor": str(x)}
        if h is not None:  # a reported fact (records.Evidence.hedge)
            item["hedge"] = str(h)
        found[(str(g), str(n))].append(item)
    for items in found.values():
        items.sort(key=lambda e: (e["start"], e["extractor"]))
    return found


def iter_relations(store: KnowledgeStore) -> Iterator[dict[str, Any]]:
    """Every relation in the store, one dict per (document, relation), sorted by document and position."""
    entities = _entities(store)
    evidence = _evidence(store)
    docs = {str(g): str(i) for g, i in _rows(store, "SELECT ?g ?id WHERE { GRAPH ?g { ?g a gb:Document ; dcterms:identifier ?id } }")}
    records: list[dict[str, Any]] = []

    counts: dict[tuple[str, str], list[int]] = defaultdict(list)
    for g, n, count in _rows(store, "SELECT ?g ?n ?c WHERE { GRAPH ?g { ?n gb:mentionCount ?c } }"):
        counts[(str(g), str(n))].append(int(count))

    def base(g: Any, node: Any, kind: str, s: Any, o: Any, conf: Any) -> dict[str, Any]:
        key = str(g)
        return relation_record(
            docs.get(key, ""), kind,
            entities.get((key, str(s)), {"id": str(s), "name": str(s), "type": None, "aliases": []}),
            entities.get((key, str(o)), {"id": str(o), "name": str(o), "type": None, "aliases": []}),
            float(conf), evidence.get((key, str(node)), []), counts.get((key, str(node)), ()))

    dates: dict[tuple[str, str], tuple[str | None, str | None]] = {}
    for g, n, date, words in _rows(store, """SELECT DISTINCT ?g ?n ?date ?words WHERE { GRAPH ?g {
            ?n gb:date|gb:dateText ?any . OPTIONAL { ?n gb:date ?date } OPTIONAL { ?n gb:dateText ?words }
            FILTER(?n != ?g) } }"""):
        dates[(str(g), str(n))] = (str(date) if date is not None else None, str(words) if words is not None else None)

    def dated(record: dict[str, Any], g: Any, node: Any) -> None:
        """ISO `date` and the words as written (`date_text`; the date itself when it was written so)."""
        date, words = dates.get((str(g), str(node)), (None, None))
        record.update(date=date, date_text=words if words is not None else date)

    for g, post, s, o, role, rc, cur, conf in _rows(store, """SELECT ?g ?post ?s ?o ?role ?rc ?cur ?conf WHERE { GRAPH ?g {
            ?s gb:holdsPosition ?post . ?post gb:organization ?o ; gb:role ?role ; gb:current ?cur ; gb:confidence ?conf .
            OPTIONAL { ?post gb:roleClass ?rc } } }"""):
        record = base(g, post, "holds_role", s, o, conf)
        dated(record, g, post)
        record.update(role=str(role), role_class=str(rc) if rc is not None else None, current=_flag(cur))
        records.append(record)
    measures: dict[tuple[str, str], list[str]] = defaultdict(list)
    for g, d, m in _rows(store, "SELECT ?g ?d ?m WHERE { GRAPH ?g { ?d a gb:Designation ; gb:measure ?m } }"):
        measures[(str(g), str(d))].append(str(m))
    for g, d, s, o, cur, conf, program in _rows(store, """SELECT ?g ?d ?s ?o ?cur ?conf ?pl WHERE { GRAPH ?g {
            ?d a gb:Designation ; gb:designee ?s ; gb:authority ?o ; gb:current ?cur ; gb:confidence ?conf .
            OPTIONAL { ?d gb:program ?p . ?p rdfs:label ?pl } } }"""):
        record = base(g, d, "designated_by", s, o, conf)
        record.update(current=_flag(cur), program=str(program) if program is not None else None,
                      measures=sorted(measures.get((str(g), str(d)), [])))
        dated(record, g, d)
        records.append(record)
    for g, x, s, o, conf in _rows(store, """SELECT ?g ?x ?s ?o ?conf WHERE { GRAPH ?g {
            ?x a gb:Delisting ; gb:delistee ?s ; gb:authority ?o ; gb:confidence ?conf } }"""):
        record = base(g, x, "delisted_by", s, o, conf)  # a removal from a list (rdf/delistings.py)
        dated(record, g, x)
        records.append(record)
    for g, st, s, o, conf in _rows(store, """SELECT ?g ?st ?s ?o ?conf WHERE { GRAPH ?g {
            ?st a rdf:Statement ; rdf:subject ?s ; rdf:predicate gb:partOf ; rdf:object ?o ; gb:confidence ?conf } }"""):
        records.append(base(g, st, "part_of", s, o, conf))
    records.sort(key=lambda r: (r["doc"], r["evidence"][0]["start"] if r["evidence"] else -1, r["relation"], r["subject"]["name"], r["object"]["name"], r["role"] or ""))
    yield from records
