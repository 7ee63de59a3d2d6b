"""Fit the learned designation scorer (designations_learned.v1) on train/, with an honest cross-validation.

    python benchmarks/train_designations.py                 # CV figures, then graphbuild/data/designations_model.json
    python benchmarks/train_designations.py --cv-only       # CV figures only
    python benchmarks/train_designations.py --apply --gold G.jsonl --docs DIR   # the shipped model on other releases

Each release is parsed once; the rules (designations.v1) run, then every entity they did not designate
(graphbuild/extract/designations_doc.py) is featurised and labelled positive when it matches a required gold
designated_by of its release by the evaluation's name matching (a match with an optional one is left out of the
fit). CV: the 5 fixed folds of extraction_cv.py; for each fold the model and its threshold are chosen on the other
four (threshold by an inner CV over them), then the fold is predicted. The shipped model is fit on all of train/.
"""
from __future__ import annotations

import argparse
import json
import math
import statistics
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from extraction_cv import LONG_LISTS, fold_of  # noqa: E402
from train_roles import L2_GRID, THRESHOLDS, fit, parsed_windows, prob, write_model  # noqa: E402

from graphbuild.evaluate import load_gold, names_match, score  # noqa: E402

TRAIN = ROOT.parent / "shared" / "eval" / "train"
MODEL = ROOT / "graphbuild" / "data" / "designations_model.json"
MIN_PRECISION = 0.9  # of the scorer alone, out of fold on train/


def featurise(docs_dir: Path) -> tuple[dict[str, list[dict]], dict[str, list[dict]]]:
    """Per release: the rules' designated_by relations and the candidates (with features and the added relation)."""
    from graphbuild.extract.common import ref, relation
    from graphbuild.extract.context import context_of
    from graphbuild.extract.designations import extract_designations
    from graphbuild.extract.designations_doc import doc_candidates
    from graphbuild.extract.designations_learned import authority_for

    rules: dict[str, list[dict]] = {}
    cands: dict[str, list[dict]] = {}
    for key, sd in parsed_windows(docs_dir):
        rules.setdefault(key, [])
        cands.setdefault(key, [])
        found = [r for r in extract_designations(sd) if r.relation == "designated_by"]
        for r in found:
            r.doc = key
            rules[key].append(r.to_json())
        ctx = context_of(sd)
        by_rules = {r.subject.name.casefold() for r in found}
        for c in doc_candidates(ctx, found, everyone=True):
            authority = authority_for(ctx, c)
            if authority is None:
                continue
            rel = relation("designated_by", ref(c.cluster), ref(authority), c.sent, "designations_learned.v1", 0.0)
            rel.doc = key
            cands[key].append({**rel.to_json(), "features": c.features, "by_rules": c.cluster.name.casefold() in by_rules})
    return rules, cands


def label(cands: dict[str, list[dict]], gold: list[dict]) -> None:
    """y = 1: matches a required gold designee of its release; 0: matches nothing; None: only an optional one."""
    by_doc = {g["doc"]: g for g in gold}

    def hits(c: dict, g: dict) -> bool:
        names = [c["subject"]["name"], *(c["subject"].get("aliases") or [])]
        return g["relation"] == "designated_by" and any(names_match(n, s) for n in names for s in g["subject"])

    for doc, items in cands.items():
        g = by_doc.get(doc, {"relations": [], "optional": []})
        required = [x for x in g["relations"] if x["relation"] == "designated_by"]
        for c in items:
            c["y"] = 1 if any(hits(c, x) for x in required) else None if any(hits(c, x) for x in g.get("optional", [])) else 0


def predictions(rules: dict, cands: dict, docs: list[str], probs: dict[int, float], threshold: float | None) -> list[dict]:
    preds = [r for d in docs for r in rules.get(d, [])]
    if threshold is not None:
        preds += [{**c, "confidence": probs[id(c)]} for d in docs for c in cands.get(d, [])
                  if not c["by_rules"] and probs[id(c)] >= threshold]
    return preds


def f1(preds: list[dict], gold: list[dict]) -> dict:
    s = score(preds, gold).to_json()["relations"].get("designated_by", {"f1": 0.0, "precision": 0.0, "recall": 0.0})
    return {k: s.get(k) for k in ("precision", "recall", "f1")}


def _fit_items(cands: dict, docs: set[str]) -> list[dict]:
    return [c for d, items in cands.items() if d in docs for c in items if c["y"] is not None]


def out_of_fold(cands: dict, folds: dict[str, int], use: list[int], l2: float) -> dict[int, float]:
    probs: dict[int, float] = {}
    for f in use:
        weights = fit(_fit_items(cands, {d for d in cands if folds[d] in use and folds[d] != f}), l2)
        probs.update({id(c): prob(weights, c["features"]) for d, items in cands.items() if folds[d] == f for c in items})
    return probs


def alone_precision(cands: dict, docs: list[str], probs: dict[int, float], t: float) -> tuple[float, int]:
    """Precision of the scorer alone at threshold `t` (every candidate, rules' or not) and how many it accepts."""
    taken = [c for d in docs for c in cands.get(d, []) if probs[id(c)] >= t and c["y"] is not None]
    return (sum(c["y"] for c in taken) / len(taken) if taken else 1.0), len(taken)


def best_setting(rules: dict, cands: dict, gold: list[dict], folds: dict[str, int], use: list[int]) -> tuple[float, float]:
    """(L2, threshold): the lowest threshold at which the scorer ALONE is right MIN_PRECISION of the time out of fold
    over the folds in `use` (without the long lists), with the L2 whose out-of-fold log-loss is lowest. The rules are
    fitted to train/, so what the scorer adds to them there says little; its own precision says how far to trust it
    on releases the rules were not written for."""
    docs = [d for d in cands if folds[d] in use and d not in LONG_LISTS]
    best: tuple[float, float, float] | None = None
    for l2 in L2_GRID:
        probs = out_of_fold(cands, folds, use, l2)
        items = [c for d in docs for c in cands[d] if c["y"] is not None]
        loss = -sum(math.log(max(1e-9, probs[id(c)] if c["y"] else 1 - probs[id(c)])) for c in items) / max(1, len(items))
        ok = [t for t in THRESHOLDS if alone_precision(cands, docs, probs, t)[0] >= MIN_PRECISION]
        t = min(ok) if ok else 1.01
        if best is None or loss < best[0]:
            best = (loss, l2, t)
    assert best is not None
    return best[1], best[2]


def cross_validate(rules: dict, cands: dict, gold: list[dict], folds: dict[str, int]) -> dict:
    present = sorted(set(folds.values()))
    oof: dict[int, float] = {}
    chosen: dict[int, tuple[float, float]] = {}
    for f in present:
        rest = [g for g in present if g != f]
        chosen[f] = best_setting(rules, cands, gold, folds, rest)
        weights = fit(_fit_items(cands, {d for d in cands if folds[d] != f}), chosen[f][0])
        oof.update({id(c): prob(weights, c["features"]) for d, items in cands.items() if folds[d] == f for c in items})
    out: dict = {"settings": {f: {"l2": chosen[f][0], "threshold": chosen[f][1]} for f in present}}
    for name, skip in (("all", set()), ("without_long_lists", LONG_LISTS)):
        per = {}
        for f in present:
            docs = [d for d in cands if folds[d] == f]
            sub = [g for g in gold if folds[g["doc"]] == f and g["doc"] not in skip]
            alone = [{**c, "confidence": oof[id(c)]} for d in docs for c in cands[d] if oof[id(c)] >= chosen[f][1]]
            per[f] = {"rules": f1(predictions(rules, cands, docs, oof, None), sub), "alone": f1(alone, sub),
                      "combined": f1(predictions(rules, cands, docs, oof, chosen[f][1]), sub)}
        check = [d for d in cands if folds[d] in (3, 4)]
        check_gold = [g for g in gold if folds[g["doc"]] in (3, 4) and g["doc"] not in skip]
        out[name] = {"folds": per,
                     "mean_rules": round(statistics.mean(per[f]["rules"]["f1"] for f in present), 4),
                     "mean_combined": round(statistics.mean(per[f]["combined"]["f1"] for f in present), 4),
                     "check_rules": f1([p for d in check for p in predictions(rules, cands, [d], oof, None)], check_gold),
                     "check_combined": f1([p for d in check for p in predictions(rules, cands, [d], oof, chosen[folds[d]][1])],
                                          check_gold)}
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--gold", type=Path, action="append")
    ap.add_argument("--docs", type=Path, default=TRAIN / "docs")
    ap.add_argument("--model", type=Path, default=MODEL)
    ap.add_argument("--cv-only", action="store_true")
    ap.add_argument("--features", type=Path, help="cache of the featurised releases (read if present, else written)")
    ap.add_argument("--apply", action="store_true", help="score the model at --model on --gold/--docs: rules vs rules + learned")
    args = ap.parse_args(argv)
    gold = [g for path in (args.gold or [TRAIN / "gold.jsonl"]) for g in load_gold(path)]
    for g in gold:
        g["doc"] = g["doc"].rsplit("/", 1)[-1]
    if args.features and args.features.exists():
        data = json.loads(args.features.read_text(encoding="utf-8"))
        rules, cands = data["rules"], data["cands"]
    else:
        rules, cands = featurise(args.docs)
        if args.features:
            args.features.write_text(json.dumps({"rules": rules, "cands": cands}), encoding="utf-8")
    gold = [g for g in gold if g["doc"] in cands]
    label(cands, gold)
    docs = list(cands)
    if args.apply:
        from graphbuild.extract.roles_learned import read_model

        model = read_model(args.model)
        probs = {id(c): model.probability(c["features"]) for items in cands.values() for c in items}
        for name, t in (("rules", None), ("rules+learned", model.threshold)):
            s = f1(predictions(rules, cands, docs, probs, t), gold)
            print(f"{name}: designated_by P {s['precision']:.3f} R {s['recall']:.3f} F1 {s['f1']:.3f}")
        return 0
    folds = fold_of(docs)
    n = sum(len(v) for v in cands.values())
    print(f"{len(cands)} documents, {n} candidates, {sum(c['y'] or 0 for v in cands.values() for c in v)} positive")
    cv = cross_validate(rules, cands, gold, folds)
    print("settings per fold:", cv["settings"])
    for name in ("all", "without_long_lists"):
        r = cv[name]
        print(f"== {name}: mean F1 rules {r['mean_rules']:.3f} -> rules+learned {r['mean_combined']:.3f}")
        for f, s in r["folds"].items():
            a, b = s["rules"], s["combined"]
            c = s["alone"]
            print(f"fold {f}: rules P {a['precision']:.3f} R {a['recall']:.3f} F1 {a['f1']:.3f} | scorer alone P {c['precision']:.3f} "
                  f"R {c['recall']:.3f} F1 {c['f1']:.3f} | combined P {b['precision']:.3f} R {b['recall']:.3f} F1 {b['f1']:.3f}")
        for k in ("check_rules", "check_combined"):
            s = r[k]
            print(f"{k} (folds 3+4): P {s['precision']:.3f} R {s['recall']:.3f} F1 {s['f1']:.3f}")
    if args.cv_only:
        return 0
    l2, threshold = best_setting(rules, cands, gold, folds, sorted(set(folds.values())))
    kept = write_model(args.model, fit(_fit_items(cands, set(docs)), l2), threshold, f"{len(docs)} documents, {n} candidates, L2 {l2}")
    data = json.loads(args.model.read_text(encoding="utf-8"))
    data["command"] = "python benchmarks/train_designations.py"
    args.model.write_text(json.dumps(data, indent=0, ensure_ascii=True) + "\n", encoding="utf-8")
    print(f"wrote {args.model} ({kept} weights, threshold {threshold}, L2 {l2})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
