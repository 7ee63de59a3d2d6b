"""Linking a store: read its persons, organizations and vessels, match them, write one named graph per list.

The list graph holds the list (name, date, source), the entries that matched (id,
programs, remarks, names) and one `gb:ListMatch` per link with the score, the names that
matched and the method, plus the `gb:listedAs` shortcut from entity to entry. Document
graphs are never touched; re-linking a list replaces its graph in one step.
"""
from __future__ import annotations

import time
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from rdflib import RDF, RDFS, XSD, Literal, URIRef
from rdflib.namespace import PROV, SKOS

from ..names import stable_hash
from ..rdf.sparql_text import iri_chunks
from .entries import SanctionsList
from .matcher import DEFAULT_MIN_SCORE, ListIndex, Match, Query, match_all
from .countries import countries_in, country_code
from .readers import load_list
from .vocab import GBL

LINKED_TYPES = ("Person", "Organization", "Company", "PublicBody", "Vessel")
_PREFIXES = ("PREFIX gb: <https://w3id.org/graphbuild/ontology#> PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> ")
_ENTITIES = _PREFIXES + """SELECT DISTINCT ?e ?type ?name WHERE { GRAPH ?g {
  VALUES ?type { gb:Person gb:Organization gb:Company gb:PublicBody gb:Vessel }
  ?e a ?type . { ?e rdfs:label ?name } UNION { ?e gb:alias ?name } } }"""
_PROGRAMS = _PREFIXES + """SELECT DISTINCT ?e ?program WHERE { GRAPH ?g {
  ?d gb:designee ?e ; gb:program ?p . ?p rdfs:label ?program } }"""
_POSTS = _PREFIXES + """SELECT DISTINCT ?e ?org WHERE { GRAPH ?g { ?e gb:holdsRoleAt ?o . ?o rdfs:label ?org } }"""
_COUNTRIES = _PREFIXES + """SELECT DISTINCT ?e ?country ?label WHERE { GRAPH ?g { ?e gb:country ?country .
  OPTIONAL { ?country rdfs:label ?label } } }"""
_IDENTIFIERS = _PREFIXES + """SELECT DISTINCT ?e ?p ?value WHERE { GRAPH ?g { ?e ?p ?value
  VALUES ?p { gb:birthDate gb:nationality gb:imoNumber gb:describedNationality } } }"""
_SPECIFIC = {"Company": 3, "PublicBody": 3, "Person": 2, "Vessel": 2, "Organization": 1}


@dataclass
class LinkReport:
    """What one list's linking did: the list, entities looked up, links written, seconds."""

    list_name: str
    list_date: str | None
    source: str
    entries: int
    entities: int = 0
    links: int = 0
    namesakes: int = 0  # entries a name matched but the entity's stated identifiers rule out (not linked)
    graph: str = ""
    seconds: float = 0.0
    matches: list[Match] = field(default_factory=list, repr=False)

    def to_json(self) -> dict[str, object]:
        return {"list": self.list_name, "date": self.list_date, "source": self.source, "entries": self.entries,
                "entities": self.entities, "links": self.links, "namesakes": self.namesakes, "graph": self.graph, "seconds": round(self.seconds, 3)}


def store_queries(store: object) -> list[Query]:
    """One `Query` per person, organization or vessel of the document graphs: names, programs, countries of posts."""
    types: dict[str, str] = {}
    names: dict[str, list[str]] = defaultdict(list)
    for entity, type_, name in store.query(_ENTITIES):  # type: ignore[attr-defined]
        key, kind = str(entity), str(type_).rsplit("#", 1)[-1]
        if _SPECIFIC.get(kind, 0) > _SPECIFIC.get(types.get(key, ""), 0):
            types[key] = kind
        if str(name) not in names[key]:
            names[key].append(str(name))
    programs: dict[str, list[str]] = defaultdict(list)
    for entity, program in store.query(_PROGRAMS):  # type: ignore[attr-defined]
        programs[str(entity)].append(str(program))
    countries: dict[str, set[str]] = defaultdict(set)  # named in its names, stated (gb:country), or its posts' governments
    for key, found in names.items():
        for name in found:
            countries[key] |= countries_in(name)
    for entity, country, label in store.query(_COUNTRIES):  # type: ignore[attr-defined]
        countries[str(entity)] |= countries_in(str(label if label is not None else country))
    for entity, org in store.query(_POSTS):  # type: ignore[attr-defined]
        if str(org).startswith("Government of "):
            countries[str(entity)] |= countries_in(str(org)[len("Government of "):])
        elif country_code(str(org)):  # a state's government named as the state ("United Kingdom", authorities.yaml)
            countries[str(entity)] |= countries_in(str(org))
    identifiers: dict[str, dict[str, list[str]]] = defaultdict(dict)  # to tell a namesake on the list apart
    for entity, prop, value in store.query(_IDENTIFIERS):  # type: ignore[attr-defined]
        values = identifiers[str(entity)].setdefault(str(prop).rsplit("#", 1)[-1], [])
        if str(value) not in values:
            values.append(str(value))
    return [Query(key, types[key], names[key], programs.get(key, []), sorted(countries.get(key, ())),
                  identifiers.get(key, {}))
            for key in sorted(types)]


_LINKS = _PREFIXES + "SELECT ?l ?e ?entry WHERE { GRAPH ?l { ?e gb:listedAs ?entry } }"


def links_state(store: object) -> str:
    """A hash of every list link in the store ('' when none): the build's outputs are remade when it changes."""
    rows = sorted("\x1f".join(str(term) for term in row) for row in store.query(_LINKS))  # type: ignore[attr-defined]
    return stable_hash(*rows) if rows else ""


def list_graph(base: str, list_name: str) -> URIRef:
    """The named graph (and node) of one list: the same list name always gives the same graph."""
    return URIRef(f"{base}list/{stable_hash(list_name)}")


def list_quads(base: str, sanctions: SanctionsList, matches: Sequence[Match]) -> list[tuple[object, object, object, URIRef]]:
    """The list graph: the list, each matched entry, each match with its provenance, the listedAs shortcuts."""
    g = list_graph(base, sanctions.name)
    quads: list[tuple[object, object, object, URIRef]] = [
        (g, RDF.type, GBL.SanctionsList, g), (g, RDF.type, PROV.Entity, g), (g, RDFS.label, Literal(sanctions.name), g),
        (g, GBL.listFormat, Literal(sanctions.format), g), (g, PROV.hadPrimarySource, Literal(Path(sanctions.source).name), g)]
    if sanctions.date:
        quads.append((g, GBL.listDate, Literal(sanctions.date), g))
    written: set[str] = set()
    for match in matches:
        entry = match.entry
        node = URIRef(f"{base}list-entry/{stable_hash(sanctions.name, entry.entry_id)}")
        if entry.entry_id not in written:
            written.add(entry.entry_id)
            quads += [(node, RDF.type, GBL.ListEntry, g), (node, GBL.onList, g, g), (node, GBL.entryId, Literal(entry.entry_id), g),
                      (node, GBL.entryKind, Literal(entry.kind), g), (node, RDFS.label, Literal(entry.name), g)]
            quads += [(node, SKOS.altLabel, Literal(alias), g) for alias in entry.names()[1:]]
            quads += [(node, GBL.listProgram, Literal(program), g) for program in entry.programs]
            if entry.remarks:
                quads.append((node, GBL.remarks, Literal(entry.remarks), g))
        entity = URIRef(match.query.key)
        link = URIRef(f"{base}list-match/{stable_hash(sanctions.name, entry.entry_id, match.query.key)}")
        quads += [(entity, GBL.listedAs, node, g), (link, RDF.type, GBL.ListMatch, g), (link, RDF.type, PROV.Entity, g),
                  (link, GBL.matchedEntity, entity, g), (link, GBL.matchedEntry, node, g),
                  (link, GBL.matchedName, Literal(match.query_name), g), (link, GBL.entryName, Literal(match.entry_name), g),
                  (link, GBL.score, Literal(f"{match.score:.4f}", datatype=XSD.decimal), g),
                  (link, GBL.matchMethod, Literal(match.method), g)]
        quads += [(link, GBL.matchEvidence, Literal(item), g) for item in match.evidence]
    return quads


def link_list(store: object, sanctions: SanctionsList, min_score: float = DEFAULT_MIN_SCORE,
              queries: Iterable[Query] | None = None) -> LinkReport:
    """Match the store's entities against one list and replace that list's graph with the links."""
    started = time.perf_counter()
    report = LinkReport(sanctions.name, sanctions.date, sanctions.source, len(sanctions.entries))
    index = ListIndex(sanctions)
    pending = list(queries) if queries is not None else store_queries(store)
    report.entities = len(pending)
    report.matches = match_all(index, pending, min_score)
    report.links = len(report.matches)
    report.namesakes = len(index.ruled_out)
    base = store.minter.base  # type: ignore[attr-defined]
    quads = list_quads(base, sanctions, report.matches)
    report.graph = str(list_graph(base, sanctions.name))
    _replace(store, report.graph, quads)
    report.seconds = time.perf_counter() - started
    return report


def _replace(store: object, graph: str, quads: list[tuple[object, object, object, URIRef]]) -> None:
    """One step on the store: the list's old graph goes, the new one comes (a local store or an endpoint)."""
    import pyoxigraph as ox

    from ..rdf.store import to_ox

    store.replace_graph(URIRef(graph), [ox.Quad(to_ox(s), to_ox(p), to_ox(o), to_ox(g)) for s, p, o, g in quads])  # type: ignore[attr-defined]


_STALE = _PREFIXES + """SELECT DISTINCT ?l ?e WHERE { %s GRAPH ?l { ?l a gb:SanctionsList . ?e gb:listedAs ?entry }
  FILTER NOT EXISTS { GRAPH ?g { ?e a ?type . ?g a gb:Document } } }"""
_LIST_QUADS = _PREFIXES + "SELECT ?l ?s ?p ?o WHERE { GRAPH ?l { ?l a gb:SanctionsList . ?s ?p ?o } }"


def drop_stale_links(store: object, entities: Iterable[object] | None = None, chunk: int = 500) -> dict[str, int]:
    """Remove from every list graph the links of entities no document graph states any more; {list name: links removed}.

    A build that changes or prunes documents without `--list` left the links of the entities those documents named:
    `listed-entities` went on naming an entry for an entity gone from the graph (an empty name beside it; P12,
    sixteenth session). Every build that changed something runs it, `--list` or not (V9 item 1, M37). An entry no remaining link points at goes with its last link. The links of the entities still
    stated stay as they were: `graphbuild link` (or `build --list`) matches the changed documents' names again.

    `entities` (pyoxigraph IRIs): the only ones that may have gone, those the build's changed or removed graphs
    named before and after (`name_index.Touched`); None: every linked entity is checked. One query when nothing is
    stale: 0.001 s of CPU without a list graph, 0.14 s on the readable build's store linked to the SDN list (7,058
    entities, 923 links) for every linked entity; a build runs it only when it built or pruned a document, and asks
    about the touched entities only (R1, seventeenth session).
    """
    stale: dict[str, set[str]] = defaultdict(set)
    if entities is None:
        rows = store.select(_STALE % "")  # type: ignore[attr-defined]
    else:
        targets = sorted({str(e) for e in entities})  # pyoxigraph IRIs print as <...>
        rows = [row for values in iri_chunks(targets, chunk)
                for row in store.select(_STALE % f"VALUES ?e {{ {values} }}")]  # type: ignore[attr-defined]
    for graph, entity in rows:
        stale[graph.value].add(entity.value)
    if not stale:
        return {}
    graphs: dict[object, list[tuple[object, object, object]]] = defaultdict(list)
    for graph, s, p, o in store.query(_LIST_QUADS):  # type: ignore[attr-defined]
        if str(graph) in stale:
            graphs[graph].append((s, p, o))
    removed: dict[str, int] = {}
    for graph, triples in graphs.items():
        gone = {URIRef(iri) for iri in stale[str(graph)]}
        links = {s for s, p, o in triples if p == GBL.matchedEntity and o in gone}
        kept = [(s, p, o) for s, p, o in triples if s not in links and s not in gone]
        matched = {o for s, p, o in kept if p == GBL.matchedEntry}
        entries = {s for s, p, o in kept if p == RDF.type and o == GBL.ListEntry}
        kept = [(s, p, o) for s, p, o in kept if s not in entries - matched]
        _replace(store, str(graph), [(s, p, o, URIRef(str(graph))) for s, p, o in kept])
        name = next((str(o) for s, p, o in triples if s == graph and p == RDFS.label), str(graph))
        removed[name] = len(links)
    return removed


def link_store(store: object, lists: Sequence[str | Path], min_score: float = DEFAULT_MIN_SCORE,
               name: str | None = None, date: str | None = None) -> list[LinkReport]:
    """Link an open KnowledgeStore to each list file (`name`/`date` override the file's, one list only)."""
    if (name or date) and len(lists) != 1:
        from .entries import ListError

        raise ListError(", ".join(str(p) for p in lists), None, "--list-name and --list-date apply to one --list only")
    loaded = [load_list(path, name=name, date=date) for path in lists]  # every file read before the store changes
    queries = store_queries(store)
    return [link_list(store, sanctions, min_score, queries) for sanctions in loaded]
