"""An unchanged re-run decides from hashes alone: it must not pay for importing spaCy (~0.7 s)."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

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
    assert first.stdout.split() == ["1", "True"]
    again = subprocess.run([sys.executable, "-c", CODE, str(docs), str(out)], capture_output=True, text=True, cwd=ROOT, env=env, timeout=300)
    assert again.returncode == 0, again.stderr[-2000:]
    assert again.stdout.split() == ["0", "False"]
