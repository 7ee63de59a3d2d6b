"""A gazetteer made from another with `dataclasses.replace` (another country list, another program list: a custom
ontology or a test) keeps none of the other's kept answers (review of PF's cuts, thirty-second session, RPF): the
answers it derives (`derived`), the programs it found and its joined program pattern are its own, read from its
own lists. 609e27f kept short_forms' place words on the gazetteer, so a replaced copy answered with the first
gazetteer's countries."""
from __future__ import annotations

import re
from dataclasses import replace

from graphbuild.nlp.gazetteers import Gazetteers, load_gazetteers
from graphbuild.nlp.short_forms import _place_words


def test_a_replaced_gazetteer_derives_its_own_place_words():
    gaz = load_gazetteers()
    before = _place_words([], gaz)
    other = replace(gaz, countries={"Quessland", "North Velmora"}, demonyms={"Quesslander": "Quessland"})
    assert _place_words([], other) == frozenset({"quessland", "velmora", "quesslander"})
    assert _place_words([], gaz) == before  # the first keeps its own


def test_a_replaced_gazetteer_finds_its_own_programs():
    first = Gazetteers(program_patterns=[("Velmora Act", re.compile("Velmora Act"))])
    assert first.programs_in("under the Quess Act") == []
    second = replace(first, program_patterns=[("Quess Act", re.compile("Quess Act"))])
    assert second.programs_in("under the Quess Act") == ["Quess Act"]
    assert first.programs_in("under the Quess Act") == []


def test_a_replaced_gazetteer_derives_anew():
    first = Gazetteers(company_words={"holdings"})
    assert first.derived("words", lambda g: frozenset(g.company_words)) == frozenset({"holdings"})
    second = replace(first, company_words={"trading"})
    assert second.derived("words", lambda g: frozenset(g.company_words)) == frozenset({"trading"})
