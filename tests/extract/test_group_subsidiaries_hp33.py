"""A group's name that opens its subsidiary's company name is the group, not a short form of the subsidiary (HP,
thirty-third session).

"Today, OFAC removed Norvik Group from the SDN List. Its subsidiary Norvik Group Shipping Ltd. remains designated."
read "Norvik Group" as a short form of the one longer name it opens, so the removal went to the subsidiary: the store
ended the subsidiary's designation and left the group designated. A name ending in a kind noun ("Group", "Bank")
that a company's name goes on from with words of its own before its legal form ("Shipping Ltd.") names another body,
as "Harlow Bank" beside "Harlow Bank Leasing Company" already did. Texts invented, relations exact."""
from __future__ import annotations

import pytest

from graphbuild.nlp.body_heads import heads_another_body
from graphbuild.nlp.gazetteers import load_gazetteers

OFAC = "Office of Foreign Assets Control"


@pytest.mark.parametrize("short, long, apart", [
    ("Norvik Group", "Norvik Group Shipping Ltd.", True),  # the group and its shipping company
    ("Harlow Bank", "Harlow Bank Leasing LLC", True),  # the bank and its leasing company
    ("Norvik Group", "Norvik Group Ltd.", False),  # a legal form only
    ("Norvik", "Norvik Shipping Ltd.", False),  # no kind noun: a short form
    ("Solway Investment", "Solway Investment Shipping Ltd.", False),  # no kind noun of its own
    # its own full name, only its reach before the legal form (review RHP, thirty-third session)
    ("Norvik Group", "Norvik Group International Ltd.", False),
    ("Harlow Bank", "Harlow Bank Global LLC", False),
    ("Norvik Group", "Norvik Group Worldwide FZE", False),
], ids=["group-subsidiary", "bank-subsidiary", "legal-form", "one-word", "no-head", "international", "global",
        "worldwide"])
def test_a_kind_nouns_name_before_a_companys_own_words_is_another_body(short, long, apart):
    assert heads_another_body(short, long, load_gazetteers()) is apart


@pytest.mark.slow
def test_a_group_removed_beside_its_subsidiary_is_the_group(extract):
    text = ("Today, OFAC removed Norvik Group from the SDN List. Its subsidiary Norvik Group Shipping Ltd. remains "
            "designated.")
    removed = {(r["subject"]["name"], r["object"]["name"]) for r in extract(text, {"date": "2025-11-03"})
               if r["relation"] == "delisted_by"}
    assert removed == {("Norvik Group", OFAC)}


@pytest.mark.slow
def test_a_groups_short_form_beside_its_own_international_name_is_that_company(extract):
    """"Norvik Group" after "Norvik Group International Ltd.": the company's short form, so the post is held there
    (review RHP, thirty-third session: HP's subsidiary rule gave it to a body "Norvik Group")."""
    text = ("OFAC today designated Norvik Group International Ltd. pursuant to E.O. 14024. Piet Varga is the chief "
            "executive officer of Norvik Group.")
    posts = {(r["subject"]["name"], r["object"]["name"]) for r in extract(text, {"date": "2025-11-03"})
             if r["relation"] == "holds_role"}
    assert posts == {("Piet Varga", "Norvik Group International Ltd.")}
