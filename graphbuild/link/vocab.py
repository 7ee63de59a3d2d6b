"""The linking terms of the graphbuild ontology (ontology/graphbuild.ttl, "list links"), as a closed namespace.

Kept beside the linker so that `graphbuild.rdf.vocab.GB` stays the document-graph vocabulary.
"""
from __future__ import annotations

from rdflib import Namespace
from rdflib.namespace import DefinedNamespace


class GBL(DefinedNamespace):
    """List-link terms of https://w3id.org/graphbuild/ontology# ; an unknown term is an error."""

    _NS = Namespace("https://w3id.org/graphbuild/ontology#")
    _fail = True

    SanctionsList: object
    ListEntry: object
    ListMatch: object
    listedAs: object
    onList: object
    entryId: object
    entryKind: object
    listDate: object
    listFormat: object
    listProgram: object
    remarks: object
    matchedEntity: object
    matchedEntry: object
    matchedName: object
    entryName: object
    score: object
    matchMethod: object
    matchEvidence: object
