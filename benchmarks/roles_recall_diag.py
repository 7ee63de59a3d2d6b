"""Where holds_role recall is lost before the learned role scorer: counts per stage for every gold post.

    python benchmarks/roles_recall_diag.py                       # candidate recall, every corpus (train + blind + synthetic)
    python benchmarks/roles_recall_diag.py --corpora extra --cache /tmp/diag   # parse once, re-count from the cache
    python benchmarks/roles_recall_diag.py --oof                 # also: candidates scored under their fold's threshold
    python benchmarks/roles_recall_diag.py --cache DIR --show-study   # also: each lost post of a READABLE release
    python benchmarks/roles_recall_diag.py --unread readable --shipped --cache DIR   # the 41 readable score sets

For each gold holds_role the first stage that fails, in the order the pipeline meets them: the rules found it
('rules'), designations.v1 gave it as a membership of a group's designees ('group': roles_group's posts, which the
build has and the role scorer never sees; before the eighteenth session they were counted as lost below the
threshold, H6), a document-level candidate exists for the pair ('candidate', any score), or no candidate exists because
the person is no person mention ('person_*': 'person_partial' when a person mention shares a word with the gold name,
i.e. a name-span problem), the organization is no organization mention ('org_*', same split; 'org_is_designator'; 'org_typed:<type>' when a
mention of that type spells the gold's first name, the body itself; 'org_fallback_only:<type>' when only a later name
of the gold's list does, the GUIDELINES' fallbacks "Government of Y", "Y": the body the title implies is no mention at
all, and the country mention is not the body typed wrong, or 'org_partial' when a body mention shares a word of the
body's own name besides its kind words, "Ministry of Labour" for "Ministry of Labour and Vocational Training";
seventeenth session, H5),
the pair is looked at but not scored (roles_doc.doc_candidates' trace: 'far:<where>' outside the window, with
where the nearest mentions are: 'before:N' sentences before the person, 'after:N' after it in another paragraph;
'cap' over the per-person cap; the filters of `FILTERS` ('samebody', 'ruletitle', 'objectof', 'possof', ...) and
'hopeless:<kind>'), or
'pair_not_looked_at'. With `--oof` a candidate is further split by its out-of-fold probability against its fold's
threshold (benchmarks/train_roles.py's CV). Only COUNTS are printed, never a document's text, so train's check folds
(3+4) are counted without being read. Groups: train's study folds 0-2 and check folds 3+4 (both without the two long
lists), the long lists, the real releases (benchmarks/real/*) and the extra corpora (benchmarks/blind/{study,check,final},
benchmarks/synthetic/*). `--show-study` also prints, one JSON line each, the lost posts (stage other than 'rules',
'accepted' and their '_role_wrong') of the readable releases: train's study folds 0-2, the real releases and the
extra corpora, never train's check folds 3+4 (sixteenth session, H1).

`--unread a,b,...` (or `readable` for all 41) counts the readable score sets benchmarks/blind/unread_<x> instead (with
`--corpora` too), grouped Treasury-style vs State/news style; it refuses every other name, so the never-read sets
(p, y, z, aa, ...) can never be parsed here. `--shipped` splits a candidate by the shipped model's probability against
its threshold (the scorer the build runs), as `--oof` does out of fold; `--oof` refuses `--unread`. Twenty-first
session, H11. Since the twenty-second session (F) the readable score sets are corpora of the fit too
(training_sets.available, which holds their allow-list): without `--corpora` they are counted with the others, and
`--oof` splits them out of fold. The shipped model was never fit on them (F measured that refit and did not ship
it), so `--shipped` scores them out of the shipped model's fit.
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

import training_sets as sets  # noqa: E402
from training_sets import UNREAD, UNREAD_TREASURY, unread_corpora  # noqa: E402  (the allow-list of readable score sets)
from train_roles import best_setting, fit, label, parsed_windows, prob  # noqa: E402

from graphbuild.evaluate import names_match  # noqa: E402

# a pair's best fate first; the filters doc_candidates' trace names, then the window's cap and 'far'
FILTERS = ["rankother", "paren", "objectof", "possof", "modof", "kindof", "ruletitle", "samebody", "area", "owner",
           "ownerofunit", "unitof", "asidechannel", "ascomplement", "partner", "others_post", "behalf", "order", "kin",
           "respectively", "clause", "titleword", "bodyperson"]
ORDER = ["scored", *FILTERS, "cap", "far"]
KEPT = {"rules", "group", "accepted", "candidate"}  # stages (with or without '_role_wrong') where the pair is not lost

def featurise(corpus: sets.Corpus) -> dict[str, dict]:
    """Per document key: the rules' holds_role (dicts), the candidates (train_roles' format) and per window the clusters
    (names, type, designator, sentence and paragraph of each occurrence) with doc_candidates' trace."""
    from graphbuild.extract.context import context_of
    from graphbuild.extract.designations import extract_designations
    from graphbuild.extract.roles import extract_roles
    from graphbuild.extract.roles_doc import _designator, _occurrences, _paragraphs, doc_candidates

    rules: dict[str, list[dict]] = {}
    cands: dict[str, list[dict]] = {}
    info: dict[str, list[dict]] = {}
    group: dict[str, list[dict]] = {}
    for key, sd in parsed_windows(corpus.docs, corpus.name + "/"):
        rules.setdefault(key, [])
        cands.setdefault(key, [])
        info.setdefault(key, [])
        ctx = context_of(sd)
        found = [r for r in extract_roles(sd) if r.relation == "holds_role"]
        rules[key] += [{**r.to_json(), "doc": key} for r in found]
        # designations.v1's memberships of a group's designees (roles_group): the build has them, the scorer never sees them
        group.setdefault(key, [])
        group[key] += [{**r.to_json(), "doc": key} for r in extract_designations(sd) if r.relation == "holds_role"]
        trace: list[tuple[int, int, str]] = []
        for c in doc_candidates(ctx, found, trace):
            cands[key].append({"doc": key, "relation": "holds_role", "subject": c.subject.to_json(), "object": c.obj.to_json(),
                               "role": c.role, "features": c.features})
        people, orgs, _ = _occurrences(ctx)
        paras = _paragraphs(ctx)
        at = {i: [(k, paras[t]) for k, t in seen.at] for i, seen in [*people.items(), *orgs.items()]}
        clusters = [{"index": c.index, "type": c.type, "names": [c.name, *c.aliases], "designator": _designator(ctx, c),
                     "at": at.get(c.index, [])} for c in ctx.resolver.clusters]
        info[key].append({"clusters": clusters, "trace": trace})
    return {"rules": rules, "cands": cands, "info": info, "group": group}


def _matches(names: list[str], accepted: list[str] | str) -> bool:
    return accepted == "*" or any(names_match(n, a) for n in names for a in accepted)


#: words every state body's name holds: sharing one (or a country's name) says nothing of a cut name ("Ministry of
#: Labour" is no piece of "Ministry of Energy", "National Congress of Y" none of "Government of Y")
KIND_WORDS = frozenset({"ministry", "government", "office", "department", "the", "and", "national", "state", "council",
                        "general", "embassy"})


def _shares_word(names: list[str], accepted: list[str] | str, ignore: frozenset[str] = frozenset()) -> bool:
    """A mention shares a word (3+ letters, none of `ignore`) with a gold name: the name is there but cut or merged (a
    span problem)."""
    if accepted == "*":
        return False
    gold = {w.casefold().strip(".,'’()") for a in accepted for w in a.split() if len(w) > 2} - ignore
    return any(w.casefold().strip(".,'’()") in gold for n in names for w in n.split() if len(w) > 2)


def _where(person_at: list[tuple[int, int]], org_at: list[tuple[int, int]]) -> str:
    """Where a pair outside the window meets at its nearest: the organization N sentences before the person, or after
    it in another paragraph."""
    best = min(((pk - ok, pp == op) for pk, pp in person_at for ok, op in org_at), key=lambda d: (abs(d[0]), d[0] < 0), default=None)
    if best is None:
        return "far:no_occurrence"
    back = best[0]
    n = abs(back)
    bucket = str(n) if n < 6 else "6-10" if n <= 10 else ">10"
    return f"far:{'before' if back > 0 else 'after'}:{bucket}"


def stage(g: dict, rules: list[dict], windows: list[dict], cand_probs: list[tuple[dict, float]], threshold: float | None,
          group: list[dict] = ()) -> str:
    """The first stage at which the gold post `g` is lost (or 'rules' / 'group' / 'candidate' / 'accepted'); `group`:
    designations.v1's memberships of a group's designees (roles_group), which the build gives outside the role rules."""
    def rel_match(r: dict) -> bool:
        return _matches([r["subject"]["name"], *(r["subject"].get("aliases") or [])], g["subject"]) and _matches([r["object"]["name"]], g["object"])

    def role_ok(r: dict) -> bool:
        return not g.get("role") or any(names_match(r.get("role") or "", x) for x in g["role"])

    found = [r for r in rules if rel_match(r)]
    if found:
        return "rules" if any(role_ok(r) for r in found) else "rules_role_wrong"
    grouped = [r for r in group if rel_match(r)]
    if grouped:
        return "group" if any(role_ok(r) for r in grouped) else "group_role_wrong"
    scored = [(p, c) for c, p in cand_probs if rel_match(c)]
    if scored:
        p, c = max(scored, key=lambda pc: pc[0])
        if threshold is None:
            return "candidate" if role_ok(c) else "candidate_role_wrong"
        if p < threshold:
            return f"below_threshold:{_pbucket(p)}"
        return "accepted" if role_ok(c) else "accepted_role_wrong"
    fates, person_types, org_types, body_types, partial_p, partial_o, partial_body = [], set(), set(), set(), False, False, False
    for w in windows:
        by_index = {c["index"]: c for c in w["clusters"]}
        people = {c["index"] for c in w["clusters"] if _matches(c["names"], g["subject"]) and c["type"] == "Person"}
        person_types |= {c["type"] for c in w["clusters"] if _matches(c["names"], g["subject"])}
        partial_p |= any(c["type"] == "Person" and _shares_word(c["names"], g["subject"]) for c in w["clusters"])
        orgs = {c["index"] for c in w["clusters"] if g["object"] != "*" and _matches(c["names"], g["object"])}
        org_types |= {("designator" if c["designator"] else c["type"]) for c in w["clusters"] if c["index"] in orgs}
        body_types |= {c["type"] for c in w["clusters"] if c["index"] in orgs and _matches(c["names"], g["object"][:1])}
        partial_o |= any(c["type"] in {"PublicBody", "Company", "Organization"} and _shares_word(c["names"], g["object"])
                         for c in w["clusters"])
        places = frozenset(x.casefold() for c in w["clusters"] if c["type"] == "Country" for n in c["names"] for x in n.split())
        partial_body |= g["object"] != "*" and any(c["type"] in {"PublicBody", "Company", "Organization"}
                                                   and _shares_word(c["names"], g["object"][:1], KIND_WORDS | places)
                                                   for c in w["clusters"])
        for p, o, why in w["trace"]:
            if p in people and o in orgs:
                fates.append(_where(by_index[p]["at"], by_index[o]["at"]) if why == "far" else why)
    if "Person" not in person_types:
        if person_types:
            return f"person_typed:{sorted(person_types)[0]}"
        return "person_partial" if partial_p else "person_not_mention"
    if g["object"] == "*":
        return "org_any"
    usable = org_types & {"PublicBody", "Company", "Organization"}
    if not usable:
        if "designator" in org_types:
            return "org_is_designator"
        if org_types and not body_types:  # only a fallback name ("Government of Y", "Y") is a mention: the body is none
            return "org_partial" if partial_body else f"org_fallback_only:{sorted(org_types)[0]}"
        if org_types:
            return f"org_typed:{sorted(org_types)[0]}"
        return "org_partial" if partial_o else "org_not_mention"
    if not fates:
        return "pair_not_looked_at"
    plain = [f for f in fates if not f.startswith("hopeless")]
    if not plain:
        return sorted(fates)[0]
    best = min(plain, key=lambda f: ORDER.index(f.split(":")[0]) if f.split(":")[0] in ORDER else ORDER.index("cap") - 0.5)
    return "scored_but_lost" if best == "scored" else best


def _pbucket(p: float) -> str:
    return "<0.1" if p < 0.1 else "0.1-0.3" if p < 0.3 else "0.3-0.5" if p < 0.5 else "0.5-0.7" if p < 0.7 else ">=0.7"


def group(key: str, folds: dict[str, int]) -> str:
    corpus = sets.corpus_of(key)
    if corpus.startswith(UNREAD + "/"):
        return "unread_treasury" if corpus.split("/")[1] in UNREAD_TREASURY else "unread_state"
    if sets.group_of(key) != "train":
        return sets.group_of(key)
    if sets.is_long_list(key):
        return "train_long_lists"
    return "train_study_0_2" if folds[key] < 3 else "train_check_3_4"


def readable(key: str, folds: dict[str, int]) -> bool:
    """A release whose lost posts may be printed: not one of train's check folds 3+4 (a long list of theirs included)."""
    return sets.group_of(key) != "train" or folds[key] < 3


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--corpora", help="as train_roles.py --corpora (default: all present)")
    ap.add_argument("--cache", type=Path, help="folder caching each corpus's parse (delete it after a code change)")
    ap.add_argument("--oof", action="store_true", help="split candidates by out-of-fold probability vs. the fold's threshold")
    ap.add_argument("--json", type=Path, help="write the counts here")
    ap.add_argument("--show-study", action="store_true",
                    help="print each lost post of the readable releases (never train's check folds 3+4)")
    ap.add_argument("--unread", help="readable score sets benchmarks/blind/unread_<x>: letters 'a,b,...' or 'readable' "
                                     "(all 41); never-read sets are refused")
    ap.add_argument("--shipped", action="store_true",
                    help="split candidates by the shipped role model's probability vs. its threshold")
    args = ap.parse_args(argv)
    if args.oof and (args.unread or args.shipped):
        raise SystemExit("--oof fits per fold on the corpora (the readable score sets among them): it takes neither --unread nor --shipped")
    unread = unread_corpora(args.unread) if args.unread else []
    corpora, _ = sets.chosen_corpora(None, None, args.corpora) if args.corpora or not unread else ([], [])
    corpora += [c for c in unread if c not in corpora]
    data = sets.featurised(corpora, args.cache, featurise, ".diag")
    rules, cands, info = data.get("rules", {}), data.get("cands", {}), data.get("info", {})
    memberships = data.get("group", {})
    gold = sets.gold_of(corpora, [], cands)
    folds = sets.folds_of(list(cands))
    probs: dict[int, float] = {id(c): 1.0 for items in cands.values() for c in items}
    thresholds: dict[int, float | None] = {f: None for f in set(folds.values())}
    if args.oof:
        label(cands, gold, rules)
        present = sorted(set(folds.values()))
        for f in present:
            rest = [k for k in present if k != f]
            l2, thresholds[f] = best_setting(rules, cands, gold, folds, rest)
            weights = fit([c for d, items in cands.items() if folds[d] != f for c in items], l2)
            probs.update({id(c): prob(weights, c["features"]) for d, items in cands.items() if folds[d] == f for c in items})
    if args.shipped:
        from graphbuild.extract.roles_learned import load_model
        model = load_model()
        thresholds = {f: model.threshold for f in thresholds}
        probs.update({id(c): model.probability(c["features"]) for items in cands.values() for c in items})
    names = ("train_study_0_2", "train_check_3_4", "train_long_lists", "real", "extra", "unread_treasury", "unread_state")
    counts = {n: Counter() for n in names}
    for record in gold:
        doc = record["doc"]
        cp = [(c, probs[id(c)]) for c in cands[doc]]
        for g in record["relations"]:
            if g["relation"] == "holds_role":
                where = stage(g, rules[doc], info[doc], cp, thresholds[folds[doc]], memberships.get(doc, []))
                counts[group(doc, folds)][where] += 1
                if args.show_study and readable(doc, folds) and where.split("_role_wrong")[0] not in KEPT:
                    print(json.dumps({"doc": doc, "stage": where, "subject": g["subject"][0], "object": g["object"] if g["object"] == "*" else g["object"][0],
                                      "role": (g.get("role") or [""])[0]}, ensure_ascii=False))
    counts = {n: c for n, c in counts.items() if c}
    keys = sorted(set().union(*counts.values()), key=lambda k: (-sum(c[k] for c in counts.values()), k))
    if args.oof or args.shipped:
        print(f"thresholds per fold: {thresholds}")
    print(f"{'stage':<30}" + "".join(f"{n:>18}" for n in counts))
    for k in keys:
        print(f"{k:<30}" + "".join(f"{c[k]:>18}" for c in counts.values()))
    print(f"{'total gold':<30}" + "".join(f"{sum(c.values()):>18}" for c in counts.values()))
    lost = lambda c: sum(n for k, n in c.items() if k.split("_role_wrong")[0] not in KEPT)  # noqa: E731
    print(f"{'lost (not kept)':<30}" + "".join(f"{lost(c):>18}" for c in counts.values()))
    if args.json:
        args.json.write_text(json.dumps({n: dict(c) for n, c in counts.items()}, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
