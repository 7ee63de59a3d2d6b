"""Refit the learned holds_role scorer (roles_learned.v1) on several gold corpora, with an honest cross-validation.

    python benchmarks/train_roles.py                      # train/ + blind/* + synthetic/* -> graphbuild/data/roles_model.json
    python benchmarks/train_roles.py --cv-only            # print the CV figures, write nothing
    python benchmarks/train_roles.py --corpora train      # train/ alone (or blind, synthetic, extra, blind/study, ...)
    python benchmarks/train_roles.py --gold G.jsonl --docs DIR --model OUT.json   # one folder, in train's place
    python benchmarks/train_roles.py --fold-models DIR     # DIR/fold_K.json fit without fold K (extraction_cv.py)
    python benchmarks/train_roles.py --cv-only --features DIR --drop-cues d:tnames,c:   # the same cache without two cue families

Each document is parsed once; the rules (roles.v1) run, then every (person, organization) candidate
they did not give is featurised (graphbuild/extract/roles_features.py) and labelled positive when the
pair matches a gold holds_role by the evaluation's name matching. The corpora, document keys (`corpus/file`) and
folds are those of benchmarks/training_sets.py: train keeps its 5 fixed folds (extraction_cv.fold_of), the other
corpora are spread over the same five. CV: for each fold the model and its threshold are chosen on the other
four (threshold by an inner CV over those four), then the fold is predicted; figures are printed for train's
releases and for the extra ones separately. `--veto` also fits a second scorer over the rules' own pairs and
reports dropping those it scores under a threshold (chosen by the same inner CV). The shipped model is fit on all
documents.
"""
from __future__ import annotations

import argparse
import functools
import json
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

import training_sets as sets  # noqa: E402
from role_veto import rule_pair_candidates, vetoed  # noqa: E402

import graphbuild.evaluate as evaluate  # noqa: E402
from graphbuild.evaluate import score  # noqa: E402

# The inner CVs score hundreds of settings on the same names: name matching is a pure function of two strings and
# most of the time of a CV without the cache (py-spy).
evaluate.names_match = names_match = functools.lru_cache(maxsize=None)(evaluate.names_match)

THRESHOLDS = [round(0.3 + 0.05 * k, 2) for k in range(14)]  # 0.30 .. 0.95
L2 = 1.0
L2_GRID = (1.0, 3.0, 10.0)  # the regularisation is chosen with the threshold by the inner CV (few positives: the best
# strength varies with the folds a model is fit on)
STEPS = 400
PRUNE = 0.01
MIN_ADDED_PRECISION = 0.7  # at least 7 of 10 added pairs right in the inner CV: precision first
NEUTRAL_LABELS = False  # label(): duplicates and optional pairs left out of the fit (R10), --neutral
PLATEAU = 0.0  # best_setting: the highest threshold within this much micro F1 of the best one, --plateau
SETTING: tuple[float, float] | None = None  # best_setting: a fixed (L2, threshold) instead of the inner CV's, --setting


def parsed_windows(docs_dir: Path, prefix: str = "") -> Iterator[tuple[str, Any]]:
    """(`prefix` + release file name, parsed Doc) for each window of each release, parsed once without the
    extractors; the release's extraction context is dropped after the caller has read the Doc."""
    from graphbuild.extract.context import release_context
    from graphbuild.ingest.corpus import read_corpus
    from graphbuild.nlp.model import load_pipeline
    from graphbuild.nlp.windows import split_windows, window_limit
    from graphbuild.pipeline.workers import make_doc

    nlp = load_pipeline(extract=False)
    limit = window_limit(nlp)
    for document in read_corpus([docs_dir]):
        key = prefix + document.id.rsplit("/", 1)[-1]
        for start, end in split_windows(document.text, limit):
            sd = nlp(make_doc(nlp, document, start, end))
            try:
                yield key, sd
            finally:
                release_context(sd)


def featurise(docs_dir: Path, prefix: str = "", veto: bool = False) -> tuple[dict[str, list[dict]], dict[str, list[dict]], dict[str, list[dict]]]:
    """Per document key: the rules' holds_role relations (dicts), the candidates they did not give (dicts with
    features) and, with `veto`, the rules' own pairs featurised the same way plus the rule's cues
    (roles_learned.rule_cues); a rule pair the candidate search does not reach is left out of the last."""
    from graphbuild.extract.context import context_of
    from graphbuild.extract.roles import extract_roles
    from graphbuild.extract.roles_doc import doc_candidates

    rules: dict[str, list[dict]] = {}
    cands: dict[str, list[dict]] = {}
    kept: dict[str, list[dict]] = {}
    for key, sd in parsed_windows(docs_dir, prefix):
        rules.setdefault(key, [])
        cands.setdefault(key, [])
        kept.setdefault(key, [])
        found = [r for r in extract_roles(sd) if r.relation == "holds_role"]
        for r in found:
            r.doc = key
            rules[key].append(r.to_json())
        ctx = context_of(sd)
        for c in doc_candidates(ctx, found):
            cands[key].append({"doc": key, "relation": "holds_role", "subject": c.subject.to_json(),
                               "object": c.obj.to_json(), "role": c.role, "features": c.features,
                               "sentence": c.sent.text.strip()[:300]})
        if veto:
            first = {}
            for r in found:
                first.setdefault((r.subject.name.casefold(), r.object.name.casefold()), r)
            for pair, features in rule_pair_candidates(ctx, found).items():
                kept[key].append({"doc": key, "relation": "holds_role", "subject": first[pair].subject.to_json(),
                                  "object": first[pair].object.to_json(), "role": first[pair].role, "features": features})
    return rules, cands, kept


def label(cands: dict[str, list[dict]], gold: list[dict], rules: dict[str, list[dict]] | None = None,
          neutral: bool | None = None) -> None:
    """Set `y` on each candidate: 1 when its pair matches a gold holds_role of its document that the rules did not
    already match (a second name for a pair the rules found would be scored a false positive); else 0. With
    `neutral` (default: NEUTRAL_LABELS), a candidate that matches only a gold relation the rules already matched, or
    an optional one, is None: left out of the fit and of the added precision, since the evaluation counts such a pair
    as a duplicate or optional, neither right nor wrong (R10: a body one level off in a chain of bodies, "a division
    chief in Y's Z Bureau" with gold [Z Bureau, Y], was a negative when the rules had found the other level and a
    positive when they had not)."""
    neutral = NEUTRAL_LABELS if neutral is None else neutral
    by_doc = {g["doc"]: [r for r in g["relations"] if r["relation"] == "holds_role"] for g in gold}
    optional = {g["doc"]: [r for r in g.get("optional", []) if r["relation"] == "holds_role"] for g in gold}

    def matches(c: dict, g: dict) -> bool:
        names = [c["subject"]["name"], *(c["subject"].get("aliases") or [])]
        return (any(names_match(n, s) for n in names for s in g["subject"])
                and (g["object"] == "*" or any(names_match(c["object"]["name"], o) for o in g["object"])))

    for doc, items in cands.items():
        golds = by_doc.get(doc, [])
        found = [g for g in golds if any(matches(r, g) for r in (rules or {}).get(doc, []))]
        open_golds = [g for g in golds if g not in found]
        others = found + optional.get(doc, []) if neutral else []
        for c in items:
            c["y"] = 1 if any(matches(c, g) for g in open_golds) else None if any(matches(c, g) for g in others) else 0


def fit(items: list[dict], l2: float = L2) -> dict[str, float]:
    """L2-regularised logistic regression on binary features (full-batch Adam): feature -> weight. An item's
    `weight` (training_sets.weigh; default 1) counts it that many times: loss and L2 penalty are divided by the total
    weight, so an item of weight 2 is the item twice (and weighing every item 3 times is L2 / 3). Items labelled None
    (neutral in the evaluation: `label`) are left out."""
    items = [c for c in items if c["y"] is not None]
    vocab: dict[str, int] = {}
    rows, cols = [], []
    for i, c in enumerate(items):
        for f in set(c["features"]):
            rows.append(i)
            cols.append(vocab.setdefault(f, len(vocab)))
    if not items:
        return {}
    r, k = np.array(rows), np.array(cols)
    y = np.array([c["y"] for c in items], dtype=float)
    sw = np.array([c.get("weight", 1.0) for c in items], dtype=float)
    total = sw.sum()
    w = np.zeros(len(vocab))
    m, v = np.zeros_like(w), np.zeros_like(w)
    for t in range(1, STEPS + 1):
        z = np.bincount(r, weights=w[k], minlength=len(items))
        p = 1.0 / (1.0 + np.exp(-np.clip(z, -30, 30)))
        grad = np.bincount(k, weights=((p - y) * sw)[r], minlength=len(vocab)) / total + l2 * w / total
        m = 0.9 * m + 0.1 * grad
        v = 0.999 * v + 0.001 * grad * grad
        w -= 0.1 * (m / (1 - 0.9 ** t)) / (np.sqrt(v / (1 - 0.999 ** t)) + 1e-8)
    return {f: float(w[j]) for f, j in vocab.items() if abs(w[j]) >= 1e-3}


def prob(weights: dict[str, float], features: list[str]) -> float:
    z = sum(weights.get(f, 0.0) for f in set(features))
    return 1.0 / (1.0 + np.exp(-max(min(z, 30.0), -30.0)))


def predictions(rules: dict, cands: dict, docs: list[str], probs: dict[int, float], threshold: float | None) -> list[dict]:
    """Rules' relations of `docs` plus, when `threshold` is given, the best candidate per pair at or above it."""
    preds = [r for d in docs for r in rules.get(d, [])]
    if threshold is None:
        return preds
    for d in docs:
        best: dict[tuple[str, str], dict] = {}
        for c in cands.get(d, []):
            p = probs[id(c)]
            key = (c["subject"]["name"].casefold(), c["object"]["name"].casefold())
            if p >= threshold and p > best.get(key, {"confidence": 0.0})["confidence"]:
                best[key] = {**c, "confidence": p}
        preds += best.values()
    return preds


def f1(preds: list[dict], gold: list[dict]) -> dict:
    s = score(preds, gold).to_json()["relations"].get("holds_role", {"f1": 0.0, "precision": 0.0, "recall": 0.0})
    return {k: s.get(k) for k in ("precision", "recall", "f1", "role_agreement")}


def out_of_fold(rules: dict, cands: dict, gold: list[dict], folds: dict[str, int], use: list[int], l2: float = L2) -> dict[int, float]:
    """Probability of each candidate of the folds in `use`, from a model fit on the other folds in `use`."""
    probs: dict[int, float] = {}
    for f in use:
        train = [c for d, items in cands.items() if folds.get(d) in use and folds.get(d) != f for c in items]
        weights = fit(train, l2)
        for d, items in cands.items():
            if folds.get(d) == f:
                probs.update({id(c): prob(weights, c["features"]) for c in items})
    return probs


def added_precision(cands: dict, docs: list[str], probs: dict[int, float], threshold: float) -> float:
    """Share of the pairs the scorer would add (best candidate per pair at or above `threshold`) that are positive."""
    added = right = 0
    for d in docs:
        best: dict[tuple[str, str], dict] = {}
        for c in cands.get(d, []):
            key = (c["subject"]["name"].casefold(), c["object"]["name"].casefold())
            p = probs[id(c)]
            if p >= threshold and (key not in best or p > probs[id(best[key])]):
                best[key] = c
        added += sum(c["y"] is not None for c in best.values())
        right += sum(c["y"] or 0 for c in best.values())
    return right / added if added else 1.0


def best_setting(rules: dict, cands: dict, gold: list[dict], folds: dict[str, int], use: list[int],
                 group: str | None = None) -> tuple[float, float]:
    """(L2 strength, threshold) with the best micro F1 (rules + learned, without the long lists) over the folds in
    `use` (of `group`'s documents only when given: 'train' or 'extra'), from out-of-fold probabilities, among
    thresholds at which at least MIN_ADDED_PRECISION of the added pairs are right on the prose releases (the long
    lists left out, as in the F1 it maximises). Without that floor the best F1 often sat at a low threshold that a
    few documents favoured, and the additions were mostly wrong on releases the model had not seen (seeds/, fold
    1's long list)."""
    docs = [d for d in cands if folds.get(d) in use and (group is None or sets.group_of(d) == group)]
    prose = [d for d in docs if not sets.is_long_list(d)]
    sub = [g for g in gold if g["doc"] in set(prose)]
    keys: list[tuple[float, float, float]] = []
    if SETTING:
        return SETTING  # --setting: the (L2, threshold) given, for every fold and the shipped model
    for l2 in L2_GRID:
        probs = out_of_fold(rules, cands, gold, folds, use, l2)
        allowed = [t for t in THRESHOLDS if added_precision(cands, prose, probs, t) >= MIN_ADDED_PRECISION] or [max(THRESHOLDS)]
        keys += [(f1(predictions(rules, cands, docs, probs, t), sub)["f1"], t, l2) for t in allowed]
    return choose(keys, PLATEAU)


def choose(keys: list[tuple[float, float, float]], plateau: float = 0.0) -> tuple[float, float]:
    """(L2, threshold) of the (F1, threshold, L2) with the best F1 (ties: the higher threshold, then the stronger L2);
    with `plateau`, the highest threshold whose F1 is within `plateau` of the best (precision first: a threshold a
    pair or two of the inner CV favours is no better), with its best F1 and L2."""
    top = max(keys)
    if plateau:
        top = max((k for k in keys if k[0] >= top[0] - plateau), key=lambda k: (k[1], k[0], k[2]))
    return top[2], top[1]


VETO_GRID = (0.0, 0.05, 0.1, 0.15, 0.2, 0.3, 0.4, 0.5)  # 0.0: no rule pair is dropped


def best_low(rules: dict, cands: dict, kept: dict, gold: list[dict], folds: dict[str, int], use: list[int],
             adds: tuple[float, float]) -> tuple[float, float]:
    """(L2, low) of the veto scorer with the best micro F1 of rules - vetoed + added (the add scorer at `adds`) over
    the folds in `use` without the long lists, from out-of-fold probabilities of both; ties keep fewer vetoes."""
    docs = [d for d in cands if folds.get(d) in use and not sets.is_long_list(d)]
    sub = [g for g in gold if g["doc"] in set(docs)]
    add_probs = out_of_fold(rules, cands, gold, folds, use, adds[0])
    best: tuple[tuple[float, float], float, float] | None = None
    for l2 in L2_GRID:
        probs = out_of_fold(rules, kept, gold, folds, use, l2)
        for low in VETO_GRID:
            added = predictions({}, cands, docs, add_probs, adds[1])
            key = (f1(vetoed(rules, kept, docs, probs, low) + added, sub)["f1"], -low)
            if best is None or key > best[0]:
                best = (key, l2, low)
    assert best is not None
    return best[1], best[2]


def cross_validate(rules: dict, cands: dict, gold: list[dict], folds: dict[str, int], kept: dict | None = None) -> dict:
    """Outer CV: per fold, models and thresholds from the other folds (of every corpus). Arms: the rules alone;
    rules + learned pairs with the setting chosen on all documents ('added') or on the fold's group's own
    ('added_per_group'); with `kept`, 'added+veto' also drops the rule pairs the veto scorer puts under its low."""
    present = sorted(set(folds.values()))
    oof: dict[int, float] = {}
    oof_veto: dict[int, float] = {}
    settings: dict[int, dict] = {}
    group_oof: dict[str, dict[int, float]] = {g: {} for g in sets.GROUPS}
    for f in present:
        rest = [g for g in present if g != f]
        l2, t = best_setting(rules, cands, gold, folds, rest) if len(rest) > 1 else (L2, 0.5)
        settings[f] = {"l2": l2, "threshold": t}
        weights = fit([c for d, items in cands.items() if folds[d] != f for c in items], l2)
        oof.update({id(c): prob(weights, c["features"]) for d, items in cands.items() if folds[d] == f for c in items})
        for group in sets.GROUPS:
            if not any(sets.group_of(d) == group for d in cands) or len(rest) < 2:
                continue
            gl2, gt = best_setting(rules, cands, gold, folds, rest, group)
            settings[f][group] = {"l2": gl2, "threshold": gt}
            w = weights if gl2 == l2 else fit([c for d, items in cands.items() if folds[d] != f for c in items], gl2)
            group_oof[group].update({id(c): prob(w, c["features"]) for d, items in cands.items()
                                     if folds[d] == f and sets.group_of(d) == group for c in items})
        if kept is not None and len(rest) > 1:
            vl2, low = best_low(rules, cands, kept, gold, folds, rest, (l2, t))
            settings[f]["veto"] = {"l2": vl2, "low": low}
            vw = fit([c for d, items in kept.items() if folds[d] != f for c in items], vl2)
            oof_veto.update({id(c): prob(vw, c["features"]) for d, items in kept.items() if folds[d] == f for c in items})
    arms: dict[str, dict[str, list[dict]]] = {"rules": {d: list(rules.get(d, [])) for d in cands}, "added": {}, "added_per_group": {}}
    for d in cands:
        s = settings[folds[d]]
        arms["added"][d] = predictions(rules, cands, [d], oof, s["threshold"])
        g = s.get(sets.group_of(d))
        arms["added_per_group"][d] = predictions(rules, cands, [d], group_oof[sets.group_of(d)], g["threshold"]) if g else arms["added"][d]
    if kept is not None:
        arms["added+veto"] = {d: vetoed(rules, kept, [d], oof_veto, settings[folds[d]].get("veto", {}).get("low", 0.0))
                              + predictions({}, cands, [d], oof, settings[folds[d]]["threshold"]) for d in cands}
    return {"settings": settings, "groups": sets.report_groups(arms, gold, folds, f1)}


def print_cv(cv: dict) -> None:
    print("settings per fold:", json.dumps(cv["settings"]))
    sets.print_groups(cv["groups"], 16)


def drop_cues(cands: dict[str, list[dict]], prefixes: tuple[str, ...]) -> int:
    """Remove from every candidate the features starting with one of `prefixes` (a cue family such as `d:tnames`,
    `c:`), so one cached featurisation measures the candidates with and without a family; returns how many went."""
    if not prefixes:
        return 0
    dropped = 0
    for items in cands.values():
        for c in items:
            kept = [f for f in c["features"] if not f.startswith(prefixes)]
            dropped += len(c["features"]) - len(kept)
            c["features"] = kept
    return dropped


def load_corpora(args: argparse.Namespace, veto: bool = False) -> tuple[dict, dict, dict, list[dict]]:
    """Rules, candidates, rule-pair candidates and gold of the chosen corpora, keyed `corpus/file`. `--docs` or
    `--gold` names one folder that stands in for train/ (same folds as train's). `--features DIR` caches each
    corpus's featurisation as DIR/<corpus>.json (delete it after a rule change)."""
    corpora, extra_gold = sets.chosen_corpora(args.docs, args.gold, args.corpora)

    def parse(corpus: sets.Corpus) -> dict[str, dict]:
        r, c, k = featurise(corpus.docs, corpus.name + "/", veto)
        return {"rules": r, "cands": c, "kept": k}

    data = sets.featurised(corpora, args.features, parse, ".veto" if veto else "")
    rules, cands, kept = data.get("rules", {}), data.get("cands", {}), data.get("kept", {})
    return rules, cands, kept, sets.gold_of(corpora, extra_gold, cands)


def main(argv: list[str] | None = None) -> int:
    global NEUTRAL_LABELS, MIN_ADDED_PRECISION, PLATEAU, SETTING
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--corpora", help="comma-separated corpora (train, blind, blind/study, synthetic, synthetic/NAME, "
                                      "extra = all but train; default: all present)")
    ap.add_argument("--gold", type=Path, action="append", help="gold file(s) of --docs (one folder in train's place)")
    ap.add_argument("--docs", type=Path, help="one folder of releases in train's place (default: the --corpora)")
    ap.add_argument("--model", type=Path, default=ROOT / "graphbuild" / "data" / "roles_model.json")
    ap.add_argument("--cv-only", action="store_true", help="print the CV figures, do not write the model")
    ap.add_argument("--no-cv", action="store_true", help="fit and write the model without cross-validation (threshold 0.5)")
    ap.add_argument("--veto", action="store_true", help="also cross-validate a scorer that drops rule pairs (the 'added+veto' arm)")
    ap.add_argument("--features", type=Path, help="folder caching each corpus's featurisation (read if present, else written)")
    ap.add_argument("--json", type=Path, help="write the CV figures here")
    ap.add_argument("--fold-models", type=Path, help="write fold_K.json (fit without fold K) here for extraction_cv.py, then stop")
    ap.add_argument("--drop-cues", default="", metavar="PREFIXES",
                    help="comma-separated feature prefixes left out of every candidate (a cue family's A/B on one --features cache)")
    ap.add_argument("--apply", action="store_true", help="score the shipped model (--model) on --gold/--docs: rules alone vs rules + learned")
    ap.add_argument("--weigh", metavar="CORPUS=W,...", help="weigh the candidates of a corpus (name or prefix, e.g. real=2) "
                                                           "W times in the fit")
    ap.add_argument("--neutral", action="store_true", help="leave the candidates the evaluation counts as duplicates or "
                                                             "optional out of the fit (R10's labels)")
    ap.add_argument("--min-precision", type=float, default=MIN_ADDED_PRECISION,
                    help=f"floor on the added pairs' precision in the inner CV (default {MIN_ADDED_PRECISION})")
    ap.add_argument("--plateau", type=float, default=PLATEAU,
                    help="take the highest threshold whose inner-CV F1 is within this of the best (default: the best)")
    ap.add_argument("--setting", metavar="L2,THRESHOLD",
                    help="fit every fold model and the shipped model with this L2 and threshold instead of choosing them by "
                         "the inner CV (e.g. 1,0.65: the weights follow the rules, the setting stays)")
    args = ap.parse_args(argv)
    PLATEAU = args.plateau
    if args.setting:
        l2_text, _, t_text = args.setting.partition(",")
        SETTING = (float(l2_text), float(t_text))
    NEUTRAL_LABELS, MIN_ADDED_PRECISION = args.neutral or NEUTRAL_LABELS, args.min_precision
    rules, cands, kept, gold = load_corpora(args, args.veto)
    if args.weigh:
        weights = sets.weights_of(args.weigh, sets.chosen_corpora(args.docs, args.gold, args.corpora)[0])
        print(f"--weigh: {sets.weigh(cands, weights) + sets.weigh(kept, weights)} candidates weighted ({weights})")
    prefixes = tuple(p.strip() for p in args.drop_cues.split(",") if p.strip())
    if prefixes:
        print(f"--drop-cues: {drop_cues(cands, prefixes)} features starting with {', '.join(prefixes)} left out")
    label(cands, gold, rules)
    if args.apply:
        from graphbuild.extract.roles_learned import read_model

        model = read_model(args.model)
        probs = {id(c): model.probability(c["features"]) for items in cands.values() for c in items}
        docs = list(cands)
        for name, t in (("rules", None), ("rules+learned", model.threshold)):
            s = f1(predictions(rules, cands, docs, probs, t), gold)
            print(f"{name}: holds_role P {s['precision']:.3f} R {s['recall']:.3f} F1 {s['f1']:.3f} role {s.get('role_agreement')}")
        return 0
    folds = sets.folds_of(list(cands))
    if args.fold_models:
        write_fold_models(rules, cands, gold, folds, args.fold_models)
        return 0
    n = sum(len(v) for v in cands.values())
    print(f"{len(cands)} documents, {n} candidates, {sum(c['y'] or 0 for v in cands.values() for c in v)} positive, "
          f"{sum(c['y'] is None for v in cands.values() for c in v)} neutral")
    l2, threshold = SETTING or (L2, 0.5)
    if not args.no_cv:
        if args.veto:
            label(kept, gold)
        cv = cross_validate(rules, cands, gold, folds, kept if args.veto else None)
        print_cv(cv)
        if args.json:
            args.json.write_text(json.dumps(cv, indent=1, default=str), encoding="utf-8")
        if args.cv_only:
            return 0
        present = sorted(set(folds.values()))
        l2, threshold = best_setting(rules, cands, gold, folds, present) if len(present) > 1 else (L2, 0.5)
    weights = fit([c for items in cands.values() for c in items], l2)
    corpora = sorted({sets.corpus_of(d) for d in cands})
    weighed = f", weighed {args.weigh}" if args.weigh else ""
    flags = (f" --weigh {args.weigh}" if args.weigh else "") + (f" --setting {args.setting}" if args.setting else "")
    kept_n = write_model(args.model, weights, threshold, f"{', '.join(corpora)}: {len(cands)} documents, {n} candidates, L2 {l2}{weighed}",
                         "python benchmarks/train_roles.py" + flags)
    print(f"wrote {args.model} ({kept_n} weights, threshold {threshold}, L2 {l2})")
    return 0


def write_model(path: Path, weights: dict[str, float], threshold: float, trained_on: str,
                command: str = "python benchmarks/train_roles.py") -> int:
    """The JSON roles_learned.read_model reads; weights rounded, those under PRUNE dropped (a small file; a weight
    under 0.01 moves a probability by less than a quarter of a percentage point)."""
    kept = {f: round(w, 3) for f, w in sorted(weights.items()) if abs(w) >= PRUNE}
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps({"threshold": threshold, "trained_on": trained_on, "command": command,
                                "weights": kept}, indent=0, ensure_ascii=True) + "\n", encoding="utf-8")
    return len(kept)


def write_fold_models(rules: dict, cands: dict, gold: list[dict], folds: dict[str, int], out: Path) -> list[Path]:
    """fold_K.json for each fold K: weights fit on the other folds, threshold by an inner CV over them, so that
    extraction_cv.py can build fold K with a model that never saw it."""
    paths = []
    present = sorted(set(folds.values()))
    for f in present:
        rest = [g for g in present if g != f]
        l2, threshold = best_setting(rules, cands, gold, folds, rest) if len(rest) > 1 else (L2, 0.5)
        train = [c for d, items in cands.items() if folds[d] != f for c in items]
        path = out / f"fold_{f}.json"
        write_model(path, fit(train, l2), threshold, f"folds {rest}: {len(train)} candidates, L2 {l2}")
        paths.append(path)
        print(f"wrote {path} (threshold {threshold})")
    return paths


if __name__ == "__main__":
    raise SystemExit(main())
