"""Score relations against a gold file by the matching rules of the shared eval README.

Names match after normalisation, or when one name's words are a subset covering
at least three quarters of the other's, or word-by-word near-equality
(transliterations). Matching is one-to-one per document and relation type;
duplicates of an already matched gold relation are not false positives.
"""
from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from rapidfuzz import fuzz

from .errors import GoldError
from .jsonl import json_lines
from .gold_docs import match_document
from .gold_schema import check_record
from .names import fold

CONFIDENCE_BANDS = [(0.0, 0.5), (0.5, 0.7), (0.7, 0.85), (0.85, 1.01)]
CALIBRATION_SLACK = 0.1  # issue 14: each band's measured precision within 0.1 of the band


def eval_words(name: str) -> list[str]:
    text = fold(name)
    text = re.sub(r"\([^)]*\)", " ", text)
    if text.count(",") == 1 and len(text.split(",")[0].split()) == 1:
        last, first = (p.strip() for p in text.split(","))
        if last and first:
            text = f"{first} {last}"
    text = re.sub(r"'s\b", "", text)
    text = re.sub(r"[^\w\s]", " ", text)
    words = [{"company": "co", "limited": "ltd"}.get(w, w) for w in text.split() if w not in {"the", "of", "and", "for"}]
    return words


def _variants(name: str) -> list[list[str]]:
    words = eval_words(name)
    out = [words]
    raw = fold(name).split()
    if raw and re.fullmatch(r"[\w\-\.]+'s", raw[0]) and len(words) >= 3:
        out.append(words[1:])
    return out


def _near(a: str, b: str) -> bool:
    return a == b or (len(a) > 2 and len(b) > 2 and fuzz.ratio(a, b) >= 75)


def names_match(a: str, b: str) -> bool:
    for wa in _variants(a):
        for wb in _variants(b):
            if not wa or not wb:
                continue
            if wa == wb:
                return True
            small, big = (wa, wb) if len(wa) <= len(wb) else (wb, wa)
            if set(small) <= set(big) and len(set(small)) >= 0.75 * len(set(big)):
                return True
            if len(wa) == len(wb) and all(_near(x, y) for x, y in zip(wa, wb)):
                return True
    return False


def _any_match(names: Iterable[str], accepted: list[str] | str) -> bool:
    if accepted == "*":
        return True
    return any(names_match(n, g) for n in names for g in accepted)


@dataclass
class Score:
    tp: int = 0
    fp: int = 0
    fn: int = 0
    role_agree: int = 0
    role_total: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def to_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {"tp": self.tp, "fp": self.fp, "fn": self.fn, "precision": round(self.precision, 4),
                               "recall": round(self.recall, 4), "f1": round(self.f1, 4)}
        if self.role_total:
            out["role_agreement"] = round(self.role_agree / self.role_total, 4)
        return out


@dataclass
class EvalResult:
    scores: dict[str, Score] = field(default_factory=lambda: defaultdict(Score))
    errors: list[dict[str, Any]] = field(default_factory=list)
    bands: dict[str, list[int]] = field(default_factory=dict)  # band -> [correct, total]
    confidence_sums: dict[str, float] = field(default_factory=dict)  # band -> sum of the confidences in it
    outcomes: list[tuple[dict[str, Any], bool]] = field(default_factory=list)  # every scored prediction, correct or not

    def to_json(self) -> dict[str, Any]:
        total = Score()
        for s in self.scores.values():
            total.tp += s.tp
            total.fp += s.fp
            total.fn += s.fn
        return {"relations": {k: v.to_json() for k, v in sorted(self.scores.items())}, "overall": total.to_json(),
                "confidence_bands": {k: {"correct": c, "total": t, "precision": round(c / t, 4) if t else None,
                                         "mean_confidence": round(self.confidence_sums.get(k, 0.0) / t, 4) if t else None}
                                     for k, (c, t) in self.bands.items()},
                "errors": self.errors}


def load_gold(path: Path) -> list[dict[str, Any]]:
    """The records of a gold file, each checked against the gold format (`gold_schema`); anything else is a
    GoldError naming the file and line (P2: bad bytes, deep nesting, wrong types and an empty file were crashes
    or silently wrong scores)."""
    records = []
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise GoldError(f"{path}: cannot read gold file ({exc.strerror or exc})") from exc
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        lineno = data.count(b"\n", 0, exc.start) + 1
        raise GoldError(f"{path}:{lineno}: not UTF-8 text (invalid byte at offset {exc.start}); save the gold file as UTF-8") from exc
    for lineno, record, problem in json_lines(text):
        if problem is not None:
            raise GoldError(f"{path}:{lineno}: {problem}")
        check_record(record, f"{path}:{lineno}")
        records.append(record)
    if not records:
        raise GoldError(f"{path}: no gold records (the file is empty); expected one JSON object per document")
    return records


def _subject_names(pred: dict[str, Any]) -> list[str]:
    return [pred["subject"]["name"], *(pred["subject"].get("aliases") or [])]


def _max_matching(edges: dict[int, list[int]]) -> dict[int, int]:
    """Maximum bipartite matching gold -> prediction (augmenting paths)."""
    match_pred: dict[int, int] = {}

    def augment(g: int, seen: set[int]) -> bool:
        for p in edges.get(g, []):
            if p in seen:
                continue
            seen.add(p)
            if p not in match_pred or augment(match_pred[p], seen):
                match_pred[p] = g
                return True
        return False

    for g in edges:
        augment(g, set())
    return {g: p for p, g in match_pred.items()}


def score(predictions: Iterable[dict[str, Any]], gold: list[dict[str, Any]]) -> EvalResult:
    """Score the predictions of each gold record's document (`gold_docs.match_document`: its id, else the one
    document its name ends). A name ending several documents, or two records for one document, is a GoldError:
    merging documents' predictions would score them against the wrong gold without a word."""
    result = EvalResult()
    by_doc: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for pred in predictions:
        by_doc[pred["doc"]].append(pred)
    bands = {f"{lo:.2f}-{min(hi, 1.0):.2f}": [0, 0] for lo, hi in CONFIDENCE_BANDS}
    sums: dict[str, float] = {}
    described: dict[str, str] = {}
    for record in gold:
        doc = match_document(record["doc"], by_doc) or record["doc"]
        if doc in described:
            raise GoldError(f"gold records {described[doc]!r} and {record['doc']!r} both describe document {doc!r}; "
                            "give each document one gold record (graphbuild eval matches combined gold files by folder)")
        described[doc] = record["doc"]
        for kind in record.get("scored", []):
            golds = [g for g in record["relations"] if g["relation"] == kind]
            optional = [g for g in record.get("optional", []) if g["relation"] == kind]
            preds = [p for p in by_doc.get(doc, []) if p["relation"] == kind]
            # duplicates of the same subject/object pair count once
            unique: dict[tuple[str, str], dict[str, Any]] = {}
            for p in sorted(preds, key=lambda p: -p.get("confidence", 0)):
                unique.setdefault((p["subject"]["name"].casefold(), p["object"]["name"].casefold()), p)
            preds = list(unique.values())
            edges = {gi: [pi for pi, p in enumerate(preds) if _any_match(_subject_names(p), g["subject"]) and _any_match([p["object"]["name"]], g["object"])]
                     for gi, g in enumerate(golds)}
            assignment = _max_matching(edges)
            s = result.scores[kind]
            s.tp += len(assignment)
            s.fn += len(golds) - len(assignment)
            assigned_preds = set(assignment.values())
            for gi, pi in assignment.items():
                if kind == "holds_role" and golds[gi].get("role"):
                    s.role_total += 1
                    if any(names_match(preds[pi].get("role") or "", r) for r in golds[gi]["role"]):
                        s.role_agree += 1
                    else:
                        result.errors.append({"doc": doc, "type": "role", "relation": kind, "subject": preds[pi]["subject"]["name"],
                                              "predicted_role": preds[pi].get("role"), "gold_roles": golds[gi]["role"]})
            for gi, g in enumerate(golds):
                if gi not in assignment:
                    result.errors.append({"doc": doc, "type": "FN", "relation": kind, "subject": g["subject"][0],
                                          "object": g["object"] if g["object"] == "*" else g["object"][0], "role": (g.get("role") or [None])[0]})
            for pi, p in enumerate(preds):
                correct = pi in assigned_preds
                if not correct:
                    matches_any = any(_any_match(_subject_names(p), g["subject"]) and _any_match([p["object"]["name"]], g["object"]) for g in golds + optional)
                    if matches_any:
                        continue  # optional or duplicate: neither rewarded nor penalised
                    s.fp += 1
                    result.errors.append({"doc": doc, "type": "FP", "relation": kind, "subject": p["subject"]["name"], "object": p["object"]["name"],
                                          "role": p.get("role"), "confidence": p.get("confidence"),
                                          "sentence": (p.get("evidence") or [{}])[0].get("sentence")})
                band = next(f"{lo:.2f}-{min(hi, 1.0):.2f}" for lo, hi in CONFIDENCE_BANDS if lo <= p.get("confidence", 0) < hi)
                bands[band][1] += 1
                bands[band][0] += int(correct)
                sums[band] = sums.get(band, 0.0) + float(p.get("confidence", 0))
                result.outcomes.append((p, correct))
    result.bands = bands
    result.confidence_sums = sums
    return result


def format_table(result: EvalResult) -> str:
    lines = [f"{'relation':<15}{'P':>8}{'R':>8}{'F1':>8}{'TP':>6}{'FP':>6}{'FN':>6}{'role':>8}"]
    data = result.to_json()
    for kind, s in data["relations"].items():
        role = f"{s['role_agreement']:.3f}" if "role_agreement" in s else "-"
        lines.append(f"{kind:<15}{s['precision']:>8.3f}{s['recall']:>8.3f}{s['f1']:>8.3f}{s['tp']:>6}{s['fp']:>6}{s['fn']:>6}{role:>8}")
    o = data["overall"]
    lines.append(f"{'overall':<15}{o['precision']:>8.3f}{o['recall']:>8.3f}{o['f1']:>8.3f}{o['tp']:>6}{o['fp']:>6}{o['fn']:>6}")
    lines.append("precision by confidence: " + ", ".join(
        f"{band} {v['precision'] if v['precision'] is not None else '-'} (n={v['total']})" for band, v in data["confidence_bands"].items()))
    lines += format_calibration(data["confidence_bands"])
    return "\n".join(lines)


def band_ok(band: str, precision: float) -> bool:
    """Calibrated: the measured precision lies within CALIBRATION_SLACK of the band's range."""
    lo, hi = (float(x) for x in band.split("-"))
    return lo - CALIBRATION_SLACK <= precision <= hi + CALIBRATION_SLACK


def format_calibration(bands: dict[str, dict[str, Any]]) -> list[str]:
    """The calibration table: per confidence band, how many predictions, their mean confidence and measured precision."""
    lines = [f"calibration: {'band':<11}{'n':>6}{'mean conf':>11}{'precision':>11}  within {CALIBRATION_SLACK} of the band"]
    for band, v in bands.items():
        if not v["total"]:
            lines.append(f"             {band:<11}{0:>6}{'-':>11}{'-':>11}  -")
            continue
        verdict = "yes" if band_ok(band, v["precision"]) else "NO"
        lines.append(f"             {band:<11}{v['total']:>6}{v['mean_confidence']:>11.3f}{v['precision']:>11.3f}  {verdict}")
    return lines


def format_errors(result: EvalResult) -> str:
    out = []
    for e in result.errors:
        if e["type"] == "FP":
            out.append(f"FP  {e['doc']}  {e['relation']}  {e['subject']} -> {e['object']}  role={e.get('role')}  conf={e.get('confidence')}\n      {e.get('sentence')}")
        elif e["type"] == "FN":
            out.append(f"FN  {e['doc']}  {e['relation']}  {e['subject']} -> {e['object']}  role={e.get('role')}")
        else:
            out.append(f"ROLE {e['doc']}  {e['subject']}: predicted {e['predicted_role']!r}, gold {e['gold_roles']}")
    return "\n".join(out)
