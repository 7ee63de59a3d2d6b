"""The parser's and entity recogniser's greedy transition loop run with the GIL held (issue 18, thirtieth session).

WHY: spaCy's `Parser.greedy_parse` releases the GIL (`with nogil: self._parseC(...)`) and then, in the wheel this
project runs (spaCy 3.8, compiled by Cython 3.3), every call of the state's small inline accessors (`StateC.B`,
`S`, `safe_get`, `entity_is_open`, thinc's `Vec.arg_max`) takes it back and lets it go again
(`PyGILState_Ensure` / `PyGILState_Release` around an empty body, in the disassembly). The transition validity
checks call them hundreds of times per token, so ~25% of a model worker's samples sat in `take_gil`, `drop_gil`
and their mutexes, in a process with one thread (nothing contends: each hand-over is paid in full anyway).
With the GIL already held, `PyGILState_Ensure` is a counter increment. spaCy's own `transition_states` runs the
same C transition step (`c_transition_batch`) with the GIL held, and the model step's parts are spaCy's own
(`get_token_ids`, `precompute_hiddens.predict` with the same C feature sum, BLIS's sgemm for the upper layer),
so the scores and the chosen actions are the C loop's, bit for bit (tests/nlp/test_held_parse.py;
docs/benchmarks.md, "Issue 18, thirtieth session (GL)").

Only CPU pipelines with a greedy, maxout step are switched; any other keeps spaCy's loop. With one maxout piece
spaCy's Python step (`precompute_hiddens`) adds a relu that its C loop does not, with or without an upper layer
(thirtieth session, RG: a one-piece ner with an upper layer chose other entities). The loop copies internals of the
spaCy and thinc releases it was checked on (`TESTED_VERSIONS`); under any other, spaCy's own loop runs (same output,
only slower), as the shipped lemma table is refused under another spaCy.
"""
from __future__ import annotations

from typing import Any

import blis.py
import numpy
import spacy.about
import thinc.about
from spacy.pipeline.dep_parser import DependencyParser
from spacy.pipeline.ner import EntityRecognizer
from spacy.pipeline.transition_parser import Parser
from thinc.api import NumpyOps, set_dropout_rate

#: (spaCy, thinc) releases whose greedy loop `_held_greedy_parse` was checked to reproduce, action for action
#: (`python benchmarks/model_cuts_check.py --relations`: 0 of 240,589 tokens differ). spaCy's `predict_states` and
#: `transition_states`, thinc's `CBlas` (BLIS's sgemm) and maxout are what it copies; another release may change them.
TESTED_VERSIONS = frozenset({("3.8.18", "8.3.14")})


def installed_versions() -> tuple[str, str]:
    """The installed spaCy's and thinc's versions (their `about` modules: no scan of the installed packages)."""
    return spacy.about.__version__, thinc.about.__version__


def _held_greedy_parse(component: Any, docs: list[Any], drop: float = 0.0) -> Any:
    """`Parser.greedy_parse`'s result, stepping in Python with the GIL held; spaCy's own loop where the model's
    step is not the shape this reproduces exactly (one maxout piece: spaCy's Python step adds a relu, its C loop not)."""
    component._ensure_labels_are_added(docs)  # noqa: SLF001 - what greedy_parse does first
    set_dropout_rate(component.model, drop)
    batch = component.moves.init_batch(docs)
    model = component.model.predict(docs)
    state2vec, upper = model.state2vec, model.vec2scores
    if state2vec.nP < 2:
        model.clear_memory()
        return Parser.greedy_parse(component, docs, drop=drop)
    if upper is not None:
        weights = numpy.ascontiguousarray(upper.get_param("W"))
        bias = upper.get_param("b")
    unseen = numpy.flatnonzero(model._class_mask == 0)  # noqa: SLF001 - the C loop's seen_classes
    states = [state for state in batch if not state.is_final()]
    while states:
        scores = state2vec.predict(model.get_token_ids(states))  # feature sum + bias + maxout, as predict_states
        if upper is not None:
            scores = blis.py.gemm(scores, weights, trans2=True, beta=0.0)  # the C loop's sgemm (thinc's CBlas: BLIS)
            scores += bias
        if unseen.size:
            scores[:, unseen] = scores.min()
        states = component.transition_states(states, scores)
    model.clear_memory()
    return batch


class HeldEntityRecognizer(EntityRecognizer):
    """spaCy's entity recogniser whose greedy loop holds the GIL (same output)."""

    def greedy_parse(self, docs: list[Any], drop: float = 0.0) -> Any:
        return _held_greedy_parse(self, docs, drop)


class HeldDependencyParser(DependencyParser):
    """spaCy's dependency parser whose greedy loop holds the GIL (same output)."""

    def greedy_parse(self, docs: list[Any], drop: float = 0.0) -> Any:
        return _held_greedy_parse(self, docs, drop)


_HELD = {EntityRecognizer: HeldEntityRecognizer, DependencyParser: HeldDependencyParser}


def _held_copy(component: Any) -> Any | None:
    """The same component (its model, moves, settings shared) as the held class, or None where it does not apply."""
    held = _HELD.get(type(component))
    if held is None or component.cfg.get("beam_width", 1) != 1 or not isinstance(component.model.ops, NumpyOps):
        return None
    if installed_versions() not in TESTED_VERSIONS:
        return None
    copy = held(component.vocab, component.model, component.name, component.moves, scorer=component.scorer)
    copy.cfg = component.cfg  # the other keywords of __init__ only fill cfg, read from it later
    copy._rehearsal_model = component._rehearsal_model  # noqa: SLF001
    copy._multitasks = component._multitasks  # noqa: SLF001
    return copy


def hold_gil_in_parsers(nlp: Any) -> list[str]:
    """Swap the pipeline's spaCy parsers and entity recognisers for their held-loop copies; the names swapped."""
    swapped = []
    for i, (name, component) in enumerate(nlp._components):  # noqa: SLF001 - spaCy offers no in-place swap
        copy = _held_copy(component)
        if copy is not None:
            nlp._components[i] = (name, copy)  # noqa: SLF001
            swapped.append(name)
    return swapped
