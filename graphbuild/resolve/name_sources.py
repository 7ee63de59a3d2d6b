"""Which document graphs state each name the entity index knows, so a rebuilt document's old names can be forgotten.

The index is filled from the store before a build resolves its changed documents. A changed document's old graph is
still there at that moment, and its names (labels, aliases) decided identities: after a curation `merge` was taken out
of the file, the next build merged the two entities all the same, through the alias the merge had stored; a document
edited to drop a wrong alias kept the alias's merge. Rebuilt, the graph must count as if it had never been: the index
forgets the names only that graph stated (`EntityIndex.forget`) before it resolves the document again. Names stated
during the build (`source` "") are never forgotten. P3, tenth session (docs/robustness.md).
"""
from __future__ import annotations

from dataclasses import dataclass, field

Key = tuple[str, str]  # (coarse type, normalised name) as EntityIndex.by_key holds it
BUILD = ""  # the source of a name the build itself resolved


@dataclass
class NameSources:
    """For each key the (source graph, iri) pairs stating it, in the order met; for each (iri, name) its sources."""

    keys: dict[Key, list[tuple[str, str]]] = field(default_factory=dict)
    names: dict[tuple[str, str], set[str]] = field(default_factory=dict)
    by_source: dict[str, list[tuple[Key | None, str, str]]] = field(default_factory=dict)

    def record(self, sources: frozenset[str], key: Key | None, iri: str, name: str) -> None:
        """`name` (normalised to `key`; None when the name is only a form of a person or a body) of `iri`, stated by
        each of `sources`."""
        for source in sources:
            if key is not None:
                pairs = self.keys.setdefault(key, [])
                if (source, iri) not in pairs:
                    pairs.append((source, iri))
            self.names.setdefault((iri, name), set()).add(source)
            if source != BUILD:
                self.by_source.setdefault(source, []).append((key, iri, name))

    def forget(self, source: str) -> tuple[dict[Key, str | None], list[tuple[str, str]]]:
        """Drop `source`: (keys whose entity changes -> the iri now first stating them, or None; (iri, name) pairs no
        source states any longer)."""
        keys: dict[Key, str | None] = {}
        gone: list[tuple[str, str]] = []
        for key, iri, name in self.by_source.pop(source, []):
            if key is not None and key in self.keys:
                pairs = [p for p in self.keys[key] if p[0] != source]
                self.keys[key] = pairs
                keys[key] = pairs[0][1] if pairs else None
            held = self.names.get((iri, name))
            if held is not None:
                held.discard(source)
                if not held:
                    del self.names[(iri, name)]
                    gone.append((iri, name))
        return keys, gone
