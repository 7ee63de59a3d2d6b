"""The graphbuild vocabulary (ontology/graphbuild.ttl) as a closed rdflib namespace."""
from __future__ import annotations

from rdflib import Namespace, URIRef
from rdflib.namespace import DefinedNamespace

DEFAULT_BASE = "https://w3id.org/graphbuild/id/"
#: The graph holding ontology/graphbuild.ttl, and the derived name index (graphbuild.rdf.name_index).
ONTOLOGY_GRAPH = URIRef("https://w3id.org/graphbuild/ontology")
NAME_INDEX_GRAPH = URIRef("https://w3id.org/graphbuild/name-index")
ORG = Namespace("http://www.w3.org/ns/org#")
FTM = Namespace("https://followthemoney.tech/ns#")
SCHEMA = Namespace("https://schema.org/")


class GB(DefinedNamespace):
    """Terms of https://w3id.org/graphbuild/ontology# ; an unknown term is an error (`_fail`)."""

    _NS = Namespace("https://w3id.org/graphbuild/ontology#")
    _fail = True

    # classes
    Person: object
    Organization: object
    PublicBody: object
    Company: object
    Vessel: object
    Country: object
    Position: object
    Designation: object
    Delisting: object
    SanctionsProgram: object
    Mention: object
    Document: object
    NameIndex: object
    # n-ary properties
    role: object
    roleClass: object
    organization: object
    holdsPosition: object
    current: object
    designee: object
    delistee: object
    endDate: object
    endedBy: object
    authority: object
    program: object
    measure: object
    reason: object
    date: object
    dateText: object
    country: object
    birthDate: object
    nationality: object
    describedNationality: object
    passportNumber: object
    imoNumber: object
    # shortcut edges
    holdsRoleAt: object
    designatedBy: object
    delistedBy: object
    partOf: object
    # names and provenance
    alias: object
    normalizedName: object
    nameKey: object
    searchText: object
    document: object
    sentence: object
    startOffset: object
    endOffset: object
    extractor: object
    hedge: object
    mentionCount: object
    confidence: object
    sha256: object
    pipelineVersion: object
    sourcePath: object
    url: object
    title: object
    publicationDate: object
