"""NS (thirty-fourth session, issue 13): a lawyer's firm named after the lawyer's name.

Invented names. "A lawyer for the company, X of the Harbour firm Y, said his client ...": wire stories name a
designee's lawyer with the client first and the firm after the name. "lawyer" is no title head (most uses name no
post), and the scorer rated the pair low or gave it the role "member", so the post was lost. The noun apposed before
the name ("A lawyer for <client>", "<client>'s lawyer") is the post, held at the body named in "of [the] [<place>]
[law] firm <body>" right after the name (roles_counsel). The client holds nothing; a lawyer's kin, a person who
only meets a lawyer, a firm named without "of" and a place after "of" give no post.
"""
from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow

HR = "holds_role"


@pytest.mark.parametrize("text, expected", [
    pytest.param(
        "A lawyer for the company, Maarten Hendrik Vosselaar of the Willemstad firm Brink & Gouda, said his client "
        "would challenge the designation.",
        {(HR, "Maarten Hendrik Vosselaar", "Brink & Gouda", "lawyer")},
        id="a-lawyer-for-the-client-of-a-town-s-firm"),
    pytest.param(
        "A lawyer for Chowdary, Tanvir Rahman of the firm Rahman & Partners, said his client had bought the land "
        "lawfully.",
        {(HR, "Tanvir Rahman", "Rahman & Partners", "lawyer")},
        id="a-named-client-and-the-firm"),
    pytest.param(
        "Velde's lawyer, Nathalie Christine Ferrand of the firm Ferrand Loesch Avocats, said her client was relieved.",
        {(HR, "Nathalie Christine Ferrand", "Ferrand Loesch Avocats", "lawyer")},
        id="the-client-s-lawyer"),
])
def test_a_lawyer_s_firm_after_the_name(extract, facts, text, expected):
    facts(extract(text), expected, kinds=(HR,))


@pytest.mark.parametrize("text", [
    pytest.param("The lawyer's wife, Nathalie Christine Ferrand of the firm Ferrand Loesch Avocats, said her husband "
                 "was relieved.", id="kin-of-a-lawyer"),
    pytest.param("A lawyer for the company met Nathalie Christine Ferrand of the firm Ferrand Loesch Avocats on Monday.",
                 id="met-by-a-lawyer"),
    pytest.param("A lawyer for the company, Nathalie Christine Ferrand of Luxembourg, said her client was relieved.",
                 id="a-place-after-of"),
    pytest.param("A counsel for Kiros Trading, Pieter Vrolijk of the Tarsk office of the firm Brandt & Osei, said his "
                 "client would appeal.", id="a-town-s-office-after-of"),
])
def test_no_post_without_the_lawyer_s_firm(extract, text):
    rels = [r for r in extract(text) if r["relation"] == HR]
    assert [(r["subject"]["name"], r["object"]["name"], r["role"]) for r in rels if r["role"] in {"lawyer", "counsel"}] == []
