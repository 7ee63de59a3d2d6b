"""Whole `graphbuild build` processes of one corpus, this tree against a snapshot with some files at an older commit.

    python benchmarks/process_ab.py CORPUS --base COMMIT --paths FILE [FILE ...] [--runs 6] [--workers 1]

The snapshot (`A0`) is this working tree's `graphbuild/` and `ontology/` with the given FILES
as they were at COMMIT (a FILE absent there is removed), so both sides share everything else,
other engineers' changes included. The runs alternate (A0 B, B A0, ...) so that a change in the
machine's load hits both sides; the medians of wall and CPU seconds (the build process and its
reaped worker) are printed, and whether the two sides' last outputs are byte-identical
(relations.jsonl, graph.html, graph.trig without its gb:pipelineVersion lines).
"""
from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def snapshot(base: str, paths: list[str], into: Path) -> Path:
    """This tree's package and ontology with `paths` at `base`."""
    for folder in ("graphbuild", "ontology"):
        shutil.copytree(ROOT / folder, into / folder, ignore=shutil.ignore_patterns("__pycache__"))
    for path in paths:
        shown = subprocess.run(["git", "show", f"{base}:{path}"], cwd=ROOT, capture_output=True)
        target = into / path
        if shown.returncode:
            target.unlink(missing_ok=True)
        else:
            target.write_bytes(shown.stdout)
    return into


def build(tree: Path | None, corpus: str, out: Path, workers: int) -> tuple[float, float]:
    """One build process; `tree` None = this repository (the installed package)."""
    shutil.rmtree(out, ignore_errors=True)
    env = dict(os.environ)
    if tree is not None:
        env["PYTHONPATH"] = str(tree)
    t0, c0 = time.perf_counter(), os.times()
    subprocess.run([sys.executable, "-m", "graphbuild", "build", corpus, "-o", str(out), "--workers", str(workers)],
                   cwd=tree or ROOT, env=env, check=True, capture_output=True)
    c1 = os.times()
    return time.perf_counter() - t0, (c1.children_user + c1.children_system) - (c0.children_user + c0.children_system)


def same_outputs(a: Path, b: Path) -> bool:
    def trig(folder: Path) -> list[bytes]:
        return [line for line in (folder / "graph.trig").read_bytes().splitlines() if b"pipelineVersion" not in line]

    return all((a / n).read_bytes() == (b / n).read_bytes() for n in ("relations.jsonl", "graph.html")) and trig(a) == trig(b)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("corpus")
    parser.add_argument("--base", required=True, help="commit the snapshot's FILES come from")
    parser.add_argument("--paths", nargs="+", required=True, help="files (relative to the repository) taken at --base")
    parser.add_argument("--runs", type=int, default=6)
    parser.add_argument("--workers", type=int, default=1)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="gb-ab-") as tmp:
        work = Path(tmp)
        old = snapshot(args.base, args.paths, work / "A0")
        times: dict[str, list[tuple[float, float]]] = {"A0": [], "B": []}
        load = os.getloadavg()[0]
        for k in range(args.runs):
            for side in ("A0", "B") if k % 2 == 0 else ("B", "A0"):
                times[side].append(build(old if side == "A0" else None, args.corpus, work / f"out-{side}", args.workers))
        print(f"load average {load:.1f} -> {os.getloadavg()[0]:.1f}, {args.runs} runs per side, alternated")
        for side, runs in times.items():
            print(f"{side:3s} wall median {statistics.median(w for w, _ in runs):.2f} s, CPU median "
                  f"{statistics.median(c for _, c in runs):.2f} s; walls {' '.join(f'{w:.2f}' for w, _ in runs)}")
        print("outputs identical" if same_outputs(work / "out-A0", work / "out-B") else "OUTPUTS DIFFER")
    return 0


if __name__ == "__main__":
    sys.exit(main())
