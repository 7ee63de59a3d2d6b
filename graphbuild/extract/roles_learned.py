"""roles_learned.v1: the rules' posts plus the pairs a trained linear scorer accepts.

The rules (roles.v1) stay as they are; the scorer only ADDS (person, organization) pairs of the
document (`roles_doc.doc_candidates`: same sentence, paragraph, list intro, sentences before, the
document's main organizations) that the rules did not give, when its probability reaches the
threshold chosen by cross-validation.
Its confidence is that probability. The weights are a small JSON file in the package
(`graphbuild/data/roles_model.json`), refit by `python benchmarks/train_roles.py` (docs/extraction.md).
"""
from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

from spacy.tokens import Doc

from ..nlp.modelinfo import ROLE_MODEL_ENV
from ..records import Relation
from .common import relation
from .context import context_of
from .linear_model import LinearModel, file_fingerprint, load_cached
from .linear_model import read_model as read_linear_model
from .roles import extract_roles
from .roles_government import without_generic_government_posts
from .roles_doc import doc_candidates
from .roles_description_bodies import without_description_bodies
from .roles_stance import with_stance
from .roles_table import without_organ_posts

NAME = "roles_learned.v1"
MODEL_PATH = Path(__file__).resolve().parent.parent / "data" / "roles_model.json"


RoleModel = LinearModel  # the name the tests and benchmarks use


def read_model(path: Path, what: str = "role model") -> RoleModel:
    """The role model stored at `path`; a missing or malformed file is a ModelError naming it."""
    return read_linear_model(path, what)


ENV_MODEL = ROLE_MODEL_ENV


def model_path() -> Path:
    """The weights in use: `$GRAPHBUILD_ROLE_MODEL` when set (per-fold models of the cross-validation), else the shipped file."""
    override = os.environ.get(ENV_MODEL)
    return Path(override) if override else MODEL_PATH


def load_model(path: Path | None = None) -> RoleModel:
    """The model at `path` (default: `model_path()`), read once per process and again when the file changes."""
    return load_cached(path or model_path(), "role model")


def model_fingerprint() -> str:
    """Hash of the weights in use, for the pipeline fingerprint: a different model file re-extracts the documents."""
    return file_fingerprint(model_path())


def learned_pairs(doc: Doc, rules: list[Relation], model: RoleModel) -> Iterator[Relation]:
    """The document-level pairs the model accepts among those the rules did not give (one relation per pair)."""
    for cand in doc_candidates(context_of(doc), rules):
        p = model.probability(cand.features)
        if p >= model.threshold:
            yield relation("holds_role", cand.subject, cand.obj, cand.sent, NAME, round(p, 3), role=cand.role,
                           role_class=cand.role_class, current=cand.current)


def extract_roles_learned(doc: Doc) -> Iterator[Relation]:
    """roles.v1's relations, then the learned additions (the candidates are made from every rule post, so a generic
    government post the output drops still keeps the scorer from offering the same pair)."""
    rules = list(extract_roles(doc))
    ctx = context_of(doc)
    learned = without_organ_posts(ctx, list(learned_pairs(doc, rules, load_model())))  # a table row's board (roles_table)
    learned = without_description_bodies(ctx, learned, rules)  # "X, a partner of Y LLP, is the treasurer of Z": not Y's
    yield from with_stance(doc, without_generic_government_posts(rules + learned))
