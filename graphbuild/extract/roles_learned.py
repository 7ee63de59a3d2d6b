"""roles_learned.v1: the rules' posts plus the pairs a trained linear scorer accepts.

The rules (roles.v1) stay as they are; the scorer only ADDS (person, organization) pairs of the
document (`roles_doc.doc_candidates`: same sentence, paragraph, list intro, sentences before, the
document's main organizations) that the rules did not give, when its probability reaches the
threshold chosen by cross-validation.
Its confidence is that probability. The weights are a small JSON file in the package
(`graphbuild/data/roles_model.json`), refit by `python benchmarks/train_roles.py` (docs/extraction.md).
"""
from __future__ import annotations

import functools
import hashlib
import json
import math
import os
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from spacy.tokens import Doc

from ..errors import ModelError
from ..nlp.modelinfo import ROLE_MODEL_ENV
from ..records import Relation
from .common import relation
from .context import context_of
from .roles import extract_roles
from .roles_doc import doc_candidates

NAME = "roles_learned.v1"
MODEL_PATH = Path(__file__).resolve().parent.parent / "data" / "roles_model.json"


@dataclass(frozen=True)
class RoleModel:
    """Feature weights of a logistic regression and the probability from which a pair is accepted."""

    weights: dict[str, float]
    threshold: float

    def probability(self, features: Iterable[str]) -> float:
        z = sum(self.weights.get(f, 0.0) for f in set(features))
        return 1.0 / (1.0 + math.exp(-max(min(z, 30.0), -30.0)))


def read_model(path: Path, what: str = "role model") -> RoleModel:
    """The model stored at `path`; a missing or malformed file is a ModelError naming it (and `what` it is)."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as exc:
        raise ModelError(f"{path}: cannot read the {what} ({exc})") from exc
    weights, threshold = data.get("weights") if isinstance(data, dict) else None, data.get("threshold") if isinstance(data, dict) else None
    if not isinstance(weights, dict) or not isinstance(threshold, (int, float)) or not all(isinstance(v, (int, float)) for v in weights.values()):
        raise ModelError(f"{path}: expected an object with 'weights' (feature -> number) and 'threshold' (number)")
    return RoleModel({str(k): float(v) for k, v in weights.items()}, float(threshold))


ENV_MODEL = ROLE_MODEL_ENV


def model_path() -> Path:
    """The weights in use: `$GRAPHBUILD_ROLE_MODEL` when set (per-fold models of the cross-validation), else the shipped file."""
    override = os.environ.get(ENV_MODEL)
    return Path(override) if override else MODEL_PATH


@functools.lru_cache(maxsize=4)
def _load(path: Path, stamp: tuple[int, int]) -> RoleModel:
    return read_model(path)


def load_model(path: Path | None = None) -> RoleModel:
    """The model at `path` (default: `model_path()`), read once per process and again when the file changes."""
    path = path or model_path()
    try:
        stat = path.stat()
    except OSError as exc:
        raise ModelError(f"{path}: cannot read the role model ({exc})") from exc
    return _load(path, (stat.st_mtime_ns, stat.st_size))


def model_fingerprint() -> str:
    """Hash of the weights in use, for the pipeline fingerprint: a different model file re-extracts the documents."""
    try:
        return hashlib.sha256(model_path().read_bytes()).hexdigest()
    except OSError:
        return "missing"


def learned_pairs(doc: Doc, rules: list[Relation], model: RoleModel) -> Iterator[Relation]:
    """The document-level pairs the model accepts among those the rules did not give (one relation per pair)."""
    for cand in doc_candidates(context_of(doc), rules):
        p = model.probability(cand.features)
        if p >= model.threshold:
            yield relation("holds_role", cand.subject, cand.obj, cand.sent, NAME, round(p, 3), role=cand.role,
                           role_class=cand.role_class, current=cand.current)


def extract_roles_learned(doc: Doc) -> Iterator[Relation]:
    """roles.v1's relations, then the learned additions."""
    rules = list(extract_roles(doc))
    yield from rules
    yield from learned_pairs(doc, rules, load_model())
