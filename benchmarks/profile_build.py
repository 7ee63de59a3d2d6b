"""Where a whole `graphbuild build` spends its time, stage by stage (issue 18).

    python benchmarks/profile_build.py --docs 400 --work /tmp/gbprof

Stages: interpreter start-up and imports (a fresh `python -c "import graphbuild.cli"` and the
imports `graphbuild build` adds), model loading, reading the corpus, the tokenizer and each
pipeline component (run one after another over all documents, so each is timed alone),
then one real `pipeline.build` with the pipeline already loaded, in which resolution, the
relation-to-quads mapping and the store writes are timed by wrapping them (the writes run on
a background thread, overlapping the model: their time is thread time, not added wall time),
plus the build's own `read`, `name_index` and `outputs` timings. The machine is shared:
read the shares, not the seconds.
"""
from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from benchmarks.corpus import write_corpus  # noqa: E402


def startup_seconds(code: str, repeats: int = 3) -> float:
    """Median wall time of a fresh interpreter running `code`."""
    runs = []
    for _ in range(repeats):
        t0 = time.perf_counter()
        subprocess.run([sys.executable, "-c", code], check=True, cwd=ROOT)
        runs.append(time.perf_counter() - t0)
    return sorted(runs)[len(runs) // 2]


def component_seconds(nlp: Any, texts: list[str], batch_size: int) -> dict[str, float]:
    """Wall and CPU seconds of the tokenizer and of each component over all texts, each stage run alone.

    CPU time (this process's) is the figure to read on a loaded machine: wall time there
    mostly measures the other jobs.
    """
    timings: dict[str, float] = {}
    w0, c0 = time.perf_counter(), time.process_time()
    docs = list(nlp.tokenizer.pipe(texts, batch_size=batch_size)) if hasattr(nlp.tokenizer, "pipe") else [nlp.tokenizer(t) for t in texts]
    timings["tokenizer"], timings["tokenizer.cpu"] = time.perf_counter() - w0, time.process_time() - c0
    for name, proc in nlp.pipeline:
        w0, c0 = time.perf_counter(), time.process_time()
        docs = list(proc.pipe(docs, batch_size=batch_size)) if hasattr(proc, "pipe") else [proc(d) for d in docs]
        timings[name], timings[f"{name}.cpu"] = time.perf_counter() - w0, time.process_time() - c0
    return timings


def build_stage_seconds(nlp: Any, corpus: Path, out: Path, batch_size: int) -> dict[str, float]:
    """One build with `nlp` pre-loaded; resolution, quads and store writes timed by wrappers."""
    import graphbuild.nlp.model as gnlp
    from graphbuild.pipeline import step as step_module
    from graphbuild.pipeline.run import BuildOptions, build
    from graphbuild.rdf.store import KnowledgeStore

    spent: dict[str, float] = {"resolve": 0.0, "quads": 0.0, "store_writes (background thread)": 0.0}

    def timed(key: str, func: Any) -> Any:
        def wrapper(*args: Any, **kwargs: Any) -> Any:
            t0 = time.perf_counter()
            try:
                return func(*args, **kwargs)
            finally:
                spent[key] += time.perf_counter() - t0
        return wrapper

    patches = [(gnlp, "load_pipeline", lambda *a, **k: nlp),
               (step_module.DocumentStep, "resolve", timed("resolve", step_module.DocumentStep.resolve)),
               (step_module, "relation_quads", timed("quads", step_module.relation_quads)),
               (KnowledgeStore, "write_document", timed("store_writes (background thread)", KnowledgeStore.write_document))]
    saved = [(obj, name, getattr(obj, name)) for obj, name, _ in patches]
    for obj, name, value in patches:
        setattr(obj, name, value)
    try:
        shutil.rmtree(out, ignore_errors=True)
        t0, c0 = time.perf_counter(), time.process_time()
        report = build([corpus], BuildOptions(out=out, batch_size=batch_size))
        wall, cpu = time.perf_counter() - t0, time.process_time() - c0
    finally:
        for obj, name, value in saved:
            setattr(obj, name, value)
    timings = {f"build.{k}": v for k, v in report.timings.items()}
    return {**timings, **{f"build.{k}": v for k, v in spent.items()}, "build.wall": wall, "build.cpu": cpu, "words": report.words}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--docs", type=int, default=400)
    parser.add_argument("--batch-size", type=int, default=32)
    parser.add_argument("--work", type=Path, default=Path("/tmp/graphbuild-profile"))
    parser.add_argument("--json", type=Path)
    args = parser.parse_args(argv)
    corpus = args.work / "corpus"
    if not corpus.exists():
        write_corpus(corpus, args.docs)
    res: dict[str, Any] = {"load_average_start": os.getloadavg()[0]}
    res["startup.python"] = startup_seconds("pass")
    res["startup.import_cli"] = startup_seconds("import graphbuild.cli")
    res["startup.import_build"] = startup_seconds("import graphbuild.cli, graphbuild.pipeline.run, graphbuild.pipeline.local_engine")
    from graphbuild.ingest.corpus import read_corpus
    from graphbuild.nlp.model import load_pipeline

    t0, c0 = time.perf_counter(), time.process_time()
    nlp = load_pipeline()
    res["model_load"], res["model_load.cpu"] = time.perf_counter() - t0, time.process_time() - c0
    t0 = time.perf_counter()
    texts = [d.text for d in read_corpus([corpus])]
    res["read"] = time.perf_counter() - t0
    list(nlp.pipe(texts[:2]))  # warm up
    res.update({f"pipe.{k}": v for k, v in component_seconds(nlp, texts, args.batch_size).items()})
    res.update(build_stage_seconds(nlp, corpus, args.work / "out", args.batch_size))
    res["load_average_end"] = os.getloadavg()[0]
    totals = {cpu: sum(v for k, v in res.items() if k.startswith("pipe.") and k.endswith(".cpu") == cpu) for cpu in (False, True)}
    for key, value in res.items():
        share = f"  {100 * value / totals[key.endswith('.cpu')]:5.1f}% of the pipe" if key.startswith("pipe.") else ""
        print(f"{key:<42} {value:10.3f}{share}" if isinstance(value, float) else f"{key:<42} {value}")
    if args.json:
        args.json.write_text(json.dumps(res, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
