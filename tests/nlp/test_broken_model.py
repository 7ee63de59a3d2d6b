"""A model that is installed but broken is one clear ModelError naming it, in this process and from a model worker."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from graphbuild.errors import ModelError
from graphbuild.nlp.model import load_pipeline

SEEDS = Path(__file__).resolve().parents[2] / "seeds"


def _broken_model(root: Path) -> Path:
    """A model folder whose meta.json names no language (what a half-copied or hand-edited model looks like)."""
    folder = root / "broken_model"
    folder.mkdir()
    (folder / "meta.json").write_text("{}", encoding="utf-8")
    (folder / "config.cfg").write_text("[nlp\n", encoding="utf-8")
    return folder


def test_a_broken_model_folder_is_a_model_error_naming_it(tmp_path):
    folder = _broken_model(tmp_path)
    with pytest.raises(ModelError, match=rf"^cannot load spaCy model '{folder}': it is there but broken \(ValueError: \[E054\]"):
        load_pipeline(str(folder))


def test_a_build_with_a_broken_model_stops_with_the_model_error(tmp_path, monkeypatch):
    from graphbuild.pipeline import workers
    from graphbuild.pipeline.run import BuildOptions, build

    folder = _broken_model(tmp_path)
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    shutil.copy(SEEDS / "venezuela_pdvsa_2019.txt", corpus)
    if workers.can_fork():
        monkeypatch.setattr(workers, "usable_cores", lambda: 2)  # the model worker loads it
    with pytest.raises(ModelError, match=rf"^cannot load spaCy model '{folder}': it is there but broken"):
        build([corpus], BuildOptions(out=tmp_path / "out", model=str(folder)))


def test_a_broken_config_gives_its_first_written_reason(tmp_path):
    folder = tmp_path / "bad_config_model"
    folder.mkdir()
    (folder / "meta.json").write_text('{"lang": "en", "name": "bad_config", "version": "0.0.1"}', encoding="utf-8")
    (folder / "config.cfg").write_text('[nlp\nlang = "en"\n', encoding="utf-8")
    with pytest.raises(ModelError, match=r"it is there but broken \(ConfigValidationError: Config validation error\)"):
        load_pipeline(str(folder))
