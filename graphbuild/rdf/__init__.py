"""RDF: resolved relations in, a queryable store out (and back out: TriG, query results, validation reports).
Vocabulary, relations-to-quads mapping, the store interface (local, endpoint), name index, shards, queries, SHACL.
"""
from . import local, remote  # noqa: F401  (registers both store implementations: KnowledgeStore(location) picks one)
