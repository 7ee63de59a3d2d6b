"""The store, for everyone who uses one: ``open_store(folder_or_url, ...)`` (or ``KnowledgeStore(...)``) opens it.

A folder opens the Oxigraph store on disk (`graphbuild.rdf.local.LocalStore`, created
if missing); an ``http(s)://`` URL opens a SPARQL 1.1 endpoint
(`graphbuild.rdf.remote.EndpointStore`). Both implement the one interface in
`graphbuild.rdf.base`, which is all the build, the queries, the views and the exports
rely on. This module gathers the names callers need (and those earlier code imported
from here) in one place.
"""
from __future__ import annotations

from .base import KnowledgeStore, canonical, find_store, is_endpoint, open_store, store_key
from .local import LocalStore
from .remote import EndpointStore, replace_update
from .terms import PREFIXES, from_ox, ox_quad, to_ox
from .vocab import GB, ONTOLOGY_GRAPH

__all__ = ["EndpointStore", "GB", "KnowledgeStore", "LocalStore", "ONTOLOGY_GRAPH", "PREFIXES", "canonical", "find_store", "from_ox",
           "is_endpoint", "open_store", "ox_quad", "replace_update", "store_key", "to_ox"]
