"""CPU of the build's own per-document work, the model left out (issue 18).

    python benchmarks/step_cost.py --docs 400 --work /tmp/gbstep

Runs the model once over the benchmark corpus and keeps each document's extraction outcome
(`--work`/outcomes.pkl), then, in a fresh process, times what the build process does with
those outcomes: the per-document step (curation-free resolution, types, countries, dates and
the relation-to-quads mapping: `pipeline.step.DocumentStep`), the conversion to Oxigraph terms and
the transactional insert of each document into a new store, the batched writes a first build
makes instead (`store_batch_write_cpu_s`: `KnowledgeStore.write_documents` in bulk, each batch's seals held for the
next batch's load where the tree has `hold_seals`), reading the corpus (`read_cpu_s`), and the output parts made from
the written graphs (`outputs.build_outputs`: records and TriG block). With the model in a
forked worker, this is the work that competes with it for the machine's cores.
The digest changes when any quad of any document does: compare it between two versions.
The outcomes are kept in `--work`: delete it after a change to the model or the extractors.
"""
from __future__ import annotations

import argparse
import hashlib
import pickle
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))


def make_outcomes(corpus: Path, cache: Path) -> None:
    """Every document's (relation dicts, word count, error) from graphbuild's pipeline, pickled by document id."""
    from benchmarks.run import read_docs
    from graphbuild.pipeline.local_engine import process

    cache.write_bytes(pickle.dumps({doc.id: outcome for doc, outcome in process(read_docs(corpus), None, 1, 32)}))


def time_step(corpus: Path, cache: Path) -> None:
    """The step and the output parts over the cached outcomes, first pass (gazetteers loaded before timing)."""
    from benchmarks.run import read_docs
    from graphbuild.nlp.gazetteers import load_gazetteers
    from graphbuild.pipeline.options import BuildReport
    from graphbuild.pipeline.step import DocumentStep
    from graphbuild.rdf.mapping import IriMinter
    from graphbuild.rdf.terms import ox_quad, to_ox
    from graphbuild.resolve.country import country_words
    from graphbuild.resolve.index import EntityIndex
    import pyoxigraph as ox

    load_gazetteers()
    country_words()
    outcomes = pickle.loads(cache.read_bytes())
    read_docs(corpus)  # the readers' imports and first-use set-up (trafilatura, lxml), not timed
    c0 = time.process_time()
    docs = read_docs(corpus)
    read_cpu = time.process_time() - c0
    minter = IriMinter()
    step = DocumentStep(EntityIndex(minter), None, BuildReport(), "benchmark", minter)
    c0 = time.process_time()
    quads = [step(doc, outcomes[doc.id]) for doc in docs]
    step_cpu = time.process_time() - c0
    c0 = time.process_time()
    converted = [(to_ox(minter.document(doc.id)), [ox_quad(*q) for q in qs]) for doc, qs in zip(docs, quads)]
    convert_cpu = time.process_time() - c0
    try:  # older versions read the outputs back from the store instead
        from graphbuild.outputs.build_outputs import trig_block
        from graphbuild.outputs.graph_records import graph_records
    except ImportError:
        parts_cpu = float("nan")
    else:
        c0 = time.process_time()
        for graph, qs in converted:
            trig_block(qs)
            graph_records(graph, qs)
        parts_cpu = time.process_time() - c0
    with tempfile.TemporaryDirectory() as folder:  # Oxigraph's transactional insert of each document, as the build writes
        store = ox.Store(folder)
        c0 = time.process_time()
        for graph, qs in converted:
            if store.contains_named_graph(graph):
                store.remove_graph(graph)
            store.extend(qs)
        store.flush()
        write_cpu = time.process_time() - c0
        del store
    with tempfile.TemporaryDirectory() as folder:  # a first build's batches, as local_engine writes them (bulk path)
        import inspect

        from graphbuild.pipeline.local_engine import WRITE_BATCH_QUADS
        from graphbuild.rdf.store import KnowledgeStore, open_store
        from rdflib import URIRef

        held = "hold_seals" in inspect.signature(KnowledgeStore.write_documents).parameters  # since 19e2ee3
        with open_store(Path(folder) / "store") as local:
            c0 = time.process_time()
            batch: list = []
            for graph, qs in converted:
                batch.append((URIRef(graph.value), qs))
                if sum(len(b) for _, b in batch) >= WRITE_BATCH_QUADS:
                    local.write_documents(batch, bulk=True, **({"hold_seals": True} if held else {}))
                    batch = []
            if batch:
                local.write_documents(batch, bulk=True, **({"hold_seals": True} if held else {}))
            if held:
                local.write_held_seals()
            local.flush()
            bulk_cpu = time.process_time() - c0
    digest = hashlib.sha256(repr([[tuple(map(repr, q)) for q in qs] for qs in quads]).encode()).hexdigest()[:16]
    print(f"documents {len(docs)}  quads {sum(map(len, quads))}  digest {digest}")
    print(f"read_cpu_s {read_cpu:.3f}  step_cpu_s {step_cpu:.3f}  convert_cpu_s {convert_cpu:.3f}  store_write_cpu_s {write_cpu:.3f}  "
          f"store_batch_write_cpu_s {bulk_cpu:.3f}  output_parts_cpu_s {parts_cpu:.3f}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--docs", type=int, default=400)
    parser.add_argument("--work", type=Path, default=Path("/tmp/graphbuild-step"))
    parser.add_argument("--time-only", action="store_true", help=argparse.SUPPRESS)  # the fresh timing process
    args = parser.parse_args(argv)
    corpus, cache = args.work / "corpus", args.work / "outcomes.pkl"
    if args.time_only:
        time_step(corpus, cache)
        return 0
    if not corpus.exists():
        from benchmarks.corpus import write_corpus

        write_corpus(corpus, args.docs)
    if not cache.exists():
        make_outcomes(corpus, cache)
    return subprocess.run([sys.executable, __file__, "--docs", str(args.docs), "--work", str(args.work), "--time-only"]).returncode


if __name__ == "__main__":
    sys.exit(main())
