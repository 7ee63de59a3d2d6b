"""Review V5's designation findings mended, thirteenth session (issue 13, M8).

- A foreign capital's dateline the parser made a subject ("LONDON, May 4 — The U.S. Treasury sanctioned X") is no
  other government acting: X keeps the Treasury's designation (finding 1).
- The targets a lead describes are its verb's objects ("sanctioned a company that shipped engines to a drone maker":
  the company, not the maker), and a noun of no known kind describes none; a name the body then reports on and sets
  beside another noun ("Y, a customs inspector,") is no described target (finding 5).

- "X was among the lawyers who challenged the sanctioned companies", "Y was on the Treasury guest list" designate
  nobody: the participle must describe the "among" object itself, the list be a sanctions list; "A and B were among
  the officials sanctioned by the EU in 2014" keeps the participle's date (finding 2).
- A bare "X was also hit." / "Y was named as well." adds to a designation of the sentence before only (finding 3).
- "The Treasury said X, who was blacklisted in 2019, used ..." after a lead that describes its targets: X's own
  action of 2019, not a described target of today (finding 4).
- "OFAC is not designating Y today; its director, X, was designated in 2021": X's action is of 2021 (the "today" is
  the other clause's); "A and B persuaded C to impose sanctions on X": C's action, not B's (pre-existing findings).

Texts invented for these tests (wording varied from the reviewer's probes).
"""
from __future__ import annotations

from functools import partial

import pytest

from markdown_release import extract_markdown

pytestmark = pytest.mark.slow

DB = "designated_by"
TREASURY = "U.S. Department of the Treasury"
OFAC = "Office of Foreign Assets Control"
UK = "United Kingdom"
EU = "European Union"

run = partial(extract_markdown)  # no date: a wire story as the reviewer gave it


def designations(relations: list[dict]) -> set[tuple[str, str, str | None]]:
    """(designee, body, date) of each designation."""
    return {(r["subject"]["name"], r["object"]["name"], r.get("date")) for r in relations if r["relation"] == DB}


FOREIGN_DATELINE = """# Sanctions news

PARIS, May 4 — The U.S. Treasury on Tuesday sanctioned Garonne Metals SARL, a French alloy maker, for selling nickel to a Brantovian arms plant.
"""

FOREIGN_DATELINE_SHORT = """# Sanctions news

MOSCOW, May 4 — The U.S. Treasury on Tuesday sanctioned Volga Nickel JSC, a Russian smelter.
"""

FOREIGN_SUBJECT = """# Sanctions news

WASHINGTON, May 4 — The U.S. Treasury on Tuesday sanctioned Garonne Metals SARL, a French alloy maker.

Norway imposed travel bans on Teodor Vaskelis and Dalia Menkova.
"""


@pytest.mark.parametrize("text, designee", [(FOREIGN_DATELINE, "Garonne Metals SARL"), (FOREIGN_DATELINE_SHORT, "Volga Nickel JSC")])
def test_a_foreign_capitals_dateline_is_no_other_government_acting(extract, text, designee, designated):
    assert designated(run(extract, text)) == {(designee, TREASURY)}


def test_another_country_as_the_subject_still_designates_nobody_for_the_story(extract, designated):
    assert designated(run(extract, FOREIGN_SUBJECT)) == {("Garonne Metals SARL", TREASURY)}


DESCRIBED_IN_A_RELATIVE_CLAUSE = """# Sanctions news

ISTANBUL, May 4 — The U.S. Treasury on Tuesday sanctioned a Turkish freight company that shipped turbines to a missile maker in Velmaria.

The Treasury said Laura Benson, a U.S. customs inspector, first flagged the shipments in 2023.
"""

REPORTED_WITH_ANOTHER_NOUN = """# Sanctions news

DUBAI, May 4 — The U.S. Treasury on Tuesday sanctioned a fuel trader and two executives of a tanker operator.

The Treasury said Yusuf Karam, the port's harbour master, had refused to let the tankers dock.
"""

BROKER_OF_THE_TARGETS = """# Sanctions news

SOFIA, May 4 — The U.S. Treasury on Tuesday sanctioned two Brantovian firms that bought rifles from a Velmarian broker.

The broker, Osip Travnik, has cooperated with investigators and faces no penalties.
"""

FIRMS_THE_TARGET_HIRED = """# Sanctions news

SOFIA, May 4 — The U.S. Treasury on Tuesday sanctioned a Brantovian arms broker who hired two shipping firms.

The two shipping firms, Lusk Maritime Agency and Korvel Harbour Services Ltd, said they did not know what the crates held.
"""


@pytest.mark.parametrize("text", [DESCRIBED_IN_A_RELATIVE_CLAUSE, REPORTED_WITH_ANOTHER_NOUN, BROKER_OF_THE_TARGETS, FIRMS_THE_TARGET_HIRED])
def test_only_the_targets_the_leads_verb_takes_are_described(extract, text, designated):
    assert designated(run(extract, text)) == set()


LEAD = "WASHINGTON, May 4 — The U.S. Treasury on Tuesday sanctioned Tana Cobalt AB, a mining company, for selling cobalt to an arms plant. "
TANA = ("Tana Cobalt AB", TREASURY)


@pytest.mark.parametrize("sentence", [
    "Marta Ruiz was among the lawyers who challenged the sanctioned companies in court.",
    "Greta Lind and Lars Berg were among the analysts who had warned about the sanctioned firm in 2022.",
    "Peter Lang, a German economist, was also on the Treasury guest list for the conference.",
])
def test_among_a_group_not_acted_on_and_a_list_of_no_sanctions_designate_nobody(extract, sentence, designated):
    assert designated(run(extract, "# Sanctions news\n\n" + LEAD + sentence + "\n")) == {TANA}


def test_among_the_officials_sanctioned_in_an_earlier_year_keeps_that_year(extract):
    text = "# Sanctions news\n\n" + LEAD + "Ivan Sorin and Oleg Marov were among the officials sanctioned by the European Union in 2014.\n"
    assert designations(run(extract, text)) == {
        ("Ivan Sorin", EU, "2014"), ("Oleg Marov", EU, "2014"), ("Tana Cobalt AB", TREASURY, "Tuesday")}


UNRELATED_HIT = """# Sanctions news

KYIV, May 4 — The U.S. Treasury on Tuesday sanctioned two militia commanders and a weapons supplier, the department said.

Separately, shelling struck a clinic in the east on Tuesday. A nurse, Olena Hrytsenko, was also hit.
"""

UNRELATED_NAMED = """# Awards

WASHINGTON, May 4 — The U.S. Treasury on Tuesday sanctioned Garonne Metals SARL, a French firm, for selling parts to Velmaria. In unrelated news, the jury gave its award to Claire Morel. Marc Vidal was named as well.
"""


def test_a_bare_passive_adds_only_to_a_designation_of_the_sentence_before(extract, designated):
    assert designated(run(extract, UNRELATED_HIT)) == set()
    assert designated(run(extract, UNRELATED_NAMED)) == {("Garonne Metals SARL", TREASURY)}


EARLIER_BLACKLISTED = """# U.S. sanctions Lebanese exchange house

BEIRUT, May 4 — The United States on Tuesday imposed sanctions on a Lebanese exchange house and two financiers who it said moved money for an armed group.

The Treasury Department said Adel Harb, who was blacklisted in 2019, used the exchange house to send cash abroad.
"""


def test_a_reported_subject_whose_own_clause_states_an_earlier_designation_keeps_its_date(extract):
    assert designations(run(extract, EARLIER_BLACKLISTED)) == {("Adel Harb", TREASURY, "2019")}


NOT_TODAY_BUT_EARLIER = """WASHINGTON - Today, the U.S. Department of the Treasury's Office of Foreign Assets Control (OFAC) designated four individuals under Executive Order 13224.
OFAC is not designating Orsk Fuel Company today; its manager, Teodor Vask, was designated in 2021.
"""

PERSUADED = """# Allies act

LONDON, May 4 — The United States and Britain on Tuesday persuaded Norway to impose sanctions on Viktor Lomov, a Brantovian banker.
"""


def test_another_clauses_today_does_not_make_an_earlier_designation_current(extract):
    assert designations(run(extract, NOT_TODAY_BUT_EARLIER)) == {("Teodor Vask", OFAC, "2021")}


def test_the_government_persuaded_to_impose_sanctions_is_not_the_one_persuading(extract, designated):
    assert ("Viktor Lomov", UK) not in designated(run(extract, PERSUADED))
