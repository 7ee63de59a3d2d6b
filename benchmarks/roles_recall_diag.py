"""Where the learned role scorer loses recall: counts per stage for every gold holds_role the rules miss.

    python benchmarks/roles_recall_diag.py                 # all train folds, out-of-fold probabilities
    python benchmarks/roles_recall_diag.py --json out.json

For each gold holds_role of ../shared/eval/train that the rules (roles.v1) do not find, the first stage
that fails: the person is no person mention (or a mention of another type), the organization is no
organization mention (or the designating authority, or another type), the pair is looked at but not
scored (roles_doc.doc_candidates' trace: too far, over the per-person cap, a filter of
roles_doc_filters), or it is scored with an out-of-fold probability under the fold's threshold
(chosen by the inner CV of benchmarks/train_roles.py). A pair found with a post the gold does not accept
is counted apart ('rules_role_wrong', 'accepted_role_wrong'). Only COUNTS are printed, never a document's
text, so the check folds can be diagnosed without being read.
"""
from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from extraction_cv import LONG_LISTS, fold_of  # noqa: E402
from train_roles import TRAIN, best_setting, fit, label, prob  # noqa: E402

from graphbuild.evaluate import load_gold, names_match  # noqa: E402

ORDER = ["scored", "paren", "objectof", "possof", "ruletitle", "samebody", "cap", "far"]  # a pair's best fate first


def parse(docs_dir: Path) -> tuple[dict, dict, dict]:
    """Per document: rules' holds_role (dicts), candidates (dicts with features, train_roles' format) and the
    clusters with the trace of doc_candidates."""
    from graphbuild.extract.context import context_of, release_context
    from graphbuild.extract.roles import extract_roles
    from graphbuild.extract.roles_doc import _designator, doc_candidates
    from graphbuild.ingest.corpus import read_corpus
    from graphbuild.nlp.model import load_pipeline
    from graphbuild.nlp.windows import split_windows, window_limit
    from graphbuild.pipeline.workers import make_doc

    nlp = load_pipeline(extract=False)
    limit = window_limit(nlp)
    rules: dict[str, list[dict]] = {}
    cands: dict[str, list[dict]] = {}
    info: dict[str, list[dict]] = {}
    for document in read_corpus([docs_dir]):
        key = document.id.rsplit("/", 1)[-1]
        rules[key], cands[key], info[key] = [], [], []
        for start, end in split_windows(document.text, limit):
            sd = nlp(make_doc(nlp, document, start, end))
            try:
                ctx = context_of(sd)
                found = [r for r in extract_roles(sd) if r.relation == "holds_role"]
                for r in found:
                    r.doc = key
                    rules[key].append(r.to_json())
                trace: list[tuple[int, int, str]] = []
                items = []
                for c in doc_candidates(ctx, found, trace):
                    items.append({"doc": key, "relation": "holds_role", "subject": c.subject.to_json(), "object": c.obj.to_json(),
                                  "role": c.role, "features": c.features})
                cands[key] += items
                clusters = [{"index": c.index, "type": c.type, "names": [c.name, *c.aliases], "designator": _designator(ctx, c)}
                            for c in ctx.resolver.clusters]
                info[key].append({"clusters": clusters, "trace": trace})
            finally:
                release_context(sd)
    return rules, cands, info


def _matches(names: list[str], accepted: list[str] | str) -> bool:
    return accepted == "*" or any(names_match(n, a) for n in names for a in accepted)


def stage(g: dict, rules: list[dict], windows: list[dict], cand_probs: list[tuple[dict, float]], threshold: float) -> str:
    """The first stage at which the gold post `g` is lost (or 'rules' / 'accepted')."""
    def rel_match(r: dict) -> bool:
        return _matches([r["subject"]["name"], *(r["subject"].get("aliases") or [])], g["subject"]) and _matches([r["object"]["name"]], g["object"])

    def role_ok(r: dict) -> bool:
        return not g.get("role") or any(names_match(r.get("role") or "", x) for x in g["role"])

    found = [r for r in rules if rel_match(r)]
    if found:
        return "rules" if any(role_ok(r) for r in found) else "rules_role_wrong"
    scored = [(p, c) for c, p in cand_probs if rel_match(c)]
    if scored:
        p, c = max(scored, key=lambda pc: pc[0])
        if p < threshold:
            return f"below_threshold:{_pbucket(p)}"
        return "accepted" if role_ok(c) else "accepted_role_wrong"
    fates, person_types, org_types = [], set(), set()
    for w in windows:
        people = {c["index"] for c in w["clusters"] if _matches(c["names"], g["subject"]) and c["type"] == "Person"}
        person_types |= {c["type"] for c in w["clusters"] if _matches(c["names"], g["subject"])}
        orgs = {c["index"] for c in w["clusters"] if g["object"] != "*" and _matches(c["names"], g["object"])}
        org_types |= {("designator" if c["designator"] else c["type"]) for c in w["clusters"] if c["index"] in orgs}
        fates += [why for p, o, why in w["trace"] if p in people and o in orgs]
    if "Person" not in person_types:
        return f"person_typed:{sorted(person_types)[0]}" if person_types else "person_not_mention"
    if g["object"] == "*":
        return "org_any"
    usable = org_types & {"PublicBody", "Company", "Organization"}
    if not usable:
        if "designator" in org_types:
            return "org_is_designator"
        return f"org_typed:{sorted(org_types)[0]}" if org_types else "org_not_mention"
    if not fates:
        return "pair_not_looked_at"
    plain = [f for f in fates if not f.startswith("hopeless")]
    best = min(plain, key=ORDER.index) if plain else sorted(fates)[0]
    return "scored_but_lost" if best == "scored" else best


def _show(doc: str, g: dict, cand_probs: list[tuple[dict, float]]) -> None:
    """A study-fold gold post lost under the threshold: its best-scored candidate and that candidate's cues."""
    scored = [(p, c) for c, p in cand_probs if _matches([c["subject"]["name"], *(c["subject"].get("aliases") or [])], g["subject"])
              and _matches([c["object"]["name"]], g["object"])]
    p, c = max(scored, key=lambda pc: pc[0])
    print(f"{doc}  {g['subject'][0]} -> {g['object'][0]}  p={p:.3f}  role={c['role']!r}")
    print("    " + " ".join(sorted(f for f in set(c["features"]) if f.startswith("d:"))))


def _pbucket(p: float) -> str:
    return "<0.1" if p < 0.1 else "0.1-0.3" if p < 0.3 else "0.3-0.5" if p < 0.5 else "0.5-0.7" if p < 0.7 else ">=0.7"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--docs", type=Path, default=TRAIN / "docs")
    ap.add_argument("--gold", type=Path, default=TRAIN / "gold.jsonl")
    ap.add_argument("--json", type=Path, help="write the counts here")
    ap.add_argument("--show-study", action="store_true",
                    help="also print the study folds' (0-2) gold posts scored under the threshold, with their best candidate's "
                         "features (never a check fold's)")
    args = ap.parse_args(argv)
    gold = load_gold(args.gold)
    for g in gold:
        g["doc"] = g["doc"].rsplit("/", 1)[-1]
    rules, cands, info = parse(args.docs)
    gold = [g for g in gold if g["doc"] in cands]
    label(cands, gold, rules)
    folds = fold_of(list(cands))
    present = sorted(set(folds.values()))
    probs: dict[int, float] = {}
    thresholds: dict[int, float] = {}
    for f in present:
        rest = [k for k in present if k != f]
        l2, thresholds[f] = best_setting(rules, cands, gold, folds, rest)
        weights = fit([c for d, items in cands.items() if folds[d] != f for c in items], l2)
        probs.update({id(c): prob(weights, c["features"]) for d, items in cands.items() if folds[d] == f for c in items})
    counts = {"all": Counter(), "without_long_lists": Counter(), "study_0_2": Counter(), "check_3_4": Counter()}
    for record in gold:
        doc = record["doc"]
        cp = [(c, probs[id(c)]) for c in cands[doc]]
        for g in record["relations"]:
            if g["relation"] != "holds_role":
                continue
            s = stage(g, rules[doc], info[doc], cp, thresholds[folds[doc]])
            if args.show_study and folds[doc] < 3 and s.startswith("below_threshold"):
                _show(doc, g, cp)
            counts["all"][s] += 1
            if doc not in LONG_LISTS:
                counts["without_long_lists"][s] += 1
                counts["study_0_2" if folds[doc] < 3 else "check_3_4"][s] += 1
    keys = sorted(set().union(*counts.values()), key=lambda k: -counts["all"][k])
    print(f"thresholds per fold: {thresholds}")
    print(f"{'stage':<36}" + "".join(f"{k:>20}" for k in counts))
    for k in keys:
        print(f"{k:<36}" + "".join(f"{counts[c][k]:>20}" for c in counts))
    print(f"{'total gold':<36}" + "".join(f"{sum(counts[c].values()):>20}" for c in counts))
    if args.json:
        args.json.write_text(json.dumps({k: dict(v) for k, v in counts.items()}, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
