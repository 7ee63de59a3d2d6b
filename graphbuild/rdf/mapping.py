"""Relations of one document -> RDF quads in that document's named graph (pure).

Entity IRIs are hashes of (coarse type, normalised name): the same name in two
documents or two builds gives the same IRI. Position and Designation nodes are
hashes of their parts, so restating a fact adds nothing new.
"""
from __future__ import annotations

import datetime
from functools import lru_cache
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from rdflib import RDF, RDFS, XSD, Literal, URIRef
from rdflib.namespace import DCTERMS, FOAF, PROV, SKOS

from ..names import name_key, slug, stable_hash
from ..records import BODY_TYPES, Document, EntityRef, Relation
from .vocab import DEFAULT_BASE, FTM, GB, ORG, SCHEMA


class _Terms:
    """A namespace whose terms are made once.

    rdflib builds (and checks) a new URIRef on every `GB.role`-style access; `relation_quads`
    makes some 40 of them per relation, which was about a fifth of its time (issue 18).
    """

    def __init__(self, namespace: object) -> None:
        self._namespace = namespace
        self._items: dict[str, URIRef] = {}

    def __getattr__(self, name: str) -> URIRef:
        if name.startswith("__"):
            raise AttributeError(name)
        term = getattr(self._namespace, name)
        setattr(self, name, term)  # the next access is a plain attribute
        return term

    def __getitem__(self, name: str) -> URIRef:
        term = self._items.get(name)
        if term is None:
            term = self._items[name] = self._namespace[name]  # type: ignore[index]
        return term


RDF, RDFS, XSD, DCTERMS, FOAF, PROV, SKOS, FTM, GB, ORG, SCHEMA = (  # type: ignore[misc,assignment]
    _Terms(namespace) for namespace in (RDF, RDFS, XSD, DCTERMS, FOAF, PROV, SKOS, FTM, GB, ORG, SCHEMA))

Quad = tuple[URIRef, URIRef, object, URIRef]
TYPE_PATH = {"Person": "person", "Vessel": "vessel", "Country": "country", "SanctionsProgram": "program"}
EXTRA_CLASSES = {
    "Person": [FOAF.Person, SCHEMA.Person, FTM.Person],
    "Organization": [ORG.Organization, FTM.Organization],
    "PublicBody": [GB.Organization, ORG.Organization, FTM.PublicBody],
    "Company": [GB.Organization, ORG.Organization, FTM.Company],
    "Vessel": [FTM.Vessel],
    "Country": [SCHEMA.Country],
}


def coarse_type(type_: str) -> str:
    return "Organization" if type_ in BODY_TYPES else type_


@dataclass(frozen=True)
class IriMinter:
    """Makes every IRI of the graph from one base."""

    base: str = DEFAULT_BASE

    def entity(self, ref: EntityRef) -> URIRef:
        kind = coarse_type(ref.type)
        if ref.country:  # a country's generic body: "Ministry of Defense" of Russia (graphbuild.resolve.country)
            from ..resolve.country import scoped_key, strip_country

            name = f"{strip_country(ref.name)} {ref.country}"
            return URIRef(f"{self.base}org/{slug(name, 60)}-{stable_hash(kind, scoped_key(ref.name, ref.country), length=12)}")
        key = name_key(ref.name, ref.type)
        return URIRef(f"{self.base}{TYPE_PATH.get(kind, 'org')}/{slug(ref.name)}-{stable_hash(kind, key, length=12)}")

    def document(self, doc_id: str) -> URIRef:
        return URIRef(f"{self.base}doc/{stable_hash(doc_id)}")

    def node(self, kind: str, *parts: str) -> URIRef:
        return URIRef(f"{self.base}{kind}/{stable_hash(*parts)}")


def _entity_quads(ref: EntityRef, iri: URIRef, g: URIRef) -> Iterator[Quad]:
    yield iri, RDF.type, GB[ref.type], g
    for extra in EXTRA_CLASSES.get(ref.type, []):
        yield iri, RDF.type, extra, g
    label = _text(ref.name)  # one term for both properties (rdflib terms are immutable)
    yield iri, RDFS.label, label, g
    yield iri, SKOS.prefLabel, label, g
    yield iri, GB.normalizedName, _text(name_key(ref.name, ref.type)), g
    if ref.country:
        yield iri, GB.country, _text(ref.country), g
    for key, values in ref.identifiers.items():  # birthDate, nationality, passportNumber (graphbuild.resolve.identifiers)
        for value in values:
            yield iri, GB[key], _text(value), g
    for alias in ref.aliases:
        yield from _alias_quads(iri, alias, g)


def _alias_quads(iri: URIRef, alias: str, g: URIRef) -> Iterator[Quad]:
    """An alias of the entity, as `gb:alias` and `skos:altLabel` (one term for both)."""
    alias_term = _text(alias)
    yield iri, GB.alias, alias_term, g
    yield iri, SKOS.altLabel, alias_term, g


def _other_names(ref: EntityRef, iri: URIRef, given: set[str], g: URIRef) -> Iterator[Quad]:
    """The names of `ref` that the graph does not give `iri` yet, as its aliases: another relation of the document
    named the entity another way (a firm's full name beside the trade name it is "known as"; G, twenty-fifth session:
    only the first relation's names were written, so a search by the other found nothing)."""
    for name in (ref.name, *ref.aliases):
        if name.casefold() not in given:
            given.add(name.casefold())
            yield from _alias_quads(iri, name, g)


@lru_cache(maxsize=8192, typed=True)  # typed: 1, 1.0 and True are equal keys but different literals
def _typed(value: object, datatype: URIRef | None) -> Literal:
    """`Literal(value, datatype=datatype)` made once per value: offsets, confidences, flags and extractor
    names repeat across a build's ~50,000 literals, and rdflib checks and converts each new one (issue 18)."""
    return Literal(value, datatype=datatype)


@lru_cache(maxsize=16_384, typed=True)
def _text(value: str) -> Literal:
    """`Literal(value)` (a plain string) made once per value: names, normalised names, roles and sentences repeat
    (a sentence once per relation it states): a 400-document build made 24,831 such literals of 7,145 values,
    ~3 microseconds of the build process's CPU each (issue 18, S10)."""
    return Literal(value)


def _iri(minter: IriMinter, ref: EntityRef) -> URIRef:
    return URIRef(ref.id) if ref.id else minter.entity(ref)


def post_organization(ref: EntityRef) -> EntityRef:
    """The organization a post is in: a country's post ("Gibraltar's chief minister") is in its government.

    Keeps the contract (holds_role: Person -> Organization) and the SHACL shape
    (gb:organization is a gb:Organization) when an extractor gives a Country.
    """
    if ref.type == "Country":  # a country's government: scoped to it like every generic public body
        from ..resolve.country import country_in_name
        from ..resolve.governments import as_state_authority

        government = EntityRef(f"Government of {ref.name}", "PublicBody", country=country_in_name(ref.name) or ref.name)
        as_state_authority(government)  # a state that sanctions in its own name: its authority ("Canada")
        return government
    return ref


DATE_TYPES = {4: XSD.gYear, 7: XSD.gYearMonth, 10: XSD.date}


def _is_iso(value: str) -> bool:
    """A real day, month or year in ISO form (a document's own date field may hold anything, e.g. 2023-02-29)."""
    padded = {4: "-01-01", 7: "-01", 10: ""}.get(len(value))
    if padded is None or not value[:4].isdigit():
        return False
    try:
        datetime.date.fromisoformat(value + padded)
    except ValueError:
        return False
    return True


def date_literal(value: str) -> Literal:
    """An ISO date as the XSD type that says what it states (xsd:date, xsd:gYearMonth, xsd:gYear); other text stays text."""
    datatype = DATE_TYPES.get(len(value)) if _is_iso(value) else None
    return Literal(value, datatype=datatype) if datatype else Literal(value)


def date_quads(node: URIRef, rel: Relation, g: URIRef) -> list[Quad]:
    """gb:date (typed, so SPARQL compares dates) and gb:dateText (the words as written) of a fact."""
    quads: list[Quad] = []
    if rel.date:
        quads.append((node, GB.date, date_literal(rel.date), g))
    if rel.date_text and rel.date_text != rel.date:
        quads.append((node, GB.dateText, _text(rel.date_text), g))
    return quads


def document_quads(doc: Document, minter: IriMinter) -> list[Quad]:
    g = minter.document(doc.id)
    quads: list[Quad] = [
        (g, RDF.type, GB.Document, g),
        (g, RDF.type, PROV.Entity, g),
        (g, DCTERMS.identifier, Literal(doc.id), g),
        (g, GB.sha256, Literal(doc.sha256), g),
        (g, GB.sourcePath, Literal(doc.path), g),
    ]
    for key, prop in (("url", GB.url), ("title", GB.title)):
        if doc.meta.get(key):
            quads.append((g, prop, Literal(str(doc.meta[key])), g))
    if doc.meta.get("date"):
        quads.append((g, GB.publicationDate, date_literal(str(doc.meta["date"])), g))
        if doc.meta.get("date_text") and doc.meta["date_text"] != doc.meta["date"]:
            quads.append((g, GB.dateText, Literal(str(doc.meta["date_text"])), g))
    return quads


def relation_quads(doc: Document, relations: Iterable[Relation], minter: IriMinter) -> list[Quad]:
    """Every quad one document contributes: entities, n-ary nodes, shortcut edges, evidence."""
    g = minter.document(doc.id)
    quads: list[Quad] = document_quads(doc, minter)
    names: dict[URIRef, set[str]] = {}  # the names each entity was given in this graph, case-blind
    for rel in relations:
        obj = post_organization(rel.object) if rel.relation == "holds_role" else rel.object
        s_iri, o_iri = _iri(minter, rel.subject), _iri(minter, obj)
        for ref, iri in ((rel.subject, s_iri), (obj, o_iri)):
            given = names.get(iri)
            if given is None:
                names[iri] = {n.casefold() for n in (ref.name, *ref.aliases)}
                quads.extend(_entity_quads(ref, iri, g))
            else:
                quads.extend(_other_names(ref, iri, given, g))
        evidence_nodes = []
        for ev in rel.evidence:
            node = minter.node("mention", doc.id, str(ev.start), str(ev.end), ev.extractor, rel.relation, str(s_iri), str(o_iri))
            evidence_nodes.append(node)
            quads += [
                (node, RDF.type, GB.Mention, g),
                (node, RDF.type, PROV.Entity, g),
                (node, GB.document, g, g),
                (node, PROV.wasQuotedFrom, g, g),
                (node, GB.sentence, _text(ev.sentence), g),
                (node, GB.startOffset, _typed(ev.start, XSD.integer), g),
                (node, GB.endOffset, _typed(ev.end, XSD.integer), g),
                (node, GB.extractor, _typed(ev.extractor, None), g),
            ]
            if ev.hedge:
                quads.append((node, GB.hedge, _text(ev.hedge), g))
        confidence = _typed(round(rel.confidence, 3), XSD.decimal)
        if rel.relation == "holds_role":
            post = minter.node("position", str(s_iri), str(o_iri), (rel.role or "").casefold())
            quads += [
                (post, RDF.type, GB.Position, g),
                (post, RDF.type, ORG.Post, g),
                (post, RDF.type, FTM.Occupancy, g),
                (post, GB.role, _text(rel.role or ""), g),
                (post, GB.organization, o_iri, g),
                (post, ORG.postIn, o_iri, g),
                (post, GB.current, _typed(rel.current, None), g),
                (post, GB.confidence, confidence, g),
                (s_iri, GB.holdsPosition, post, g),
                (s_iri, ORG.holds, post, g),
                (post, ORG.heldBy, s_iri, g),
                (s_iri, GB.holdsRoleAt, o_iri, g),
            ]
            if rel.role_class:
                quads.append((post, GB.roleClass, _text(rel.role_class), g))
            quads += date_quads(post, rel, g)
            nary = post
        elif rel.relation == "designated_by":
            designation = minter.node("designation", str(s_iri), str(o_iri), rel.program or "", rel.date or "")
            quads += [
                (designation, RDF.type, GB.Designation, g),
                (designation, RDF.type, FTM.Sanction, g),
                (designation, GB.designee, s_iri, g),
                (designation, GB.authority, o_iri, g),
                (designation, GB.current, _typed(rel.current, None), g),
                (designation, GB.confidence, confidence, g),
                (s_iri, GB.designatedBy, o_iri, g),
            ]
            if rel.program:
                program = minter.entity(EntityRef(rel.program, "SanctionsProgram"))
                quads += [(designation, GB.program, program, g), (program, RDF.type, GB.SanctionsProgram, g),
                          (program, RDFS.label, _text(rel.program), g)]
            for measure in rel.measures:
                quads.append((designation, GB.measure, _text(measure), g))
            quads += date_quads(designation, rel, g)
            nary = designation
        elif rel.relation == "delisted_by":  # a removal from a list: rdf/delistings.py ends the earlier designations
            delisting = minter.node("delisting", str(s_iri), str(o_iri), rel.date or "")
            quads += [
                (delisting, RDF.type, GB.Delisting, g),
                (delisting, GB.delistee, s_iri, g),
                (delisting, GB.authority, o_iri, g),
                (delisting, GB.confidence, confidence, g),
                (s_iri, GB.delistedBy, o_iri, g),
            ]
            quads += date_quads(delisting, rel, g)
            nary = delisting
        else:
            nary = minter.node("statement", str(s_iri), "partOf", str(o_iri))
            quads += [
                (nary, RDF.type, RDF.Statement, g),
                (nary, RDF.subject, s_iri, g),
                (nary, RDF.predicate, GB.partOf, g),
                (nary, RDF.object, o_iri, g),
                (nary, GB.confidence, confidence, g),
                (s_iri, GB.partOf, o_iri, g),
                (s_iri, ORG.subOrganizationOf, o_iri, g),
            ]
        for node in evidence_nodes:
            quads.append((nary, PROV.wasDerivedFrom, node, g))
        if rel.mentions:  # the document states the fact more often than the evidence kept (records.EVIDENCE_LIMIT)
            quads.append((nary, GB.mentionCount, _typed(rel.mentions, XSD.integer), g))
    return quads
