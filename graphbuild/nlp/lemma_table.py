"""The model's lemmatizer, asked once per (word, POS, morphology) instead of once per token.

spaCy's rule lemmatizer already caches its answer per (ORTH, POS, MORPH), but it still visits
every token as a Python `Token` object to look the answer up (1.7% of the pipeline's CPU
in the issue-18 profile). Here the document's ORTH/POS/MORPH/LEMMA columns are read as one
array, a dict keyed the same way answers the tokens it has seen, and only new pairs go to
the model's lemmatizer; the lemmas are written back in one `from_array`. Since the key is
the lemmatizer's own cache key, the lemmas are the ones it gives (tests/nlp/test_lemma_table.py). The table starts
from the answers the package ships for frequent keys (`shipped_lemmas`), not empty in each worker, and answers
proper nouns itself where that is provably the lemmatizer's answer (`spelled_propn`).
"""
from __future__ import annotations

from typing import Any

import numpy
from spacy.attrs import LEMMA, MORPH, ORTH, POS
from spacy.lang.en.lemmatizer import EnglishLemmatizer
from spacy.language import Language
from spacy.parts_of_speech import IDS
from spacy.pipeline.lemmatizer import Lemmatizer
from spacy.tokens import Doc

from .shipped_lemmas import LOOKUP_TABLES, shipped_keys
from .stand_in import StandIn

#: Bound on remembered (word, POS, morphology) keys: a long build over a varied corpus must not grow without limit.
MAX_PAIRS = 500_000


PROPN = IDS["PROPN"]
#: `is_base_form` methods that read the token's POS and morphology only (spaCy's default and English ones).
MORPH_ONLY_BASE_FORMS = (Lemmatizer.is_base_form, EnglishLemmatizer.is_base_form)


def spelled_propn(lemmatizer: Any) -> bool:
    """Whether the lemmatizer's answer for a PROPN token is its spelling, lower-cased where `is_base_form` holds.

    spaCy's `rule_lemmatize` returns `[string.lower()]` for a base form, then `[string]` for a PROPN when none of
    lemma_index/lemma_exc/lemma_rules has a "propn" table (true of the English models: no name is in the file,
    `shipped_lemmas`). Holds only for that method, in rule mode, with an `is_base_form` that reads POS and morphology
    only (so it is asked once per morphology): else every PROPN key goes to the lemmatizer as before."""
    if getattr(lemmatizer, "mode", None) != "rule" or type(lemmatizer).rule_lemmatize is not Lemmatizer.rule_lemmatize:
        return False
    if getattr(lemmatizer.lemmatize, "__func__", None) is not Lemmatizer.rule_lemmatize:
        return False
    if getattr(type(lemmatizer).is_base_form, "__func__", type(lemmatizer).is_base_form) not in MORPH_ONLY_BASE_FORMS:
        return False
    lookups = lemmatizer.lookups
    return not any(lookups.get_table(name, {}).get("propn") for name in LOOKUP_TABLES)


class LemmaTable:
    """Gives each token the lemma the wrapped lemmatizer would give it."""

    def __init__(self, lemmatizer: Any) -> None:
        self.lemmatizer = lemmatizer
        self.overwrite = bool(getattr(lemmatizer, "overwrite", False))
        self.known: dict[tuple[int, int, int], int] = {}
        #: PROPN morphology id -> is_base_form, when `spelled_propn` (None: the lemmatizer answers proper nouns).
        self.propn_base: dict[int, bool] | None = {} if spelled_propn(lemmatizer) else None

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
                lemma = known[key] = self._propn(doc, i, key) or strings.add(self.lemmatizer.lemmatize(doc[i])[0])
            columns[i, 3] = lemma
        doc.from_array([LEMMA], columns[:, 3:4])
        return doc

    def _propn(self, doc: Doc, i: int, key: tuple[int, int, int]) -> int:
        """The lemma id `rule_lemmatize` gives the PROPN token `i` (`spelled_propn`); 0 for another token."""
        base = self.propn_base
        if base is None or key[1] != PROPN:
            return 0
        if key[2] not in base:
            base[key[2]] = bool(self.lemmatizer.is_base_form(doc[i]))
        return doc.vocab.strings.add(doc[i].text.lower()) if base[key[2]] else key[0]


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
    table.learn(shipped_keys(nlp, lemmatizer), nlp.vocab.strings)  # the frequent keys' answers, shipped: not asked again per worker
    component = nlp.add_pipe("gb_lemma_table", before="lemmatizer")
    component.table = table  # type: ignore[attr-defined]
    nlp.remove_pipe("lemmatizer")
