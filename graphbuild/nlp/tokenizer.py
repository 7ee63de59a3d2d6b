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
from spacy.tokenizer import Tokenizer
from spacy.util import registry

FACTORY = "graphbuild.GluedParenthesesTokenizer.v1"
#: The override `spacy.load(name, config=TOKENIZER_CONFIG)` takes: our factory in place of spacy.Tokenizer.v1.
TOKENIZER_CONFIG = {"nlp": {"tokenizer": {"@tokenizers": FACTORY}}}
#: Split ")" or "]" glued to a following letter, a letter glued to ")X", and "Holdings(Kestrel Ore)".
GLUED_PARENTHESES = (r"(?<=[\)\]])(?=[A-Za-z])", r"(?<=[A-Za-z])(?=[\)\]][A-Za-z])", r"(?<=[a-z])\((?=[A-Z])")


def infix_pattern(defaults_infixes: Any) -> str:
    """The language's default infixes plus ours, joined as `spacy.util.compile_infix_regex` joins them."""
    return "|".join(piece for piece in [*(defaults_infixes or []), *GLUED_PARENTHESES] if piece.strip())


class GluedParenthesesTokenizer(Tokenizer):
    """spaCy's tokenizer; loading the model's data puts our infix pattern in before the special cases are built."""

    def from_bytes(self, bytes_data: bytes, *, exclude: Any = tuple()) -> "GluedParenthesesTokenizer":
        data = srsly.msgpack_loads(bytes_data)
        if "infix_finditer" not in exclude:
            data["infix_finditer"] = self.infix_source
        super().from_bytes(srsly.msgpack_dumps(data), exclude=exclude)
        self.loaded = True
        return self


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
    nlp.tokenizer = tokenizer
