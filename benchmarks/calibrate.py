"""Fit the confidence calibration on `../shared/eval/train` (one command) and show how well it holds.

    python benchmarks/calibrate.py                          # builds train/ uncalibrated, fits, writes the map
    python benchmarks/calibrate.py --relations raw.jsonl    # fit from an uncalibrated build's relations.jsonl
    python benchmarks/calibrate.py --dry-run                # print the tables, keep the stored map

The map (graphbuild/resolve/calibration.yaml) is one isotonic step function per
(relation, extractor) from raw confidence to measured precision. Printed first: the
honest check, maps fitted on the study folds (0-2) and applied to the check folds
(3-4) of benchmarks/extraction_cv.py, with and without the two long-list releases;
then the map fitted on all of train/, which is the one written.
"""
from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.extraction_cv import CHECK_FOLDS, LONG_LISTS, STUDY_FOLDS, TRAIN, fold_of  # noqa: E402
from graphbuild.evaluate import format_calibration, load_gold, score  # noqa: E402
from graphbuild.resolve.calibration import CALIBRATION_FILE, StepMap, fit, key, write_calibration  # noqa: E402


def _doc(pred: dict) -> str:
    return pred["doc"].rsplit("/", 1)[-1]


def samples(preds: list[dict], gold: list[dict]) -> list[tuple[str, str, float, bool]]:
    """(relation, extractor, raw confidence, correct) for every prediction the scorer counts."""
    result = score(preds, gold)
    return [(p["relation"], (p.get("evidence") or [{}])[0].get("extractor", ""), float(p["confidence"]), correct)
            for p, correct in result.outcomes]


def apply(preds: list[dict], maps: dict[str, StepMap]) -> list[dict]:
    out = []
    for p in preds:
        extractor = (p.get("evidence") or [{}])[0].get("extractor", "")
        found = maps.get(key(p["relation"], extractor)) or maps.get(key(p["relation"], "*"))
        out.append({**p, "confidence": found(p["confidence"]) if found else p["confidence"]})
    return out


def table(title: str, preds: list[dict], gold: list[dict]) -> list[str]:
    bands = score(preds, gold).to_json()["confidence_bands"]
    return [title, *format_calibration(bands)]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--train", type=Path, default=TRAIN)
    ap.add_argument("--relations", type=Path, help="an uncalibrated build's relations.jsonl (default: build train/ now)")
    ap.add_argument("--out", type=Path, help="where to write the map (default: graphbuild/resolve/calibration.yaml)")
    ap.add_argument("--dry-run", action="store_true", help="print the tables only")
    args = ap.parse_args(argv)
    if args.relations is None:
        from graphbuild.pipeline.run import BuildOptions, build

        folder = Path(tempfile.mkdtemp(prefix="graphbuild-calibrate-"))
        previous = os.environ.get("GRAPHBUILD_CALIBRATION")
        os.environ["GRAPHBUILD_CALIBRATION"] = "off"  # raw confidences
        try:
            build([args.train / "docs"], BuildOptions(out=folder))
        finally:
            if previous is None:
                os.environ.pop("GRAPHBUILD_CALIBRATION", None)
            else:
                os.environ["GRAPHBUILD_CALIBRATION"] = previous
        args.relations = folder / "relations.jsonl"
    preds = [json.loads(line) for line in args.relations.read_text(encoding="utf-8").splitlines() if line.strip()]
    gold = load_gold(args.train / "gold.jsonl")
    folds = fold_of([g["doc"] for g in gold])
    study = [g for g in gold if folds[g["doc"]] in STUDY_FOLDS]
    check = [g for g in gold if folds[g["doc"]] in CHECK_FOLDS]
    lines = table("raw confidences, all of train:", preds, gold)
    maps = fit(samples(preds, study))
    lines += table("fitted on folds 0-2, applied to check folds 3-4:", apply(preds, maps), check)
    short = [g for g in check if g["doc"] not in LONG_LISTS]
    lines += table("... the same without the two long lists:", apply(preds, maps), short)
    final = fit(samples(preds, gold))
    lines += table("fitted on all of train (the map written), in sample:", apply(preds, final), gold)
    print("\n".join(lines))
    if not args.dry_run:
        target = args.out or CALIBRATION_FILE
        write_calibration(final, target, f"fitted on {len(gold)} documents of {args.train.name}/ "
                                         f"({sum(m.examples for k, m in final.items() if k.endswith('*'))} predictions)")
        print(f"wrote {target}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
