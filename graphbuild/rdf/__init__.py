"""RDF side: the vocabulary, the mapping of relations to quads, and the store."""
