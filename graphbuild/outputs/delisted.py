"""Designation records a later delisting ended, as the exports and the view show them (L7, sixteenth session).

relations.jsonl keeps each document's statement as the document makes it (its contract: one line per relation as
asserted by one document; a delisting is its own `delisted_by` line). The exports that fold the store into one
picture (GraphML, GEXF, FollowTheMoney, `export --format jsonl`) and the HTML view show the store's state: a
designation the store's derived delistings graph ended (`rdf/delistings.py`) is not current, with its end date.
"""
from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any

from ..rdf.delistings import delistings_graph

_ENDED = """PREFIX gb: <https://w3id.org/graphbuild/ontology#>
PREFIX dcterms: <http://purl.org/dc/terms/>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
SELECT ?id ?s ?o ?pl ?date ?end ?doc WHERE { GRAPH ?l { ?d gb:endDate ?end ; gb:endedBy ?x }
    GRAPH ?h { ?d a gb:Designation ; gb:designee ?s ; gb:authority ?o . ?h dcterms:identifier ?id
        OPTIONAL { ?d gb:program ?p . ?p rdfs:label ?pl } OPTIONAL { ?d gb:date ?date } }
    OPTIONAL { GRAPH ?g { ?x a gb:Delisting . ?g dcterms:identifier ?doc } } FILTER(?l = ?graph) }"""

#: A designation record as `iter_relations` writes it: (document id, designee IRI, authority IRI, program, date).
Key = tuple[str, str, str, str, str]


def _key(record: dict[str, Any]) -> Key:
    return (record["doc"], record["subject"]["id"], record["object"]["id"], record.get("program") or "",
            record.get("date") or "")


def ended(store: Any) -> dict[Key, tuple[str, str]]:
    """{designation record's key (`Key`): (end date, id of the document stating the delisting)} from the derived graph;
    none for an object that is no KnowledgeStore (a view rendered from records alone).

    Each ended designation's document, designee, authority, program and date are read from the store, where its
    records come from: the designation's IRI is never minted again here (a change of the minting recipe showed every
    delisted designation of an older store as current; R1, seventeenth session)."""
    if getattr(store, "minter", None) is None:
        return {}
    graph = delistings_graph(store.minter.base)
    query = _ENDED.replace("?graph", f"<{graph}>")  # the store's own base IRI, no document text
    found: dict[Key, tuple[str, str]] = {}
    for doc_id, s, o, program, date, end, doc in store.values(query):  # IRIs and plain literals: `.value` is `str()`
        found.setdefault((doc_id, s, o, program or "", date or ""), (end, doc or ""))  # type: ignore[arg-type]
    return found


def mark_delisted(store: Any, records: Iterable[dict[str, Any]]) -> Iterator[dict[str, Any]]:
    """Each record; a designation a later delisting ended as a copy with `current: false`, `end_date` (the
    delisting's date) and `ended_by` (the document stating the delisting)."""
    ends = ended(store)
    for record in records:
        if ends and record["relation"] == "designated_by" and (hit := ends.get(_key(record))) is not None:
            end, doc = hit
            record = {**record, "current": False, "end_date": end, "ended_by": doc}
        yield record


def store_relations(store: Any) -> Iterator[dict[str, Any]]:
    """The store's relation records as its state has them (a designation a later delisting ended, ended): what every
    picture of the whole store reads (the exports, `KnowledgeGraph.relations`, the pyvis page)."""
    from .relations import iter_relations

    return mark_delisted(store, iter_relations(store))


__all__ = ["ended", "mark_delisted", "store_relations"]
