"""A set derived from the gazetteer is built once (E1): `type_evidence.name_words` runs per mention and rebuilt a
union of five word lists on every call."""
from __future__ import annotations

from graphbuild.nlp.gazetteers import Gazetteers, load_gazetteers
from graphbuild.nlp.type_evidence import _not_name_words


def test_a_derived_set_is_built_once_per_gazetteer():
    calls: list[int] = []

    def make(gaz: Gazetteers) -> frozenset[str]:
        calls.append(1)
        return frozenset(gaz.company_words)

    first, second = Gazetteers(company_words={"holdings"}), Gazetteers(company_words={"trading"})
    assert first.derived("words", make) is first.derived("words", make) == frozenset({"holdings"})
    assert second.derived("words", make) == frozenset({"trading"})
    assert len(calls) == 2


def test_the_words_no_name_holds():
    gaz = load_gazetteers()
    words = _not_name_words(gaz)
    assert gaz.company_words <= words and gaz.group_nouns <= words and {"firm", "center"} <= words and "de" not in words
    assert gaz.derived("type_evidence.not_name_words", _not_name_words) is gaz.derived("type_evidence.not_name_words", _not_name_words)
