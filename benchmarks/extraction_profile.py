"""Where extraction time goes: cProfile around the full pipeline on the evaluation releases.

Prints the cumulative time of the named extraction functions as a share of the profiled run.
Profiling slows Python code more than spaCy's compiled parts, so shares are upper bounds; compare
them within one run.

    python benchmarks/extraction_profile.py
"""
from __future__ import annotations

import cProfile
import pstats
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
EVAL = ROOT.parent / "shared" / "eval"
FUNCTIONS = {"relations_component", "extract_designations", "structural_designees", "group_statements", "name_lists",
             "apply_group_programs", "default_authority", "extract_roles", "extract_part_of"}


def main() -> int:
    from graphbuild.ingest.corpus import read_corpus
    from graphbuild.nlp.model import load_pipeline

    inputs = [p for p in (EVAL / "train" / "docs", EVAL / "unlabeled", EVAL / "dev" / "docs") if p.exists()]
    if not inputs:
        print(f"no evaluation documents under {EVAL}", file=sys.stderr)
        return 1
    nlp = load_pipeline()
    docs = list(read_corpus(inputs))
    profile = cProfile.Profile()
    t0 = time.perf_counter()
    profile.enable()
    for d in docs:
        doc = nlp.make_doc(d.text)
        doc.user_data["gb_meta"] = d.meta
        nlp(doc)
    profile.disable()
    total = time.perf_counter() - t0
    cumulative: dict[str, float] = {}
    for (path, _, name), (_, _, _, cum, _) in pstats.Stats(profile).stats.items():  # type: ignore[attr-defined]
        if name in FUNCTIONS and "graphbuild" in path:
            cumulative[name] = cumulative.get(name, 0.0) + cum
    print(f"documents {len(docs)}  profiled total {total:.1f}s")
    for name, seconds in sorted(cumulative.items(), key=lambda kv: -kv[1]):
        print(f"{name:24s} {seconds:7.2f}s {100 * seconds / total:5.1f}%")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
