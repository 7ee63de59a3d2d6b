"""A process that runs the model starts no OpenBLAS thread pool (graphbuild/nlp/blas_threads.py, issue 18, S24)."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

#: Run in a fresh interpreter: what OpenBLAS was told, the threads the process has, the variable afterwards.
PROBE = """
import json, os, sys
from graphbuild.nlp.blas_threads import import_numpy_without_blas_pool
acted = import_numpy_without_blas_pool()
again = import_numpy_without_blas_pool()
from threadpoolctl import threadpool_info
pools = [info["num_threads"] for info in threadpool_info() if info["internal_api"] == "openblas"]
print(json.dumps({"acted": acted, "again": again, "pools": pools, "threads": len(os.listdir("/proc/self/task")),
                  "variable": os.environ.get("OPENBLAS_NUM_THREADS")}))
"""


def _probe(env_value: str | None) -> dict:
    import os

    env = {k: v for k, v in os.environ.items() if k not in ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS")}
    if env_value is not None:
        env["OPENBLAS_NUM_THREADS"] = env_value
    done = subprocess.run([sys.executable, "-c", PROBE], capture_output=True, text=True, cwd=ROOT, env=env, check=True)
    return json.loads(done.stdout.strip().splitlines()[-1])


def test_numpy_imported_first_here_starts_no_blas_pool() -> None:
    """On a machine of two or more cores OpenBLAS would start a pool of one thread per core; here it has one
    thread and the process no other; the variable is as it was (unset) after the import; a second call does nothing."""
    seen = _probe(None)
    assert seen["acted"] is True and seen["again"] is False
    assert all(n == 1 for n in seen["pools"])
    if sys.platform.startswith("linux"):
        assert seen["threads"] == 1
    assert seen["variable"] is None


def test_a_variable_set_by_the_user_is_put_back() -> None:
    seen = _probe("3")
    assert seen["acted"] is True
    assert seen["variable"] == "3"
    assert all(n == 1 for n in seen["pools"])
