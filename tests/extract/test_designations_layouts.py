"""Designations in the layouts of news stories and State notes, eleventh session (issue 13, D15).

- "X was designated by OFAC in August 2023 ... Y was designated at the same time": Y's action is X's, dated so, not
  today's; an advisory that says it designates nobody then gives its bold labels to nobody.
- "The Department of State is publicly designating three officials ..." and then "The officials are:" before the list.
- "OFAC is not designating X today": X is no designee of a paragraph or a list.
- "The measures also cover two shipping firms and a tanker. The first, X, ... The second, Y, ... The tanker, the Z,
  ...": the names given after a counted group are its designees; "The third company, X, makes ..." alike.
- "The firms named were A, B and C": a subject the participle "named" describes lists designees.
- "| Vessel | IMO | Flag |" over "|---|": a markdown table's header is no name line, and its rows' first cells are
  vessels though the row opens with a bar.
- "FSB Captain X": a rank the model joined to its unit before a person's name is no designee.

Texts invented for these tests.
"""
from __future__ import annotations

from functools import partial

import pytest

from markdown_release import extract_markdown

pytestmark = pytest.mark.slow

DB = "designated_by"
OFAC = "Office of Foreign Assets Control"
TREASURY = "U.S. Department of the Treasury"
STATE = "U.S. Department of State"

run = partial(extract_markdown, date="2026-09-14")
#: (date, current) of a designation of the release's day.
TODAY = ("2026-09-14", True)


def designations(relations: list[dict]) -> dict[tuple[str, str], tuple[str | None, bool | None]]:
    """(designee, body) -> (date, current) of each designation."""
    return {(r["subject"]["name"], r["object"]["name"]): (r.get("date"), r.get("current")) for r in relations if r["relation"] == DB}


SAME_TIME = """# Treasury Warns Industry About Procurement Networks of a State Exporter

September 14, 2026

**WASHINGTON** — Today, the U.S. Department of the Treasury's Office of Foreign Assets Control (OFAC) issued an advisory on the procurement networks of Orvenna Defence Export (ODE). No persons are being designated today.

## BACKGROUND

OFAC designated Orvenna Defence Export in August 2023 pursuant to E.O. 14038. Its director general, Teodor Valkasin, was designated by OFAC at the same time.

## WHAT THE ADVISORY COVERS

**Typologies.** The advisory describes the methods the networks use.

**Red Flag Indicators.** Among the warning signs are customers with no history in the sector.
"""


def test_an_action_at_the_same_time_is_the_earlier_one_and_the_bold_labels_designate_nobody(extract):
    found = designations(run(extract, SAME_TIME))
    assert found == {("Orvenna Defence Export", OFAC): ("August 2023", False),
                     ("Teodor Valkasin", OFAC): ("August 2023", False)}, found


@pytest.mark.xfail(strict=True, reason="review V2 finding 10: the heading 'BACKGROUND' is taken for the body 'Its' refers to (roles, left)")
def test_the_same_time_fixtures_post_is_at_the_exporter(extract):
    posts = {(r["subject"]["name"], r["object"]["name"]) for r in run(extract, SAME_TIME) if r["relation"] == "holds_role"}
    assert posts == {("Teodor Valkasin", "Orvenna Defence Export")}, posts


RESTATED = """# Public Designation of Officials of the Customs Committee of Varnland Due to Involvement in Significant Corruption

Press Statement

September 14, 2026

The Department of State is publicly designating three officials of the Customs Committee of Varnland due to their involvement in significant corruption.

The officials are:

- Deputy Chairman Ostap Ivanovich Kerelov, who approved falsified declarations for fuel imports;
- Marta Ilinichna Sobrova, head of the northern customs post, who accepted cash payments; and
- Radu Petrovich Malkin, who protected favored traders from seizure.

These designations are made under Section 7031(c) of the Department of State, Foreign Operations, and Related Programs Appropriations Act, 2024.
"""


def test_a_line_that_names_the_counted_group_again_opens_its_list(extract):
    found = designations(run(extract, RESTATED))
    assert found == {(name, STATE): TODAY for name in ("Ostap Ivanovich Kerelov", "Marta Ilinichna Sobrova", "Radu Petrovich Malkin")}, found


NOT_DESIGNATING = """# Treasury Sanctions Commanders of the Varnland Liberation Front

September 14, 2026

WASHINGTON — Today, the U.S. Department of the Treasury's Office of Foreign Assets Control (OFAC) designated two senior commanders of an armed group in northern Varnland.

Oren Dashkevich served as the group's second-in-command until his death in 2023. OFAC is not designating Dashkevich today.

The following commanders are being designated today:

- **Ilan Voskresny**, the commander of the group's northern bloc.
- **Piotr Saldanov**, the commander of the group's southern bloc.
"""


def test_a_name_a_body_says_it_is_not_designating_is_no_designee(extract):
    found = designations(run(extract, NOT_DESIGNATING))
    assert found == {("Ilan Voskresny", OFAC): TODAY, ("Piotr Saldanov", OFAC): TODAY}, found


ORDINALS = """# U.S. hits Varnland fuel network, two shipping firms with sanctions

HARBOURTOWN/WASHINGTON, Sept 14 (Northwire) - The United States on Monday imposed sanctions on a group of companies that it said kept Varnland's military supplied with aviation fuel.

The Treasury Department said the network had imported at least 11 cargoes of jet fuel since mid-2024.

The measures also cover two shipping firms and a tanker. The first, Singapore-registered Kestrel Bay Shipping Pte. Ltd., manages the tanker that carried most of the cargoes. The second, Dubai-based Orrin Tide Marine FZE, chartered tankers for two further voyages. The tanker, the Panama-flagged NORTH WILLOW (IMO 9284671), switched off its transponder on each voyage.

A spokesman for the firms did not answer calls.
"""


def test_names_given_after_a_counted_group_as_the_first_the_second_are_designees(extract):
    found = designations(run(extract, ORDINALS))
    assert found == {(name, TREASURY): TODAY for name in ("Kestrel Bay Shipping Pte. Ltd.", "Orrin Tide Marine FZE", "NORTH WILLOW")}, found


RANKED_ITEMS = """# Designating Officers Who Shielded a Ransomware Gang

Press Statement

September 14, 2026

The Department of State is designating, pursuant to E.O. 14024:

- FSB Captain Arkady Mirontsev, an officer in the FSB's 16th Center, who has shielded the gang's members from prosecution;
- Ivan Sergeyevich Trubin, a businessman who laundered the gang's proceeds.

These designations follow the Department of the Treasury's action against the gang in 2025.
"""


def test_a_rank_the_model_joined_to_its_unit_before_a_name_is_no_designee(extract):
    found = designations(run(extract, RANKED_ITEMS))
    assert found == {("Arkady Mirontsev", STATE): TODAY, ("Ivan Sergeyevich Trubin", STATE): TODAY}, found


ORDINAL_NOUN = """# US targets suppliers of drone engines

DUBAI, Sept 14 (Gulfline) -- The Treasury Department said in a statement it had designated three companies under Executive Order 13382, which targets proliferators of weapons of mass destruction.

"Every engine that reaches a drone factory is a civilian life put at risk," a Treasury official said.

The Treasury designated Veskar Motor Works and Lindqvar Trading FZE, which assemble and sell small piston engines.

The third company, Tehran-based Orsolan Composite Industries, makes airframe parts, the statement said.
"""


def test_a_name_after_the_ordinal_and_noun_of_a_counted_group_is_a_designee(extract):
    found = designations(run(extract, ORDINAL_NOUN))
    assert found == {(name, TREASURY): TODAY for name in ("Veskar Motor Works", "Lindqvar Trading FZE", "Orsolan Composite Industries")}, found


NAMED_SUBJECT = """US blacklists Laotian chemical firms over fentanyl precursors

HARBOURTOWN, Sept 14 (Northwire) - The United States on Thursday imposed sanctions on three Laotian companies it accused of selling chemicals used to make fentanyl, the Treasury said.

The firms named were Ostrava Jinlan Biotechnology Co., Ltd., Kelvar Fine Chemicals Co., Ltd. and a Hong Kong shell, Grand Tevel Trading Limited.

A spokesman for the firms did not respond to a request for comment.
"""


def test_a_subject_the_participle_named_describes_lists_designees(extract):
    found = designations(run(extract, NAMED_SUBJECT))
    assert found == {(name, TREASURY): TODAY for name in ("Ostrava Jinlan Biotechnology Co., Ltd.", "Kelvar Fine Chemicals Co., Ltd.",
                                                          "Grand Tevel Trading Limited")}, found


VESSEL_TABLE = """# Treasury Targets Shadow Fleet Serving Varnland's Oil Trade

September 14, 2026

WASHINGTON — Today, the U.S. Department of the Treasury's Office of Foreign Assets Control (OFAC) designated **Pelorin Gulf Shipping LLC**, a ship manager that moved Varnland's crude oil.

OFAC is also identifying two vessels as property in which Pelorin Gulf Shipping LLC has an interest:

| Vessel | IMO | Flag |
|---|---|---|
| **MARLOW DAWN** | 9283764 | Panama |
| **TESSIN STAR** | 9304518 | Cameroon |

Today's action is taken pursuant to E.O. 13846.
"""


def test_a_markdown_tables_header_is_no_designee_and_its_first_cells_are_vessels(extract):
    found = designations(run(extract, VESSEL_TABLE))
    assert found == {(name, OFAC): TODAY for name in ("Pelorin Gulf Shipping LLC", "MARLOW DAWN", "TESSIN STAR")}, found


def test_a_markdown_vessel_tables_plain_first_cells_are_vessels(nlp):
    from graphbuild.extract.context import context_of
    from markdown_release import parse_markdown

    doc = parse_markdown(nlp, VESSEL_TABLE.replace("**MARLOW DAWN**", "OCEAN ADELA").replace("**TESSIN STAR**", "KAVERIN"))
    ctx = context_of(doc)
    kinds = {m.text: m.label for m in ctx.resolver.mentions if m.text in {"OCEAN ADELA", "KAVERIN"}}
    assert kinds == {"OCEAN ADELA": "VESSEL", "KAVERIN": "VESSEL"}, kinds


# Review V2, findings 1 and 2: "The <noun>, X," and "named" gave designees that were none.

WIRE = """US sanctions Varnland fuel trader

HARBOURTOWN, Sept 14 (Northwire) - The United States has imposed sanctions on Corvan Petroleum FZE, a fuel trader it said supplied Varnland's navy, the Treasury said.

"""
ONLY_CORVAN = {("Corvan Petroleum FZE", TREASURY): TODAY}


@pytest.mark.parametrize("text", [
    "A spokesman for the company said the sanctions were unjustified. The spokesman, Elias Marek, added that the firm would appeal.",
    "A lawyer for the firm called the sanctions a mistake. The lawyer, Nadia Orsic, said she would challenge them in court.",
], ids=["spokesman", "lawyer"])
def test_the_noun_of_no_target_opens_no_designee(extract, text):
    found = designations(run(extract, WIRE + text))
    assert found == ONLY_CORVAN, found


@pytest.mark.parametrize("text", [
    "In 2019, the Treasury sanctioned three other firms of the network. The first, Marek Trading LLC, has since closed.",
    "The Treasury sanctioned three other firms of the network in 2019. The first, Marek Trading LLC, has since closed.",
    "The Treasury is not designating two other firms that the network used. The first, Marek Trading LLC, has ceased operations.",
    "The Treasury also lifted sanctions on two firms that left the network. The first, Marek Trading LLC, sold its tankers in 2024.",
], ids=["dated_before", "dated_after", "denied", "lifted"])
def test_a_group_of_an_earlier_denied_or_undone_action_gives_no_designee_of_today(extract, text):
    found = designations(run(extract, WIRE + text))
    assert found == ONLY_CORVAN, found


def test_the_group_of_an_action_of_today_still_gives_its_members(extract):
    text = WIRE + "The Treasury also sanctioned two other firms of the network. The first, Marek Trading LLC, owns its tankers."
    found = designations(run(extract, text))
    assert found == {**ONLY_CORVAN, ("Marek Trading LLC", TREASURY): TODAY}, found


def test_named_with_a_complement_other_than_its_body_lists_no_designees(extract):
    text = WIRE + "The officials named in the report were Elias Marek and Nadia Orsic, who met the firm's owners in 2023."
    found = designations(run(extract, text))
    assert found == ONLY_CORVAN, found


def test_named_by_a_sanctioning_body_lists_designees(extract):
    text = WIRE + "The other firms named by the Treasury were Marek Trading LLC and Orsic Shipping Ltd."
    found = designations(run(extract, text))
    assert found == {**ONLY_CORVAN, ("Marek Trading LLC", TREASURY): TODAY,
                     ("Orsic Shipping Ltd.", TREASURY): TODAY}, found
