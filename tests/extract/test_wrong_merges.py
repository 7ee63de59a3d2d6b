"""Two people or two bodies whose names fit one another stay two when the text tells them apart (issue 13, NM,
twenty-eighth session; nlp/person_apart, nlp/body_heads). Invented texts and names."""
from __future__ import annotations

import pytest

from graphbuild.nlp.body_heads import heads_another_body
from graphbuild.nlp.gazetteers import load_gazetteers
from markdown_release import extract_markdown

DB, HR = "designated_by", "holds_role"
OFAC, STATE = "Office of Foreign Assets Control", "U.S. Department of State"
FULL, SHORT = "Karim Nadir Haddad", "Karim Haddad"


# ---- bodies: the shorter name's own head noun ------------------------------------------------------------------------
@pytest.mark.parametrize("short, long, apart", [
    ("Harlow Bank", "Harlow Bank Leasing Company", True),  # the bank and its leasing arm
    ("The Zarel Front", "Zarel Front Investment Company", True),  # the militia and its front company
    ("Federation Council", "Federation Council of the Federal Assembly", False),  # a council still
    ("Harlow Bank", "Harlow Bank PJSC", False),  # a legal form only
    ("Wagner Group", "Wagner Group Company", False),  # a kind noun only
    ("Solway Investment", "Solway Investment Group", False),  # no kind noun of its own
    ("Bastrel", "Bastrel Components Ltd.", False),  # a short form
], ids=["leasing-arm", "front-company", "of-complement", "legal-form", "kind-noun-only", "no-head", "one-word"])
def test_a_name_opening_a_longer_one_with_a_head_noun_of_its_own_is_another_body(short, long, apart):
    assert heads_another_body(short, long, load_gazetteers()) is apart


@pytest.mark.slow
def test_a_group_named_after_its_front_company_with_no_headline_is_the_group(extract, facts):
    text = ("WASHINGTON -- Today, the Department of the Treasury's Office of Foreign Assets Control (OFAC) designated Zarel "
            "Front Investment Company, a holding company in Darvel that raises funds for an armed group.\n\n"
            "The Zarel Front is a militia that attacks civilians in the north of the country. The Department of State "
            "designated the Zarel Front as a terrorist organization in 2019. Omar Talib Khayyat is the commander of the "
            "Zarel Front.\n")
    facts(extract_markdown(extract, text), {(DB, "Zarel Front Investment Company", OFAC, None), (DB, "Zarel Front", STATE, None),
                                            (HR, "Omar Talib Khayyat", "Zarel Front", "commander")})


@pytest.mark.slow
def test_a_bank_named_after_its_leasing_arm_is_the_bank(extract, facts):
    text = ("WASHINGTON -- Today, OFAC designated Harlow Bank Leasing Company, which leases aircraft to the regime.\n\n"
            "Anton Rehm is the director of Harlow Bank Leasing Company. Petra Voss is the chairman of Harlow Bank, the "
            "leasing company's parent.\n")
    facts(extract_markdown(extract, text), {(DB, "Harlow Bank Leasing Company", OFAC, None),
                                            (HR, "Anton Rehm", "Harlow Bank Leasing Company", "director"),
                                            (HR, "Petra Voss", "Harlow Bank", "chairman")})


# ---- people: a shorter name the text introduces as someone else ----------------------------------------------------
TWO_MEN = {(DB, FULL, OFAC, None), (DB, SHORT, OFAC, None), (HR, FULL, "Tarsel Exchange Company", "owner"),
           (HR, SHORT, "Qusair Money Transfer", "manager")}


@pytest.mark.slow
@pytest.mark.parametrize("text", [
    ("WASHINGTON -- Today, the Department of the Treasury's Office of Foreign Assets Control (OFAC) designated Karim "
     "Nadir Haddad, a Lebanese financier who launders money for a militia. Karim Nadir Haddad is the owner of Tarsel "
     "Exchange Company.\n\n"
     "In a separate action, OFAC also designated Karim Haddad, a Syrian money exchanger based in Aleppo who moves cash "
     "for the regime. Karim Haddad is the manager of Qusair Money Transfer.\n"),
    ("WASHINGTON -- Today, OFAC designated Karim Haddad, a Syrian money exchanger based in Aleppo who moves cash for the "
     "regime. Karim Haddad is the manager of Qusair Money Transfer.\n\n"
     "In a separate action, OFAC also designated Karim Nadir Haddad, a Lebanese financier who launders money for a "
     "militia. Karim Nadir Haddad is the owner of Tarsel Exchange Company.\n"),
    ("WASHINGTON -- Today, OFAC sanctioned two men who finance a militia.\n\n"
     "- **Karim Nadir Haddad**, a Lebanese financier, is the owner of Tarsel Exchange Company.\n"
     "- **Karim Haddad**, a Syrian money exchanger, is the manager of Qusair Money Transfer.\n"),
    ("WASHINGTON -- Today, OFAC designated two men who finance a militia.\n\n"
     "Karim Nadir Haddad (born 12 March 1971) is the owner of Tarsel Exchange Company.\n\n"
     "Karim Haddad (born 4 June 1985) is the manager of Qusair Money Transfer.\n"),
], ids=["each-introduced", "shorter-named-first", "two-bold-entries", "two-birth-dates"])
def test_a_shorter_name_the_text_introduces_as_another_man_is_another_man(extract, facts, text):
    relations = extract_markdown(extract, text)
    facts(relations, TWO_MEN)
    assert not any(SHORT in r["subject"]["aliases"] for r in relations)


@pytest.mark.slow
def test_the_two_men_keep_two_iris_in_a_build(tmp_path):
    import json

    from graphbuild.pipeline.run import BuildOptions, build

    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "r1.md").write_text(
        "WASHINGTON -- Today, OFAC designated Karim Nadir Haddad, a Lebanese financier. Karim Nadir Haddad is the owner of "
        "Tarsel Exchange Company.\n\nOFAC also designated Karim Haddad, a Syrian money exchanger. Karim Haddad is the "
        "manager of Qusair Money Transfer.\n", encoding="utf-8")
    build([docs], BuildOptions(out=tmp_path / "out"))
    lines = (tmp_path / "out" / "relations.jsonl").read_text(encoding="utf-8").splitlines()
    iris = {r["subject"]["name"]: r["subject"]["id"] for r in map(json.loads, lines) if r["relation"] == DB}
    assert set(iris) == {FULL, SHORT} and iris[FULL] != iris[SHORT]


@pytest.mark.slow
@pytest.mark.parametrize("text", [
    ("WASHINGTON -- Today, OFAC designated Karim Nadir Haddad, a Lebanese financier who launders money for a militia.\n\n"
     "Karim Haddad is the owner of Tarsel Exchange Company. Mr. Haddad has moved millions of dollars since 2019.\n"),
    ("WASHINGTON -- Today, OFAC designated Karim Nadir Haddad, a Lebanese financier who launders money for a militia.\n\n"
     "Karim Haddad, the owner of Tarsel Exchange Company, moved millions of dollars for the militia.\n"),
    ("WASHINGTON -- Today, OFAC sanctioned two men who finance a militia.\n\n"
     "- **Karim Nadir Haddad**, a Lebanese financier, is the owner of Tarsel Exchange Company.\n"
     "- **Salim Farouk Aoun**, a money exchanger, is the manager of Qusair Money Transfer.\n\n"
     "Karim Haddad has moved millions of dollars for the militia since 2019.\n"),
], ids=["plain-short-name", "definite-description", "bold-entry-then-prose"])
def test_a_shorter_name_with_nothing_setting_it_apart_is_the_same_man(extract, text):
    relations = extract_markdown(extract, text)
    people = {r["subject"]["name"] for r in relations if r["relation"] in (DB, HR)} - {"Salim Farouk Aoun"}
    assert people == {FULL}
    assert (HR, FULL, "Tarsel Exchange Company", "owner") in {(r["relation"], r["subject"]["name"], r["object"]["name"],
                                                                r.get("role")) for r in relations}


@pytest.mark.slow
def test_a_double_surname_described_again_is_the_same_man(extract, facts):
    text = ("WASHINGTON -- Today, OFAC designated **Ramiro Esteban Ortuno Velarde**, a senior official of the regime.\n\n"
            "Ortuno Velarde, a retired army colonel, has been the president of the state-owned Corporacion Minera del "
            "Sur since 2018.\n")
    full = "Ramiro Esteban Ortuno Velarde"
    facts(extract_markdown(extract, text), {(DB, full, OFAC, None), (HR, full, "Corporacion Minera del Sur", "president")})


# ---- a company's short form after a leading place word (short_forms.body_whole) -----------------------------------
def test_a_place_word_opening_a_company_name_may_be_left_out():
    from graphbuild.nlp.short_forms import body_whole

    whole = [(1, "Korea Sonbong Heavy Equipment Export Corporation"), (2, "Pyongyang Rail Works")]
    assert body_whole("Sonbong Heavy Equipment Export Corporation", whole, frozenset({"korea"})) == 1
    assert body_whole("Sonbong Heavy Equipment Export Corporation", whole) is None  # no place known: not said


@pytest.mark.slow
def test_a_company_named_without_its_country_word_before_the_full_name_is_that_company(extract, facts):
    text = ("WASHINGTON -- Today, OFAC designated a North Korean arms exporter and its president.\n\n"
            "Sonbong Heavy Equipment Export Corporation president Ri Chol Ung arranged rail shipments of artillery shells "
            "to the border since 2023. Korea Sonbong Heavy Equipment Export Corporation is a subsidiary of the Second "
            "Economic Committee.\n")
    facts(extract_markdown(extract, text), {(HR, "Ri Chol Ung", "Korea Sonbong Heavy Equipment Export Corporation", "president")})


# ---- a country named where a body's name opens with it ---------------------------------------------------------------
@pytest.mark.slow
def test_a_country_whose_name_opens_a_body_s_name_is_no_form_of_the_body(extract, facts):
    text = ("WASHINGTON -- Today, OFAC designated Major General Deng Arop Malual, a commander in the South Sudan People's "
            "Defence Forces (SSPDF), and Peter Lado Wani, a former official of the mining ministry.\n\n"
            "Peter Lado Wani was South Sudan's deputy minister of mining from 2019 to 2021.\n")
    relations = extract_markdown(extract, text)
    army = [r["object"] for r in relations if r["object"]["name"] == "South Sudan People's Defence Forces"]
    assert army and all("South Sudan" not in a["aliases"] for a in army)


# ---- a bare surname when one bearer is introduced as another's relative ---------------------------------------------
@pytest.mark.slow
def test_a_surname_is_not_the_son_introduced_by_a_possessor(extract):
    text = ("WASHINGTON -- Today, OFAC designated seven people who hide the wealth of Russian oligarch Ruslan Petrovich "
            "Kovalyov.\n\n"
            "Kovalyov, the founder of Uralsky Tube Works, was designated in 2022. The following people were designated for "
            "acting on his behalf:\n\n"
            "1. **Oleg Kovalyov**, the oligarch's son, who has been a director of Nikosia Holdings Ltd since 2022.\n"
            "2. **Marios Demetriou**, a lawyer who heads Limassol Trust Services Ltd., the trustee of several Kovalyov "
            "family trusts.\n\n"
            "Vadim Sorokin took over the management of Uralsky Tube Works from Kovalyov in 2022. Kovalyov remains the owner "
            "of Severny Yacht Charter LLC.\n")
    posts = {(r["subject"]["name"], r["object"]["name"], r["role"]) for r in extract_markdown(extract, text) if r["relation"] == HR}
    assert ("Ruslan Petrovich Kovalyov", "Severny Yacht Charter LLC", "owner") in posts
    assert not any(s == "Oleg Kovalyov" and o == "Severny Yacht Charter LLC" for s, o, _ in posts)
