"""The refit bars of the learned role scorer in one run (docs/extraction.md, "Refit, twelfth/fourteenth session").

    python benchmarks/roles_refit_check.py --features DIR                       # rules, shipped model, refit procedure
    python benchmarks/roles_refit_check.py --features DIR --weigh train=4,real=4 --write-model OUT.json
    python benchmarks/roles_refit_check.py --features DIR --held-out synthetic/t26,synthetic/t27
    python benchmarks/roles_refit_check.py --features DIR --weigh train=4,real=4 --thresholds 0.5,0.6,0.65,0.7
    python benchmarks/roles_refit_check.py --features DIR --weigh train=4,real=4 --drop-cues d:ref,d:para   # without a cue family
    python benchmarks/roles_refit_check.py --features DIR --never-fit unread/f,unread/h,... --contrib 30    # CHECK half unfit; cues

On one featurisation (train_roles.py's `--features` cache; written when missing) it prints holds_role F1 (TP/FP/FN)
for three arms: the rules alone, the shipped model applied (in-sample on every corpus it was fit on), and the refit
procedure out of fold (five fold models at `--setting`, each fit on the other folds of every corpus). Groups: train
(mean over folds, micro, study folds 0-2, check folds 3+4; with and without the two long lists), the other real
releases (`real`), the invented ones (`extra`) and the `--held-out` corpora. Then the same setting fit on every
corpus but the held-out ones and scored on them: the fair comparison with a shipped model that never saw them.
`--thresholds` adds the out-of-fold arm at each threshold given, from the same fold models (seventeenth session, H3).
`--also-without CORPORA` adds the out-of-fold arm of fold models fit without those corpora (still scored on them): what
fitting on them brings, on the same folds (twenty-second session, F); with `--thresholds`, at each threshold too
(twenty-fourth session, L). `--drop-cues` leaves cue families out of every
candidate, as train_roles.py's does: a family's A/B on one featurisation (twenty-third session, T). `--never-fit CORPORA`
leaves corpora (the CHECK half of the readable sets) out of every fit, fold models and `--write-model` alike, and counts
them in a row of their own only, so `read` is the fitted-on half; `--contrib N` prints the cues the `--model` rates most
too low and too high on the read group's pairs (thirty-fourth session, SC).
Only counts are printed, never a document's text, so the check folds are measured without being read.
The readable score sets (`unread/X`, training_sets.READABLE) are a group of their own (`read`); every other
`benchmarks/blind/unread_*` is never among the corpora (training_sets.available's allow-list leaves it out).
"""
from __future__ import annotations

import argparse
import json
import statistics
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

import train_roles as tr  # noqa: E402
import training_sets as sets  # noqa: E402

from graphbuild.evaluate import score  # noqa: E402

HELD_OUT = "synthetic/t26,synthetic/t27,synthetic/t28,synthetic/t29"  # the newest invented sets at L5's refit


def counts(preds: list[dict], gold: list[dict]) -> dict:
    """holds_role TP/FP/FN, precision, recall and F1 of `preds` against `gold`."""
    s = score(preds, gold).to_json()["relations"].get("holds_role", {})
    return {k: s.get(k, 0) for k in ("tp", "fp", "fn", "precision", "recall", "f1")}


def fmt(c: dict) -> str:
    return f"{c['f1']:.3f} ({c['tp']}/{c['fp']}/{c['fn']})"


def group_rows(by_doc: dict[str, list[dict]], gold: list[dict], folds: dict[str, int], held: set[str],
               never: set[str] | frozenset[str] = frozenset()) -> dict[str, str]:
    """One arm's figures per group (document key -> predictions). The `never` corpora (fit on by no model: `--never-fit`)
    are counted in a row of their own and in no other."""
    gold_by: dict[str, list[dict]] = {}
    for g in gold:
        gold_by.setdefault(g["doc"], []).append(g)

    def sc(docs: list[str]) -> dict:
        return counts([p for d in docs for p in by_doc.get(d, [])], [g for d in docs for g in gold_by.get(d, [])])

    row: dict[str, str] = {}
    train = [d for d in folds if sets.group_of(d) == "train"]
    for tag, keep in (("train", train), ("train w/o long lists", [d for d in train if not sets.is_long_list(d)])):
        if not keep:
            continue
        per = [sc([d for d in keep if folds[d] == f])["f1"] for f in sorted({folds[d] for d in keep})]
        row[f"{tag}: mean over folds"] = f"{statistics.mean(per):.3f}"
        row[f"{tag}: micro"] = fmt(sc(keep))
        row[f"{tag}: study 0-2"] = fmt(sc([d for d in keep if folds[d] in (0, 1, 2)]))
        row[f"{tag}: check 3+4"] = fmt(sc([d for d in keep if folds[d] in (3, 4)]))
    fitted = [d for d in folds if sets.corpus_of(d) not in never]
    for group in ("real", sets.READ, "extra"):
        docs = [d for d in fitted if sets.group_of(d) == group]
        if docs:
            row[group] = fmt(sc(docs))
    docs = [d for d in fitted if sets.corpus_of(d) in held]
    if docs:
        row["held-out corpora"] = fmt(sc(docs))
    row["all groups: micro"] = fmt(sc(fitted))
    docs = [d for d in folds if sets.corpus_of(d) in never]
    if docs:
        row["never-fit corpora"] = fmt(sc(docs))
    return row


def added(rules: dict, cands: dict, probs: dict[int, float], threshold: float, docs: list[str]) -> dict[str, list[dict]]:
    return {d: tr.predictions(rules, cands, [d], probs, threshold) for d in docs}


def out_of_fold(cands: dict[str, list[dict]], folds: dict[str, int], l2: float, left_out: set[str] | frozenset[str] = frozenset()) -> dict[int, float]:
    """Each candidate's probability from the model fit on the other folds, of every corpus but `left_out` (whose
    documents are still scored): with and without a corpus in the fit, on the same folds, says what fitting on it
    brings (twenty-second session, F: the readable score sets)."""
    oof: dict[int, float] = {}
    for f in sorted(set(folds.values())):
        weights = tr.fit([c for d, v in cands.items() if folds[d] != f and sets.corpus_of(d) not in left_out for c in v], l2)
        oof.update({id(c): tr.prob(weights, c["features"]) for d, v in cands.items() if folds[d] == f for c in v})
    return oof


def contributions(cands: dict[str, list[dict]], docs: list[str], weights: dict[str, float], threshold: float) -> list[dict]:
    """Per cue, over the pairs of `docs` (the best candidate per person and body, as `train_roles.predictions` takes it):
    how far the model's probability falls short of the labels (`under`, the sum of y - p: positive where the weights
    rate the cue's pairs too low), how many pairs hold it (`n`), how many are true (`positive`), true and under the
    threshold (`lost`), and its weight; most underrated first. On pairs the model was never fit on, a cue far from 0
    is one whose weight does not carry over (thirty-fourth session, SC: why true candidates of unread text score low)."""
    under: dict[str, float] = {}
    n: dict[str, int] = {}
    pos: dict[str, int] = {}
    lost: dict[str, int] = {}
    for d in docs:
        best: dict[tuple[str, str], tuple[float, dict]] = {}
        for c in cands.get(d, []):
            if c.get("y") is None:
                continue
            p = tr.prob(weights, c["features"])
            key = (c["subject"]["name"].casefold(), c["object"]["name"].casefold())
            if key not in best or p > best[key][0]:
                best[key] = (p, c)
        for p, c in best.values():
            for f in set(c["features"]):
                under[f] = under.get(f, 0.0) + c["y"] - p
                n[f] = n.get(f, 0) + 1
                pos[f] = pos.get(f, 0) + c["y"]
                lost[f] = lost.get(f, 0) + (c["y"] == 1 and p < threshold)
    return [{"feature": f, "under": u, "n": n[f], "positive": pos[f], "lost": lost[f], "weight": weights.get(f, 0.0)}
            for f, u in sorted(under.items(), key=lambda kv: (-kv[1], kv[0]))]


def parse_thresholds(text: str | None) -> list[float]:
    """`--thresholds 0.5,0.6`: the thresholds, in order; none when the option is not given."""
    try:
        return [float(t) for t in (text or "").split(",") if t.strip()]
    except ValueError:
        raise SystemExit(f"--thresholds: {text!r} is not a comma-separated list of numbers") from None


def threshold_arms(rules: dict, cands: dict, oof: dict[int, float], thresholds: list[float], docs: list[str],
                   gold: list[dict], folds: dict[str, int], held: set[str], arm: str = "refit, out of fold",
                   never: set[str] | frozenset[str] = frozenset()) -> dict[str, dict[str, str]]:
    """The refit's out-of-fold figures at each of `thresholds` from one set of fold models: the threshold is chosen
    by out-of-fold F1 (the in-sample figures of a model favour the threshold it was fit at), in one run."""
    return {f"{arm}, threshold {t}": group_rows(added(rules, cands, oof, t, docs), gold, folds, held, never)
            for t in thresholds}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--features", type=Path, required=True, help="train_roles.py's featurisation cache (written when missing)")
    ap.add_argument("--corpora", help="as train_roles.py --corpora (default: every corpus present)")
    ap.add_argument("--setting", default="1,0.65", metavar="L2,THRESHOLD", help="the refit's setting (default: the shipped one)")
    ap.add_argument("--model", type=Path, default=ROOT / "graphbuild" / "data" / "roles_model.json", help="the model to compare with")
    ap.add_argument("--weigh", metavar="CORPUS=W,...", help="as train_roles.py --weigh (e.g. train=4,real=4)")
    ap.add_argument("--held-out", default=HELD_OUT, help=f"corpora fit without and scored on (default {HELD_OUT})")
    ap.add_argument("--write-model", type=Path, help="also write the refit on every corpus here")
    ap.add_argument("--thresholds", metavar="T,T,...", help="also print the refit out of fold at each of these thresholds "
                                                          "(the same fold models as --setting's L2)")
    ap.add_argument("--also-without", metavar="CORPORA", help="also the refit out of fold with these corpora (names or "
                                                              "prefixes, e.g. unread) left out of every fold's fit")
    ap.add_argument("--drop-cues", default="", metavar="PREFIXES",
                    help="as train_roles.py --drop-cues: feature prefixes left out of every candidate (a cue family's A/B on one cache)")
    ap.add_argument("--never-fit", default="", metavar="CORPORA",
                    help="corpora (names or prefixes) left out of every fit and counted only in their own row, never in "
                         "'read' or 'all groups' (the CHECK half of the readable sets)")
    ap.add_argument("--contrib", type=int, default=0, metavar="N",
                    help="also print the N cues the --model rates most too low and too high on the read group's pairs "
                         "(counts only; the --never-fit corpora left out)")
    ap.add_argument("--json", type=Path, help="write the figures here")
    args = ap.parse_args(argv)
    l2_text, _, t_text = args.setting.partition(",")
    l2, threshold = float(l2_text), float(t_text)
    held = {h.strip() for h in args.held_out.split(",") if h.strip()}
    ns = argparse.Namespace(docs=None, gold=None, corpora=args.corpora, features=args.features)
    rules, cands, _, gold = tr.load_corpora(ns)
    prefixes = tuple(p.strip() for p in args.drop_cues.split(",") if p.strip())
    if prefixes:
        print(f"--drop-cues: {tr.drop_cues(cands, prefixes)} features starting with {', '.join(prefixes)} left out")
    if args.weigh:
        sets.weigh(cands, sets.weights_of(args.weigh, sets.chosen_corpora(None, None, args.corpora)[0]))
    tr.label(cands, gold, rules)
    folds = sets.folds_of(list(cands))
    docs = list(cands)
    chosen = sets.chosen_corpora(None, None, args.corpora)[0]
    never = {c.name for c in sets.select(chosen, args.never_fit)} if args.never_fit.strip() else set()
    fit_docs = {d: v for d, v in cands.items() if sets.corpus_of(d) not in never}
    print(f"{len(docs)} documents, {sum(len(v) for v in cands.values())} candidates, "
          f"{sum(c['y'] or 0 for v in cands.values() for c in v)} positive")
    arms: dict[str, dict[str, str]] = {"rules": group_rows({d: list(rules.get(d, [])) for d in docs}, gold, folds, held, never)}
    if args.model.exists():
        shipped = json.loads(args.model.read_text(encoding="utf-8"))
        probs = {id(c): tr.prob(shipped["weights"], c["features"]) for v in cands.values() for c in v}
        arms["model applied"] = group_rows(added(rules, cands, probs, shipped["threshold"], docs), gold, folds, held, never)
        if args.contrib:
            read = [d for d in fit_docs if sets.group_of(d) == sets.READ]
            rows = contributions(cands, read, shipped["weights"], shipped["threshold"])
            print(f"== cues of the read group's pairs, the model applied: sum(y - p), pairs, true, true under {shipped['threshold']}, weight")
            for r in rows[:args.contrib] + [{"feature": "..."}] + rows[-args.contrib:]:
                print(f"  {r['under']:+8.2f} {r['n']:5d} {r['positive']:4d} {r['lost']:4d} {r['weight']:+.2f}  {r['feature']}"
                      if "n" in r else "  ...")
    oof = out_of_fold(cands, folds, l2, never)
    arms["refit, out of fold"] = group_rows(added(rules, cands, oof, threshold, docs), gold, folds, held, never)
    if args.also_without:
        left_out = {c.name for c in sets.select(chosen, args.also_without)}
        without = out_of_fold(cands, folds, l2, left_out | never)
        arm = f"refit, out of fold, fit without {args.also_without}"
        arms[arm] = group_rows(added(rules, cands, without, threshold, docs), gold, folds, held, never)
        # the thresholds of the fit without them too (twenty-fourth session, L: the shipped corpora leave the read sets out)
        arms.update(threshold_arms(rules, cands, without, parse_thresholds(args.thresholds), docs, gold, folds, held, arm, never))
    arms.update(threshold_arms(rules, cands, oof, parse_thresholds(args.thresholds), docs, gold, folds, held, never=never))
    for arm, row in arms.items():
        print(f"== {arm}")
        for name, value in row.items():
            print(f"  {name}: {value}")
    out: dict = {"arms": arms}
    kept = [d for d in docs if sets.corpus_of(d) in held]
    if kept:
        weights = tr.fit([c for d, v in cands.items() if sets.corpus_of(d) not in held | never for c in v], l2)
        probs = {id(c): tr.prob(weights, c["features"]) for d in kept for c in cands[d]}
        preds = added(rules, cands, probs, threshold, kept)
        sub = [g for g in gold if g["doc"] in set(kept)]
        out["held_out_fit"] = {c: fmt(counts([p for d in kept if sets.corpus_of(d) == c for p in preds[d]],
                                             [g for g in sub if sets.corpus_of(g["doc"]) == c])) for c in sorted(held)}
        out["held_out_fit"]["all"] = fmt(counts([p for v in preds.values() for p in v], sub))
        print(f"== fit without {', '.join(sorted(held))}, scored on them")
        for name, value in out["held_out_fit"].items():
            print(f"  {name}: {value}")
    if args.write_model:
        weights = tr.fit([c for v in fit_docs.values() for c in v], l2)
        flags = f" --setting {args.setting}" + (f" --weigh {args.weigh}" if args.weigh else "")
        n = tr.write_model(args.write_model, weights, threshold, f"{len(fit_docs)} documents, L2 {l2}" + (f", weighed {args.weigh}" if args.weigh else ""),
                           "python benchmarks/train_roles.py" + flags)
        print(f"wrote {args.write_model} ({n} weights, threshold {threshold})")
    if args.json:
        args.json.write_text(json.dumps(out, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
