"""The model's lemmatizer, asked once per (word, POS, morphology) instead of once per token.

spaCy's rule lemmatizer already caches its answer per (ORTH, POS, MORPH), but it still visits
every token as a Python `Token` object to look the answer up (1.7% of the pipeline's CPU
in the issue-18 profile). Here the document's ORTH/POS/MORPH/LEMMA columns are read as one
array, a dict keyed the same way answers the tokens it has seen, and only new pairs go to
the model's lemmatizer; the lemmas are written back in one `from_array`. Since the key is
the lemmatizer's own cache key, the lemmas are the ones it gives (tests/nlp/test_lemma_table.py). The table starts
from the answers the package ships for frequent keys (`shipped_lemmas`), not empty in each worker.
"""
from __future__ import annotations

from typing import Any

import numpy
from spacy.attrs import LEMMA, MORPH, ORTH, POS
from spacy.language import Language
from spacy.tokens import Doc

from .shipped_lemmas import shipped_keys
from .stand_in import StandIn

#: Bound on remembered (word, POS, morphology) keys: a long build over a varied corpus must not grow without limit.
MAX_PAIRS = 500_000


class LemmaTable:
    """Gives each token the lemma the wrapped lemmatizer would give it."""

    def __init__(self, lemmatizer: Any) -> None:
        self.lemmatizer = lemmatizer
        self.overwrite = bool(getattr(lemmatizer, "overwrite", False))
        self.known: dict[tuple[int, int, int], int] = {}

    def learn(self, answers: dict[tuple[int, int, int], str], strings: Any) -> None:
        """Take the lemmatizer's `answers` (key -> lemma, e.g. `shipped_lemmas.shipped_keys`) as already asked."""
        self.known.update(zip(answers, map(strings.add, answers.values())))

    def __call__(self, doc: Doc) -> Doc:
        if len(doc) == 0:
            return doc
        columns = doc.to_array([ORTH, POS, MORPH, LEMMA])
        todo = range(len(doc)) if self.overwrite else numpy.nonzero(columns[:, 3] == 0)[0].tolist()
        if not todo:
            return doc
        strings = doc.vocab.strings
        known = self.known
        if len(known) > MAX_PAIRS:
            known.clear()
        for i in todo:
            key = (int(columns[i, 0]), int(columns[i, 1]), int(columns[i, 2]))
            lemma = known.get(key)
            if lemma is None:
                lemma = known[key] = strings.add(self.lemmatizer.lemmatize(doc[i])[0])
            columns[i, 3] = lemma
        doc.from_array([LEMMA], columns[:, 3:4])
        return doc


@Language.factory("gb_lemma_table", assigns=["token.lemma"])
def make_lemma_table(nlp: Language, name: str) -> StandIn:
    return StandIn("gb_lemma_table", "lemmatizer", "replace_lemmatizer")


def replace_lemmatizer(nlp: Language) -> None:
    """Swap the model's lemmatizer (spaCy's own, rule or lookup mode: answers that depend on the key only) for the table."""
    if "lemmatizer" not in nlp.pipe_names:
        return
    lemmatizer = nlp.get_pipe("lemmatizer")
    if getattr(lemmatizer, "mode", None) not in {"rule", "lookup"} or not hasattr(lemmatizer, "lemmatize"):
        return  # another kind of lemmatizer: its answer may depend on more than (word, POS, morphology)
    table = LemmaTable(lemmatizer)
    table.learn(shipped_keys(nlp), nlp.vocab.strings)  # the frequent keys' answers, shipped: not asked again per worker
    component = nlp.add_pipe("gb_lemma_table", before="lemmatizer")
    component.table = table  # type: ignore[attr-defined]
    nlp.remove_pipe("lemmatizer")
