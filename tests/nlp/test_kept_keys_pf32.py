"""What short_forms keys once instead of per document or per name gives what keying each time gave (issue 18,
thirty-second session, PF): the gazetteer's place words and the legal forms' keys."""
from __future__ import annotations

from graphbuild.names import name_key
from graphbuild.nlp.company_forms import legal_forms
from graphbuild.nlp.gazetteers import load_gazetteers
from graphbuild.nlp.mention import Mention
from graphbuild.nlp.short_forms import _place_words, company_core


def _folded_each_time(mentions: list[Mention]) -> frozenset[str]:
    """The place words as they were made before: every name of the gazetteer folded again for each call."""
    gaz = load_gazetteers()
    names = [*gaz.countries, *gaz.demonyms, *(m.text for m in mentions if m.label == "GPE")]
    return frozenset(name_key(n).split()[-1] for n in names if name_key(n) and len(name_key(n).split()) <= 2)


def test_place_words_are_the_gazetteers_and_the_texts_places():
    gaz = load_gazetteers()
    mentions = [Mention(0, 1, "Velmora", "GPE"), Mention(3, 5, "North Quessland", "GPE"), Mention(7, 9, "Ardent Pell", "PERSON"),
                Mention(10, 13, "Upper Three Rivers", "GPE")]
    words = _place_words(mentions, gaz)
    assert words == _folded_each_time(mentions)
    assert {"velmora", "quessland"} <= words and "pell" not in words and "rivers" not in words  # three words: not a place word
    assert "short_forms.place_words" in gaz._derived  # the gazetteer's share is kept, not folded again
    assert _place_words([], gaz) == _folded_each_time([]) == gaz._derived["short_forms.place_words"]


def test_company_core_drops_the_keyed_legal_forms():
    forms = sorted(legal_forms())
    assert forms, "the installed lexicon has legal forms"
    assert company_core(f"Velmont Trading {forms[0]}") == ("velmont", "trading")
    assert company_core("JSC Concern Pelvanor") == ("pelvanor",)
    assert company_core(f"{forms[0]} {forms[-1]}") == ()
