"""The model's attribute ruler, remembered per token kind: same attributes, without its matcher on every token.

`en_core_web_sm`'s `attribute_ruler` runs a `Matcher` of ~180 patterns over every token (a tenth
of the pipeline's CPU time, see docs/benchmarks.md) to set POS, MORPH, LEMMA (and on space tokens
TAG and DEP). Almost all of its patterns read one token's TAG, LOWER, IS_SPACE and DEP, so what it
sets on a token is a function of those (and the values the token had before). This component asks
the real ruler once per new token kind and then copies its answer; a document in which one of the
multi-token patterns matches goes through the real ruler as a whole, so the result is the same.
"""
from __future__ import annotations

from typing import Any

from spacy.attrs import DEP, IS_SPACE, LEMMA, LOWER, MORPH, POS, TAG
from spacy.language import Language
from spacy.matcher import Matcher
from spacy.tokens import Doc

MAX_KINDS = 200_000  # memory stays bounded on any corpus (~60 MB); past it, new kinds go to the real ruler
_READ = [TAG, LOWER, IS_SPACE, DEP, POS, MORPH, LEMMA]  # what the patterns read, and what the ruler may leave as it was


class CachedAttributes:
    """Wraps the pipeline's `attribute_ruler` (which stays the authority: it answers every new kind)."""

    def __init__(self, ruler: Any) -> None:
        self.ruler = ruler
        self.multi = Matcher(ruler.vocab)
        for k, rule in enumerate(ruler.patterns):
            for pattern in rule["patterns"]:
                if len(pattern) > 1 or not isinstance(pattern, list):
                    self.multi.add(f"multi{k}", [pattern])
        self.answers: dict[tuple[int, ...], tuple[int, int, int, int, int]] = {}

    def __call__(self, doc: Doc) -> Doc:
        if not len(doc):
            return self.ruler(doc)
        keys = [tuple(row) for row in doc.to_array(_READ).tolist()]
        if len(self.multi) and self.multi(doc):  # the ruler matches before it sets anything: same state here
            return self.ruler(doc)
        if any(key not in self.answers for key in keys):
            self.ruler(doc)  # every token's attributes came from its own kind: remember the new kinds
            for key, token in zip(keys, doc):
                if key not in self.answers and len(self.answers) < MAX_KINDS:
                    self.answers[key] = (token.tag, token.pos, token.morph.key, token.lemma, token.dep)
            return doc
        for key, token in zip(keys, doc):
            tag, pos, morph, lemma, dep = self.answers[key]
            if token.tag != tag:
                token.tag = tag
            token.pos = pos
            token.set_morph(morph)
            token.lemma = lemma
            if token.dep != dep:
                token.dep = dep
        return doc


@Language.factory("gb_cached_attributes")
def make_cached_attributes(nlp: Language, name: str) -> CachedAttributes:
    """Needs the model's `attribute_ruler` in the pipeline (it is then disabled: this component calls it)."""
    return CachedAttributes(nlp.get_pipe("attribute_ruler"))


__all__ = ["CachedAttributes"]
