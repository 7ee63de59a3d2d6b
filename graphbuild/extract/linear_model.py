"""A linear scorer stored as a small JSON file (weights and a threshold), shared by the learned extractors.

`roles_learned.v1` and `designations_learned.v1` both add to the rules what a logistic regression over named cues
accepts. The file format, its checks, the per-process cache and the fingerprint that makes a build re-extract after a
refit are the same for both, so they live here once.
"""
from __future__ import annotations

import functools
import hashlib
import json
import math
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from ..errors import ModelError


@dataclass(frozen=True)
class LinearModel:
    """Feature weights of a logistic regression and the probability from which a candidate is accepted.

    `reject_below` (optional): a scorer that also weighs the rules' own relations drops those it puts under it."""

    weights: dict[str, float]
    threshold: float
    reject_below: float | None = None

    def probability(self, features: Iterable[str]) -> float:
        z = sum(self.weights.get(f, 0.0) for f in set(features))
        return 1.0 / (1.0 + math.exp(-max(min(z, 30.0), -30.0)))


def read_model(path: Path, what: str = "model") -> LinearModel:
    """The model stored at `path`; a missing or malformed file is a ModelError naming it (and `what` it is)."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as exc:
        raise ModelError(f"{path}: cannot read the {what} ({exc})") from exc
    weights, threshold = data.get("weights") if isinstance(data, dict) else None, data.get("threshold") if isinstance(data, dict) else None
    if not isinstance(weights, dict) or not isinstance(threshold, (int, float)) or not all(isinstance(v, (int, float)) for v in weights.values()):
        raise ModelError(f"{path}: expected an object with 'weights' (feature -> number) and 'threshold' (number)")
    reject = data.get("reject_below")
    if reject is not None and (isinstance(reject, bool) or not isinstance(reject, (int, float))):
        raise ModelError(f"{path}: 'reject_below' must be a number or null")
    return LinearModel({str(k): float(v) for k, v in weights.items()}, float(threshold), None if reject is None else float(reject))


@functools.lru_cache(maxsize=8)
def _load(path: Path, stamp: tuple[int, int], what: str) -> LinearModel:
    """Read once per file state: `stamp` (mtime, size) is part of the cache key, so a refit file is read again."""
    return read_model(path, what)


def load_cached(path: Path, what: str) -> LinearModel:
    """The model at `path`, read once per process and again when the file changes."""
    try:
        stat = path.stat()
    except OSError as exc:
        raise ModelError(f"{path}: cannot read the {what} ({exc})") from exc
    return _load(path, (stat.st_mtime_ns, stat.st_size), what)


def file_fingerprint(path: Path) -> str:
    """Hash of the weights file, for the pipeline fingerprint: a different model file re-extracts the documents."""
    try:
        return hashlib.sha256(path.read_bytes()).hexdigest()
    except OSError:
        return "missing"
