"""The model's matrix products through numpy's BLAS on one thread, instead of thinc's bundled BLIS.

thinc multiplies through BLIS by default. On this project's machines (AMD EPYC with AVX-512)
numpy's OpenBLAS picks an AVX-512 kernel and does the same float32 products for about a third
of the CPU (8,000 x 288 by 288 x 288: 0.014 CPU-s against 0.040), and the products are ~40% of
the pipeline's CPU (`gemm` in a cProfile of 150 benchmark documents). The results were
identical token for token (tags, POS, morphology, lemmas, heads, labels, entities, sentence
starts) on 240,591 tokens of the dev, train, unlabeled and benchmark documents
(docs/benchmarks.md); tests/nlp/test_model_cuts.py keeps checking it.

One thread: OpenBLAS would otherwise start a thread per core for each product; the model's
products are small (one batch of tokens), so on a shared machine, or beside `--workers`
processes, the extra threads cost more CPU than they save (measured: 10.2-12.6 CPU-s with
the default threads against 7.2-8.6 with one, on dev+train). The limit is set around each
product only (threadpoolctl, ~13 microseconds a call), so a notebook's own numpy keeps its threads
(two threads running the model at once could leave BLAS at one thread: the limit is process-wide).
"""
from __future__ import annotations

from typing import Any

from spacy.language import Language
from thinc.api import NumpyOps

_BLAS: Any = None  # threadpoolctl's handle on the loaded BLAS libraries, found once per process


def _blas() -> Any:
    global _BLAS
    if _BLAS is None:
        from threadpoolctl import ThreadpoolController

        _BLAS = ThreadpoolController().select(user_api="blas")
    return _BLAS


class OneThreadNumpyOps(NumpyOps):
    """NumpyOps whose `gemm` is numpy's (not BLIS), run on one BLAS thread."""

    def __init__(self) -> None:
        super().__init__(use_blis=False)

    def gemm(self, x: Any, y: Any, *, out: Any = None, trans1: bool = False, trans2: bool = False) -> Any:
        with _blas().limit(limits=1):
            return super().gemm(x, y, out=out, trans1=trans1, trans2=trans2)


def use_numpy_gemm(nlp: Language) -> int:
    """Give every layer of the pipeline's models that runs on plain NumpyOps the one-thread numpy ops; returns how many."""
    ops = OneThreadNumpyOps()
    swapped = 0
    for _, component in nlp.pipeline:
        model = getattr(component, "model", None)
        if model is None or not hasattr(model, "walk"):
            continue
        for node in model.walk():
            if type(node.ops) is NumpyOps:  # not a GPU's ops, nor ops someone chose on purpose
                node.ops = ops
                swapped += 1
    return swapped
