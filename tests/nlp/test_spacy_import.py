"""spaCy imported without its command line in the model worker (graphbuild/nlp/spacy_import.py, issue 18):
the pipeline loads and runs, `spacy.info` and a later `import spacy.cli` still work, and a spaCy whose
`__init__` uses its command line otherwise is imported as usual."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from types import SimpleNamespace

import pytest

from graphbuild.nlp import spacy_import
from graphbuild.pipeline import workers
from model_worker_probe import in_model_worker

ROOT = Path(__file__).resolve().parents[2]

FRESH = """
import json, sys
from graphbuild.nlp.spacy_import import import_spacy_without_cli
left_out = import_spacy_without_cli() if sys.argv[1] == "without" else __import__("spacy") is None
cli_after_import = sorted(m for m in sys.modules if m.startswith(("spacy.cli", "weasel", "httpx")))
from graphbuild.nlp.model import load_pipeline
nlp = load_pipeline()
doc = nlp.make_doc("OFAC designated Tomas Varga (Varga)on Monday. Tomas Varga is a co-founder of Nordvik Shipping LLC.")
doc.user_data["gb_meta"] = {}
relations = sorted(json.dumps(r, sort_keys=True) for r in nlp(doc)._.relations)
cli_after_load = "spacy.cli" in sys.modules
import spacy
info = spacy.info()
import spacy.cli
from spacy.cli.download import download
print(json.dumps({"left_out": left_out, "cli_after_import": cli_after_import, "cli_after_load": cli_after_load,
                  "relations": relations, "info_version": info["spacy_version"], "version": spacy.__version__,
                  "real_cli": spacy.cli.__file__.endswith("cli/__init__.py"), "download": callable(download)}))
"""


def _fresh(way: str) -> dict:
    done = subprocess.run([sys.executable, "-c", FRESH, way], capture_output=True, text=True, cwd=ROOT, timeout=300)
    assert done.returncode == 0, done.stderr[-2000:]
    return json.loads(done.stdout.strip().splitlines()[-1])


def test_a_fresh_process_loads_and_runs_the_pipeline_without_the_command_line():
    result, usual = (_fresh(way) for way in ("without", "usual"))
    assert result["left_out"] is True
    assert result["cli_after_import"] == []
    assert result["cli_after_load"] is False  # spacy.load needs none of it
    assert [json.loads(r)["relation"] for r in result["relations"]] == ["designated_by", "holds_role"]
    assert result["relations"] == usual["relations"]  # the same relations as with spaCy imported as usual
    assert usual["left_out"] is False and "spacy.cli" in usual["cli_after_import"]
    assert result["info_version"] == result["version"]  # spacy.info imports the real command on first use
    assert result["real_cli"] is True and result["download"] is True  # a later import gets the real package


def test_spacy_already_imported_is_left_as_it_is():
    import spacy

    assert spacy_import.import_spacy_without_cli() is False
    assert sys.modules["spacy"] is spacy


@pytest.mark.parametrize("source,expected", [
    ("import sys\nfrom .cli.info import info  # noqa: F401\nfrom .errors import Errors\n", True),
    ("from .cli.info import info\nfrom .cli import setup_cli\n", False),  # uses more of the command line
    ("from .cli.info import info, explain\n", False),
    ("from . import cli\n", False),
    ("from .errors import Errors\n", False),  # a version without the line: nothing to leave out
])
def test_only_a_spacy_init_that_imports_just_info_from_its_command_line_qualifies(tmp_path, monkeypatch, source, expected):
    init = tmp_path / "spacy" / "__init__.py"
    init.parent.mkdir()
    init.write_text(source, encoding="utf-8")
    monkeypatch.setattr(spacy_import.importlib.util, "find_spec", lambda name: SimpleNamespace(origin=str(init)))
    assert spacy_import._cli_import_is_only_info() is expected


MODULES = """
def probe():
    return "spacy" in sys.modules, "spacy.cli" in sys.modules, workers._NLP is not None, workers._LOAD_ERROR is None
"""


@pytest.mark.skipif(not workers.can_fork(), reason="model workers are forked")
def test_the_model_worker_loads_the_pipeline_without_the_command_line():
    assert in_model_worker(MODULES) == [True, False, True, True]
