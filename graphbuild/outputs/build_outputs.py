"""A build's relations.jsonl and graph.trig, made document by document as the build writes them.

The build used to read the whole store back once it was done (every record through
SPARQL and rdflib, every quad for the TriG file): about 8% of a 400-document build,
all of it after the model had finished (docs/benchmarks.md, issue 18). Here the
build's writer thread hands each document graph it has just written to `OutputParts`,
which turns it into that graph's records (`graph_records`) and its TriG block at once,
while the model works on the next documents. At the end, `write_build_outputs` puts
the graphs in the store's order: the ones written by this build from those parts, the
others (unchanged documents, list graphs, the ontology) read from the store graph by
graph. The files are byte for byte the ones `graphbuild.pipeline.run.write_outputs`
writes from the store; where that cannot be guaranteed (`graph_records` answers None,
a quad in the default graph, a store that is not a local Oxigraph store) the records
are read back from the store as before.
"""
from __future__ import annotations

import json
import tempfile
from collections import Counter
from pathlib import Path
from typing import Any

import pyoxigraph as ox

from ..rdf.vocab import NAME_INDEX_GRAPH, ONTOLOGY_GRAPH
from .atomic import atomic_output
from .graph_records import graph_records, merge_records

#: Graphs `KnowledgeStore.dump_trig` leaves out of graph.trig (they are read for records, as SPARQL sees them).
NOT_IN_TRIG = {str(ONTOLOGY_GRAPH), str(NAME_INDEX_GRAPH)}


def trig_block(quads: list[Any]) -> bytes:
    """One graph's TriG, its quads in `dump_trig`'s order (concatenated blocks equal one serialization of them all)."""
    ordered = sorted(set(quads), key=lambda q: (str(q.subject), str(q.predicate), str(q.object)))
    buffer = tempfile.SpooledTemporaryFile()
    ox.serialize(ordered, buffer, format=ox.RdfFormat.TRIG)
    buffer.seek(0)
    return buffer.read()


class OutputParts:
    """Records and TriG block of each graph the build wrote; the blocks wait in a temporary file, not in memory."""

    def __init__(self) -> None:
        self._spool = tempfile.TemporaryFile()
        self._blocks: dict[str, tuple[int, int]] = {}
        self._records: dict[str, list[dict[str, Any]] | None] = {}
        self.failed = False  # a part could not be made: the outputs are read from the store as before

    def add(self, graph: Any, quads: list[Any]) -> None:
        """The graph as just written (pyoxigraph Quads naming it); called from one thread at a time.

        Never fails the build: the store already holds the graph, so any error here (a full
        temporary disk, say) only sends the outputs back to the read-back path.
        """
        if self.failed:
            return
        try:
            block = trig_block(quads)
            offset = self._spool.seek(0, 2)
            self._spool.write(block)
            self._blocks[graph.value] = (offset, len(block))
            self._records[graph.value] = graph_records(graph, quads)
        except Exception:  # noqa: BLE001 - see the docstring
            self.failed = True

    def has(self, graph: Any) -> bool:
        return isinstance(graph, ox.NamedNode) and graph.value in self._blocks

    def block(self, graph: Any) -> bytes:
        offset, length = self._blocks[graph.value]
        self._spool.seek(offset)
        return self._spool.read(length)

    def records(self, graph: Any) -> list[dict[str, Any]] | None:
        return self._records[graph.value]

    def close(self) -> None:
        self._spool.close()


def write_build_outputs(store: Any, out: Path, report: Any, parts: OutputParts) -> bool:
    """relations.jsonl, graph.trig and graph.html from `parts` and the store's other graphs; False (nothing
    written) when the store cannot be read graph by graph, and the caller writes them from the store."""
    from ..outputs.relations import iter_relations
    from ..views.html import write_view

    oxstore = getattr(store, "_oxstore", None)
    if oxstore is None or parts.failed:
        return False
    oxstore = oxstore()
    if next(iter(oxstore.quads_for_pattern(None, None, None, ox.DefaultGraph())), None) is not None:
        return False
    graphs = sorted(oxstore.named_graphs(), key=str)
    if not all(isinstance(g, ox.NamedNode) for g in graphs):
        return False
    groups: list[list[dict[str, Any]] | None] = []
    with atomic_output(out / "graph.trig") as handle:
        for graph in graphs:
            if parts.has(graph):
                groups.append(parts.records(graph))
                handle.write(parts.block(graph))
                continue
            quads = list(oxstore.quads_for_pattern(None, None, None, graph))
            groups.append(graph_records(graph, quads))
            if graph.value not in NOT_IN_TRIG:
                handle.write(trig_block(quads))
    records = merge_records(groups) if all(group is not None for group in groups) else None  # type: ignore[arg-type]
    if records is None:  # some record depends on the store's row order: read them as before
        records = list(iter_relations(store))
    write_relations_file(records, out / "relations.jsonl", report)
    write_view(store, out / "graph.html", relations=records)
    return True


def write_relations_file(records: list[dict[str, Any]], path: Path, report: Any) -> None:
    """relations.jsonl, one record a line; the report's relation counts and entity count from the same pass."""
    counts: Counter = Counter()
    entities: set[str] = set()
    with atomic_output(path, "w", encoding="utf-8") as handle:
        for record in records:
            counts[record["relation"]] += 1
            entities.update({record["subject"]["id"], record["object"]["id"]})
            handle.write(json.dumps(record, ensure_ascii=False) + "\n")
    report.relations = counts
    report.entities = len(entities)


__all__ = ["OutputParts", "trig_block", "write_build_outputs", "write_relations_file"]
