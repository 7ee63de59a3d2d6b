"""`graphbuild export`: the store in the formats other tools read.

- turtle: the document graphs merged (each triple once), with the usual prefixes;
- trig, nquads, jsonld: every document's named graph, so each fact keeps its source;
- graphml, gexf: the entity graph (networkx) for Gephi, yEd, Cytoscape: one node per
  entity, one edge per distinct relation with the documents and evidence count;
- ftm: FollowTheMoney entities as JSON lines (Person, Organization/PublicBody/Company,
  Position + Occupancy, Sanction, Document as `proof`), for OpenSanctions and Aleph tools;
- jsonl: the relations.jsonl contract.

Everything is read back from the store (local or a SPARQL endpoint); the ontology
graph is not exported (it is ontology/graphbuild.ttl).
"""
from __future__ import annotations

import json
import re
import sys
from collections import defaultdict
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO, Any

import pyoxigraph as ox

from ..entities import collect_entities, edge_label
from ..errors import GraphBuildError
from .atomic import atomic_output
from .current_flag import latest_current
from .delisted import store_relations
from ..names import slug, stable_hash
from ..rdf.store import PREFIXES, KnowledgeStore

FORMATS = ("turtle", "trig", "nquads", "jsonld", "graphml", "gexf", "ftm", "jsonl")
RDF_FORMATS = {
    "turtle": ox.RdfFormat.TURTLE,
    "trig": ox.RdfFormat.TRIG,
    "nquads": ox.RdfFormat.N_QUADS,
    "jsonld": ox.RdfFormat.JSON_LD,
}
TRIPLE_FORMATS = {"turtle"}
SEPARATOR = "; "


@contextmanager
def _binary_output(out: Path | None) -> Iterator[IO[bytes]]:
    if out is None:
        yield sys.stdout.buffer
        sys.stdout.buffer.flush()
        return
    try:
        out.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise GraphBuildError(f"{out}: cannot write the export ({exc.strerror or exc})") from exc
    with atomic_output(out, what="the export") as handle:  # whole or not at all
        yield handle


def export_store(ks: KnowledgeStore, fmt: str, out: Path | None) -> None:
    """Write the store in `fmt` to `out` (a path) or to standard output."""
    fmt = fmt.lower().replace("-", "")
    fmt = {"ttl": "turtle", "nq": "nquads", "json-ld": "jsonld"}.get(fmt, fmt)
    if fmt not in FORMATS:
        raise GraphBuildError(f"unknown export format {fmt!r}; expected one of {', '.join(FORMATS)}")
    with _binary_output(Path(out) if out is not None else None) as handle:
        if fmt in RDF_FORMATS:
            write_rdf(ks, fmt, handle)
        elif fmt in {"graphml", "gexf"}:
            doc_dates = {doc: meta["date"] for doc, meta in documents(ks).items() if meta.get("date")}
            write_network(store_relations(ks), fmt, handle, doc_dates)
        elif fmt == "ftm":
            from ..link.view import store_listings

            for entity in ftm_entities(store_relations(ks), documents(ks), store_listings(ks)):
                handle.write((json.dumps(entity, ensure_ascii=False, sort_keys=True) + "\n").encode("utf-8"))
        else:  # the store's state: a designation a later delisting ended is not current (outputs/delisted.py)
            for record in store_relations(ks):
                handle.write((json.dumps(record, ensure_ascii=False) + "\n").encode("utf-8"))


# ---- RDF ----------------------------------------------------------------------------------------
def write_rdf(ks: KnowledgeStore, fmt: str, handle: IO[bytes]) -> None:
    quads = sorted(ks.iter_quads(), key=lambda q: (str(q.graph_name), str(q.subject), str(q.predicate), str(q.object)))
    if fmt in TRIPLE_FORMATS:
        seen: set[Any] = set()
        triples = []
        for q in quads:
            triple = ox.Triple(q.subject, q.predicate, q.object)
            if triple not in seen:
                seen.add(triple)
                triples.append(triple)
        ox.serialize(triples, handle, format=RDF_FORMATS[fmt], prefixes=PREFIXES)
    elif fmt == "nquads":
        ox.serialize(quads, handle, format=RDF_FORMATS[fmt])
    else:
        ox.serialize(quads, handle, format=RDF_FORMATS[fmt], prefixes=PREFIXES)


# ---- entities -----------------------------------------------------------------------------------
def canonical_entities(relations: Iterable[dict[str, Any]]) -> dict[str, dict[str, Any]]:
    """{iri: {id, name, type, aliases, docs}}: `graphbuild.entities.collect_entities` as plain dicts for the exporters."""
    return {iri: {"id": e.id, "name": e.name, "type": e.type, "aliases": list(e.aliases), "docs": list(e.docs),
                  **({"country": e.country} if e.country else {})}
            for iri, e in collect_entities(relations).items()}


def _edge_label(rel: dict[str, Any]) -> str:
    """`entities.edge_label`, with the program of a designation (an exported edge stands alone)."""
    if rel["relation"] == "designated_by" and rel.get("program"):
        return f"designated by ({rel['program']})"
    return edge_label(rel)


def relations_to_networkx(relations: Iterable[dict[str, Any]], doc_dates: dict[str, str] | None = None) -> Any:
    """A networkx MultiDiGraph with scalar attributes only (so GraphML and GEXF can hold them).

    Nodes: entity IRIs with label, type, aliases, designated, programs, documents.
    Edges: one per (subject, object, relation, role/program), keyed by that label, with
    relation, label, role, program, date (the latest stated), dates (every one), measures,
    confidence (max), current (the latest-dated statement's; when none is dated, the statement of the
    latest of `doc_dates`, {document id: publication date}: `current_flag.latest_current`), documents,
    evidence (count) and sentence (the first), end_date (when a later delisting ended a designation that is no
    longer current: `outputs/delisted.py`).

    Before, `date` was the first record's and `current` any record's: a designation stated as an
    earlier action of 2007 in one release and as today's in a 2023 release was exported as a
    current designation of 2007 (P10, fifteenth session).
    """
    import networkx as nx

    records = list(relations)
    entities = canonical_entities(records)
    graph = nx.MultiDiGraph()
    programs: dict[str, set[str]] = defaultdict(set)
    designated: set[str] = set()
    for rel in records:
        if rel["relation"] == "designated_by":
            designated.add(rel["subject"]["id"])
            if rel.get("program"):
                programs[rel["subject"]["id"]].add(rel["program"])
    for iri, entity in sorted(entities.items()):
        graph.add_node(iri, label=entity["name"], type=entity["type"], aliases=SEPARATOR.join(entity["aliases"]),
                       designated=iri in designated, programs=SEPARATOR.join(sorted(programs[iri])),
                       documents=SEPARATOR.join(entity["docs"]))
    edges: dict[tuple[str, str, str], dict[str, Any]] = {}
    for rel in records:
        label = _edge_label(rel)
        key = (rel["subject"]["id"], rel["object"]["id"], f"{rel['relation']}:{label}")
        edge = edges.get(key)
        if edge is None:
            edge = edges[key] = {"relation": rel["relation"], "label": label, "role": rel.get("role") or "",
                                 "program": rel.get("program") or "", "date": "", "dates": set(),
                                 "measures": set(), "confidence": 0.0, "current": False, "documents": set(),
                                 "evidence": 0, "sentence": "", "end_date": "", "_statements": []}
        edge["measures"].update(rel.get("measures") or [])
        edge["confidence"] = max(edge["confidence"], float(rel.get("confidence") or 0.0))
        edge["_statements"].append((rel.get("date") or "", rel["doc"], bool(rel.get("current", True))))
        edge["documents"].add(rel["doc"])
        edge["evidence"] += len(rel.get("evidence") or [])
        if not edge["sentence"] and rel.get("evidence"):
            edge["sentence"] = rel["evidence"][0]["sentence"]
        if rel.get("date"):
            edge["dates"].add(rel["date"])
        if rel.get("end_date"):  # ended by a later delisting (outputs/delisted.py)
            edge["end_date"] = max(edge["end_date"], rel["end_date"])
    for (s, o, key), edge in edges.items():
        edge["date"] = max(edge["dates"]) if edge["dates"] else ""  # ISO at any precision sorts by time
        edge["current"] = latest_current(edge.pop("_statements"), doc_dates)
        if edge["current"]:  # a re-designation after the delisting: no end
            edge["end_date"] = ""
        edge["dates"] = SEPARATOR.join(sorted(edge["dates"]))
        edge["measures"] = SEPARATOR.join(sorted(edge["measures"]))
        edge["documents"] = SEPARATOR.join(sorted(edge["documents"]))
        graph.add_edge(s, o, key=key, **edge)
    return graph


_XML_INVALID = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def _xml_safe(graph: Any) -> None:
    """GraphML/GEXF are XML: drop the control characters XML 1.0 cannot hold."""
    for _, data in graph.nodes(data=True):
        for k, v in data.items():
            if isinstance(v, str):
                data[k] = _XML_INVALID.sub("", v)
    for _, _, data in graph.edges(data=True):
        for k, v in data.items():
            if isinstance(v, str):
                data[k] = _XML_INVALID.sub("", v)


def write_network(relations: Iterable[dict[str, Any]], fmt: str, handle: IO[bytes],
                  doc_dates: dict[str, str] | None = None) -> None:
    import networkx as nx

    graph = relations_to_networkx(relations, doc_dates)
    _xml_safe(graph)
    if fmt == "graphml":
        nx.write_graphml(graph, handle, encoding="utf-8")
    else:
        nx.write_gexf(graph, handle, encoding="utf-8")


# ---- FollowTheMoney -------------------------------------------------------------------------------
FTM_SCHEMA = {"Person": "Person", "Organization": "Organization", "PublicBody": "PublicBody", "Company": "Company",
              "Vessel": "Vessel", "Country": "LegalEntity", "SanctionsProgram": "LegalEntity"}
_DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")


def documents(ks: KnowledgeStore) -> dict[str, dict[str, str]]:
    """{document id: {title, url, date}} from the store."""
    rows = ks.query("""PREFIX gb: <https://w3id.org/graphbuild/ontology#> PREFIX dcterms: <http://purl.org/dc/terms/>
        SELECT ?id ?title ?url ?date WHERE { GRAPH ?g { ?g a gb:Document ; dcterms:identifier ?id .
        OPTIONAL { ?g gb:title ?title } OPTIONAL { ?g gb:url ?url } OPTIONAL { ?g gb:publicationDate ?date } } }""")
    return {str(i): {k: str(v) for k, v in (("title", t), ("url", u), ("date", d)) if v is not None} for i, t, u, d in rows}


def _ftm_id(iri: str, kind: str = "") -> str:
    """A readable, stable FtM id from an IRI: gb-person-ahmad-vahidi-1a2b3c..."""
    tail = iri.split("/id/", 1)[-1] if "/id/" in iri else iri
    return "gb-" + (f"{kind}-" if kind else "") + re.sub(r"[^a-zA-Z0-9.-]+", "-", tail).strip("-")[:180]


def ftm_entities(relations: Iterable[dict[str, Any]], docs: dict[str, dict[str, str]] | None = None,
                 listings: dict[str, list[dict[str, Any]]] | None = None) -> Iterator[dict[str, Any]]:
    """FollowTheMoney entity dicts: parties, Document proofs, Position + Occupancy, Sanction, parent links.

    `listings` ({entity IRI: list entries}, graphbuild.link.view.store_listings): each list link becomes a
    Sanction with the list as authority and the entry id as authorityId, as OpenSanctions writes list entries.
    """
    try:
        from followthemoney import model
    except ImportError as exc:  # pragma: no cover - depends on the environment
        raise GraphBuildError("--format ftm needs the followthemoney package (pip install followthemoney)") from exc

    records = list(relations)
    docs = docs or {}
    entities = canonical_entities(records)
    proxies: dict[str, Any] = {}

    def make(schema: str, ident: str) -> Any:
        proxy = proxies.get(ident)
        if proxy is None:
            proxy = proxies[ident] = model.make_entity(schema)
            proxy.id = ident
        return proxy

    def document(doc_id: str) -> str:
        ident = f"gb-doc-{slug(doc_id, 60)}-{stable_hash(doc_id, length=10)}"
        if ident not in proxies:
            proxy = make("Document", ident)
            meta = docs.get(doc_id, {})
            proxy.add("fileName", doc_id.split("#", 1)[0].rsplit("/", 1)[-1])
            proxy.add("title", meta.get("title") or doc_id)
            proxy.add("sourceUrl", meta.get("url"), quiet=True)
            proxy.add("publishedAt", meta.get("date"), quiet=True)
        return ident

    for iri, entity in entities.items():
        proxy = make(FTM_SCHEMA.get(entity["type"], "LegalEntity"), _ftm_id(iri))
        proxy.add("name", entity["name"])
        for alias in entity["aliases"]:
            proxy.add("alias", alias, quiet=True)
        proxy.add("sourceUrl", [docs.get(d, {}).get("url") for d in entity["docs"] if docs.get(d, {}).get("url")], quiet=True)
        if entity["type"] == "Country":
            proxy.add("country", entity["name"], quiet=True)
        if entity.get("country") and "country" in proxy.schema.properties:
            proxy.add("country", entity["country"], quiet=True)  # gb:country of a generic public body, as an ISO code

    def evidence(proxy: Any, rel: dict[str, Any]) -> None:
        if "proof" in proxy.schema.properties:  # FtM 4 (intervals have proofs); FtM 3.8, the wheels-only pin, has not
            proxy.add("proof", document(rel["doc"]))
        meta = docs.get(rel["doc"], {})
        proxy.add("sourceUrl", meta.get("url"), quiet=True)
        for ev in rel.get("evidence") or []:
            proxy.add("summary", ev["sentence"], quiet=True)

    statuses: dict[str, list[tuple[str, str, bool]]] = {}
    for rel in records:
        subject, obj = _ftm_id(rel["subject"]["id"]), _ftm_id(rel["object"]["id"])
        if rel["relation"] == "holds_role":
            role = rel.get("role") or "member"
            org_name = entities[rel["object"]["id"]]["name"]
            position = make("Position", "gb-position-" + stable_hash(rel["object"]["id"], role.casefold()))
            position.add("name", f"{role}, {org_name}" if org_name.casefold() not in role.casefold() else role)
            position.add("organization", obj)
            occupancy = make("Occupancy", "gb-occupancy-" + stable_hash(rel["subject"]["id"], position.id))
            occupancy.add("holder", subject)
            occupancy.add("post", position.id)
            statuses.setdefault(occupancy.id, []).append((rel.get("date") or "", rel["doc"], bool(rel.get("current", True))))
            evidence(occupancy, rel)
        elif rel["relation"] == "designated_by":
            sanction = make("Sanction", "gb-sanction-" + stable_hash(rel["subject"]["id"], rel["object"]["id"],
                                                                    rel.get("program") or "", rel.get("date") or ""))
            sanction.add("entity", subject)
            sanction.add("authority", entities[rel["object"]["id"]]["name"])
            sanction.add("program", rel.get("program"), quiet=True)
            for measure in rel.get("measures") or []:
                sanction.add("provisions", measure, quiet=True)
            if rel.get("date") and _DATE.match(rel["date"]):
                sanction.add("startDate", rel["date"], quiet=True)
            if rel.get("end_date") and _DATE.match(rel["end_date"]):  # a later delisting ended it (outputs/delisted.py)
                sanction.add("endDate", rel["end_date"], quiet=True)
                sanction.add("status", "ended", quiet=True)
            evidence(sanction, rel)
        elif rel["relation"] == "part_of":
            child = proxies.get(subject)
            if child is not None and "parent" in child.schema.properties:
                child.add("parent", obj)
    doc_dates = {doc: meta["date"] for doc, meta in docs.items() if meta.get("date")}
    for ident, statements in statuses.items():  # one status per Occupancy: its latest statement's (current_flag)
        proxies[ident].add("status", "current" if latest_current(statements, doc_dates) else "ended")
    for iri, entries in (listings or {}).items():
        if iri not in entities:
            continue
        for item in entries:
            listed = make("Sanction", "gb-listing-" + stable_hash(iri, item["name"], item["entry"]))
            listed.add("entity", _ftm_id(iri))
            listed.add("authority", item["name"])
            listed.add("authorityId", item["entry"], quiet=True)
            listed.add("program", [p.strip() for p in item["programs"].split(",") if p.strip()], quiet=True)
            listed.add("retrievedAt", item.get("date"), quiet=True)  # the list snapshot, not the entry's listing date
            listed.add("summary", f"Linked by graphbuild link to the entry {item['entryName']} (score {item['score']:.2f})", quiet=True)
    for ident in sorted(proxies):
        yield proxies[ident].to_dict()


__all__ = ["FORMATS", "canonical_entities", "export_store", "ftm_entities", "relations_to_networkx"]
