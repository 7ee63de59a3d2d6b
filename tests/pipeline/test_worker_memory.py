"""A model worker keeps the memory the model frees for its next batch (pipeline.workers.keep_model_memory, issue 18).

The model allocates and frees large arrays at every batch; with glibc's default thresholds these were mapped
afresh and zeroed by the kernel page by page, ~1,500 minor page faults a document in a build's worker."""
from __future__ import annotations

import platform
import resource
import sys

import pytest

from graphbuild.pipeline import workers

glibc = pytest.mark.skipif(not sys.platform.startswith("linux") or platform.libc_ver()[0] != "glibc",
                           reason="mallopt's thresholds are glibc's")


def _blocks() -> None:
    """Large blocks of varied sizes, allocated and freed in turn, as the model's per-batch arrays are."""
    for mb in (2, 6, 12, 20, 4, 28, 9):
        block = bytearray(mb << 20)
        del block


def _faults_of_a_second_round() -> int:
    _blocks()
    before = resource.getrusage(resource.RUSAGE_SELF).ru_minflt
    _blocks()
    _blocks()
    return resource.getrusage(resource.RUSAGE_SELF).ru_minflt - before


@glibc
@pytest.mark.skipif(not workers.can_fork(), reason="no fork here")
def test_a_model_worker_reuses_freed_blocks():
    pool = workers._model_pool(1, False, None)
    try:
        faults = pool.submit(_faults_of_a_second_round).result(timeout=60)
    finally:
        pool.shutdown(wait=True)
    assert faults < 200  # Python's own small objects may touch a few new pages; each block again would be thousands



#: In a fresh interpreter, as the command line starts a 1-worker build (numpy not imported before the fork).
WORKER_PROBE = """
import sys
from graphbuild.pipeline import workers

def pools():
    from threadpoolctl import threadpool_info
    return [info["num_threads"] for info in threadpool_info() if info["internal_api"] == "openblas"]

assert "numpy" not in sys.modules
pool = workers._model_pool(1, True, None)
try:
    print(pool.submit(pools).result(timeout=120))
finally:
    pool.shutdown(wait=True)
"""


@pytest.mark.skipif(not workers.can_fork(), reason="no fork here")
def test_a_loading_model_worker_has_no_blas_pool():
    """The 1-worker build's worker imports numpy (with spaCy) itself: OpenBLAS in it starts no thread pool
    (graphbuild/nlp/blas_threads.py, issue 18, S24)."""
    import ast
    import os
    import subprocess
    from pathlib import Path

    env = {k: v for k, v in os.environ.items() if k not in ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS")}
    done = subprocess.run([sys.executable, "-c", WORKER_PROBE], capture_output=True, text=True, check=True, env=env,
                          cwd=Path(__file__).resolve().parents[2], timeout=300)
    pools = ast.literal_eval(done.stdout.strip().splitlines()[-1])  # the list of ints the probe printed
    assert pools and all(n == 1 for n in pools)
