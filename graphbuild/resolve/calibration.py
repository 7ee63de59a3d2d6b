"""Confidence that means what it says: raw rule confidences mapped to measured precision.

Each extractor gives a rule's confidence as its author guessed it. Measured on
`../shared/eval/train`, the precision of a pattern can be far from that guess, so
the view's confidence slider and `--min-confidence` did not mean what they said.
Here one monotone step function per (relation, extractor) maps a raw confidence to
the precision measured for raw confidences like it (isotonic regression, fitted by
`python benchmarks/calibrate.py`, stored in `calibration.yaml` beside this module).
A (relation, extractor) with too few examples uses its relation's pooled map; with
none, the raw confidence stays. The mapping is small data, refitted in one command
whenever extraction changes; `GRAPHBUILD_CALIBRATION=off` (or a path to another
file) turns it off or swaps it, which the fitting itself needs.
"""
from __future__ import annotations

import bisect
import os
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import yaml

from ..errors import GraphBuildError
from ..records import Relation

CALIBRATION_FILE = Path(__file__).with_name("calibration.yaml")
MIN_EXAMPLES = 20  # fewer examples than this: the relation's pooled map instead
FLOOR, CEILING = 0.05, 0.99  # never certain either way from a finite sample
POOLED = "*"
#: A fact every sentence of which only reports it ("X reportedly heads Y", "believed to be Y's treasurer":
#: `Evidence.hedge`, extract/roles_stance.py) keeps this share of its calibrated confidence. GUIDELINES put such a post
#: under `optional`: the release does not vouch for it, so it must not rank with the stated ones (0.925 -> 0.601,
#: 0.885 -> 0.575, 0.786 -> 0.511: each under every stated post's calibrated value).
HEDGED_SHARE = 0.65


@dataclass(frozen=True)
class StepMap:
    """raw >= thresholds[i] (the largest such i) -> values[i]; below the first threshold -> values[0]."""

    thresholds: tuple[float, ...]
    values: tuple[float, ...]
    examples: int = 0

    def __call__(self, raw: float) -> float:
        i = max(0, bisect.bisect_right(self.thresholds, raw) - 1)
        return self.values[i]

    def to_json(self) -> dict:
        return {"examples": self.examples, "steps": [[t, v] for t, v in zip(self.thresholds, self.values)]}


def key(relation: str, extractor: str) -> str:
    return f"{relation}/{extractor}"


def _source() -> Path | None:
    setting = os.environ.get("GRAPHBUILD_CALIBRATION", "")
    if setting.casefold() == "off":
        return None
    return Path(setting) if setting else CALIBRATION_FILE


@lru_cache(maxsize=4)
def _load(path: str) -> dict[str, StepMap]:
    try:
        data = yaml.safe_load(Path(path).read_text(encoding="utf-8")) or {}
        maps = {}
        for name, entry in (data.get("maps") or {}).items():
            steps = sorted((float(t), float(v)) for t, v in entry["steps"])
            maps[str(name)] = StepMap(tuple(t for t, _ in steps), tuple(v for _, v in steps), int(entry.get("examples", 0)))
        return maps
    except FileNotFoundError as exc:
        if Path(path) == CALIBRATION_FILE:  # never fitted: raw confidences
            return {}
        # a path the user gave: a typo must not silently build with raw confidences
        raise GraphBuildError(f"{path}: calibration file not found ($GRAPHBUILD_CALIBRATION); give an existing file, "
                              f"or off for raw confidences") from exc
    except (OSError, yaml.YAMLError, KeyError, TypeError, ValueError) as exc:
        raise GraphBuildError(f"{path}: invalid calibration file ({exc}); refit it with python benchmarks/calibrate.py") from exc


def load_calibration() -> dict[str, StepMap]:
    """The maps in force ({} when calibration is off or was never fitted)."""
    path = _source()
    return _load(str(path)) if path is not None else {}


def calibrate(rel: Relation, maps: dict[str, StepMap]) -> float:
    extractor = rel.evidence[0].extractor if rel.evidence else ""
    found = maps.get(key(rel.relation, extractor)) or maps.get(key(rel.relation, POOLED))
    value = found(rel.confidence) if found else rel.confidence
    if rel.evidence and all(e.hedge for e in rel.evidence):  # only reported, never stated (HEDGED_SHARE)
        value = round(value * HEDGED_SHARE, 3)
    return value


def calibrate_relations(relations: Iterable[Relation]) -> None:
    """Each relation's confidence as the precision measured for its kind (in place)."""
    maps = load_calibration()
    if maps:
        for rel in relations:
            rel.confidence = calibrate(rel, maps)


def fit_map(samples: list[tuple[float, bool]]) -> StepMap:
    """Isotonic (non-decreasing) precision as a function of raw confidence (scipy's PAV)."""
    from scipy.optimize import isotonic_regression

    groups: dict[float, list[int]] = defaultdict(lambda: [0, 0])
    for raw, correct in samples:
        groups[round(raw, 3)][0] += int(correct)
        groups[round(raw, 3)][1] += 1
    raws = sorted(groups)
    means = [groups[r][0] / groups[r][1] for r in raws]
    weights = [groups[r][1] for r in raws]
    fitted = isotonic_regression(means, weights=weights, increasing=True).x
    values = tuple(round(min(CEILING, max(FLOOR, float(v))), 3) for v in fitted)
    return StepMap(tuple(raws), values, len(samples))


def fit(samples: Iterable[tuple[str, str, float, bool]]) -> dict[str, StepMap]:
    """Maps from (relation, extractor, raw confidence, correct) examples: one per well-sampled pair, one pooled per relation."""
    by_key: dict[str, list[tuple[float, bool]]] = defaultdict(list)
    for relation, extractor, raw, correct in samples:
        by_key[key(relation, extractor)].append((raw, correct))
        by_key[key(relation, POOLED)].append((raw, correct))
    return {k: fit_map(v) for k, v in sorted(by_key.items()) if len(v) >= MIN_EXAMPLES or k.endswith(POOLED)}


def write_calibration(maps: dict[str, StepMap], path: Path, note: str) -> None:
    body = {"note": note, "maps": {k: m.to_json() for k, m in maps.items()}}
    path.write_text("# Written by python benchmarks/calibrate.py; do not edit by hand.\n"
                    + yaml.safe_dump(body, sort_keys=True, default_flow_style=None, width=120), encoding="utf-8")
    _load.cache_clear()


__all__ = ["CALIBRATION_FILE", "HEDGED_SHARE", "StepMap", "calibrate", "calibrate_relations", "fit", "fit_map", "load_calibration",
           "write_calibration"]
