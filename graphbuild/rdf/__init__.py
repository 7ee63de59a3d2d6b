"""RDF: resolved relations in, a queryable store out (and back out: TriG, query results, validation reports).
Vocabulary and mapping to quads, the store interface with its local and endpoint implementations, name index, shards, bundled queries, SHACL.
"""
from . import local, remote  # noqa: F401  (registers both store implementations: KnowledgeStore(location) picks one)
