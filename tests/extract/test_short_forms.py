"""Short forms and fragments of one longer name are that entity, never one of their own (issue 13, SF, twenty-seventh
session; nlp/short_forms). Invented texts and names."""
from __future__ import annotations

import pytest

from graphbuild.nlp.mention import Mention
from graphbuild.nlp.short_forms import _place_after_the, body_whole, company_core, person_whole
from markdown_release import extract_markdown

DB, HR = "designated_by", "holds_role"
OFAC, STATE = "Office of Foreign Assets Control", "U.S. Department of State"


# ---- the rules alone ------------------------------------------------------------------------------------------------
def test_a_company_short_form_is_the_one_company_its_words_open():
    assert body_whole("Quorvex", [(1, "Quorvex Avionics Trading Co., Ltd."), (2, "Hengmar Optics LLC")]) == 1
    assert body_whole("Quorvex Avionics", [(1, "Quorvex Avionics Trading Co., Ltd.")]) == 1


def test_a_word_two_companies_open_is_neither():
    assert body_whole("Varel", [(1, "Varel Holding LLC"), (2, "Varel Trading LLC")]) is None


def test_the_name_without_its_legal_forms_is_the_parent_not_the_subsidiary():
    assert company_core("JSC Concern Pelvanor-Tekh") == ("pelvanor", "tekh")
    assert body_whole("Pelvanor-Tekh", [(1, "JSC Concern Pelvanor-Tekh"), (2, "Pelvanor-Tekh Trading (HK) Limited")]) == 1


@pytest.mark.parametrize("short, others, expected", [
    ("Mario Esteban", [(1, "Mario Esteban Ogazon Sedano")], 1),  # first names: the model's cut
    ("Mario Sedano", [(1, "Mario Esteban Ogazon Sedano")], 1),  # first name and surname
    ("Mario Esteban", [(1, "Mario Esteban Ogazon"), (2, "Mario Esteban Ogazon Sedano")], 2),  # one man named twice
    ("Yusuf Abdi", [(1, "Yusuf Abdi Warsame"), (2, "Yusuf Abdi Farah")], None),  # two men
    ("Tay Ren", [(1, "Htoo Lin Tay Ren")], None),  # the end of a name only: a parent's
    ("Oran Velix", [(1, "Oran Velix, Jr.")], None),  # a son of the same name
    ("Ali Mansour", [(1, "Hassan bin Ali Mansour")], None),  # the father's name after "bin"
], ids=["first-names", "first-and-last", "nested-names", "two-people", "end-only", "junior", "parent-particle"])
def test_a_person_name_is_the_one_longer_name_it_opens_and_runs_through(short, others, expected):
    assert person_whole(short, others) == expected


# ---- whole texts -----------------------------------------------------------------------------------------------------
@pytest.mark.slow
def test_a_company_named_short_in_a_list_line_is_the_company_of_the_full_name(extract, facts):
    text = ("WASHINGTON -- Today, OFAC sanctioned a network that moves stolen fuel.\n\n"
            "- **Teresa Nuñez Caraballo**, his cousin, is the legal representative of Fletes Sierra Morena.\n"
            "- **Fletes Sierra Morena, S.A. de C.V.**, a trucking company that moves stolen fuel.\n")
    full = "Fletes Sierra Morena, S.A. de C.V."
    relations = extract_markdown(extract, text)
    facts(relations, {(HR, "Teresa Nuñez Caraballo", full, "legal representative"),
                      (DB, "Teresa Nuñez Caraballo", OFAC, None), (DB, full, OFAC, None)})
    # the short form is no alias: another release's "Fletes Sierra Norte, S.A." would join this company by it
    assert all("Fletes Sierra Morena" not in r["object"]["aliases"] for r in relations if r["object"]["name"] == full)


@pytest.mark.parametrize("text, word, whole, place", [
    ("apartment buildings in the Kerrow district of Varnel", "Kerrow", "Kerrow Heights Properties Ltd.", True),
    ("concessions in the Lobraye and Haute-Kotto prefectures", "Lobraye", "Lobraye Timber Invest SARL", True),
    ("its regional director for the Sahra, based in Bamako", "Sahra", "Sahra Gold Mining SARL", True),
    ("members of the NightMoth ransomware group", "NightMoth", "NightMoth Ransomware Group", False),
], ids=["district", "coordinated", "region", "the-company-s-own-words"])
def test_one_word_after_the_that_the_name_does_not_go_on_from_is_a_place(nlp, text, word, whole, place):
    doc = nlp.make_doc(text)
    i = next(t.i for t in doc if t.text == word)
    assert _place_after_the(doc, Mention(i, i + 1, word, "ORG"), whole) is place


@pytest.mark.slow
def test_the_short_name_of_a_concern_is_the_concern_not_its_subsidiary(extract, facts):
    text = ("WASHINGTON -- Today, the Department of State designated entities that supply the Varnish army.\n\n"
            "- **JSC Concern Pelvanor-Tekh**, a state-owned maker of radar systems.\n"
            "- **Pelvanor-Tekh Trading (HK) Limited**, a Hong Kong front company of the concern.\n\n"
            "Anatoly Sergeyevich Grelkin is the general director of Pelvanor-Tekh.\n")
    facts(extract_markdown(extract, text), {(HR, "Anatoly Sergeyevich Grelkin", "JSC Concern Pelvanor-Tekh", "general director"),
                                            (DB, "JSC Concern Pelvanor-Tekh", STATE, None),
                                            (DB, "Pelvanor-Tekh Trading (HK) Limited", STATE, None)})


@pytest.mark.slow
def test_a_person_named_short_in_the_headline_is_the_person_of_the_full_name(extract):
    text = ("Treasury Sanctions Venezuelan Official Teodoro Ramos\n\n"
            "WASHINGTON -- Today, OFAC designated Teodoro Ramos Quiroga Lledo, the president of Corporacion Minera "
            "del Sur, for his role in illegal gold mining.\n")
    relations = extract_markdown(extract, text)
    assert {r["subject"]["name"] for r in relations if r["relation"] in (DB, HR)} == {"Teodoro Ramos Quiroga Lledo"}
    assert {(r["relation"], r["object"]["name"], r.get("role")) for r in relations if r["relation"] in (DB, HR)} >= {
        (HR, "Corporacion Minera del Sur", "president"), (DB, OFAC, None)}


@pytest.mark.slow
def test_two_list_entries_one_name_shorter_stay_two_people(extract, facts):
    text = ("WASHINGTON -- Today, OFAC sanctioned three people.\n\n"
            "- **Dario Esteban**, the treasurer of the Sol Naciente cartel.\n"
            "- **Dario Esteban Morillo Saenz**, the leader of the Sol Naciente cartel.\n")
    cartel = "Sol Naciente cartel"
    facts(extract_markdown(extract, text), {(HR, "Dario Esteban", cartel, "treasurer"), (HR, "Dario Esteban Morillo Saenz", cartel, "leader"),
                                            (DB, "Dario Esteban", OFAC, None), (DB, "Dario Esteban Morillo Saenz", OFAC, None)})


@pytest.mark.slow
def test_a_surname_a_company_opens_with_stays_the_persons(extract, facts):
    text = ("WASHINGTON -- Today, OFAC designated Oskar Brenn and Brenn Logistik GmbH, a Hamburg firm he owns.\n\n"
            "Brenn's chief accountant, Hilde Sommer Vogt, keeps its books.\n")
    facts(extract_markdown(extract, text), {(DB, "Oskar Brenn", OFAC, None), (DB, "Brenn Logistik GmbH", OFAC, None)})


# ---- review RS: a short name in one sentence with the longer one is another entity ---------------------------------
@pytest.mark.slow
@pytest.mark.parametrize("text, expected", [
    ("WASHINGTON -- Today, the Department of the Treasury's Office of Foreign Assets Control (OFAC) designated Velmora "
     "Trading S.A., a Geneva-based subsidiary of Velmora, a state-owned oil producer.\n\n"
     "Velmora Trading S.A. sold crude oil on behalf of Velmora. Velmora itself is not designated today.\n\n"
     "Ivo Brandt is the chief executive officer of Velmora.\n",
     {(DB, "Velmora Trading S.A.", OFAC, None), (HR, "Ivo Brandt", "Velmora", "chief executive officer")}),
    ("Treasury Sanctions Front Company of the Zarel Front\n\n"
     "WASHINGTON -- Today, the Department of the Treasury's Office of Foreign Assets Control (OFAC) designated Zarel "
     "Front Investment Company, a front company that finances the Zarel Front, a militia that attacks civilians.\n\n"
     "Zarel Front Investment Company is owned or controlled by the Zarel Front. The Zarel Front was designated by the "
     "Department of State in 2019.\n",
     {(DB, "Zarel Front Investment Company", OFAC, None), (DB, "Zarel Front", STATE, None)}),
    ("WASHINGTON -- Today, the Department of the Treasury's Office of Foreign Assets Control (OFAC) designated Harlow "
     "Bank, a bank that processed payments for the regime, and its subsidiary Harlow Bank Leasing Company.\n\n"
     "Harlow Bank owns Harlow Bank Leasing Company. Petra Voss is the chairman of Harlow Bank.\n",
     {(DB, "Harlow Bank", OFAC, None), (DB, "Harlow Bank Leasing Company", OFAC, None),
      (HR, "Petra Voss", "Harlow Bank", "chairman")}),
], ids=["parent-of-its-subsidiary", "group-of-its-front-company", "bank-beside-its-leasing-arm"])
def test_a_short_name_in_one_sentence_with_the_longer_is_another_entity(extract, facts, text, expected):
    facts(extract_markdown(extract, text), expected)


@pytest.mark.slow
def test_a_possessive_short_name_after_the_full_one_in_its_sentence_is_that_name(extract):
    text = ("Allies hit drone part suppliers in a joint move\n\n"
            "By a staff writer\n\n"
            "The Treasury said the remaining targets included two Hong Kong-registered suppliers of navigation modules, "
            "Brightmoor Precision Electronics Limited and Jintai Kexin Trading Co., Ltd., and Wen Haolin, Brightmoor's "
            "sales director, who it said arranged the shipments through Dubai.\n")
    posts = {(r["subject"]["name"], r["object"]["name"], r["role"]) for r in extract_markdown(extract, text) if r["relation"] == HR}
    assert posts == {("Wen Haolin", "Brightmoor Precision Electronics Limited", "sales director")}
