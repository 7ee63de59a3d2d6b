"""An unchanged re-run decides from hashes alone: it must not pay for importing spaCy (~0.7 s).
A 1-worker build whose model runs in a forked worker does not import it in the build process either:
the worker imports spaCy and loads the model while the build process goes on (issue 18)."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from graphbuild.pipeline import workers

ROOT = Path(__file__).resolve().parents[2]
CODE = """
import sys
from graphbuild.pipeline.run import BuildOptions, build
report = build([sys.argv[1]], BuildOptions(out=sys.argv[2]))
print(report.processed, 'spacy' in sys.modules)
"""


def test_unchanged_rerun_never_imports_spacy(tmp_path):
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "a.txt").write_text("The Treasury designated Ana Perel, the director of Nordvik Shipping LLC, on Monday.\n", encoding="utf-8")
    out = tmp_path / "out"
    env = {k: v for k, v in os.environ.items() if k not in {"GRAPHBUILD_EXTRACTORS", "GRAPHBUILD_ROLE_MODEL"}}
    first = subprocess.run([sys.executable, "-c", CODE, str(docs), str(out)], capture_output=True, text=True, cwd=ROOT, env=env, timeout=300)
    assert first.returncode == 0, first.stderr[-2000:]
    # a built document: spaCy is imported, in this process only where no model worker is forked (test below)
    assert first.stdout.split() == ["1", str(not _model_worker_forked())]
    again = subprocess.run([sys.executable, "-c", CODE, str(docs), str(out)], capture_output=True, text=True, cwd=ROOT, env=env, timeout=300)
    assert again.returncode == 0, again.stderr[-2000:]
    assert again.stdout.split() == ["0", "False"]


def _model_worker_forked() -> bool:
    """What `local_engine.process` decides for --workers 1 (a child process has this one's CPU affinity)."""
    return workers.forks_workers(1)


@pytest.mark.skipif(not _model_worker_forked(), reason="a model worker is forked only with fork and two usable cores")
def test_one_worker_build_imports_spacy_in_the_worker_only(tmp_path):
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "a.txt").write_text("The Treasury designated Ana Perel, the director of Nordvik Shipping LLC, on Monday.\n", encoding="utf-8")
    (docs / "b.txt").write_text("OFAC also designated Brennick Trading Ltd., a company based in Valmora.\n", encoding="utf-8")
    code = CODE.replace("print(report.processed,", "print(report.processed, dict(report.relations),")
    env = {k: v for k, v in os.environ.items() if k not in {"GRAPHBUILD_EXTRACTORS", "GRAPHBUILD_ROLE_MODEL"}}
    done = subprocess.run([sys.executable, "-c", code, str(docs), str(tmp_path / "out")], capture_output=True, text=True,
                          cwd=ROOT, env=env, timeout=300)
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.strip() == "2 {'designated_by': 2} False"  # the worker extracted both; spaCy never came here
