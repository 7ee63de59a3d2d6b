"""Review RN of nlp/person_apart (issue 13, twenty-eighth session): a man named in full and then by his given name and
surname stays one man when the text only introduces him again, sets his name in bold again or writes his birth date
another way; only two nationalities, two entries of one list or two dates that cannot be one tell two men apart.
Invented texts and names; each text split the man in two at 98b1e44."""
from __future__ import annotations

import pytest

from graphbuild.resolve.identifiers import conflicting, stated_after
from markdown_release import extract_markdown

DB, HR = "designated_by", "holds_role"
OFAC = "Office of Foreign Assets Control"
FULL = "Karim Nadir Haddad"
OWNER, CHAIRMAN = (HR, FULL, "Tarsel Exchange Company", "owner"), (HR, FULL, "Qusair Money Transfer", "chairman")
DESIGNATED = (DB, FULL, OFAC, None)
LEAD = "WASHINGTON -- Today, the Department of the Treasury's Office of Foreign Assets Control (OFAC) designated "


@pytest.mark.parametrize("one, other, same", [
    ("born 12 March 1971", "born March 12, 1971", True),
    ("DOB 12 Mar 1971", "born 12 March 1971", True),
    ("born 1971", "born 12 March 1971 in Beirut", True),  # a year alone fits any date of it
    ("born 12/03/1971", "born 3 December 1971", True),  # day or month first: the year only
    ("b. 1971", "born 12 March 1971", True),
    ("born 12 March 1971", "born 4 June 1985", False),
    ("born 1971", "born 1972", False),
    ("born 12/03/1971", "born 04/06/1985", False),
], ids=["month-first", "abbreviated-month", "year-only", "figures", "b-dot", "two-dates", "two-years", "two-figures"])
def test_a_birth_date_written_two_ways_is_one_date(one, other, same):
    """The one reader of resolve.identifiers (ID, twenty-ninth session), as nlp/person_apart calls it."""
    a, b = (stated_after(f"Karim Haddad ({words}) runs a firm.", [(0, 12)]) for words in (one, other))
    assert a and b and conflicting(a, b) is not same


@pytest.mark.slow
@pytest.mark.parametrize("text, expected", [
    (LEAD + "Karim Nadir Haddad, a Lebanese financier who launders money for a militia.\n\n"
     "Karim Nadir Haddad is the owner of Tarsel Exchange Company. Karim Haddad, a longtime associate of the militia's "
     "leaders, is also the chairman of Qusair Money Transfer.\n", {DESIGNATED, OWNER, CHAIRMAN}),
    (LEAD + "Karim Nadir Haddad, a Lebanese financier, and two companies he controls.\n\n### Financiers\n\n"
     "Karim Haddad, a Beirut-based money exchanger, is the owner of Tarsel Exchange Company. He was designated for "
     "providing support to a militia.\n", {DESIGNATED, OWNER}),
    ("WASHINGTON -- Today, OFAC designated the following persons:\n\n- **Karim Nadir Haddad**\n- **Tarsel Exchange "
     "Company**\n\n**Karim Haddad** is the owner of Tarsel Exchange Company. He launders money for a militia.\n",
     {DESIGNATED, OWNER, (DB, "Tarsel Exchange Company", OFAC, None)}),
    ("WASHINGTON -- Today, OFAC designated **Karim Nadir Haddad**, the owner of Tarsel Exchange Company.\n\n"
     "| Name | Role |\n|---|---|\n| **Karim Haddad** | owner of Tarsel Exchange Company |\n", {DESIGNATED, OWNER}),
    ("WASHINGTON -- Today, OFAC designated Karim Nadir Haddad (born 12 March 1971), the owner of Tarsel Exchange "
     "Company.\n\nKarim Haddad (born March 12, 1971) is also the chairman of Qusair Money Transfer.\n",
     {DESIGNATED, OWNER, CHAIRMAN}),
    ("WASHINGTON -- Today, OFAC designated Karim Nadir Haddad (born 1971), the owner of Tarsel Exchange Company.\n\n"
     "Karim Haddad (born 12 March 1971 in Beirut) is also the chairman of Qusair Money Transfer.\n",
     {DESIGNATED, OWNER, CHAIRMAN}),
    ("WASHINGTON -- Today, OFAC designated Karim Nadir Haddad (born 12 March 1971), the owner of Tarsel Exchange "
     "Company.\n\nKarim Haddad, DOB 12 Mar 1971, is also the chairman of Qusair Money Transfer.\n",
     {DESIGNATED, OWNER, CHAIRMAN}),
], ids=["introduced-again", "introduced-again-in-a-section", "bold-list-then-bold-lead", "list-then-table",
        "date-month-first", "year-then-date", "abbreviated-month"])
def test_a_man_named_again_by_his_shorter_name_stays_one_man(extract, facts, text, expected):
    relations = extract_markdown(extract, text)
    facts(relations, expected)
    assert not any(r["subject"]["id"] for r in relations if r["subject"]["type"] == "Person")


@pytest.mark.slow
def test_a_relative_noun_in_a_phrase_of_its_own_makes_no_relative(extract, facts):
    """", the network's leader and a business partner of his brother": the brother is another man's; Tarik is given
    as no one's relative, so the bare surname of the two bearers is not the second one's (at 98b1e44 the walk from the
    possessor ran on through "and a business partner of his" to "brother" and gave Selim the first man's company)."""
    text = ("WASHINGTON -- Today, OFAC designated Tarik Ozan, the network's leader and a business partner of his brother, "
            "and Selim Ozan, who runs its finances.\n\nOzan is the owner of Darvel Trading LLC. Selim Ozan is the director "
            "of Kessan Shipping LLC.\n")
    facts(extract_markdown(extract, text), {(DB, "Tarik Ozan", OFAC, None), (DB, "Selim Ozan", OFAC, None),
                                            (HR, "Selim Ozan", "Kessan Shipping LLC", "director")})


@pytest.mark.slow
def test_a_relative_after_a_possessor_and_an_age_word_is_a_relative(extract, facts):
    """", the oligarch's younger son" still makes a relative (the walk runs on through an adjective)."""
    text = ("WASHINGTON -- Today, OFAC designated Oleg Varnov and Pavel Varnov, the oligarch's younger son.\n\n"
            "Varnov is the owner of Darvel Yachting LLC.\n")
    facts(extract_markdown(extract, text), {(DB, "Oleg Varnov", OFAC, None), (DB, "Pavel Varnov", OFAC, None),
                                            (HR, "Oleg Varnov", "Darvel Yachting LLC", "owner")})
