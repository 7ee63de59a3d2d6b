"""designations_learned.v1: the rules' designations plus the entities a trained linear scorer accepts.

The rules (designations.v1) stay as they are; the scorer only ADDS entities of the release that no rule designated
(`designations_doc.doc_candidates`), when its probability reaches the threshold chosen by cross-validation on
train/. The authority is the one the best sentence names as acting (the State Department, say), else the body
announcing the release. Weights: `graphbuild/data/designations_model.json`, refit by
`python benchmarks/train_designations.py` (docs/extraction.md).
"""
from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

from spacy.tokens import Doc

from ..nlp.coref import Cluster
from ..records import Relation
from .authority import authorities_in, default_authority
from .common import ref, relation
from .context import DocContext, context_of
from .designations import extract_designations
from .designations_doc import Candidate, doc_candidates
from .linear_model import LinearModel, file_fingerprint, load_cached
from .linear_model import read_model as read_linear_model

NAME = "designations_learned.v1"
MODEL_PATH = Path(__file__).resolve().parent.parent / "data" / "designations_model.json"
ENV_MODEL = "GRAPHBUILD_DESIGNATION_MODEL"


def model_path() -> Path:
    """`$GRAPHBUILD_DESIGNATION_MODEL` when set (per-fold models of the cross-validation), else the shipped file."""
    override = os.environ.get(ENV_MODEL)
    return Path(override) if override else MODEL_PATH


def load_model(path: Path | None = None) -> LinearModel:
    """The model at `path` (default: `model_path()`), read once per process and again when the file changes."""
    return load_cached(path or model_path(), "designation model")


def read_model(path: Path) -> LinearModel:
    """The designation model stored at `path` (a ModelError naming it when missing or malformed)."""
    return read_linear_model(path, "designation model")


def model_fingerprint() -> str:
    """Hash of the weights in use, for the pipeline fingerprint."""
    return file_fingerprint(model_path())


def authority_for(ctx: DocContext, cand: Candidate) -> Cluster | None:
    """The sanctioning US body the candidate's sentence names, else the release's announcing body."""
    named = [c for c in authorities_in(ctx, cand.sent.start, cand.sent.end)
             if c.authority in ctx.gaz.authorities and ctx.gaz.authorities[c.authority].sanctioning
             and ctx.gaz.authorities[c.authority].country == "United States"]
    return named[0] if named else default_authority(ctx)


def learned_designations(doc: Doc, rules: list[Relation], model: LinearModel) -> Iterator[Relation]:
    """The entities the rules did not designate whose probability reaches the model's threshold (the probability is
    the relation's confidence), each with the authority of `authority_for`."""
    ctx = context_of(doc)
    for cand in doc_candidates(ctx, rules):
        p = model.probability(cand.features)
        if p < model.threshold:
            continue
        authority = authority_for(ctx, cand)
        if authority is None:
            continue
        yield relation("designated_by", ref(cand.cluster), ref(authority), cand.sent, NAME, round(p, 3))


def extract_designations_learned(doc: Doc) -> Iterator[Relation]:
    """designations.v1's relations, then the learned additions."""
    rules = list(extract_designations(doc))
    yield from rules
    yield from learned_designations(doc, rules, load_model())
