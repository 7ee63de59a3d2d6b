"""Review V7 (fifteenth session), items 5 and 8, mended by M21 (issue 13). Texts and names invented for these tests.

- Item 8: the join of a name around a quoted nickname took a title, a rank, an honorific or a headline's verb into
  the name ('Commander Tadeo "El Zorzal" Brenner Ruiz', 'Sanctions Tadeo ...'), cut a longer name ('Rahman ...' of
  'Abd al-Rahman ...', 'Luis Tadeo ...' of 'Jose Luis Tadeo ...', 'General Tadeo ...'), lost the designation of the
  cut names, and made two people one ('X Y Z "Nick" V W').
- Item 5: "X, born on March 3, 1968, was designated by the European Union on May 4, 2021" (and "by the United Nations
  Security Council on 4 May 2021") gave an EU (UN) designation of the release's day, current: the date after a long
  agent lay past the passive's window.
"""
from __future__ import annotations

import pytest

from markdown_release import extract_markdown
from relation_views import DB, HR, OFAC, designations_dated

pytestmark = pytest.mark.slow

HEADING = "# Treasury Sanctions Network\n\n"


@pytest.mark.parametrize(("phrase", "name"), [
    ('Commander Tadeo "El Zorzal" Brenner Ruiz', 'Tadeo "El Zorzal" Brenner Ruiz'),
    ('Sheikh Tadeo "Abu Zorzal" Brenner', 'Tadeo "Abu Zorzal" Brenner'),
    ('President Tadeo "El Zorzal" Brenner', 'Tadeo "El Zorzal" Brenner'),
    ('Brigadier General Tadeo "El Zorzal" Brenner', 'Tadeo "El Zorzal" Brenner'),
    ('Jose Luis Tadeo "El Zorzal" Brenner', 'Jose Luis Tadeo "El Zorzal" Brenner'),
    ('Tadeo "El Zorzal" Brenner Ruiz Ortega Lopez', 'Tadeo "El Zorzal" Brenner Ruiz Ortega Lopez'),
])
def test_a_nickname_join_takes_the_name_own_words_only(extract, facts, phrase, name):
    facts(extract_markdown(extract, f"{HEADING}OFAC designated {phrase}.\n"), {(DB, name, OFAC, None)})


def test_a_nickname_join_keeps_particles_and_the_designation(extract, facts):
    text = f'{HEADING}OFAC designated Abd al-Rahman "Abu Zorzal" Brenner, a commander of the Kandari Front.\n'
    facts(extract_markdown(extract, text), {
        (DB, 'Abd al-Rahman "Abu Zorzal" Brenner', OFAC, None),
        (HR, 'Abd al-Rahman "Abu Zorzal" Brenner', "Kandari Front", "commander"),
    })


def test_a_rank_before_a_nickname_stays_a_post(extract, facts):
    text = (f'{HEADING}OFAC designated Brigadier General Tadeo "El Zorzal" Brenner, the commander of the Kandari Army, '
            'and the Varela Cartel. Varela Cartel Commander Ismar "El Tordo" Calvetti controls the port.\n')
    facts(extract_markdown(extract, text), {
        (DB, 'Tadeo "El Zorzal" Brenner', OFAC, None),
        (DB, "Varela Cartel", OFAC, None),
        (HR, 'Tadeo "El Zorzal" Brenner', "Kandari Army", "commander"),
        (HR, 'Ismar "El Tordo" Calvetti', "Varela Cartel", "Commander"),
    })


def test_a_headline_verb_is_no_part_of_a_nickname_name(extract, facts):
    text = ('# Treasury Sanctions Tadeo "El Zorzal" Brenner And Three Associates\n\n'
            'OFAC designated Tadeo "El Zorzal" Brenner and three associates.\n')
    facts(extract_markdown(extract, text), {(DB, 'Tadeo "El Zorzal" Brenner', OFAC, None)})


def test_a_full_name_each_side_of_a_nickname_names_two_people(extract, designated):
    text = f'{HEADING}OFAC designated Tadeo Brenner Ruiz "El Zorzal" Ismar Calvetti.\n'
    found = designated(extract_markdown(extract, text))
    assert {("Tadeo Brenner Ruiz", OFAC), ("Ismar Calvetti", OFAC)} <= found
    assert not any('"' in name for name, _ in found)  # no one name over both people


def test_a_date_after_a_long_agent_dates_the_earlier_action(extract):
    text = (f"{HEADING}March 10, 2026\n\nToday, OFAC designated Ruslan Tegg. Tegg, born on March 3, 1968, was designated by "
            "the European Union on May 4, 2021. Arvid Lenko was designated by the United Nations Security Council on "
            "4 May 2021.\n")
    found = designations_dated(extract_markdown(extract, text, "2026-03-10"))
    assert found == {
        ("Ruslan Tegg", OFAC): ("2026-03-10", True),
        ("Ruslan Tegg", "European Union"): ("May 4, 2021", False),  # as written; a build stores 2021-05-04
        ("Arvid Lenko", "United Nations Security Council"): ("4 May 2021", False),
    }


def test_a_date_of_a_noun_after_the_action_leaves_it_today_s(extract):
    text = f"{HEADING}March 10, 2026\n\nToday, OFAC designated Ruslan Tegg for his role in the attacks of May 4, 2021.\n"
    assert designations_dated(extract_markdown(extract, text, "2026-03-10")) == {("Ruslan Tegg", OFAC): ("2026-03-10", True)}
