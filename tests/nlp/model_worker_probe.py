"""Run one function inside a forked build model worker and return its JSON answer.

WHY: what a build's worker has loaded (spaCy's command line, the held parser loops) can differ from what the test
process loaded, so tests ask the worker itself, in a fresh interpreter, through the build's own pool.
"""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]

_SCRIPT = """
import json, sys
from graphbuild.pipeline import workers
{probe}
pool = workers._model_pool(1, True, None)
print(json.dumps(pool.submit(probe).result(timeout=240)))
pool.shutdown()
"""


def in_model_worker(probe: str) -> Any:
    """The JSON value that `probe()` (source of a function of that name, using `workers`, `json`, `sys`) returns in a
    forked model worker of a fresh interpreter; asserts that the interpreter exited cleanly."""
    done = subprocess.run([sys.executable, "-c", _SCRIPT.format(probe=probe)], capture_output=True, text=True,
                          cwd=ROOT, timeout=300)
    assert done.returncode == 0, done.stderr[-2000:]
    return json.loads(done.stdout.strip().splitlines()[-1])
