"""Fit the learned designation scorer (designations_learned.v1) on several gold corpora, with an honest cross-validation.

    python benchmarks/train_designations.py                 # CV figures, then graphbuild/data/designations_model.json
    python benchmarks/train_designations.py --cv-only       # CV figures only (every arm)
    python benchmarks/train_designations.py --arm reject    # write the model that also rejects rule designees
    python benchmarks/train_designations.py --corpora train # train/ alone (or blind, synthetic, extra, blind/study, ...)
    python benchmarks/train_designations.py --apply --gold G.jsonl --docs DIR   # the model at --model on other releases

Each release is parsed once; the rules (designations.v1) run, then every entity of the release
(graphbuild/extract/designations_doc.py) is featurised and labelled positive when it matches a required gold
designated_by of its release by the evaluation's name matching (a match with an optional one is left out of the
fit). The corpora, document keys (`corpus/file`) and folds are those of benchmarks/training_sets.py (train keeps
its 5 fixed folds; the other corpora are spread over the same five). CV: for each fold the model and its settings
are chosen on the other four (inner CV), then the fold is predicted; figures for train's releases and the extra
ones separately. Arms:

- `union`: today's scorer, blind to the rules; it adds entities the rules did not designate from the lowest
  threshold at which it is right 0.9 of the time alone;
- `union_r`: the same with the rule features (designations_learned.rule_cues);
- `reject`: with the rule features; a rule designee under `low` is dropped, another entity from `high` is added
  ((low, high) chosen by the inner CV among settings no less precise than the rules there: of those within PLATEAU
  of the best F1, the lowest low; F1 and precision being the mean of train's and the extra documents' micro figures);
- `reject_only`: as `reject`, adding nothing;
- `reject_union`: as `reject`, with `high` chosen as in `union_r` (the scorer alone right 0.9 of the time).

Every arm runs under the extractor's guards (designations_learned.ACTIVE_VETOES: the rules' vetoes of additions;
kept_by_rules: rule designees never dropped, junk ones excepted), as a build would; `--vetoes` / `--protect` /
`--no-junk` change them to measure.

The model written for `--arm` is fit on every release, with the median of the outer folds' settings (L2, low, high):
one inner CV over all folds picked low 0.7 where the folds picked 0.2-0.5, and dropped good designees on dev and
seeds/. With --no-cv, that one inner CV's choice.
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

import training_sets as sets  # noqa: E402
from train_roles import L2_GRID, THRESHOLDS, fit, parsed_windows, prob, write_model  # noqa: E402

from graphbuild.evaluate import names_match, score  # noqa: E402
from graphbuild.extract.designations_learned import ACTIVE_VETOES, FOREIGN_READ, PLACE_LABELS, PROTECT_FROM, junk_designee, kept_by_rules  # noqa: E402
from graphbuild.nlp.gazetteers import load_gazetteers  # noqa: E402

MODEL = ROOT / "graphbuild" / "data" / "designations_model.json"
MIN_PRECISION = 0.9  # of the scorer alone, out of fold
LOW_GRID = (0.0, 0.05, 0.1, 0.15, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8)  # 0.0: no rule designee is dropped
HIGH_GRID = (*THRESHOLDS, 1.01)  # 1.01: nothing is added
PLATEAU = 0.002  # mean F1 within which two settings count as equal (about 8 relations of the inner folds)
ARMS = ("rules", "union", "union_r", "reject", "reject_only", "reject_union")


def featurise(docs_dir: Path, prefix: str = "") -> tuple[dict[str, list[dict]], dict[str, list[dict]]]:
    """Per release key: the rules' designated_by relations and every entity as a candidate (with its features, the
    rules' cues on it in `rule_features`, and the relation it would add)."""
    from graphbuild.extract.common import ref, relation
    from graphbuild.extract.context import context_of
    from graphbuild.extract.designations import extract_designations
    from graphbuild.extract.designations_doc import doc_candidates
    from graphbuild.extract.designations_learned import authority_for, foreign_only, home_authority_for, mention_labels, rule_cues

    rules: dict[str, list[dict]] = {}
    cands: dict[str, list[dict]] = {}
    for key, sd in parsed_windows(docs_dir, prefix):
        rules.setdefault(key, [])
        cands.setdefault(key, [])
        found = [r for r in extract_designations(sd) if r.relation == "designated_by"]
        by_name: dict[str, list] = {}
        for r in found:
            r.doc = key
            rules[key].append(r.to_json())
            by_name.setdefault(r.subject.name.casefold(), []).append(r)
        ctx = context_of(sd)
        labels = mention_labels(ctx)
        for c in doc_candidates(ctx, found, everyone=True):
            given = by_name.get(c.cluster.name.casefold(), [])
            foreign = foreign_only(ctx, c.cluster, given)  # only other governments' designations: the scorer may add the release's body
            authority = home_authority_for(ctx, c, given) if foreign else authority_for(ctx, c)
            if authority is None and not given:
                continue
            obj = ref(authority) if authority is not None else given[0].object
            rel = relation("designated_by", ref(c.cluster), obj, c.sent, "designations_learned.v1", 0.0)
            rel.doc = key
            cands[key].append({**rel.to_json(), "features": c.features, "by_rules": bool(given),
                               "foreign_only": foreign and authority is not None,
                               "rule_features": rule_cues(c.cluster.type, given), "vetoes": c.vetoes,
                               "labels": sorted(labels.get(c.cluster.index, set()))})
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


#: The vetoes of additions and the rule confidence from which a rule designee is never dropped, as the extractor
#: applies them (designations_learned.ACTIVE_VETOES / PROTECT_FROM); --vetoes / --protect change them to measure.
GUARDS = {"vetoes": frozenset(ACTIVE_VETOES), "protect": PROTECT_FROM, "junk": True}


def _protected(c: dict, given: list[dict]) -> bool:
    """A rule designee the extractor never drops (designations_learned.kept_by_rules, at GUARDS['protect']):
    `given` holds the rules' relations of its release."""
    name = c["subject"]["name"].casefold()
    mine = [r for r in given if r["subject"]["name"].casefold() == name]
    gaz = load_gazetteers()
    junk = GUARDS["junk"] and junk_designee(c["subject"]["name"], c["subject"]["type"], set(c.get("labels", [])), c["features"], gaz)
    return kept_by_rules([r["confidence"] for r in mine], [r["object"]["name"] for r in mine], gaz, GUARDS["protect"], junk=junk)


def _junk_at_any_score(c: dict) -> bool:
    """A rule designee the extractor drops whatever its score (designations_learned.scored_designations): junk by the
    tests that need no country lookup, or by countrynames for a name the model once tagged a place."""
    if not GUARDS["junk"]:
        return False
    labels = set(c.get("labels", []))
    return junk_designee(c["subject"]["name"], c["subject"]["type"], labels, c["features"], load_gazetteers(),
                         lookup=bool(labels & PLACE_LABELS))


def predictions(rules: dict, cands: dict, docs: list[str], probs: dict[int, float], threshold: float | None,
                low: float = 0.0, foreign: bool = False) -> list[dict]:
    """The rules' relations of `docs` less those of (unprotected) rule designees scored under `low`, plus the other
    entities scored from `threshold` (None: none) that no active veto stops; with `foreign` (a model that weighs the
    rules' designees, as designations_learned.scored_designations) also the release's own body for a rule designee the
    rules gave only to other governments (`foreign_only`)."""
    preds = []
    for d in docs:
        drop = {c["subject"]["name"].casefold() for c in cands.get(d, [])
                if c["by_rules"] and (probs[id(c)] < low and not _protected(c, rules.get(d, [])) or _junk_at_any_score(c))}
        preds += [r for r in rules.get(d, []) if r["subject"]["name"].casefold() not in drop]
        if threshold is not None:
            preds += [{**c, "confidence": probs[id(c)]} for c in cands.get(d, []) if probs[id(c)] >= threshold and (
                not c["by_rules"] and not GUARDS["vetoes"].intersection(c.get("vetoes", []))
                or foreign and c.get("foreign_only") and not (GUARDS["vetoes"] - FOREIGN_READ).intersection(c.get("vetoes", [])))]
    return preds


def f1(preds: list[dict], gold: list[dict]) -> dict:
    s = score(preds, gold).to_json()["relations"].get("designated_by", {"f1": 0.0, "precision": 0.0, "recall": 0.0})
    return {k: s.get(k) for k in ("precision", "recall", "f1")}


def with_rule_features(cands: dict) -> dict:
    """The candidates again, their features including the rules' cues (the `_r` and reject arms)."""
    return {d: [{**c, "features": [*c["features"], *c["rule_features"]]} for c in items] for d, items in cands.items()}


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


def _log_loss(cands: dict, docs: list[str], probs: dict[int, float]) -> float:
    items = [c for d in docs for c in cands[d] if c["y"] is not None]
    return -sum(math.log(max(1e-9, probs[id(c)] if c["y"] else 1 - probs[id(c)])) for c in items) / max(1, len(items))


def best_setting(rules: dict, cands: dict, gold: list[dict], folds: dict[str, int], use: list[int],
                 arm: str = "union") -> tuple[float, float, float]:
    """(L2, low, high) for `arm` from the folds in `use` (without the long lists). The L2 is the one whose
    out-of-fold log-loss is lowest. `union`: high = the lowest threshold at which the scorer ALONE is right
    MIN_PRECISION of the time (the rules are fitted to train/, so what the scorer adds to them there says little;
    its own precision says how far to trust it on releases the rules were not written for), low = 0. `reject`:
    (low, high) from the plateau of the best micro F1 among those at least as precise as the rules alone
    (`plateau_choice`: within PLATEAU of the best, the fewest changes); `reject_only` the same with nothing added."""
    docs = [d for d in cands if folds[d] in use and not sets.is_long_list(d)]
    best: tuple[float, float, dict[int, float]] | None = None
    for l2 in L2_GRID:
        probs = out_of_fold(cands, folds, use, l2)
        loss = _log_loss(cands, docs, probs)
        if best is None or loss < best[0]:
            best = (loss, l2, probs)
    assert best is not None
    _, l2, probs = best
    ok = [t for t in THRESHOLDS if alone_precision(cands, docs, probs, t)[0] >= MIN_PRECISION]
    if arm in ("union", "union_r"):
        return l2, 0.0, min(ok) if ok else 1.01
    groups = [[d for d in docs if sets.group_of(d) == g] for g in sets.GROUPS]
    groups = [(ds, [g for g in gold if g["doc"] in set(ds)]) for ds in groups if ds]

    def both(threshold: float | None, low: float) -> tuple[float, float]:
        """Mean over the groups (train, extra) of micro precision and F1: neither group outweighs the other."""
        scores = [f1(predictions(rules, cands, ds, probs, threshold, low, arm.startswith("reject")), sub) for ds, sub in groups]
        return (sum(s["precision"] or 0.0 for s in scores) / len(scores), sum(s["f1"] for s in scores) / len(scores))

    floor = both(None, 0.0)[0]
    highs = (1.01,) if arm == "reject_only" else (min(ok) if ok else 1.01,) if arm == "reject_union" else HIGH_GRID
    ranked = []
    for low in LOW_GRID:
        for high in highs:
            precision, mean_f1 = both(high, low)
            ranked.append((precision >= floor - 1e-9, mean_f1, -low, high, low))
    return (l2, *plateau_choice(ranked))


def plateau_choice(ranked: list[tuple[bool, float, float, float, float]]) -> tuple[float, float]:
    """(low, high) from (precise enough, mean F1, -low, high, low) rows: among the settings at least as precise as the
    rules whose F1 is within PLATEAU of the best, the lowest `low` (fewest rule designees dropped), then the best F1,
    then the highest `high` (fewest additions). The best F1 alone swung between refits (low 0.1 / 0.2 on the same
    corpora after a small rule change) where several settings were a relation or two apart."""
    precise = [r for r in ranked if r[0]] or ranked
    best = max(r[1] for r in precise)
    flat = [r for r in precise if r[1] >= best - PLATEAU]
    top = min(flat, key=lambda r: (r[4], -r[1], -r[3]))
    return top[4], top[3]


def cross_validate(rules: dict, cands: dict, gold: list[dict], folds: dict[str, int], arms: tuple[str, ...] = ARMS) -> dict:
    """Each arm out of fold: per fold, its settings from the other folds (of every corpus), its model fit on them."""
    present = sorted(set(folds.values()))
    ruled = with_rule_features(cands)
    out_preds: dict[str, dict[str, list[dict]]] = {"rules": {d: list(rules.get(d, [])) for d in cands}}
    settings: dict[str, dict[int, dict]] = {}
    for arm in arms:
        if arm == "rules":
            continue
        pool = cands if arm == "union" else ruled
        out_preds[arm], settings[arm] = {}, {}
        for f in present:
            rest = [g for g in present if g != f]
            l2, low, high = best_setting(rules, pool, gold, folds, rest, arm)
            settings[arm][f] = {"l2": l2, "low": low, "high": high}
            weights = fit(_fit_items(pool, {d for d in pool if folds[d] != f}), l2)
            docs = [d for d in pool if folds[d] == f]
            probs = {id(c): prob(weights, c["features"]) for d in docs for c in pool[d]}
            for d in docs:
                out_preds[arm][d] = predictions(rules, pool, [d], probs, high, low, arm.startswith("reject"))
    return {"settings": settings, "groups": sets.report_groups(out_preds, gold, folds, f1)}


def print_cv(cv: dict) -> None:
    for arm, per in cv["settings"].items():
        print(f"settings {arm}: " + " ".join(f"{f}:{s['l2']}/{s['low']}/{s['high']}" for f, s in per.items()) + "  (fold:L2/low/high)")
    sets.print_groups(cv["groups"], 12)


def load_corpora(args: argparse.Namespace) -> tuple[dict, dict, list[dict]]:
    """Rules, candidates and gold of the chosen corpora, keyed `corpus/file`; `--docs`/`--gold` name one folder in
    train's place. `--features DIR` caches each corpus's featurisation as DIR/<corpus>.designations.json (the role
    trainer's DIR/<corpus>.json has other fields; delete after a rule change)."""
    corpora, extra_gold = sets.chosen_corpora(args.docs, args.gold, args.corpora)

    def parse(corpus: sets.Corpus) -> dict[str, dict]:
        r, c = featurise(corpus.docs, corpus.name + "/")
        return {"rules": r, "cands": c}

    data = sets.featurised(corpora, args.features, parse, ".designations")
    rules, cands = data.get("rules", {}), data.get("cands", {})
    return rules, cands, sets.gold_of(corpora, extra_gold, cands)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--corpora", help="comma-separated corpora (train, blind, blind/study, synthetic, synthetic/NAME, "
                                      "extra = all but train; default: all present)")
    ap.add_argument("--gold", type=Path, action="append", help="gold file(s) of --docs (one folder in train's place)")
    ap.add_argument("--docs", type=Path, help="one folder of releases in train's place (default: the --corpora)")
    ap.add_argument("--model", type=Path, default=MODEL)
    ap.add_argument("--arm", choices=ARMS[1:], default="union", help="the arm whose model is written (default: union)")
    ap.add_argument("--cv-only", action="store_true")
    ap.add_argument("--arms", help="comma-separated arms to cross-validate (default: all with --cv-only, else rules and --arm)")
    ap.add_argument("--no-cv", action="store_true", help="write the model without printing the CV of every arm")
    ap.add_argument("--features", type=Path, help="folder caching each corpus's featurisation (read if present, else written)")
    ap.add_argument("--json", type=Path, help="write the CV figures here")
    ap.add_argument("--apply", action="store_true", help="score the model at --model on --gold/--docs: rules vs rules + learned")
    ap.add_argument("--vetoes", help="comma-separated vetoes of additions to apply (default: the extractor's; 'none')")
    ap.add_argument("--protect", type=float, help="rule confidence from which a rule designee is never dropped "
                                                  f"(default {PROTECT_FROM}; 9: none protected)")
    ap.add_argument("--no-junk", action="store_true", help="protect junk rule designees too (places, lower-case words: "
                                                             "designations_learned.junk_designee)")
    ap.add_argument("--weigh", metavar="CORPUS=W,...", help="weigh the candidates of a corpus (name or prefix, e.g. real=2) "
                                                           "W times in the fit")
    args = ap.parse_args(argv)
    GUARDS["junk"] = not args.no_junk
    if args.vetoes is not None:
        GUARDS["vetoes"] = frozenset(v.strip() for v in args.vetoes.split(",") if v.strip() and v.strip() != "none")
    if args.protect is not None:
        GUARDS["protect"] = args.protect
    print(f"guards: vetoes {','.join(sorted(GUARDS['vetoes'])) or 'none'}; rule designees from confidence {GUARDS['protect']} kept"
          f"{' (junk ones too)' if not GUARDS['junk'] else ' (not junk ones)'}")
    rules, cands, gold = load_corpora(args)
    if args.weigh:
        weights = sets.weights_of(args.weigh, sets.chosen_corpora(args.docs, args.gold, args.corpora)[0])
        print(f"--weigh: {sets.weigh(cands, weights)} candidates weighted ({weights})")
    label(cands, gold)
    docs = list(cands)
    if args.apply:
        from graphbuild.extract.designations_learned import read_model

        model = read_model(args.model)
        pool = cands if model.reject_below is None else with_rule_features(cands)
        probs = {id(c): model.probability(c["features"]) for items in pool.values() for c in items}
        for name, t, low in (("rules", None, 0.0), ("rules+learned", model.threshold, model.reject_below or 0.0)):
            s = f1(predictions(rules, pool, docs, probs, t, low, name != "rules" and model.reject_below is not None), gold)
            print(f"{name}: designated_by P {s['precision']:.3f} R {s['recall']:.3f} F1 {s['f1']:.3f}")
        return 0
    folds = sets.folds_of(docs)
    n = sum(len(v) for v in cands.values())
    print(f"{len(cands)} documents, {n} candidates, {sum(c['y'] or 0 for v in cands.values() for c in v)} positive")
    cv: dict = {}
    if not args.no_cv:
        arms = args.arms or (",".join(ARMS) if args.cv_only else f"rules,{args.arm}")
        cv = cross_validate(rules, cands, gold, folds, tuple(a for a in arms.split(",") if a))
        print_cv(cv)
        if args.json:
            args.json.write_text(json.dumps(cv, indent=1, default=str), encoding="utf-8")
    if args.cv_only:
        return 0
    pool = cands if args.arm == "union" else with_rule_features(cands)
    per_fold = cv.get("settings", {}).get(args.arm)
    if per_fold:  # the median of the folds' inner-CV choices: one choice over all folds swung (low 0.2-0.7)
        l2, low, high = (statistics.median(s[k] for s in per_fold.values()) for k in ("l2", "low", "high"))
    else:
        l2, low, high = best_setting(rules, pool, gold, folds, sorted(set(folds.values())), args.arm)
    corpora = sorted({sets.corpus_of(d) for d in docs})
    kept = write_model(args.model, fit(_fit_items(pool, set(docs)), l2), high,
                       f"{', '.join(corpora)}: {len(docs)} documents, {n} candidates, L2 {l2}, arm {args.arm}")
    data = json.loads(args.model.read_text(encoding="utf-8"))
    data["command"] = ("python benchmarks/train_designations.py" + (f" --arm {args.arm}" if args.arm != "union" else "")
                       + (" --no-junk" if args.no_junk else "") + (f" --weigh {args.weigh}" if args.weigh else ""))
    if args.arm.startswith("reject"):
        data["reject_below"] = low
    args.model.write_text(json.dumps(data, indent=0, ensure_ascii=True) + "\n", encoding="utf-8")
    print(f"wrote {args.model} ({kept} weights, threshold {high}, reject_below {low if args.arm.startswith('reject') else None}, L2 {l2})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
