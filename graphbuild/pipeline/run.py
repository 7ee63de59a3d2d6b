"""`graphbuild build`: documents -> relations -> store -> outputs, streaming.

Unchanged documents (same content hash as in the store) are skipped before the
model is even loaded; a changed document replaces its named graph; `prune`
drops documents that disappeared from the inputs.
"""
from __future__ import annotations

import gc
import itertools
import json
import sys
import threading
import time
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

from ..errors import GraphBuildError, InputError
from ..ingest.corpus import CorpusReport, read_corpus
from ..names import stable_hash
from ..outputs.atomic import write_text_atomic
from ..outputs.build_outputs import OutputParts, write_build_outputs, write_relations_file
from ..paths import ontology_dir
from ..rdf import name_index
from ..rdf.store import KnowledgeStore, open_store
from ..records import Document
from ..terminal import safe
from ..resolve.index import EntityIndex
from . import local_engine
from .copies import copy_key, copy_reason, listed, place
from .options import BuildOptions, BuildReport
from .step import DocumentStep, pipeline_fingerprint
from .workers import BUILD_GC_THRESHOLD, finish_workers


def _document_versions(store: KnowledgeStore) -> dict[str, str]:
    rows = store.select(
        "PREFIX gb: <https://w3id.org/graphbuild/ontology#> PREFIX dcterms: <http://purl.org/dc/terms/>"
        " SELECT ?id ?v WHERE { GRAPH ?g { ?g dcterms:identifier ?id ; gb:pipelineVersion ?v } }"
    )
    return {row[0].value: row[1].value for row in rows}


def build(inputs: Iterable[str | Path], options: BuildOptions | None = None,
          on_document: Callable[[str, str], None] | None = None) -> BuildReport:
    """Build or update the store from `inputs` and write the outputs; returns the report.
    The collector runs with BUILD_GC_THRESHOLD (`graphbuild.pipeline.workers`) meanwhile; the caller's thresholds are restored after.
    The model workers exit while the build writes its last batch and outputs; they are reaped before it returns."""
    previous = gc.get_threshold()
    gc.set_threshold(*BUILD_GC_THRESHOLD)
    try:
        return _build(inputs, options, on_document)
    finally:
        try:
            finish_workers()
        finally:  # a Ctrl-C while the workers are joined still gives the caller back its thresholds (M10)
            gc.set_threshold(*previous)


def _build(inputs: Iterable[str | Path], options: BuildOptions | None,
           on_document: Callable[[str, str], None] | None) -> BuildReport:
    options = options or BuildOptions()
    report = BuildReport()
    started = time.perf_counter()
    out = Path(options.out)
    _make_output_folder(out)
    store = open_store(options.store or out / "store", base=options.base, update_url=options.update_url)
    parts: OutputParts | None = None
    failing = True  # until the try's last line: an error there is the one to report, not the close's after it
    try:
        store.load_ontology(ontology_dir() / "graphbuild.ttl")
        fingerprint = pipeline_fingerprint(options.model, options.curation)
        known = store.document_hashes()
        current_version = _document_versions(store)
        index = EntityIndex(store.minter)  # filled from the store (labels, aliases) only if a document changed
        curation = None
        if options.curation:
            from ..resolve.curation import load_curation

            curation = load_curation(options.curation)
        corpus_report = CorpusReport()
        seen: set[str] = set()
        first_of_text: dict[tuple[str, ...], str] = {}  # copies.copy_key -> id of the input read first in THIS build
        copies: list[str] = []  # stored documents whose text an earlier input of this build has: their graphs go

        def changed() -> Iterator[Document]:
            for doc in read_corpus(inputs, corpus_report):
                if doc.id in seen:  # "x.txt" in two input folders: one named graph cannot hold both
                    reason = (f"same document id {doc.id!r} as an earlier input; skipped (build the folders "
                              "into separate stores, or rename one)")
                    print(safe(f"graphbuild: {doc.path}: {reason}"), file=sys.stderr)
                    report.errors.append({"path": doc.path, "reason": reason})
                    continue
                if (original := first_of_text.setdefault(copy_key(doc), doc.id)) != doc.id:
                    reason = copy_reason(doc, original)
                    print(safe(f"graphbuild: warning: {place(doc)}: {reason}"), file=sys.stderr)
                    report.warnings.append({"path": place(doc), "reason": reason})
                    if doc.id in known:  # built before under this name: its text is built as `original` now
                        copies.append(doc.id)
                    continue
                report.documents += 1
                seen.add(doc.id)
                if known.get(doc.id) == doc.sha256 and current_version.get(doc.id) == fingerprint:
                    report.unchanged += 1
                    if on_document:
                        on_document(doc.id, "unchanged")
                    continue
                yield doc

        pending = changed()
        first = next(pending, None)
        touched = name_index.Touched(store)  # whose name index entries this build must refresh
        index_complete = name_index.present(store)
        index_open = False

        def before_writes() -> None:
            """The first write of this build takes the name index's marker out (name_index.invalidate)."""
            nonlocal index_open
            if index_complete and not index_open:
                name_index.invalidate(store)
                index_open = True

        for graph in store.unsealed_documents():  # left by a killed bulk build: incomplete, possibly of a deleted input
            before_writes()
            touched.note([graph])
            store.replace_graph(graph, [])
        report.timings["read"] = time.perf_counter() - started
        parts = OutputParts() if options.outputs else None  # each written graph's share of the outputs
        if first is not None:
            t0 = time.perf_counter()
            before_writes()
            index.load(store)
            step = DocumentStep(index, curation, report, fingerprint, store.minter)
            engine: ModuleType = local_engine
            if options.engine == "dask":  # extraction on a Dask cluster, N-Quads shards, bulk load
                from . import dask_engine as engine
            if engine is local_engine:
                engine.build_changed(itertools.chain([first], pending), options, store, step, report, on_document, touched,
                                     parts=parts, bulk=not known)  # a first build may bulk-load (local_engine)
            else:
                engine.build_changed(itertools.chain([first], pending), options, store, step, report, on_document, touched)
            report.timings["extract_and_load"] = time.perf_counter() - t0
        for doc_id in sorted(set(copies) | (set(known) - seen if options.prune else set())):
            before_writes()
            touched.note([store.minter.document(doc_id)])
            store.remove_document(doc_id)
            if doc_id in copies:  # its text is in the graph under another id: not a document gone from the inputs
                report.copies_removed += 1
            else:
                report.pruned += 1
        if not options.prune and (left := sorted(set(known) - seen - set(copies))):
            reason = (f"{len(left)} document(s) in the store are not among the inputs ({listed(left)}); their facts "
                      "stay in the graph (build with --prune to remove them)")
            print(safe(f"graphbuild: warning: {reason}"), file=sys.stderr)
            report.warnings.append({"path": str(options.store or out / "store"), "reason": reason})
        for error in corpus_report.errors:
            report.errors.append({"path": error.path, "reason": error.reason})
            print(safe(f"graphbuild: skipped {error.path}: {error.reason}"), file=sys.stderr)
        report.skipped = corpus_report.skipped
        report.skipped_types = dict(sorted(corpus_report.other_types.items()))
        if curation is not None and report.processed:  # a rule no built document matched: likely a misspelt name
            corpus_report.warnings += [InputError(where, "curation rule matched no entity in the documents built")
                                       for where in curation.unused()]
        for warning in corpus_report.warnings:
            report.warnings.append({"path": warning.path, "reason": warning.reason})
            print(safe(f"graphbuild: warning: {warning.path}: {warning.reason}"), file=sys.stderr)
        changed = bool(report.processed or report.pruned or report.copies_removed)
        if changed:  # before the name index's marker goes back in (below): a build stopped before this leaves the
            # index incomplete, and the next build then checks every linked entity. A `--list` build checks too: it
            # relinks only the lists given, and another list's link of an entity it removed stayed for ever (V9, M37)
            _drop_stale_links(store, out, options, report, touched.entities if index_complete else None)
        if index_open or not index_complete:  # no write since the start: the index is as it was found
            t0 = time.perf_counter()
            if index_open:  # the entries of the entities this build's documents name, before and after
                name_index.update(store, touched.entities)
            else:  # no complete index (a new store, or a build stopped midway): every name, normalised once
                name_index.rebuild(store)
            report.timings["name_index"] = time.perf_counter() - t0
        if changed:  # a removal ends the same body's earlier designations; pruning it restores them (rdf/delistings.py)
            from ..rdf.delistings import update_delistings

            t0 = time.perf_counter()
            update_delistings(store)
            report.timings["delistings"] = time.perf_counter() - t0
        if options.lists:  # after extraction and resolution, before the outputs that show the links
            from ..link import link_store

            t0 = time.perf_counter()
            report.links = [r.to_json() for r in link_store(store, options.lists)]
            report.timings["link"] = time.perf_counter() - t0
        if options.outputs:
            store.write_held_seals()  # every write is in before the outputs read the store ...
            flushing = BackgroundFlush(store)  # ... which syncs its files meanwhile (~0.1-0.2 s of I/O, the GIL released)
            try:
                t0 = time.perf_counter()
                report.outputs_state = _outputs_state(store)
                if not _reuse_outputs(out, report) and not (parts is not None and write_build_outputs(store, out, report, parts)):
                    write_outputs(store, out, report)
                report.timings["outputs"] = time.perf_counter() - t0
            except BaseException:
                flushing.wait(quiet=True)  # the outputs' error is the one to raise
                raise
            else:
                flushing.wait()
        else:
            store.flush()
        failing = False
    finally:
        if parts is not None:
            parts.close()
        try:
            store.close()
        except Exception:  # noqa: BLE001 - the error already on its way says what went wrong (a full disk twice)
            if not failing:
                raise
    report.timings["total"] = time.perf_counter() - started
    write_text_atomic(out / "report.json", json.dumps(report.to_json(), indent=2) + "\n", what="the build report")
    return report


def _drop_stale_links(store: KnowledgeStore, out: Path, options: BuildOptions, report: BuildReport,
                      entities: set[Any] | None) -> None:
    """The list links of entities the changed or pruned documents no longer state go (`link.store.drop_stale_links`),
    with a warning saying so and how to link the changed documents' names. `entities`: the ones the build's graphs
    named before and after (`name_index.Touched`), None when unknown or when an earlier build may have stopped before
    its own check (the name index was incomplete): then every linked entity is checked."""
    from ..link.store import drop_stale_links

    removed = drop_stale_links(store, entities)
    if not removed:
        return
    counts = ", ".join(f"{name} {count}" for name, count in sorted(removed.items()))
    again = ("the lists given with --list are linked again by this build, the others when `graphbuild link` (or build "
             "--list) runs again" if options.lists else
             "the changed documents' names are linked when `graphbuild link` (or build --list) runs again")
    reason = f"{sum(removed.values())} list link(s) of entities no document states any more were removed ({counts}); {again}"
    print(safe(f"graphbuild: warning: {reason}"), file=sys.stderr)
    report.warnings.append({"path": str(options.store or out / "store"), "reason": reason})


class BackgroundFlush:
    """`store.flush()` on a thread of its own; `wait` joins it and raises its error (`quiet`: another is on its way).

    WHY: the flush before the outputs waited ~0.1-0.2 s for Oxigraph to sync its files (little CPU, the GIL
    released), after the model's last document, then the outputs were made. The outputs only read the store
    (a reader sees every write made before it, flushed or not), so both go on at once; `report.json`, which
    lets the next build keep these outputs, is still written only once the store is flushed and closed
    (docs/benchmarks.md, issue 18, s14).
    """

    def __init__(self, store: KnowledgeStore) -> None:
        self._error: BaseException | None = None
        self._thread = threading.Thread(target=self._run, args=(store,), name="graphbuild-flush", daemon=True)
        self._thread.start()

    def _run(self, store: KnowledgeStore) -> None:
        try:
            store.flush()
        except BaseException as exc:  # noqa: BLE001 - raised in the build's thread by `wait`
            self._error = exc

    def wait(self, quiet: bool = False) -> None:
        """Join the flush; raise its error unless `quiet` (the caller says so: `sys.exc_info()` also shows an error
        its caller is handling, and a build run in an `except` block lost the flush's error; M10)."""
        self._thread.join()
        if self._error is not None and not quiet:
            raise self._error


def _make_output_folder(out: Path) -> None:
    """Create OUT, or say in one line why it cannot be (a file of that name, a file on its path, no permission)."""
    if out.exists() and not out.is_dir():
        raise GraphBuildError(f"{out}: is a file, not a folder; -o OUT names the folder the build writes "
                              "(choose another name or move the file)")
    try:
        out.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise GraphBuildError(f"{out}: cannot create the output folder ({exc.strerror or exc}); choose another -o OUT") from exc


def _outputs_state(store: KnowledgeStore) -> str:
    """Changes whenever any document graph in the store does (id, content hash, pipeline version), or a list's links."""
    from ..link.store import links_state

    versions = _document_versions(store)
    return stable_hash(*sorted(f"{d}\x1f{h}\x1f{versions.get(d, '')}" for d, h in store.document_hashes().items()),
                       links_state(store))


def _reuse_outputs(out: Path, report: BuildReport) -> bool:
    """The outputs already in `out` show this very store state: keep them (and their counts) as they are."""
    try:
        previous = json.loads((out / "report.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return False
    if previous.get("outputs_state") != report.outputs_state or report.errors:
        return False
    if not all((out / name).exists() for name in ("relations.jsonl", "graph.trig", "graph.html")):
        return False
    report.relations = Counter(previous.get("relations") or {})
    report.entities = int(previous.get("entities") or 0)
    return True


def write_outputs(store: KnowledgeStore, out: Path, report: BuildReport) -> None:
    """relations.jsonl, graph.trig and graph.html, all read back from the store."""
    from ..outputs.relations import iter_relations
    from ..views.html import write_view

    records = list(iter_relations(store))  # read once: relations.jsonl and the view both need them
    write_relations_file(records, out / "relations.jsonl", report)
    store.dump_trig(out / "graph.trig")
    write_view(store, out / "graph.html", relations=records)


__all__ = ["BuildOptions", "BuildReport", "build", "pipeline_fingerprint", "write_outputs"]
