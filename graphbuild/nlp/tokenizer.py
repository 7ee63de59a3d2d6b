"""The model's tokenizer with our infix rule for glued parentheses, built once at load (issue 18).

Releases often lack a space around an alias: "(Lomov)is" and "Holdings(KOH)" must be split.
Setting `tokenizer.infix_finditer` on a loaded model re-validates all of the tokenizer's special
cases (4,041 in `en_core_web_sm`), and `spacy.load` had already built them twice: from the language
defaults when it created the tokenizer from the config, then from the model's own files. Here the
config names our factory instead (`TOKENIZER_CONFIG`, a documented spaCy override): it creates an
empty tokenizer (no special cases, no regular expressions), and `from_bytes` hands spaCy the model's
tokenizer data with our infix pattern in place of the model's, so the special cases are built once,
with the final rules. Prefixes, suffixes, special cases, token and URL matches are the model's, as
before; the infix pattern is the language defaults' plus ours, as before (tests/nlp/test_tokenizer.py).
"""
from __future__ import annotations

from typing import Any

import srsly
from spacy.attrs import ORTH
from spacy.tokenizer import Tokenizer
from spacy.util import registry

FACTORY = "graphbuild.GluedParenthesesTokenizer.v1"
#: The override `spacy.load(name, config=TOKENIZER_CONFIG)` takes: our factory in place of spacy.Tokenizer.v1.
TOKENIZER_CONFIG = {"nlp": {"tokenizer": {"@tokenizers": FACTORY}}}
#: Split ")" or "]" glued to a following letter, a letter glued to ")X", and "Holdings(Kestrel Ore)".
GLUED_PARENTHESES = (r"(?<=[\)\]])(?=[A-Za-z])", r"(?<=[A-Za-z])(?=[\)\]][A-Za-z])", r"(?<=[a-z])\((?=[A-Z])")
#: Legal forms written with a capital after a lower-case letter and never with a point of their own: spaCy splits a
#: full stop off "LLC." or "Ltd" but not off "GmbH." (its suffix rule wants two capitals or a lower-case letter before
#: the point), so "X GmbH." kept the sentence's stop in its name and the sentence ran on into the next (issue 13, M7).
POINTLESS_FORMS = ("GmbH", "mbH", "SpA", "ApS")


#: Abbreviations in names that spaCy's English exceptions lack though they hold "Jr.": "Sr." was split from its point,
#: so "X Y Sr., the chairman of Z" lost the point, the post and the person's type (issue 13, M7). Likewise the
#: abbreviated ranks and forms of address it lacks though it holds "Gen.", "Gov.", "Sen.", "Dr.": "Amb. X" was
#: "Amb" + "." and the parser ended the sentence there, or the model tagged "Amb" a name (issue 13, M18).
#: Only the dotted forms spaCy splits: the ranks and forms of address a name may follow are
#: `mention.TITLE_ABBREVIATIONS` (bare, lower case), of which these are a part (M26; tests/nlp check both).
UNSPLIT_TITLE_ABBREVIATIONS = ("Amb.", "Hon.", "Lt.", "Col.", "Maj.", "Capt.", "Brig.", "Sgt.", "Cdr.", "Cmdr.", "Cpl.",
                               "Supt.", "Insp.")
WHOLE_ABBREVIATIONS = ("Sr.", *UNSPLIT_TITLE_ABBREVIATIONS)


def form_stop_cases() -> dict[str, list[dict[int, str]]]:
    """Special cases that split the full stop off a point-less legal form ("GmbH." -> "GmbH" + ".") and keep a name's
    abbreviation whole ("Sr.")."""
    cases = {f"{form}.": [{ORTH: form}, {ORTH: "."}] for form in POINTLESS_FORMS}
    return cases | {word: [{ORTH: word}] for word in WHOLE_ABBREVIATIONS}


def infix_pattern(defaults_infixes: Any) -> str:
    """The language's default infixes plus ours, joined as `spacy.util.compile_infix_regex` joins them."""
    return "|".join(piece for piece in [*(defaults_infixes or []), *GLUED_PARENTHESES] if piece.strip())


def exceptions_spell_their_strings(exceptions: Any) -> bool:
    """Whether every special case's pieces are attribute dicts keyed by attribute ids (as a saved model stores
    them) whose ORTH values join to the case's string: all that spaCy's per-case check
    (`Tokenizer._validate_special_case`: ids made of the keys, then that join) tests on such data."""
    if not isinstance(exceptions, dict):
        return False
    for string, pieces in exceptions.items():
        if not isinstance(pieces, list) or not all(isinstance(piece, dict) and isinstance(piece.get(ORTH), str) and all(isinstance(key, int) for key in piece)
                                                   for piece in pieces):
            return False
        if "".join(piece[ORTH] for piece in pieces) != string:
            return False
    return True


class GluedParenthesesTokenizer(Tokenizer):
    """spaCy's tokenizer; loading the model's data puts our infix pattern in before the special cases are built."""

    checked_cases = False  # the special cases being built were checked at once (`exceptions_spell_their_strings`)

    def from_bytes(self, bytes_data: bytes, *, exclude: Any = tuple()) -> "GluedParenthesesTokenizer":
        data = srsly.msgpack_loads(bytes_data)
        if "infix_finditer" not in exclude:
            data["infix_finditer"] = self.infix_source
        if isinstance(data.get("exceptions"), dict) and "exceptions" not in exclude:
            data["exceptions"] = {**data["exceptions"], **form_stop_cases()}
        self.checked_cases = exceptions_spell_their_strings(data.get("exceptions"))
        try:
            super().from_bytes(srsly.msgpack_dumps(data), exclude=exclude)
        finally:
            self.checked_cases = False
        self.loaded = True
        return self

    def _validate_special_case(self, chunk: str, substrings: Any) -> None:
        """spaCy's check of one special case, unless `from_bytes` checked them all at once: the model's 1,347 cases
        each made their attribute ids afresh (~0.016 CPU-s of every model worker's start, issue 18)."""
        if not self.checked_cases:
            super()._validate_special_case(chunk, substrings)


@registry.tokenizers(FACTORY)
def create_glued_parentheses_tokenizer() -> Any:
    """The config's tokenizer factory: an empty tokenizer that the model's files fill (`from_bytes`)."""

    def make(nlp: Any) -> GluedParenthesesTokenizer:
        tokenizer = GluedParenthesesTokenizer(nlp.vocab)
        tokenizer.infix_source = infix_pattern(nlp.Defaults.infixes)
        tokenizer.loaded = False
        return tokenizer

    return make


def ensure_tokenizer(nlp: Any) -> None:
    """A model folder without tokenizer data left ours empty: build spaCy's default one, with our infixes."""
    if getattr(nlp.tokenizer, "loaded", True):
        return
    import re

    tokenizer = registry.tokenizers.get("spacy.Tokenizer.v1")()(nlp)
    tokenizer.infix_finditer = re.compile(infix_pattern(nlp.Defaults.infixes)).finditer
    for string, pieces in form_stop_cases().items():
        tokenizer.add_special_case(string, pieces)
    nlp.tokenizer = tokenizer
