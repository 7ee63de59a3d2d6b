"""No OpenBLAS thread pool in a process that runs the model (issue 18, S24).

numpy's OpenBLAS starts a pool of threads (one per core) when numpy is first imported. The model's matrix
products already run on one BLAS thread (`graphbuild.nlp.gemm`: the limit is set around each product), so the
pool never does a product, yet it costs: with it, the entity recogniser's `predict` took 9.1-9.6 CPU-s over eight
passes of the quick benchmark's 60 documents, without it 7.4-8.2 (`perf`: ~36% of the samples in
pthread mutex lock/unlock with the pool, 4% and 2% without it).
Started without the pool, the model worker's warm pass over those documents took 1.87-1.89 CPU-s of model instead of
1.99-2.27 (docs/benchmarks.md, twentieth session).

OpenBLAS reads `OPENBLAS_NUM_THREADS` once, when its library loads (at numpy's first import), so this must run
before that, in the process that will load the model: the 1-worker build's model worker before it imports spaCy
(`graphbuild.pipeline.workers`), and a several-worker build's process before it loads the model its forked workers
inherit (`graphbuild.pipeline.local_engine`). The variable is put back as it was right after numpy's import, so
nothing else (a child process, a later read) sees it changed. Where numpy is already imported it does nothing.
"""
from __future__ import annotations

import os
import sys

#: What OpenBLAS reads for its pool's size (before OMP_NUM_THREADS).
VARIABLE = "OPENBLAS_NUM_THREADS"


def import_numpy_without_blas_pool() -> bool:
    """Import numpy with OpenBLAS told to start no thread pool; whether that was still possible (numpy not imported)."""
    if "numpy" in sys.modules:
        return False
    before = os.environ.get(VARIABLE)
    os.environ[VARIABLE] = "1"
    try:
        import numpy  # noqa: F401 - OpenBLAS reads the variable as numpy loads it
    finally:
        if before is None:
            del os.environ[VARIABLE]
        else:
            os.environ[VARIABLE] = before
    return True


__all__ = ["VARIABLE", "import_numpy_without_blas_pool"]
