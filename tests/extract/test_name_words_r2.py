"""One test of "not a word of the name" for the nickname join and the halves join (issue 13, R2).

`name_nicknames` knew the titles lexicon's words and the honorifics but no rank noun the lexicon lacks, so a rank
before a quoted nickname became the name's first word ('Captain Tadeo "El Zorzal" Brenner'); `name_halves` knew the
ranks. Both now ask `not_names.beside_a_name`. Texts and names invented for these tests.
"""
from __future__ import annotations

import pytest

from graphbuild.nlp.gazetteers import load_gazetteers
from graphbuild.nlp.not_names import beside_a_name
from markdown_release import extract_markdown
from relation_views import DB, OFAC

HEADING = "# Treasury Sanctions Network\n\n"
GAZ = load_gazetteers()


@pytest.mark.slow
@pytest.mark.parametrize(("phrase", "name"), [
    ('Captain Tadeo "El Zorzal" Brenner', 'Tadeo "El Zorzal" Brenner'),
    ('Commodore Tadeo "El Zorzal" Brenner Ruiz', 'Tadeo "El Zorzal" Brenner Ruiz'),
])
def test_a_rank_noun_before_a_nickname_is_no_part_of_the_name(extract, facts, phrase, name):
    facts(extract_markdown(extract, f"{HEADING}OFAC designated {phrase}.\n"), {(DB, name, OFAC, None)})


@pytest.mark.parametrize("word", ["captain", "commodore", "capt", "sheikh", "commander", "deputy", "co-founder"])
def test_titles_ranks_abbreviations_and_honorifics_stand_beside_a_name(word):
    assert beside_a_name(word, GAZ)


@pytest.mark.parametrize("word", ["tadeo", "brenner", "ruiz", "zorzal"])
def test_name_words_do_not(word):
    assert not beside_a_name(word, GAZ)
