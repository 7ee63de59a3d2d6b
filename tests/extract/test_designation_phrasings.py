"""Designations phrased in ways the first rules were not written for (issue 13), on short invented releases.

Each test asserts the exact designated_by facts of its text: the targets, and for each the authority
the text gives it (a State Department list inside a Treasury release is the State Department's).
"""
from __future__ import annotations

from functools import partial

import pytest

from markdown_release import extract_markdown

pytestmark = pytest.mark.slow

DB = "designated_by"
OFAC = "Office of Foreign Assets Control"
STATE = "U.S. Department of State"
EU = "European Union"


run = partial(extract_markdown, date="2025-06-02")  # run(extract, markdown text)


NOT_DESIGNATED = """Treasury Sanctions Bridge Contract Fraud Ring

WASHINGTON -- Today, the Department of the Treasury's Office of Foreign Assets Control (OFAC) designated Tomasz Velder Okonski for rigging bridge tenders in exchange for bribes.

Okonski's nephew, Adrian Pell Moravec, received part of the payments. Adrian Pell Moravec is not being designated today.
"""


def test_a_person_who_is_not_being_designated_is_no_designee(extract, facts):
    facts(run(extract, NOT_DESIGNATED), {(DB, "Tomasz Velder Okonski", OFAC, None)}, kinds=(DB,))


INVERTED = """Treasury Targets Drone Parts Smugglers

WASHINGTON -- Today, the Department of the Treasury's Office of Foreign Assets Control (OFAC) is designating Corvina Avionics Limited, a Hong Kong-based distributor of flight controllers.

Halvard Precision Optics Co., Ltd. (Halvard Optics), a maker of camera gimbals, sold hundreds of units to a drone factory. Also designated today is Halvard Optics.
"""


def test_also_designated_today_is_x(extract, facts):
    expected = {(DB, "Corvina Avionics Limited", OFAC, None), (DB, "Halvard Precision Optics Co., Ltd.", OFAC, None)}
    facts(run(extract, INVERTED), expected, kinds=(DB,))


PARAGRAPH_ITEMS = """Treasury Sanctions Bribery Network in Port Concessions

WASHINGTON -- Today, the Department of the Treasury's Office of Foreign Assets Control (OFAC) designated Osvaldo Ferrant Quiroga, a former port authority director, pursuant to E.O. 13818.

Also sanctioned today are two companies that moved the bribe payments:

Maravilla Holdings S.A., a real estate firm owned by Ferrant Quiroga's brother, Julio Ferrant Paez; and

Transportes Cerro Azul S.R.L., a trucking company whose accountant, Nilda Rocha Vera, is a cousin of Ferrant Quiroga.

Julio Ferrant Paez is not being designated today.
"""


def test_also_sanctioned_today_are_two_companies_listed_in_paragraphs(extract, facts):
    names = ["Osvaldo Ferrant Quiroga", "Maravilla Holdings S.A.", "Transportes Cerro Azul S.R.L."]
    facts(run(extract, PARAGRAPH_ITEMS), {(DB, n, OFAC, None) for n in names}, kinds=(DB,))


VESSELS = """Treasury Targets Fuel Smuggling Fleet

WASHINGTON -- Today, the Department of the Treasury's Office of Foreign Assets Control (OFAC) designated Brightwater Tanker Management FZE for managing tankers that carry oil for the Hydra Brigade.

In addition, OFAC is identifying the following vessels as property in which Brightwater Tanker Management FZE has an interest:

- NORTHERN CORAL (IMO 9187654), a Palau-flagged tanker;
- SILVER HERON (IMO 9276543), a Gabon-flagged tanker; and
- QUIET HARBOR (IMO 9365432), a Togo-flagged tanker.

SANCTIONS IMPLICATIONS

All property and interests in property of the persons above that are in the United States are blocked.
"""


def test_vessels_identified_as_property_in_a_bullet_list(extract, facts):
    names = ["Brightwater Tanker Management FZE", "NORTHERN CORAL", "SILVER HERON", "QUIET HARBOR"]
    facts(run(extract, VESSELS), {(DB, n, OFAC, None) for n in names}, kinds=(DB,))


STATE_LIST = """Treasury and State Target Missile Suppliers

WASHINGTON -- Today, the Department of the Treasury's Office of Foreign Assets Control (OFAC) is designating Tavrin Machine Tools LLC, and the Department of State is concurrently designating three targets, all pursuant to E.O. 14024.

State Department Designations

The Department of State is designating the following entities and individual:

- Volsky Gyroscope Plant, which builds guidance parts for cruise missiles. Dmitri Olegovich Sarnov, the chairman of its board, is also being designated;
- Perm Sighting Systems LLC, a maker of tank sights; and
- Kama Avionics JSC.

Perm Sighting Systems LLC was sanctioned by the European Union in its eleventh package of measures.
"""


def test_a_state_department_list_in_a_treasury_release_is_the_state_departments(extract, facts):
    expected = {(DB, "Tavrin Machine Tools LLC", OFAC, None), (DB, "Perm Sighting Systems LLC", EU, None)}
    expected |= {(DB, n, STATE, None) for n in ["Volsky Gyroscope Plant", "Dmitri Olegovich Sarnov", "Perm Sighting Systems LLC",
                                                 "Kama Avionics JSC"]}
    facts(run(extract, STATE_LIST), expected, kinds=(DB,))


OWN_REASONS = """Treasury Sanctions Timber Laundering Network

WASHINGTON -- Today, the Department of the Treasury's Office of Foreign Assets Control (OFAC) sanctioned a network that launders protected timber.

Selvara Timber S.A. (Selvara) exports the logs. The company is owned by Rodrigo Amaral Tene (Amaral Tene). OFAC is designating Selvara for being owned or controlled by Amaral Tene, and Amaral Tene for having materially assisted the timber laundering scheme.
"""


def test_each_object_with_its_own_reason(extract, facts):
    names = ["Selvara Timber S.A.", "Rodrigo Amaral Tene"]
    facts(run(extract, OWN_REASONS), {(DB, n, OFAC, None) for n in names}, kinds=(DB,))


SUPPORT_OF_TWO = """Treasury Sanctions Arms Broker

WASHINGTON -- Today, the Department of the Treasury's Office of Foreign Assets Control (OFAC) is designating Kestrel Arms Trading FZE for providing support to the Red Valley Front and the Eastern Hills Militia.
"""


def test_names_inside_the_reason_are_not_designees(extract, facts):
    facts(run(extract, SUPPORT_OF_TWO), {(DB, "Kestrel Arms Trading FZE", OFAC, None)}, kinds=(DB,))


SHORT_NAME = """Treasury Sanctions Senator in Road Kickback Scheme

WASHINGTON -- Today, the Department of the Treasury's Office of Foreign Assets Control (OFAC) designated a sitting senator who took kickbacks on road contracts.

Gilberto Anselmo Ruiz Carvajal (Ruiz) is a member of the Senate and chairs its public works committee. Ruiz steered road funds to his associates. Ruiz is also being designated today pursuant to E.O. 13818.
"""


def test_a_short_name_the_release_defined_is_its_designee(extract, facts):
    facts(run(extract, SHORT_NAME), {(DB, "Gilberto Anselmo Ruiz Carvajal", OFAC, None)}, kinds=(DB,))


NUMBERED_THEN_HEADING = """Treasury Targets Militia Financiers

WASHINGTON -- Today, the Department of the Treasury's Office of Foreign Assets Control (OFAC) designated three individuals who move money for the Islamic Revolutionary Guard Corps-Qods Force (IRGC-QF). The IRGC-QF was designated pursuant to E.O. 13224 in October 2007.

The following individuals were designated by OFAC today for having assisted the IRGC-QF:

1. Samir Fawzi Haddadin
2. Karim Nabil Soueidan
3. Fadi Yusuf Makhlouf

Third-Country Suppliers

Haddadin also bought radios from suppliers abroad.
"""


def test_a_heading_after_a_numbered_list_is_no_fourth_designee(extract, facts):
    names = ["Samir Fawzi Haddadin", "Karim Nabil Soueidan", "Fadi Yusuf Makhlouf"]
    facts(run(extract, NUMBERED_THEN_HEADING), {(DB, n, OFAC, None) for n in names}, kinds=(DB,))


def test_a_name_starting_inside_a_hyphenated_word_is_a_fragment(nlp):
    from graphbuild.extract.targets import hyphen_fragment

    doc = nlp.make_doc("The IRGC-QF and the Third-Country Suppliers met a Hong Kong - based broker.")
    words = [t.text for t in doc]
    assert hyphen_fragment(doc, words.index("QF")) and hyphen_fragment(doc, words.index("Country"))
    assert not hyphen_fragment(doc, words.index("IRGC")) and not hyphen_fragment(doc, words.index("based"))


BOTH_OFFICIALS = """Treasury Sanctions Officials Responsible for Crackdown

WASHINGTON -- Today, the Department of the Treasury's Office of Foreign Assets Control (OFAC) sanctioned two senior security officials for the violent repression of peaceful protesters. The United Kingdom and Canada also imposed sanctions on both officials today.

General Arash Kamrani Nejad commands the riot police units that opened fire on crowds in March. Colonel Behnam Sadeghi Rad ran the detention center where protesters were beaten.

These officials were designated pursuant to E.O. 13553.
"""


def test_partners_sanctioning_both_officials_designate_each_of_them(extract, facts):
    names = ["Arash Kamrani Nejad", "Behnam Sadeghi Rad"]
    bodies = [OFAC, "United Kingdom", "Canada"]
    facts(run(extract, BOTH_OFFICIALS), {(DB, n, b, None) for n in names for b in bodies}, kinds=(DB,))


LISTED_PERSONS = """Council Imposes Restrictive Measures on Those Responsible for Election Fraud

The Council of the European Union today imposed restrictive measures on four individuals and one entity responsible for undermining democracy in Ruritania.

The listed persons are:

\u2022 Boris Antonovich Zelenko, chairman of the Central Election Commission;
\u2022 Galina Petrovna Usova, deputy chairwoman of the Central Election Commission;
\u2022 Oleg Viktorovich Mramor, head of the presidential administration;
\u2022 Anatoly Semyonovich Rudak, a businessman who financed the campaign; and
\u2022 Vostok Media Holding, a broadcaster.

The measures consist of an asset freeze and a travel ban.
"""


def test_a_verbless_intro_opens_a_list_of_designees(extract, facts):
    names = ["Boris Antonovich Zelenko", "Galina Petrovna Usova", "Oleg Viktorovich Mramor", "Anatoly Semyonovich Rudak",
             "Vostok Media Holding"]
    facts(run(extract, LISTED_PERSONS), {(DB, n, "Council of the European Union", None) for n in names}, kinds=(DB,))


DESIGNATED_TODAY = """Treasury Sanctions Cartel Money Launderers

WASHINGTON -- Today, the Department of the Treasury's Office of Foreign Assets Control (OFAC) designated five individuals and two companies that launder drug proceeds for the cartel.

Designated today:
Rogelio Ibarra Montes, the network's leader;
Sandra Pineda Luna, his accountant;
Cambios Oriente S.A. de C.V., a currency exchange house in Culiacan;
Julio Cesar Bernal Soto, a courier; and
Inmobiliaria Las Palmas S.A. de C.V., a real estate company.
"""


def test_designated_today_colon_then_one_target_per_line(extract, facts):
    names = ["Rogelio Ibarra Montes", "Sandra Pineda Luna", "Cambios Oriente S.A. de C.V.", "Julio Cesar Bernal Soto",
             "Inmobiliaria Las Palmas S.A. de C.V."]
    facts(run(extract, DESIGNATED_TODAY), {(DB, n, OFAC, None) for n in names}, kinds=(DB,))


EARLIER_LIST = """Treasury Sanctions Arms Broker

WASHINGTON -- Today, the Department of the Treasury's Office of Foreign Assets Control (OFAC) designated Kestrel Arms Trading FZE for selling rifles to the Red Valley Front.

The following were previously sanctioned by OFAC in 2019:
Marek Dolny Sztych, the company's founder.
"""


def test_an_earlier_list_intro_opens_no_list(extract, facts):
    relations = run(extract, EARLIER_LIST)
    today = {(r["subject"]["name"], r["object"]["name"]) for r in relations if r["relation"] == DB and r["current"]}
    assert today == {("Kestrel Arms Trading FZE", OFAC)}, today


BY_REFERENCE = """Treasury Sanctions Oil Smuggling Network

WASHINGTON -- Today, the Department of the Treasury's Office of Foreign Assets Control (OFAC) sanctioned a network that smuggles oil for the regime.

Aurora Gulf Shipping Ltd. operates three tankers that carried the oil. The company is being designated for having materially assisted the regime.

Karim Nasser Haddad is a Beirut-based broker who arranged the sales. He is being designated for having materially assisted the regime.

Delta Horizon Trading FZE and Blue Reef Petroleum LLC bought the cargoes. Both companies are being designated pursuant to E.O. 13224.

Omar Khalil Sabbagh manages the proceeds. OFAC is also designating him for having materially assisted the regime.
"""


def test_targets_named_by_pronoun_definite_noun_or_counted_group(extract, facts):
    names = ["Aurora Gulf Shipping Ltd.", "Karim Nasser Haddad", "Delta Horizon Trading FZE", "Blue Reef Petroleum LLC",
             "Omar Khalil Sabbagh"]
    facts(run(extract, BY_REFERENCE), {(DB, n, OFAC, None) for n in names}, kinds=(DB,))


THREE_NOT_TWO = """Treasury Sanctions Shipping Firms

WASHINGTON -- Today, the Department of the Treasury's Office of Foreign Assets Control (OFAC) designated Harbor Line Shipping LLC for carrying the cargoes.

Delta Horizon Trading FZE, Blue Reef Petroleum LLC and Coral Bay Marine Ltd bought cargoes in 2021. Both companies are being designated pursuant to E.O. 13224.
"""


def test_a_counted_group_that_does_not_match_the_names_before_designates_nobody(extract, facts):
    facts(run(extract, THREE_NOT_TWO), {(DB, "Harbor Line Shipping LLC", OFAC, None)}, kinds=(DB,))


AFTER_RELATIVE = """Treasury Sanctions Scam Center Operators

WASHINGTON -- Today, the Department of the Treasury's Office of Foreign Assets Control (OFAC) targeted Golden Lotus Group Co., Ltd., which runs two compounds near the border, and its chairman, Chen Jiahui.

In addition, OFAC is sanctioning Wu Zhenghao, who recruits workers with fake job offers, and his company, Bright Path Recruitment Agency.
"""


def test_the_list_of_targets_goes_on_after_a_relative_clause(extract, facts):
    names = ["Golden Lotus Group Co., Ltd.", "Chen Jiahui", "Wu Zhenghao", "Bright Path Recruitment Agency"]
    facts(run(extract, AFTER_RELATIVE), {(DB, n, OFAC, None) for n in names}, kinds=(DB,))


RELATIVE_NAMES_A_PARTNER = """Treasury Sanctions Arms Broker

WASHINGTON -- Today, OFAC is sanctioning Kestrel Arms Trading FZE, which sells rifles to the Red Valley Front, and is owned by Marek Dolny Sztych.
"""


def test_a_name_inside_the_relative_clause_is_no_target(extract, facts):
    facts(run(extract, RELATIVE_NAMES_A_PARTNER), {(DB, "Kestrel Arms Trading FZE", OFAC, None)}, kinds=(DB,))


JOINT = """United States and United Kingdom Sanction Scam Center Operators

WASHINGTON -- Today, the United States and the United Kingdom are jointly sanctioning Golden Lotus Group Co., Ltd. and Wu Zhenghao for running compounds where trafficked workers defraud victims online.

Treasury's Office of Foreign Assets Control (OFAC) works with its partners to disrupt these networks.
"""


def test_the_united_states_acting_with_a_partner_is_the_us_body(extract, facts):
    """The U.S. body acts for "the United States", and the partner named beside it acts too (each target gets every
    body the text gives it: D17)."""
    names = ["Golden Lotus Group Co., Ltd.", "Wu Zhenghao"]
    facts(run(extract, JOINT), {(DB, n, body, None) for n in names for body in (OFAC, "United Kingdom")}, kinds=(DB,))


NUMBERED = """Treasury Designates Drone Engine Suppliers

OFAC designated the following persons today:

1. Halden Mora FZE, for being owned or controlled by the network.

2. Anton Sedov, for having acted for or on behalf of Halden Mora FZE.

3. Kestrel Varn Ltd., which supplied engines to Halden Mora FZE.

Piotr Lasko, a broker who once sold engines to the network, was arrested in 2023.
"""


def test_numbered_items_under_a_designating_intro_are_designees_and_the_paragraph_after_is_not(extract, facts):
    """Each "N. Name, ..." item's opening name is a designee (the parser may set "1." apart from its item); the
    paragraph after the list, with no number, is prose."""
    facts(run(extract, NUMBERED), {(DB, "Halden Mora FZE", OFAC, None), (DB, "Anton Sedov", OFAC, None),
                                   (DB, "Kestrel Varn Ltd.", OFAC, None)}, kinds=(DB,))


BULLETS_THEN_PROSE = """Treasury Designates Drone Engine Suppliers

The following were also designated today:

* Halden Mora FZE, an importer of engines;
*
Kestrel Varn Ltd., a shell company that received payment for the engines.

Piotr Lasko, a broker who sold engines to the network, was arrested in 2023.
"""


def test_a_paragraph_after_a_bullet_set_apart_from_its_item_is_no_item(extract, facts):
    treasury = "U.S. Department of the Treasury"  # the headline's body: the text names no office
    facts(run(extract, BULLETS_THEN_PROSE), {(DB, "Halden Mora FZE", treasury, None), (DB, "Kestrel Varn Ltd.", treasury, None)},
          kinds=(DB,))


@pytest.mark.parametrize("sentence", [
    "Today, OFAC designated Halden Mora FZE for being owned or controlled by Kestrel Varn Ltd and Norvik Tanker Co, "
    "pursuant to E.O. 13846.",
    "Today, OFAC designated Halden Mora FZE for being owned or controlled by Kestrel Varn Ltd, Norvik Tanker Co, and "
    "Ostrava Mining Group, pursuant to E.O. 13846.",
    "Today, OFAC designated Halden Mora FZE, which supplied drones to Kestrel Varn Ltd, Norvik Tanker Co, and Ostrava "
    "Mining Group.",
])
def test_names_inside_the_reason_or_the_relative_clause_are_no_targets(extract, facts, sentence):
    """The owners named in the reason and the customers named in the relative clause are not designated, also when
    the list of them ends ", and C" before "pursuant to" or the full stop."""
    facts(run(extract, "Treasury Sanctions Network\n\n" + sentence + "\n"), {(DB, "Halden Mora FZE", OFAC, None)}, kinds=(DB,))


TWICE = """Treasury Sanctions Network

Today, OFAC designated Halden Mora FZE for supplying fuel to the network.

Treasury is designating the following:

- Halden Mora FZE, a UAE-based fuel trader;
- Kestrel Varn Ltd, a shipping firm.
"""


def test_a_list_repeating_a_target_of_the_office_adds_no_second_designation_by_its_department(extract, facts):
    """OFAC is an office of the Treasury: the list's "Treasury" is the same designation of Halden Mora FZE."""
    facts(run(extract, TWICE), {(DB, "Halden Mora FZE", OFAC, None), (DB, "Kestrel Varn Ltd", "U.S. Department of the Treasury", None)},
          kinds=(DB,))
