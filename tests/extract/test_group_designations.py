"""Designations a release states once for a group (extract/release.py), on short releases written for these tests.

Each test asserts the exact designated_by facts, and where the group statement gives them, the
program and the evidence (the statement and the sentence naming the target).
"""
from __future__ import annotations

from functools import partial

import pytest

from markdown_release import extract_markdown

pytestmark = pytest.mark.slow

DB = "designated_by"
OFAC = "Office of Foreign Assets Control"
STATE = "U.S. Department of State"
DATE = "2025-03-14"


run = partial(extract_markdown, date=DATE)  # run(extract, markdown text)


def designations(relations: list[dict]) -> list[dict]:
    return [r for r in relations if r["relation"] == DB]


GROUP_PROGRAM = """Treasury Acts Against Timber Smuggling Network

WASHINGTON — Today, the Office of Foreign Assets Control (OFAC) designated Varkoli Timber Holdings and Ostrena Freight Ltd for smuggling protected hardwood out of national parks.

The two companies shipped the timber through a free trade zone and paid officials to look away.

The targets were designated pursuant to E.O. 13818, which implements the Global Magnitsky Human Rights Accountability Act.
"""


def test_group_program_sentence_gives_every_designation_its_program(extract, facts, show):
    relations = run(extract, GROUP_PROGRAM)
    facts(relations, {(DB, "Varkoli Timber Holdings", OFAC, None), (DB, "Ostrena Freight Ltd", OFAC, None)})
    statement = "The targets were designated pursuant to E.O. 13818, which implements the Global Magnitsky Human Rights Accountability Act."
    for rel in designations(relations):
        assert rel["program"] == "E.O. 13818", show([rel])
        assert statement in [e["sentence"] for e in rel["evidence"]], rel["evidence"]
        assert any("designated Varkoli Timber Holdings and Ostrena Freight Ltd" in e["sentence"] for e in rel["evidence"]), rel["evidence"]


ALL_THREE = """WASHINGTON — Today, OFAC sanctioned Mirela Dospanova, Tarik Osmanov and Corvane Mining Group for laundering gold proceeds.

Mirela Dospanova owns Corvane Mining Group. Tarik Osmanov moved its cash abroad.

All three were designated under E.O. 14024.
"""


def test_counted_group_all_three_carries_the_program(extract, facts, show):
    relations = run(extract, ALL_THREE)
    names = ["Mirela Dospanova", "Tarik Osmanov", "Corvane Mining Group"]
    facts(relations, {(DB, n, OFAC, None) for n in names}, kinds=(DB,))
    assert all(r["program"] == "E.O. 14024" for r in designations(relations)), show(relations)


HEADING_ONLY = """Treasury Sanctions Ransomware Operators

WASHINGTON — Today, the United States, in coordination with the United Kingdom, is designating three individuals who ran a ransomware service.

Ransomware Service Operators

**Pavel Ostrovin** wrote the encryption tools used against hospitals.

**Lidiya Karemova** rented the servers that held stolen files.

**Oleg Tamberin** handled the ransom payments.

OFAC is designating each of these individuals pursuant to E.O. 13694, as amended, for their roles in the ransomware attacks.
"""


def test_designation_from_bold_names_cites_the_statement_and_the_naming_sentence(extract, facts, pick):
    relations = run(extract, HEADING_ONLY)
    names = ["Pavel Ostrovin", "Lidiya Karemova", "Oleg Tamberin"]
    facts(relations, {(DB, n, OFAC, None) for n in names}, kinds=(DB,))
    statement = "OFAC is designating each of these individuals pursuant to E.O. 13694, as amended, for their roles in the ransomware attacks."
    rel = pick(relations, DB, "Lidiya Karemova", OFAC)
    assert [e["sentence"] for e in rel["evidence"]] == [statement, "Lidiya Karemova rented the servers that held stolen files."]
    assert rel["program"] == "E.O. 13694"
    assert all(e["extractor"] == "designations.v1" for e in rel["evidence"])


BACK_REFERENCE = """WASHINGTON — Today, OFAC is designating four individuals who run a carding forum.

Forum Administrators

Anton Velikhov founded the forum in 2019 and keeps its servers running. Boris Kaledin moderates the marketplace. Greta Solvany handles the forum's cryptocurrency wallets. Yuri Marchenkov recruits new vendors.

OFAC is designating these individuals pursuant to E.O. 13694, as amended.
"""


def test_these_individuals_points_back_to_the_paragraph_subjects(extract, facts):
    relations = run(extract, BACK_REFERENCE)
    names = ["Anton Velikhov", "Boris Kaledin", "Greta Solvany", "Yuri Marchenkov"]
    facts(relations, {(DB, n, OFAC, None) for n in names}, kinds=(DB,))


FOLLOWING_LIST = """WASHINGTON — Today, the Department of the Treasury and the Department of State targeted suppliers of Ruritania's weapons industry. The Office of Foreign Assets Control is designating 3 entities, and the Department of State is designating 2 entities.

Treasury Designations

The following entities were designated pursuant to E.O. 14024 for operating in the technology sector of the Ruritanian economy:

- Ruritania-based Korvel Microsystems Ltd supplies circuit boards to missile makers.
- Ruritania-based Austrel Optics Ltd grinds lenses for targeting systems.
- Ruritania-based Danmor Alloys Ltd casts engine parts.

State Department Designations

Today, the Department of State is designating the following entities pursuant to E.O. 14024:

- Velsora Shipping Ltd carried the engine parts to Ruritania.
- Pemberly Logistics Ltd stored the circuit boards in its warehouses.
"""


def test_each_list_takes_the_authority_of_the_statement_before_it(extract, facts, pick):
    relations = run(extract, FOLLOWING_LIST)
    treasury = ["Korvel Microsystems Ltd", "Austrel Optics Ltd", "Danmor Alloys Ltd"]
    state = ["Velsora Shipping Ltd", "Pemberly Logistics Ltd"]
    facts(relations, {(DB, n, OFAC, None) for n in treasury} | {(DB, n, STATE, None) for n in state}, kinds=(DB,))
    assert pick(relations, DB, "Danmor Alloys Ltd", OFAC)["program"] == "E.O. 14024"


ADVISORY = """Treasury Issues Advisory on Shipping Practices

WASHINGTON — Today, the Department of the Treasury's Office of Foreign Assets Control (OFAC) issued an advisory on deceptive shipping practices.

**Ship-to-ship transfers** are used to hide the origin of cargo. **Falsified documents** also obscure who owns a vessel.

The advisory describes how to screen counterparties; it does not designate anyone.
"""


def test_advisory_with_bold_topics_designates_nobody(extract):
    assert designations(run(extract, ADVISORY)) == []


NAME_PER_LINE = """WASHINGTON — Today, OFAC is designating the members of the Ruritanian Assembly who voted to annex the border province. The members were designated pursuant to E.O. 14024.

Assembly Members

Boris Kaledin
Mirela Dospanova
Tarik Osmanov
Anton Velikhov

Ruritania's government has ignored repeated calls to reverse the vote.
"""


def test_one_name_per_line_after_a_statement_lists_designees(extract, facts, pick, show):
    relations = run(extract, NAME_PER_LINE)
    names = ["Boris Kaledin", "Mirela Dospanova", "Tarik Osmanov", "Anton Velikhov"]
    facts(relations, {(DB, n, OFAC, None) for n in names}, kinds=(DB,))
    rel = pick(relations, DB, "Tarik Osmanov", OFAC)
    assert rel["program"] == "E.O. 14024", show([rel])
    assert [e["sentence"] for e in rel["evidence"]][-1] == "Tarik Osmanov"


NAME_PARAGRAPH = """WASHINGTON — Today, OFAC sanctioned nine officials of the Ruritanian Assembly pursuant to E.O. 14024 for supporting the annexation.

The officials are:

Boris Kaledin, Mirela Dospanova, Tarik Osmanov, Anton Velikhov, Greta Solvany, Yuri Marchenkov, Pavel Ostrovin, Lidiya Morozova and Oleg Tamberin.
"""


def test_paragraph_of_names_lists_designees(extract, facts):
    names = ["Boris Kaledin", "Mirela Dospanova", "Tarik Osmanov", "Anton Velikhov", "Greta Solvany", "Yuri Marchenkov",
             "Pavel Ostrovin", "Lidiya Morozova", "Oleg Tamberin"]
    facts(run(extract, NAME_PARAGRAPH), {(DB, n, OFAC, None) for n in names}, kinds=(DB,))


def test_names_listed_in_a_release_that_designates_nobody_are_not_designees(extract):
    text = NAME_PER_LINE.replace("Today, OFAC is designating the members", "Today, OFAC published a report on the members").replace(
        " The members were designated pursuant to E.O. 14024.", "")
    assert designations(run(extract, text)) == []


def test_vessels_identified_as_property_in_which_a_designee_has_an_interest(extract, facts):
    text = ("WASHINGTON — Today, OFAC sanctioned Halvard Tanker Management Ltd for shipping oil for the regime. "
            "Halvard Tanker Management Ltd is being designated pursuant to E.O. 13224. The Polar Wren and the Marlin Crest "
            "are being identified as property in which Halvard Tanker Management Ltd has an interest.")
    facts(run(extract, text), {(DB, "Halvard Tanker Management Ltd", OFAC, None), (DB, "Polar Wren", OFAC, None),
                              (DB, "Marlin Crest", OFAC, None)}, kinds=(DB,))


SUBSIDIARIES = """WASHINGTON — Today, OFAC is designating Corvane Mining Group pursuant to E.O. 14024.

The following Corvane Mining Group subsidiaries are being designated pursuant to E.O. 14024 for operating in the metals sector:

- Corvane subsidiary **Velmora Smelting Ltd** runs a copper smelter.
- Corvane subsidiary **Tarsk Ore Holdings Ltd** owns two open-pit mines.

As a result of today's action, all property of the designated persons described above is blocked.
"""


def test_list_items_of_a_group_named_after_its_parent(extract, facts, pick):
    relations = run(extract, SUBSIDIARIES)
    names = ["Corvane Mining Group", "Velmora Smelting Ltd", "Tarsk Ore Holdings Ltd"]
    facts(relations, {(DB, n, OFAC, None) for n in names}, kinds=(DB,))
    rel = pick(relations, DB, "Velmora Smelting Ltd", OFAC)
    assert rel["program"] == "E.O. 14024" and len(rel["evidence"]) == 2


def test_bold_designee_without_a_group_statement_cites_the_announcing_sentence(extract, pick):
    text = ("WASHINGTON — Today, OFAC designated Varkoli Timber Holdings for smuggling protected hardwood.\n\n"
            "Smuggling Network\n\n"
            "**Ostrena Freight Ltd** shipped the timber through a free trade zone.\n")
    relations = run(extract, text)
    rel = pick(relations, DB, "Ostrena Freight Ltd", OFAC)
    assert [e["sentence"] for e in rel["evidence"]] == [
        "WASHINGTON — Today, OFAC designated Varkoli Timber Holdings for smuggling protected hardwood.",
        "Ostrena Freight Ltd shipped the timber through a free trade zone."]


RELATIVE_CLAUSES = """WASHINGTON — Today, OFAC is designating 4 individuals and entities involved in smuggling fuel.

Fuel Smuggling Network

Marlin Crest Trading LLC, which is also being designated today, shipped fuel from the port. Boris Kaledin is being designated for owning Marlin Crest Trading LLC. The network also relied on Halvard Tanker Management Ltd, which was designated today for operating the tankers. Tarik Osmanov, who is also being sanctioned today, paid the crews.
"""


def test_which_is_also_being_designated_today(extract, facts):
    names = ["Marlin Crest Trading LLC", "Boris Kaledin", "Halvard Tanker Management Ltd", "Tarik Osmanov"]
    facts(run(extract, RELATIVE_CLAUSES), {(DB, n, OFAC, None) for n in names}, kinds=(DB,))


TABLE_ROWS = """WASHINGTON — Today, OFAC is designating 4 members of the Ruritanian Assembly pursuant to E.O. 14024 for their vote to annex the border province.

The following members of the Assembly are being designated:

| Name | Region |
|---|---|
| Boris Kaledin | Northern District |
| Mirela Dospanova | Eastern District |
| Tarik Osmanov | Capital District |
| Anton Velikhov | Southern District |

The Assembly voted on the annexation in March.
"""


def test_table_of_names_after_a_statement(extract, facts, pick):
    relations = run(extract, TABLE_ROWS)
    names = ["Boris Kaledin", "Mirela Dospanova", "Tarik Osmanov", "Anton Velikhov"]
    facts(relations, {(DB, n, OFAC, None) for n in names}, kinds=(DB,))
    rel = pick(relations, DB, "Mirela Dospanova", OFAC)
    assert rel["program"] == "E.O. 14024"
    assert [e["sentence"] for e in rel["evidence"]][-2:] == ["The following members of the Assembly are being designated:",
                                                              "Mirela Dospanova | Eastern District |"]


def test_todays_action_is_taken_pursuant_to_a_program(extract, facts, show):
    text = ("WASHINGTON — Today, OFAC sanctioned Halvard Tanker Management Ltd and Marlin Crest Trading LLC for shipping oil "
            "for a militia. Today's action is being taken pursuant to counterterrorism authority E.O. 13224, as amended.")
    relations = run(extract, text)
    facts(relations, {(DB, "Halvard Tanker Management Ltd", OFAC, None), (DB, "Marlin Crest Trading LLC", OFAC, None)}, kinds=(DB,))
    assert {r["program"] for r in designations(relations)} == {"E.O. 13224"}, show(relations)


PROSE_BETWEEN_HEADINGS = """WASHINGTON — Today, OFAC is designating 3 entities that supply drone parts pursuant to E.O. 14024.

Circuit Board Supplier

Korvel Microsystems Ltd is being designated for supplying circuit boards to a drone maker in the border province of the country.

Lens Grinding Workshop

Austrel Optics Ltd is being designated for grinding lenses for the targeting systems of drones built in the capital region.

Engine Parts Foundry

Danmor Alloys Ltd is being designated for casting engine parts that end up in drones flown over the border province.
"""


def test_headings_between_paragraphs_are_no_list_of_names(extract, facts):
    names = ["Korvel Microsystems Ltd", "Austrel Optics Ltd", "Danmor Alloys Ltd"]
    facts(run(extract, PROSE_BETWEEN_HEADINGS), {(DB, n, OFAC, None) for n in names}, kinds=(DB,))


LONG_BOLD_NAMES = """Treasury Targets Military Suppliers

OFAC is designating the following entities pursuant to E.O. 14024 for operating in the defense sector of the Russian Federation economy:

- **Federal State Unitary Enterprise 12 Central Design Bureau of the Ministry of Defense of the Russian Federation** (12CDB) develops radar systems.
- **Joint Stock Company Northern Instrument Plant of the Russian Academy of Sciences** (NIP) produces navigation equipment.
- **Limited Liability Company Arktis Trade** supplies electronics to 12CDB.
"""


def test_long_bold_names_with_a_place_in_their_complement_stay_whole(extract):
    """A designee's official name in bold is one name, however long, even where it ends "of the <country>": not the
    pieces the model tags ("... Enterprise 12", "Central Design Bureau", "Ministry of Defense of the ...")."""
    found = {r["subject"]["name"] for r in designations(run(extract, LONG_BOLD_NAMES))}
    assert found == {"Federal State Unitary Enterprise 12 Central Design Bureau of the Ministry of Defense of the Russian Federation",
                     "Joint Stock Company Northern Instrument Plant of the Russian Academy of Sciences",
                     "Limited Liability Company Arktis Trade"}, found


def test_inverted_passive_with_a_colon_list_designates_each_name(extract):
    """"Also designated today are the following 3 deputies of Y: A, B, and C": the names after the colon, and Y itself
    from its own sentence."""
    text = ("Treasury Sanctions Legislators\n\nOFAC designated the National Council of Dravonia (National Council) today. Also "
            "designated today are the following 3 deputies of the National Council: Boris Olegovich Lebedev, Anton Viktorovich "
            "Sedov, and Irina Pavlovna Kuznetsova.")
    found = {(r["subject"]["name"], r["object"]["name"]) for r in designations(run(extract, text))}
    assert found == {(name, OFAC) for name in ("National Council of Dravonia", "Boris Olegovich Lebedev", "Anton Viktorovich Sedov",
                                               "Irina Pavlovna Kuznetsova")}, found


TREASURY = "U.S. Department of the Treasury"


@pytest.mark.parametrize("text, expected", [
    pytest.param("Treasury Targets Arms Brokers\n\nThose designated today include Kestrel Varn Ltd and Halden Mora FZE.",
                 {"Kestrel Varn Ltd", "Halden Mora FZE"}, id="those-designated-include"),
    pytest.param("Treasury Targets Arms Brokers\n\nAmong the entities designated today is Kestrel Varn Ltd, a broker of rifles.",
                 {"Kestrel Varn Ltd"}, id="among-those-designated-is"),
    pytest.param("Treasury Targets Arms Brokers\n\nAmong those who met the minister were Kestrel Varn Ltd executives.",
                 set(), id="among-without-a-designation"),
])
def test_those_designated_today_include(extract, text, expected):
    """"Those designated today include A and B" / "Among those designated today is A": a designation stated of a group."""
    found = {r["subject"]["name"] for r in designations(run(extract, text))}
    assert found == expected, found


def test_a_country_read_as_a_product_is_no_designee(extract):
    """"a Cyprus-based broker": the model tags "Cyprus" as a product; a known country is a place, not a target or employer."""
    text = ("Treasury Targets Arms Brokers\n\nToday, OFAC sanctioned Kestrel Varn Ltd, a Cyprus-based broker, and its director, "
            "Anton Sedov.")
    relations = run(extract, text)
    assert {r["subject"]["name"] for r in designations(relations)} == {"Kestrel Varn Ltd", "Anton Sedov"}
    assert {(r["subject"]["name"], r["object"]["name"]) for r in relations if r["relation"] == "holds_role"} == {("Anton Sedov", "Kestrel Varn Ltd")}


def test_a_sentence_ending_in_a_company_form_keeps_its_own_authority(extract):
    """"... designated Kestrel Varn Ltd. Simultaneously, the Department of State designated ...": "Ltd." ends the
    sentence, so the State Department's designees are not OFAC's too."""
    text = ("Treasury Sanctions Smuggling Network\n\nToday, OFAC designated Kestrel Varn Ltd. Simultaneously, the Department of "
            "State designated Halden Mora FZE and Anton Sedov pursuant to E.O. 13846.")
    found = {(r["subject"]["name"].rstrip("."), r["object"]["name"]) for r in designations(run(extract, text))}
    assert found == {("Kestrel Varn Ltd", OFAC), ("Halden Mora FZE", STATE), ("Anton Sedov", STATE)}, found


def test_bullets_the_parser_set_apart_from_their_items(extract):
    """"* Name, ...;" items whose "*" the parser made a sentence of its own: every item after the statement is a designee,
    the last one too (it ends with a full stop)."""
    text = ("Treasury Sanctions Smuggling Network\n\nThe following individuals are being designated pursuant to E.O. 14024:\n\n"
            "* Anton Sedov, a Russian national who manages Kestrel Varn Ltd;\n* Irina Kuznetsova, its chief accountant; and\n"
            "* Pavel Gromov.")
    assert {r["subject"]["name"] for r in designations(run(extract, text))} == {"Anton Sedov", "Irina Kuznetsova", "Pavel Gromov"}


def test_a_legal_form_after_an_abbreviated_one_stays_in_the_sentence(nlp):
    """"Halden Mora Co. KG": the parser cuts after "Co.", but the name runs on through a further legal form (the
    company_forms gazetteer), so the sentence (and its authority) stays whole."""
    from graphbuild.extract.context import context_of

    doc = nlp.make_doc("Today, OFAC designated Halden Mora Co. KG and Anton Sedov pursuant to E.O. 13846.")
    doc.user_data["gb_meta"] = {}
    sentences = [s.text for s in context_of(nlp(doc)).sentences]
    assert sentences == ["Today, OFAC designated Halden Mora Co. KG and Anton Sedov pursuant to E.O. 13846."], sentences
