"""Fixtures shared by the robustness tests."""
from __future__ import annotations

import pytest


@pytest.fixture(scope="module")
def blank_model(tmp_path_factory) -> str:
    """A tokenizer-and-sentencizer pipeline saved to disk: builds in seconds (the length limit is the tokenizer's),
    enough to show every document is read, stored or reported."""
    import spacy

    path = tmp_path_factory.mktemp("blank-model") / "blank_en"
    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    nlp.to_disk(path)
    return str(path)
