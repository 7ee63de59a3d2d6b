"""roles_learned.v1: the rules' posts plus the pairs a trained linear scorer accepts.

The rules (roles.v1) stay as they are; the scorer only ADDS (person, organization) pairs of a sentence
that the rules did not give, when its probability reaches the threshold chosen by cross-validation.
Its confidence is that probability. The weights are a small JSON file in the package
(`graphbuild/data/roles_model.json`), refit by `python benchmarks/train_roles.py` (docs/extraction.md).
"""
from __future__ import annotations

import functools
import json
import math
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from spacy.tokens import Doc

from ..errors import ModelError
from ..records import Relation
from .common import relation
from .context import context_of
from .roles import extract_roles
from .roles_features import Candidate, candidates

NAME = "roles_learned.v1"
MODEL_PATH = Path(__file__).resolve().parent.parent / "data" / "roles_model.json"


@dataclass(frozen=True)
class RoleModel:
    """Feature weights of a logistic regression and the probability from which a pair is accepted."""

    weights: dict[str, float]
    threshold: float

    def probability(self, features: Iterable[str]) -> float:
        z = sum(self.weights.get(f, 0.0) for f in features)
        return 1.0 / (1.0 + math.exp(-max(min(z, 30.0), -30.0)))


def read_model(path: Path) -> RoleModel:
    """The model stored at `path`; a missing or malformed file is a ModelError naming it."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as exc:
        raise ModelError(f"{path}: cannot read the role model ({exc})") from exc
    weights, threshold = data.get("weights") if isinstance(data, dict) else None, data.get("threshold") if isinstance(data, dict) else None
    if not isinstance(weights, dict) or not isinstance(threshold, (int, float)) or not all(isinstance(v, (int, float)) for v in weights.values()):
        raise ModelError(f"{path}: expected an object with 'weights' (feature -> number) and 'threshold' (number)")
    return RoleModel({str(k): float(v) for k, v in weights.items()}, float(threshold))


@functools.lru_cache(maxsize=4)
def load_model(path: Path = MODEL_PATH) -> RoleModel:
    """The shipped model, read once per process."""
    return read_model(path)


def learned_pairs(doc: Doc, rules: list[Relation], model: RoleModel) -> Iterator[Relation]:
    """The pairs the model accepts among the candidates the rules did not give (one relation per pair, its best sentence)."""
    skip = {(r.subject.name.casefold(), r.object.name.casefold()) for r in rules if r.relation == "holds_role"}
    best: dict[tuple[str, str], tuple[float, Candidate]] = {}
    for cand in candidates(context_of(doc), skip):
        if cand.role is None:
            continue  # no post named in the sentence: no role string to give
        p = model.probability(cand.features)
        key = (cand.subject.name.casefold(), cand.obj.name.casefold())
        if p >= model.threshold and p > best.get(key, (0.0, None))[0]:
            best[key] = (p, cand)
    for p, cand in best.values():
        title = cand.title
        yield relation("holds_role", cand.subject, cand.obj, cand.sent, NAME, round(p, 3), role=cand.role,
                       role_class=title.role_class if title else "member", current=not (title and title.former))


def extract_roles_learned(doc: Doc) -> Iterator[Relation]:
    """roles.v1's relations, then the learned additions."""
    rules = list(extract_roles(doc))
    yield from rules
    yield from learned_pairs(doc, rules, load_model())
