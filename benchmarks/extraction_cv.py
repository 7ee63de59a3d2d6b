"""Extraction scores on `../shared/eval/train` by fold, for honest tuning.

The train documents are split into five fixed folds (sorted file names, index mod 5).
Rules are written while reading the errors of the *study* folds only (0, 1, 2); the
*check* folds (3, 4) are for measuring. The script prints each fold's scores, the mean
over folds, the check-fold figure, and everything again without the two long-list
releases (the README of the eval data asks for both).

    python benchmarks/extraction_cv.py                     # builds train/ into a temp folder
    python benchmarks/extraction_cv.py --relations out/relations.jsonl
    python benchmarks/extraction_cv.py --errors 0,1,2      # list errors of the study folds only
    python benchmarks/extraction_cv.py --role-models-per-fold DIR   # rules vs rules + learned, out of fold

`--role-models-per-fold DIR` builds each fold on its own twice: with the rules (RULES_EXTRACTORS,
roles.v1) and with roles_learned.v1 loading DIR/fold_K.json, a model fit WITHOUT fold K
(written by `benchmarks/train_roles.py --fold-models DIR` when missing). The shipped model is fit
on all 47 releases, so its scores here would be in-sample; these are not. For the same reason the
plain build (no --role-models-per-fold) runs the rules (RULES_EXTRACTORS), not the default
roles_learned.v1 with the shipped model.

`--ner-models-per-fold DIR` (with `--role-models-per-fold`) builds both arms of fold K with the ner
weights DIR/fold_K.npz fit without fold K (`benchmarks/train_ner.py --fold-models DIR`, run when
missing); the role models are then fit on that ner's entities, fold by fold (give them a fresh DIR).
`--out DIR` keeps each arm's relations as DIR/ARM.jsonl.
"""
from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from graphbuild.evaluate import format_errors, load_gold, score  # noqa: E402

TRAIN = ROOT.parent / "shared" / "eval" / "train"
FOLDS = 5
STUDY_FOLDS = (0, 1, 2)
CHECK_FOLDS = (3, 4)
LONG_LISTS = {"jy0981.html", "jy2546.html"}
KINDS = ("designated_by", "holds_role")


def fold_of(docs: list[str]) -> dict[str, int]:
    """Fixed fold of each document: its index in the sorted names, mod FOLDS."""
    return {doc: i % FOLDS for i, doc in enumerate(sorted(docs))}


def _scores(preds: list[dict], gold: list[dict]) -> dict[str, dict]:
    data = score(preds, gold).to_json()["relations"]
    return {k: data.get(k, {"f1": 0.0, "precision": 0.0, "recall": 0.0, "tp": 0, "fp": 0, "fn": 0}) for k in KINDS}


def report(preds: list[dict], gold: list[dict], folds: dict[str, int], skip: set[str]) -> dict:
    out: dict = {"folds": {}, "mean": {}, "check": {}}
    for f in range(FOLDS):
        sub = [g for g in gold if folds[g["doc"]] == f and g["doc"] not in skip]
        out["folds"][f] = _scores(preds, sub)
    for k in KINDS:
        out["mean"][k] = round(statistics.mean(out["folds"][f][k]["f1"] for f in range(FOLDS)), 4)
    check = [g for g in gold if folds[g["doc"]] in CHECK_FOLDS and g["doc"] not in skip]
    out["check"] = _scores(preds, check)
    out["all"] = _scores(preds, [g for g in gold if g["doc"] not in skip])
    return out


def _print(title: str, rep: dict) -> None:
    print(f"== {title}")
    for f, s in rep["folds"].items():
        print(f"fold {f}: " + "  ".join(f"{k} P {s[k]['precision']:.3f} R {s[k]['recall']:.3f} F1 {s[k]['f1']:.3f}" for k in KINDS))
    print("mean F1 over folds: " + "  ".join(f"{k} {rep['mean'][k]:.3f}" for k in KINDS))
    print("check folds 3+4 (micro): " + "  ".join(
        f"{k} P {rep['check'][k]['precision']:.3f} R {rep['check'][k]['recall']:.3f} F1 {rep['check'][k]['f1']:.3f}" for k in KINDS))
    print("all train (micro): " + "  ".join(
        f"{k} P {rep['all'][k]['precision']:.3f} R {rep['all'][k]['recall']:.3f} F1 {rep['all'][k]['f1']:.3f}"
        + (f" role {rep['all'][k]['role_agreement']:.3f}" if "role_agreement" in rep["all"][k] else "") for k in KINDS))


LEARNED = ("roles_learned.v1", "designations.v1", "partof.v1")
RULES = ("roles.v1", "designations.v1", "partof.v1")  # the shipped role model saw every train release: never used here


def _build(docs: Path, out: Path) -> list[dict]:
    from graphbuild.pipeline.run import BuildOptions, build

    build([docs], BuildOptions(out=out, progress=False))
    return [json.loads(line) for line in (out / "relations.jsonl").read_text(encoding="utf-8").splitlines() if line.strip()]


def fold_ner_models(train: Path, ner: Path) -> None:
    """DIR/fold_K.npz, the ner fit without fold K (benchmarks/train_ner.py --fold-models), when missing."""
    if not all((ner / f"fold_{f}.npz").exists() for f in range(FOLDS)):
        subprocess.run([sys.executable, str(ROOT / "benchmarks" / "train_ner.py"), "--gold", str(train / "gold.jsonl"),
                        "--docs", str(train / "docs"), "--fold-models", str(ner)], check=True)


def fold_role_models(train: Path, models: Path, ner: Path | None) -> None:
    """DIR/fold_K.json, the role scorer fit without fold K, when missing. With per-fold ner models the role
    features come from that fold's ner (the scorer reads the entities): the candidates of every document are
    featurised with ner K ($GRAPHBUILD_NER), and of the models fit that way only fold_K.json is kept."""
    if all((models / f"fold_{f}.json").exists() for f in range(FOLDS)):
        return
    command = [sys.executable, str(ROOT / "benchmarks" / "train_roles.py"), "--gold", str(train / "gold.jsonl"),
               "--docs", str(train / "docs"), "--fold-models"]
    if ner is None:
        subprocess.run([*command, str(models)], check=True)
        return
    models.mkdir(parents=True, exist_ok=True)
    for f in range(FOLDS):
        with tempfile.TemporaryDirectory(prefix="graphbuild-cv-roles-") as tmp:
            subprocess.run([*command, tmp], check=True, env={**os.environ, "GRAPHBUILD_NER": str(ner / f"fold_{f}.npz")})
            shutil.copy(Path(tmp) / f"fold_{f}.json", models / f"fold_{f}.json")


def per_fold_builds(train: Path, models: Path, folds: dict[str, int], keep: Path | None = None,
                    ner: Path | None = None) -> dict[str, list[dict]]:
    """Relations of every fold built on its own: 'rules' with the default extractors, 'learned' with roles_learned.v1
    and the model fit without that fold; with `ner`, both arms of fold K run the ner fit without fold K."""
    if ner is not None:
        fold_ner_models(train, ner)
    fold_role_models(train, models, ner)
    work = Path(tempfile.mkdtemp(prefix="graphbuild-cv-folds-"))
    preds: dict[str, list[dict]] = {"rules": [], "learned": []}
    saved = {k: os.environ.get(k) for k in ("GRAPHBUILD_EXTRACTORS", "GRAPHBUILD_ROLE_MODEL", "GRAPHBUILD_NER")}
    try:
        for f in range(FOLDS):
            docs = work / f"docs_{f}"
            docs.mkdir()
            for name, k in folds.items():
                if k == f:
                    shutil.copy(train / "docs" / name, docs / name)
            if ner is not None:
                os.environ["GRAPHBUILD_NER"] = str(ner / f"fold_{f}.npz")
            os.environ["GRAPHBUILD_EXTRACTORS"] = ",".join(RULES)
            os.environ.pop("GRAPHBUILD_ROLE_MODEL", None)
            preds["rules"] += _build(docs, work / f"rules_{f}")
            os.environ["GRAPHBUILD_EXTRACTORS"] = ",".join(LEARNED)
            os.environ["GRAPHBUILD_ROLE_MODEL"] = str(models / f"fold_{f}.json")
            preds["learned"] += _build(docs, work / f"learned_{f}")
    finally:
        for k, v in saved.items():
            if v is None:
                os.environ.pop(k, None)
            else:
                os.environ[k] = v
        shutil.rmtree(work, ignore_errors=True)
    if keep is not None:  # the relations of each arm, to read the errors later
        keep.mkdir(parents=True, exist_ok=True)
        for arm, rels in preds.items():
            (keep / f"{arm}.jsonl").write_text("".join(json.dumps(r) + "\n" for r in rels), encoding="utf-8")
    return preds


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--train", type=Path, default=TRAIN)
    ap.add_argument("--relations", type=Path, help="score this relations.jsonl instead of building")
    ap.add_argument("--errors", help="comma-separated folds whose errors to print (study folds only, please)")
    ap.add_argument("--json", type=Path, help="write the figures as JSON here")
    ap.add_argument("--role-models-per-fold", type=Path, metavar="DIR",
                    help="rules vs roles_learned.v1 with DIR/fold_K.json fit without fold K (written when missing)")
    ap.add_argument("--ner-models-per-fold", type=Path, metavar="DIR",
                    help="with --role-models-per-fold: fold K runs the ner DIR/fold_K.npz fit without fold K (written when "
                         "missing); the role models are then fit on that ner's entities (use a fresh DIR for them)")
    ap.add_argument("--out", type=Path, help="build folder to keep (default: a temporary one); with "
                    "--role-models-per-fold, the folder for each arm's relations (ARM.jsonl)")
    args = ap.parse_args(argv)
    if args.ner_models_per_fold and not args.role_models_per_fold:
        ap.error("--ner-models-per-fold needs --role-models-per-fold DIR (the role models fit on that ner)")
    gold = load_gold(args.train / "gold.jsonl")
    folds = fold_of([g["doc"] for g in gold])
    if args.role_models_per_fold:
        arms = per_fold_builds(args.train, args.role_models_per_fold, folds, args.out, args.ner_models_per_fold)
        figures = {}
        for arm, preds in arms.items():
            figures[arm] = {"all": report(preds, gold, folds, set()), "without_long_lists": report(preds, gold, folds, LONG_LISTS)}
            _print(f"{arm}: all 47 releases (each fold built on its own)", figures[arm]["all"])
            _print(f"{arm}: without the two long lists", figures[arm]["without_long_lists"])
        if args.json:
            args.json.write_text(json.dumps(figures, indent=1), encoding="utf-8")
        return 0
    rel_path = args.relations
    if rel_path is None:
        from graphbuild.pipeline.run import BuildOptions, build

        out = args.out or Path(tempfile.mkdtemp(prefix="graphbuild-cv-"))
        saved = os.environ.get("GRAPHBUILD_EXTRACTORS")
        os.environ["GRAPHBUILD_EXTRACTORS"] = saved or ",".join(RULES)  # an explicit choice wins
        try:
            build([args.train / "docs"], BuildOptions(out=out, progress=False))
        finally:
            if saved is None:
                os.environ.pop("GRAPHBUILD_EXTRACTORS", None)
        rel_path = out / "relations.jsonl"
    preds = [json.loads(line) for line in rel_path.read_text(encoding="utf-8").splitlines() if line.strip()]
    full = report(preds, gold, folds, set())
    short = report(preds, gold, folds, LONG_LISTS)
    _print("all 47 releases", full)
    _print("without the two long lists", short)
    if args.errors:
        wanted = {int(x) for x in args.errors.split(",")}
        if wanted & set(CHECK_FOLDS):
            print("note: you asked for the errors of a check fold; do not tune on them", file=sys.stderr)
        sub = [g for g in gold if folds[g["doc"]] in wanted]
        print(format_errors(score(preds, sub)))
    if args.json:
        args.json.write_text(json.dumps({"all": full, "without_long_lists": short}, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
