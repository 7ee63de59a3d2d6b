"""Whose designation it is when a release also names another government's earlier sanctions (issue 13, blind class 1).

A designation stated without an agent ("X is designated", "A, B and C are designated for ...") belongs to the release's
own authority, never to a government that another paragraph says sanctioned someone in the past; that government's
action goes only to the targets its own sentence names. Texts invented for these tests.
"""
from __future__ import annotations

from functools import partial

import pytest

from markdown_release import extract_markdown

pytestmark = pytest.mark.slow

DB = "designated_by"
OFAC = "Office of Foreign Assets Control"
UK = "United Kingdom"
CANADA = "Canada"


run = partial(extract_markdown, date="2026-04-14")  # run(extract, markdown text)


EARLIER_PARTNERS = """Treasury Acts Against Timber Smuggling Network in the Mekong Region

Date: 14 April 2026

Today, the Department of the Treasury's Office of Foreign Assets Control (OFAC) took action against two individuals and one company that smuggle protected rosewood out of national parks.

Halvor Dranik Mestrovic runs the logging crews. Mestrovic is designated for having materially assisted the network.

Teodor Kalvi Brannstrom is the network's accountant and manages Greywater Timber Holdings Ltd, a sawmill in Pakse. Brannstrom is designated together with his company. Greywater Timber Holdings Ltd is designated pursuant to E.O. 13818.

Earlier actions

The United Kingdom and the European Union sanctioned Halvor Dranik Mestrovic in March 2025. The company's former owner, Sandrine Oyelaran Paquet, was sanctioned by Canada in 2023.
"""


def test_an_earlier_foreign_action_does_not_become_the_releases_authority(extract, facts):
    relations = run(extract, EARLIER_PARTNERS)
    facts(relations, {(DB, "Halvor Dranik Mestrovic", OFAC, None), (DB, "Teodor Kalvi Brannstrom", OFAC, None),
                      (DB, "Greywater Timber Holdings Ltd", OFAC, None), (DB, "Halvor Dranik Mestrovic", UK, None),
                      (DB, "Halvor Dranik Mestrovic", "European Union", None),  # each government of the subject (D19)
                      (DB, "Sandrine Oyelaran Paquet", CANADA, None)}, kinds=(DB,))
    assert {r["subject"]["name"] for r in relations if r["relation"] == DB and not r["current"]} == {"Halvor Dranik Mestrovic", "Sandrine Oyelaran Paquet"}


COMPANY_SANCTIONED_BEFORE = """Treasury Sanctions Officials Who Diverted Flood Relief Funds

Date: 2 February 2026

Today, the Department of the Treasury's Office of Foreign Assets Control (OFAC) designated one official and two companies that diverted flood relief funds.

Ardian Vesko Morina, a deputy governor of the province, awarded relief contracts to firms owned by his relatives. Morina, Lumivale Construction Ltd and Pellaro Trading LLC are designated for having engaged in corruption.

Morina's cousin owns Ostrava Concrete Works, which is not designated today. The company was sanctioned by the United Kingdom in 2024.
"""


def test_the_company_sanctioned_by_another_government_in_a_past_year_governs_no_other_target(extract, facts):
    facts(run(extract, COMPANY_SANCTIONED_BEFORE), {(DB, "Ardian Vesko Morina", OFAC, None), (DB, "Lumivale Construction Ltd", OFAC, None),
                                                    (DB, "Pellaro Trading LLC", OFAC, None), (DB, "Ostrava Concrete Works", UK, None)}, kinds=(DB,))


TABLES = """Treasury Sanctions Suppliers of Counterfeit Aircraft Parts

Date: 9 March 2026

Today, the Department of the Treasury's Office of Foreign Assets Control (OFAC) designated three individuals and two companies that sold counterfeit turbine blades to sanctioned airlines.

The following individuals were designated today by OFAC:

Name | Nationality | Role
Oswin Tarrant Belcourt | Malta | Director and majority shareholder, Silvercrest Aero Components Ltd
Ilsa Varenne Morrow | Cyprus | Broker who arranged payments for Silvercrest Aero Components Ltd
Dmitri Olenev Kask | Estonia | Logistics manager, Brightfield Turbine Services LLC

The following entities were designated today by OFAC:

Entity | Location | Basis
Silvercrest Aero Components Ltd | Valletta, Malta | E.O. 14024
Brightfield Turbine Services LLC | Limassol, Cyprus | E.O. 14024
"""


def test_table_rows_name_their_designee_in_the_first_cell(extract, facts):
    """Rows "Name | Nationality | Role" after a header row: the first cell is the designee, the others describe it
    (a table of two rows is a list too)."""
    facts(run(extract, TABLES), {(DB, "Oswin Tarrant Belcourt", OFAC, None), (DB, "Ilsa Varenne Morrow", OFAC, None),
                                 (DB, "Dmitri Olenev Kask", OFAC, None), (DB, "Silvercrest Aero Components Ltd", OFAC, None),
                                 (DB, "Brightfield Turbine Services LLC", OFAC, None)}, kinds=(DB,))


DESCRIBED_ITEMS = """Treasury Sanctions Arms Brokers Supplying Militias in the Sahel

Date: 11 May 2026

Today, the Department of the Treasury's Office of Foreign Assets Control (OFAC) took action against three arms brokers who supply rifles and ammunition to militias in the Sahel.

The following individuals are being designated:

Bertrand Maxime Okonjo (a.k.a. Le Banquier), a former customs officer who arranges the brokers' payments through exchange houses in Bamako. He moved to Niamey in 2024.

Henri Albin Delacroix, a shipping agent who books the containers.

Pieter Voskuijlen Marais, a South African pilot, flies the cargo to remote airstrips. He is paid in gold.

Earlier actions

The European Union sanctioned Bertrand Maxime Okonjo in June 2025.
"""


def test_paragraphs_that_only_describe_a_name_are_items_of_the_list_before_them(extract, facts):
    """After "The following individuals are being designated:", paragraphs "X (a.k.a. Y), a former ..." with no verb of
    their own are the list's items; "X, a pilot, flies ..." is prose and ends the list. A designee whom the EU sanctioned
    earlier is still the list's (OFAC's) designee."""
    facts(run(extract, DESCRIBED_ITEMS), {(DB, "Bertrand Maxime Okonjo", OFAC, None), (DB, "Henri Albin Delacroix", OFAC, None),
                                          (DB, "Bertrand Maxime Okonjo", "European Union", None)}, kinds=(DB,))


REFERENCES = """Treasury Targets Currency Exchange Network Serving a Militia

Date: 3 June 2026

Today, the Department of the Treasury's Office of Foreign Assets Control (OFAC) designated a network of money changers that moves cash for a militia.

The cousins Darius Velkani and Ramin Velkani run the network. Darius Velkani is the managing director of Baharestan Exchange Company, and Ramin Velkani is the chairman of its Muscat affiliate, Golden Crescent Trading Company. Both are designated today along with the two companies.

The network's Malaysian business is run by Farhad Nourollahi, who serves as the director of both Tembusu Holdings Limited and Sentosa Bay Ventures Limited, two shell companies that hold accounts for the militia. OFAC is designating Nourollahi and both shell companies.

Kaveh Rostami, a former banker, advises the Velkani cousins on settling payments abroad. He is designated for having materially assisted the network. His firm, Rostami Advisory Services, is not designated today.
"""


def test_targets_named_by_a_count_or_a_pronoun(extract, facts):
    """"Both are designated" (the two subjects of the sentence before), "along with the two companies" / "X and both
    shell companies" (the companies named before, those apposed to "two shell companies" first), "He is designated"
    after a sentence that names a family by its surname ("the Velkani cousins" is no second person); the firm that is
    not designated stays out."""
    names = ["Darius Velkani", "Ramin Velkani", "Baharestan Exchange Company", "Golden Crescent Trading Company",
             "Farhad Nourollahi", "Tembusu Holdings Limited", "Sentosa Bay Ventures Limited", "Kaveh Rostami"]
    facts(run(extract, REFERENCES), {(DB, n, OFAC, None) for n in names}, kinds=(DB,))



STATE_IN_TREASURY = """Treasury and State Target Election Disinformation Network

Date: 20 October 2026

Today, the Department of the Treasury's Office of Foreign Assets Control (OFAC) sanctioned Baltic Echo Media LLC, a network of fake local news sites. In a concurrent action, the Department of State designated a training center and its founder.

The Department of State is designating Signal Forge Academy (Signal Forge), a Minsk-based training center that coaches operators of fake news sites, and its founder and director, Oleksiy Marenko Dovgal. Dovgal previously worked for a state broadcaster.

OFAC is also designating Lakeshore Hosting Services Ltd, a hosting provider that supplies servers to Baltic Echo Media LLC, Northwind Data GmbH, and Pavel Ostrin Kuzmenko.
"""


def test_the_list_goes_on_after_a_description_with_its_founder(extract, facts):
    """"designating A (B), a ... center that ..., and its founder and director, C": C is the State Department's
    designee as A is; after a description only "and its / his / her ..." continues the list, so the customers named
    inside "a hosting provider that supplies servers to X, Y, and Z" are no targets."""
    facts(run(extract, STATE_IN_TREASURY), {(DB, "Baltic Echo Media LLC", OFAC, None), (DB, "Signal Forge Academy", "U.S. Department of State", None),
                                            (DB, "Oleksiy Marenko Dovgal", "U.S. Department of State", None),
                                            (DB, "Lakeshore Hosting Services Ltd", OFAC, None)}, kinds=(DB,))


FRAGMENT = """Treasury Sanctions Hosting Provider for Disinformation Sites

Date: 22 October 2026

Today, the Department of the Treasury's Office of Foreign Assets Control (OFAC) sanctioned a web-hosting company and two of its officers.

Anatolia Cloud Hizmetleri A.Ş. is an Izmir-based hosting provider that kept the network's domains online. Its chief executive officer, **Volkan Ertürk**, and its chief technology officer, **Emre Şenoğlu**, registered more than 400 replacement domains for the network. Anatolia Cloud Hizmetleri A.Ş., Ertürk and Şenoğlu are designated.
"""


def test_a_surname_the_model_left_alone_is_the_full_name_given_before(extract, facts):
    """The model reads "Şenoğlu" here as a name of its own (not tied to "Emre Şenoğlu"): the designee is the person
    named in full, and the bare surname is never exported."""
    facts(run(extract, FRAGMENT), {(DB, "Anatolia Cloud Hizmetleri A.Ş.", OFAC, None), (DB, "Volkan Ertürk", OFAC, None),
                                   (DB, "Emre Şenoğlu", OFAC, None)}, kinds=(DB,))


IT_AND_AGENT = """Treasury Sanctions Network Laundering Wages of Overseas IT Workers

Date: 3 June 2026

Today, the Department of the Treasury's Office of Foreign Assets Control (OFAC) sanctioned two companies that launder the wages of overseas IT workers.

Harbin Tiancheng Digital Co., Ltd., a company in Harbin, China, converts the workers' wages into cash. It is designated pursuant to E.O. 13382.

Kestrel Byte Solutions LLC recruits foreign facilitators for the workers. OFAC is also designating Kestrel Byte Solutions LLC.

Cyber actors

The hacker Ri Jong-song, who builds malicious software for the workers, was designated by OFAC in 2024 and was indicted by the Department of Justice in 2025.
"""


def test_it_is_designated_and_an_agent_ends_at_the_next_verb(extract, facts):
    """"It is designated" is the firm that is the subject of the sentence before; "designated by OFAC in 2024 and was
    indicted by the Department of Justice": the Department of Justice designated nobody."""
    relations = run(extract, IT_AND_AGENT)
    facts(relations, {(DB, "Harbin Tiancheng Digital Co., Ltd.", OFAC, None), (DB, "Kestrel Byte Solutions LLC", OFAC, None),
                      (DB, "Ri Jong-song", OFAC, None)}, kinds=(DB,))
    assert [r["current"] for r in relations if r["relation"] == DB and r["subject"]["name"] == "Ri Jong-song"] == [False]


VERB_THEN_COLON = """Imposing Sanctions on Suppliers of an Armed Faction

PRESS STATEMENT

Today, the United States is taking action against commanders and suppliers of an armed faction. The Department of State is designating one commander, and the Department of the Treasury's Office of Foreign Assets Control (OFAC) is concurrently designating two individuals and one company.

The Department is designating Colonel Idriss Mahamat Tchere, a commander of the faction in the east of the country.

Concurrently, OFAC is designating:

- Sable Dune Logistics SARL, a trucking company that moves fuel to the faction;
- Amadou Kelessi Barry, the general manager of Sable Dune Logistics SARL; and
- Youssouf Haroun Mbaye, a broker who buys the faction's gold.

Amadou Kelessi Barry and Youssouf Haroun Mbaye are being designated for having materially assisted the faction.
"""


def test_a_designating_verb_right_before_a_colon_opens_its_list(extract, facts):
    """"Concurrently, OFAC is designating:" then bullets, in a State Department release: the items are OFAC's, and so
    is the later sentence without an agent about two of them."""
    facts(run(extract, VERB_THEN_COLON), {(DB, "Idriss Mahamat Tchere", "U.S. Department of State", None),
                                          (DB, "Sable Dune Logistics SARL", OFAC, None), (DB, "Amadou Kelessi Barry", OFAC, None),
                                          (DB, "Youssouf Haroun Mbaye", OFAC, None)}, kinds=(DB,))


BULLET_SET_APART = """Treasury Targets Titanium Producer Supplying Military Aircraft Makers

Date: 5 August 2026

Volkhov Titanium Works (VTW) is one of the largest producers of titanium sheet used in military aircraft. Today, OFAC is designating VTW and two of its senior executives:

- Marina Olegovna Sedykh, VTW's chief executive officer; and
- Pavel Igorevich Rozhkov, VTW's deputy general director for exports, who also sits on the board of a regional bank.

Today's designations are made pursuant to E.O. 14024.
"""


def test_named_target_and_a_counted_list_after_its_colon(extract, facts):
    """"OFAC is designating X and two of its senior executives:" then bullets whose "-" the parser set apart as a
    sentence of its own: each item is a target too."""
    facts(run(extract, BULLET_SET_APART), {(DB, "Volkhov Titanium Works", OFAC, None), (DB, "Marina Olegovna Sedykh", OFAC, None),
                                           (DB, "Pavel Igorevich Rozhkov", OFAC, None)}, kinds=(DB,))


PARAGRAPH_GROUP = """State Department Designates Leaders of a Sahel Armed Group

Date: 9 July 2026

The Department of State is designating two leaders of an armed group that attacks villages in the tri-border area.

State Department designations

Hamidou Boubacar Sangare is a senior commander of the group who leads its fighters in the Gourma region. Sangare planned an attack on a market town in 2024.

Issa Moussa Diallo serves as the group's chief of finance. He previously ran a transport business in Gao.

Both individuals are being designated pursuant to E.O. 13224, as amended.

Their driver, Salif Konate Traore, drove fuel to the group's camps.
"""


def test_both_individuals_in_a_paragraph_of_its_own_are_the_subjects_of_the_paragraphs_before(extract, facts):
    """A "Both individuals are being designated" paragraph points back to the named subjects of the paragraphs right
    before it (back to the heading), only when there are exactly two; the driver named after it is no target."""
    facts(run(extract, PARAGRAPH_GROUP), {(DB, "Hamidou Boubacar Sangare", "U.S. Department of State", None),
                                          (DB, "Issa Moussa Diallo", "U.S. Department of State", None)}, kinds=(DB,))


PRONOUN_AFTER_GANG = """Treasury Sanctions Gang Leader and Political Backer in Port-au-Prince

Date: 9 July 2026

Today, the Department of the Treasury's Office of Foreign Assets Control (OFAC) sanctioned a gang leader and a former senator who financed his gang.

Jean-Claude Bien-Aime leads the Ti Makak gang. Bien-Aime is designated pursuant to E.O. 13818 for being responsible for serious human rights abuse.

Fritzner Olivier Desrosiers, a former senator, paid the Ti Makak gang to intimidate voters. He is designated pursuant to E.O. 13818.

Bien-Aime's brother, Roselor Bien-Aime, is not designated today.
"""


def test_he_after_a_name_that_only_modifies_a_noun(extract, facts):
    """"X paid the Y gang ... He is designated": a name that modifies a common noun ("the Y gang", "the Y brothers")
    is no second person, so "he" is X; the brother who is not designated stays out."""
    facts(run(extract, PRONOUN_AFTER_GANG), {(DB, "Jean-Claude Bien-Aime", OFAC, None), (DB, "Fritzner Olivier Desrosiers", OFAC, None)},
          kinds=(DB,))


SUBJECT_AFTER_VERB = """Treasury Targets Belarusian Fertilizer Exporters

Date: 12 March 2026

Today, the Department of the Treasury's Office of Foreign Assets Control (OFAC) designated Belkhimprom Export OAO, the state-owned exporter of potash fertilizer.

Also sanctioned today is Nemansky Trade Service LLC, a Grodno-based trading firm that markets the fertilizer on behalf of the state-owned Azotprom concern. Its chief executive, Andrei Piatrovich Marozau, is not designated today.
"""


def test_also_sanctioned_today_is_x_when_the_parser_keeps_x_as_the_subject(extract, facts):
    """The parser made X the passive subject after "is" (not an inverted copula): X is the target, the concern named in
    its description is not."""
    facts(run(extract, SUBJECT_AFTER_VERB), {(DB, "Belkhimprom Export OAO", OFAC, None), (DB, "Nemansky Trade Service LLC", OFAC, None)},
          kinds=(DB,))
