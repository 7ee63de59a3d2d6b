"""The rules' own holds_role pairs as candidates of a scorer that may drop them (`train_roles.py --veto`).

The role rules are precise on train (0.96 out of fold) but were written against it; a second scorer over their
pairs, with what the rule said as features, could drop the pairs it finds unlikely on text the rules were not
written for. Cross-validated on train plus the invented corpora it did not gain (docs/extraction.md), so it is
a benchmark arm only and nothing here is shipped.
"""
from __future__ import annotations

from typing import Any


def pair_of(rel: Any) -> tuple[str, str]:
    """A holds_role's (person, organization), casefolded: the unit the scorers accept or drop."""
    return rel.subject.name.casefold(), rel.object.name.casefold()


def rule_cues(rel: Any) -> list[str]:
    """What a rule's own relation says about how sure it is: its confidence, class of post, tense, evidence count."""
    return ["r:rule", f"r:conf={round(rel.confidence, 2)}", f"r:class={rel.role_class or 'none'}",
            f"r:current={rel.current}", f"r:evidence={min(len(rel.evidence), 2)}"]


def rule_pair_candidates(ctx: Any, rules: list[Any]) -> dict[tuple[str, str], list[str]]:
    """Features of each pair the rules gave: the document-level cues the candidate search gives the pair when it
    runs without the rules, plus the rules' cues (`r:unreached` when the search does not reach the pair)."""
    from graphbuild.extract.roles_doc import doc_candidates

    by_pair: dict[tuple[str, str], list[Any]] = {}
    for r in rules:
        if r.relation == "holds_role":
            by_pair.setdefault(pair_of(r), []).append(r)
    out: dict[tuple[str, str], list[str]] = {}
    if not by_pair:
        return out
    for cand in doc_candidates(ctx, []):
        key = (cand.subject.name.casefold(), cand.obj.name.casefold())
        if key in by_pair and key not in out:
            out[key] = list(cand.features)
    for key, rels in by_pair.items():
        cues = {c for r in rels for c in rule_cues(r)}
        out[key] = sorted(set(out.get(key, ["bias", "r:unreached"])) | cues)
    return out


def vetoed(rules: dict, kept: dict, docs: list[str], probs: dict[int, float], low: float) -> list[dict]:
    """The rules' relations of `docs` without those whose pair the veto scorer puts under `low`."""
    drop = {(d, (c["subject"]["name"].casefold(), c["object"]["name"].casefold()))
            for d in docs for c in kept.get(d, []) if probs[id(c)] < low}
    return [r for d in docs for r in rules.get(d, [])
            if (d, (r["subject"]["name"].casefold(), r["object"]["name"].casefold())) not in drop]
