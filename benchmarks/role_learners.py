"""Compare learners for the holds_role scorer out of fold, on one cached featurisation (issue 13).

    python benchmarks/train_roles.py --cv-only --setting 1,0.65 --features DIR    # builds the cache once
    python benchmarks/role_learners.py --features DIR                              # every learner, five-fold + held out
    python benchmarks/role_learners.py --features DIR --learners lr,lgb --holdout synthetic/t22,synthetic/t23

The shipped scorer is a logistic regression over the sparse cues of `roles_doc.doc_candidates` (train_roles.fit,
L2 1, threshold 0.65). This script asks whether another learner on the SAME candidates and features ranks them
better where it counts, out of fold:

- `lr`: train_roles.fit at L2 1, threshold 0.65 (the shipped setting), and `lr_cv` the same weights with the
  threshold an inner CV picks (as for the trees, so both learners get the same threshold rule);
- `lrx`: the logistic regression plus pairwise conjunctions of the document-level cues (`d:`), kept when seen in
  at least CONJ_MIN candidates of the fit;
- `lgb`: LightGBM (gradient-boosted trees) on the sparse binary features seen in at least MIN_COUNT candidates of
  the fit (15 leaves, rate 0.05, 300 rounds); `lgbs` smaller trees (7 leaves, rate 0.03, 400 rounds), `lgbr` more
  regularised (20 candidates a leaf, L2 5, 150 rounds); `avg` the mean of the LR's and lgb's probabilities.
The trees' threshold is chosen per outer fold by an inner CV over the other four folds with train_roles'
rule (best micro F1 without the long lists among thresholds whose added pairs are at least 70 % right).

Reported per learner: train (mean of the fold F1s, check folds 3+4, all) with and without the two long lists, the
extra (invented) releases, the real ones; then each learner fit on every release but `--holdout` (default the
newest invented sets) and scored on those; and the pooled ranking of the out-of-fold candidates (average
precision; the true pairs found at as many false ones as the LR adds). Needs `pip install -e '.[learners]'`
(LightGBM: training only, not a dependency of the package).
"""
from __future__ import annotations

import argparse
import contextlib
import io
import itertools
import os
import statistics
import sys
import time
from collections import Counter
from collections.abc import Callable
from pathlib import Path

import numpy as np

os.environ.setdefault("OMP_NUM_THREADS", "1")  # a shared two-core machine

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

import train_roles as tr  # noqa: E402
import training_sets as sets  # noqa: E402

from graphbuild.evaluate import score  # noqa: E402

MIN_COUNT = 3  # lgb: features seen in fewer candidates of the fit are left out (noise for splits)
CONJ_MIN = 10  # lrx: a conjunction of two d: cues seen in fewer candidates of the fit is left out
Probs = dict[int, float]
Learner = Callable[[list[dict], list[dict]], list[float]]  # (fit items, items to score) -> probabilities


def _scores(preds: list[dict], gold: list[dict]) -> dict:
    return score(preds, gold).to_json()["relations"].get("holds_role", {"f1": 0.0, "precision": 0.0, "recall": 0.0,
                                                                        "tp": 0, "fp": 0, "fn": 0})


def lr(fit_items: list[dict], items: list[dict]) -> list[float]:
    """The shipped learner: train_roles.fit at L2 1."""
    w = tr.fit(fit_items, 1.0)
    return [float(tr.prob(w, c["features"])) for c in items]


def _conj(features: list[str], keep: set[str] | None) -> list[str]:
    core = sorted({f for f in features if f.startswith("d:")})
    pairs = [f"{a}&{b}" for a, b in itertools.combinations(core, 2)]
    return list(features) + [p for p in pairs if keep is None or p in keep]


def lrx(fit_items: list[dict], items: list[dict]) -> list[float]:
    """The LR plus pairwise conjunctions of the d: cues seen in at least CONJ_MIN candidates of the fit."""
    counts = Counter(p for c in fit_items for p in _conj(c["features"], None) if "&" in p)
    keep = {p for p, n in counts.items() if n >= CONJ_MIN}
    w = tr.fit([{**c, "features": _conj(c["features"], keep)} for c in fit_items], 1.0)
    return [float(tr.prob(w, _conj(c["features"], keep))) for c in items]


def _matrix(fit_items: list[dict], items: list[dict]):
    """CSR matrices (fit, score) of the binary features seen at least MIN_COUNT times in the fit, and their columns."""
    from scipy.sparse import csr_matrix

    counts = Counter(f for c in fit_items for f in set(c["features"]))
    vocab = {f: j for j, f in enumerate(sorted(f for f, n in counts.items() if n >= MIN_COUNT))}

    def build(rows: list[dict]):
        r, k = [], []
        for i, c in enumerate(rows):
            for f in set(c["features"]):
                if f in vocab:
                    r.append(i)
                    k.append(vocab[f])
        return csr_matrix((np.ones(len(r), dtype=np.float32), (r, k)), shape=(len(rows), len(vocab)))

    return build(fit_items), build(items), vocab


def _labels(items: list[dict]) -> np.ndarray:
    return np.array([c["y"] or 0 for c in items])


LGB_PARAMS = {"objective": "binary", "learning_rate": 0.05, "num_leaves": 15, "min_data_in_leaf": 10,
              "lambda_l2": 1.0, "feature_fraction": 0.5, "bagging_fraction": 0.8, "bagging_freq": 1, "seed": 0,
              "num_threads": 1, "verbose": -1, "min_data_in_bin": 1}
LGB_ROUNDS = 300


LGB_REG = {**LGB_PARAMS, "min_data_in_leaf": 20, "lambda_l2": 5.0}
LGB_SMALL = {**LGB_PARAMS, "learning_rate": 0.03, "num_leaves": 7, "min_data_in_leaf": 20}


def lgb(fit_items: list[dict], items: list[dict], params: dict | None = None, rounds: int = LGB_ROUNDS) -> list[float]:
    """LightGBM on the sparse binary matrix."""
    import lightgbm

    fit_items = [c for c in fit_items if c["y"] is not None]
    x, z, _ = _matrix(fit_items, items)
    booster = lightgbm.train(params or LGB_PARAMS, lightgbm.Dataset(x, _labels(fit_items)), num_boost_round=rounds)
    return [float(p) for p in booster.predict(z)]


def lgb_small(fit_items: list[dict], items: list[dict]) -> list[float]:
    """Smaller trees, slower learning: 7 leaves, 20 candidates a leaf, rate 0.03, 400 rounds."""
    return lgb(fit_items, items, LGB_SMALL, 400)


def lgb_reg(fit_items: list[dict], items: list[dict]) -> list[float]:
    """Stronger regularisation, fewer rounds: 20 candidates a leaf, L2 5, 150 rounds."""
    return lgb(fit_items, items, LGB_REG, 150)


def avg(fit_items: list[dict], items: list[dict]) -> list[float]:
    """The mean of the LR's and LightGBM's probabilities."""
    return [(a + b) / 2 for a, b in zip(lr(fit_items, items), lgb(fit_items, items))]


LEARNERS: dict[str, Learner] = {"lr": lr, "lrx": lrx, "lgb": lgb, "lgbs": lgb_small, "lgbr": lgb_reg, "avg": avg}


def oof(learner: Learner, cands: dict, folds: dict[str, int], use: list[int]) -> Probs:
    """Probability of each candidate of the folds in `use`, fit on the other folds in `use`."""
    probs: Probs = {}
    for f in use:
        fit_items = [c for d, items in cands.items() if folds.get(d) in use and folds.get(d) != f for c in items]
        scored = [c for d, items in cands.items() if folds.get(d) == f for c in items]
        probs.update(zip(map(id, scored), learner(fit_items, scored)))
    return probs


FINE = [round(0.2 + 0.025 * k, 3) for k in range(31)]  # 0.2 .. 0.95, for the matched-precision rule
RULE = "f1"  # --threshold-rule: 'f1' (train_roles' rule) or 'prec' (the LR's added precision, matched)


def inner_threshold(learner: Learner, rules: dict, cands: dict, gold: list[dict], folds: dict[str, int],
                    use: list[int]) -> float:
    """The threshold of a learner chosen on the folds in `use` (out of fold there). RULE 'f1': train_roles.best_setting's
    rule, the best micro F1 (without the long lists) among thresholds whose added pairs are at least
    MIN_ADDED_PRECISION right. RULE 'prec': the lowest threshold whose added pairs (prose releases) are at least as
    often right as the LR's at 0.65 on the same folds: an operating point of equal precision."""
    probs = oof(learner, cands, folds, use)
    docs = [d for d in cands if folds.get(d) in use and not sets.is_long_list(d)]
    if RULE == "prec":
        floor = tr.added_precision(cands, docs, oof(lr, cands, folds, use), 0.65)
        return min((t for t in FINE if tr.added_precision(cands, docs, probs, t) >= floor), default=max(FINE))
    sub = [g for g in gold if g["doc"] in set(docs)]
    allowed = [t for t in tr.THRESHOLDS if tr.added_precision(cands, docs, probs, t) >= tr.MIN_ADDED_PRECISION]
    keys = [(_scores(tr.predictions(rules, cands, docs, probs, t), sub)["f1"], t) for t in allowed or [max(tr.THRESHOLDS)]]
    return max(keys)[1]


def five_fold(name: str, rules: dict, cands: dict, gold: list[dict], folds: dict[str, int],
              fixed: float | None) -> tuple[Probs, dict[int, float]]:
    """Out-of-fold probabilities of every candidate and the threshold of each fold (`fixed`, or the inner CV's)."""
    learner = LEARNERS[name.removesuffix("_cv")]
    present = sorted(set(folds.values()))
    probs = oof(learner, cands, folds, present)
    thresholds = {f: fixed if fixed is not None else inner_threshold(learner, rules, cands, gold, folds,
                                                                     [g for g in present if g != f])
                  for f in present}
    return probs, thresholds


def report(name: str, rules: dict, cands: dict, gold: list[dict], folds: dict[str, int], probs: Probs | None,
           thresholds: dict[int, float] | None) -> None:
    """One line per group: mean of the fold F1s, micro P/R/F1 (TP/FP/FN), check folds 3+4."""
    def preds_of(docs: list[str]) -> list[dict]:
        return [p for d in docs for p in tr.predictions(rules, cands, [d], probs or {}, None if probs is None
                                                         else thresholds[folds[d]])]

    def fmt(s: dict) -> str:
        return f"{s['f1']:.3f} (P {s['precision']:.3f} R {s['recall']:.3f} {s['tp']}/{s['fp']}/{s['fn']})"

    for group, long_too in (("train", True), ("train", False), ("extra", True), ("real", True), ("read", True)):
        docs = [d for d in cands if sets.group_of(d) == group and (long_too or not sets.is_long_list(d))]
        if not docs:
            continue
        per = []
        for f in sorted({folds[d] for d in docs}):
            fd = [d for d in docs if folds[d] == f]
            per.append(_scores(preds_of(fd), [g for g in gold if g["doc"] in set(fd)])["f1"])
        micro = _scores(preds_of(docs), [g for g in gold if g["doc"] in set(docs)])
        line = f"{name:7s} {group + ('' if long_too else ' w/o LL'):13s} mean {statistics.mean(per):.3f} | all {fmt(micro)}"
        if group == "train":
            cd = [d for d in docs if folds[d] >= 3]
            line += f" | check {fmt(_scores(preds_of(cd), [g for g in gold if g['doc'] in set(cd)]))}"
        print(line, flush=True)


def pair_scores(cands: dict, probs: Probs, docs: list[str]) -> list[tuple[float, int]]:
    """(probability, label) of each (document, person, organization) pair of `docs`, its best candidate's, highest
    first; candidates labelled None are left out."""
    best: dict[tuple[str, str, str], tuple[float, int]] = {}
    for d in docs:
        for c in cands[d]:
            key = (d, c["subject"]["name"].casefold(), c["object"]["name"].casefold())
            if c["y"] is not None and (key not in best or probs[id(c)] > best[key][0]):
                best[key] = (probs[id(c)], c["y"])
    return sorted(best.values(), key=lambda v: -v[0])


def average_precision(order: list[tuple[float, int]]) -> float:
    """Mean over the true pairs of the precision at their rank."""
    tp = seen = 0
    total = 0.0
    for _, y in order:
        seen += 1
        tp += y
        total += y * tp / seen
    return total / tp if tp else 0.0


def true_above(order: list[tuple[float, int]], false_pairs: int) -> int:
    """True pairs ranked above the (`false_pairs` + 1)-th false one: recall at as many false pairs as another
    learner adds."""
    tp = fp = 0
    for _, y in order:
        if not y:
            if fp == false_pairs:
                break
            fp += 1
        tp += y
    return tp


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--features", type=Path, required=True, help="train_roles.py's --features cache")
    ap.add_argument("--learners", default="lr,lr_cv,lrx,lgb,lgbs,lgbr,avg")
    ap.add_argument("--holdout", default="synthetic/t22,synthetic/t23,synthetic/t24",
                    help="corpora left out of a last fit and scored (default: the newest invented sets present)")
    ap.add_argument("--skip-cv", action="store_true", help="only the held-out fit")
    ap.add_argument("--threshold-rule", choices=("f1", "prec"), default="f1",
                    help="how the trees' (and lr_cv's) threshold is chosen on the fit folds (inner_threshold)")
    args = ap.parse_args(argv)
    global RULE
    RULE = args.threshold_rule
    ns = argparse.Namespace(docs=None, gold=None, corpora=None, features=args.features)
    with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(io.StringIO()):
        rules, cands, _, gold = tr.load_corpora(ns)
    tr.label(cands, gold, rules)
    folds = sets.folds_of(list(cands))
    names = [n.strip() for n in args.learners.split(",") if n.strip()]
    names = ["lr", *(n for n in names if n != "lr")]  # first: the others' ranking is read at the LR's false pairs
    print(f"{len(cands)} documents, {sum(map(len, cands.values()))} candidates, "
          f"{sum(c['y'] or 0 for v in cands.values() for c in v)} positive", flush=True)
    if not args.skip_cv:
        report("rules", rules, cands, gold, folds, None, None)
        pooled = {"all w/o LL": [d for d in cands if not sets.is_long_list(d)],
                  **{g: [d for d in cands if sets.group_of(d) == g and not sets.is_long_list(d)] for g in sets.GROUPS}}
        lr_fp: dict[str, int] = {}  # per pooled group: false pairs the LR scores at or above 0.65
        for name in names:
            start = time.process_time()
            probs, thresholds = five_fold(name, rules, cands, gold, folds, 0.65 if name in ("lr", "lrx") else None)
            print(f"{name}: fold thresholds {[thresholds[f] for f in sorted(thresholds)]}, "
                  f"{time.process_time() - start:.0f} s CPU", flush=True)
            report(name, rules, cands, gold, folds, probs, thresholds)
            if name == "lr_cv":
                continue
            for g, docs in pooled.items():
                order = pair_scores(cands, probs, docs)
                if name == "lr":
                    lr_fp[g] = sum(1 for q, y in order if q >= 0.65 and not y)
                print(f"{name:7s} {g:10s} {len(order)} pairs ({sum(y for _, y in order)} true): average precision "
                      f"{average_precision(order):.3f}; true pairs above false pair {lr_fp[g] + 1} (the LR's false "
                      f"pairs at 0.65, plus one): {true_above(order, lr_fp[g])}", flush=True)
    held = tuple(h.strip().rstrip("/") + "/" for h in args.holdout.split(",") if h.strip())
    held_docs = [d for d in cands if d.startswith(held)]
    if not held_docs:
        return 0
    rest = [d for d in cands if d not in set(held_docs)]
    fit_items = [c for d in rest for c in cands[d]]
    scored = [c for d in held_docs for c in cands[d]]
    rest_folds = {d: folds[d] for d in rest}
    for name in ["rules", *names]:
        if name == "rules":
            probs, t = {}, None
        else:
            learner = LEARNERS[name.removesuffix("_cv")]
            probs = dict(zip(map(id, scored), learner(fit_items, scored)))
            t = 0.65 if name in ("lr", "lrx") else inner_threshold(learner, rules, cands, gold, rest_folds,
                                                                   sorted(set(rest_folds.values())))
        for part in [*held, held]:
            docs = [d for d in held_docs if d.startswith(part)]
            if not docs:
                continue
            s = _scores(tr.predictions(rules, cands, docs, probs, t), [g for g in gold if g["doc"] in set(docs)])
            label = "+".join(p.split("/")[1] for p in part) if isinstance(part, tuple) else part.split("/")[1]
            print(f"held out {name:7s} t={t} {label:12s} F1 {s['f1']:.3f} (P {s['precision']:.3f} R {s['recall']:.3f} "
                  f"{s['tp']}/{s['fp']}/{s['fn']})", flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
