"""Posts of unread_ae's classes, twenty-fifth session (SA; docs/extraction.md "Posts of unread_ae"): the portfolio
of a fixed title ("Under Secretary of the Treasury for Terrorism and Financial Intelligence"), whose words the model
reads as a body that a later "Its leader, X" then fell back to. An invented release (markdown read as a build reads
it); exact relations."""
from __future__ import annotations

import pytest
from markdown_release import extract_markdown

HR = "holds_role"
DB = "designated_by"

PORTFOLIO = ('# Treasury Sanctions Cocaine Importers at the Port of Velsing\n'
    '\n'
    "WASHINGTON — Today, the Department of the Treasury's Office of Foreign Assets Control (OFAC) sanctioned the **Noorderwind network**, a Dutch-Moroccan drug trafficking organization that imports cocaine through the port of Velsing, together with two individuals.\n"
    '\n'
    '"Port insiders are the hinge of this trade," said Under Secretary of the Treasury for Terrorism and Financial Intelligence Marcus T. Halloran.\n'
    '\n'
    'The network was identified in a joint investigation with local authorities. Its leader, **Karim Vostarin** (Vostarin), directs the organization from abroad. His deputy, **Jeroen Adriaan Brandvik** (Brandvik), manages the network\'s logistics.\n'
    '\n'
    'Vostarin and Brandvik are being designated pursuant to E.O. 14059.\n')


@pytest.mark.slow
def test_a_fixed_titles_portfolio_is_no_body_its_leader_points_to(extract, facts):
    """"Under Secretary of the Treasury for Terrorism and Financial Intelligence X": "Financial Intelligence" is the
    post's portfolio, no body; kept, it was the last body named before "Its leader, Y", and Y and "His deputy" were
    put at it instead of the network the paragraph is about."""
    facts(extract_markdown(extract, PORTFOLIO), {
        (HR, "Marcus T. Halloran", "U.S. Department of the Treasury",
         "Under Secretary of the Treasury for Terrorism and Financial Intelligence"),
        (HR, "Karim Vostarin", "Noorderwind network", "leader"),
        (HR, "Karim Vostarin", "Noorderwind network", "director"),
        (HR, "Jeroen Adriaan Brandvik", "Noorderwind network", "deputy"),
        (DB, "Noorderwind network", "Office of Foreign Assets Control", None),
        (DB, "Karim Vostarin", "Office of Foreign Assets Control", None),
        (DB, "Jeroen Adriaan Brandvik", "Office of Foreign Assets Control", None)}, kinds=(HR, DB))


@pytest.mark.parametrize("text, portfolio", [
    pytest.param("said Under Secretary of the Treasury for Terrorism and Financial Intelligence Marcus Halloran.",
                 "Terrorism and Financial Intelligence", id="under-secretary"),
    pytest.param("said Secretary of State Dana Whitcombe.", None, id="no-for: the body after 'of' stays"),
])
def test_the_portfolio_is_the_words_after_a_fixed_titles_for(nlp, text, portfolio):
    """Only the words after the fixed title's "for" are its portfolio; "of the Treasury", "of State" name the body."""
    from graphbuild.nlp.gazetteers import load_gazetteers
    from graphbuild.nlp.not_names import fixed_portfolios

    doc = nlp.make_doc(text)
    assert [doc[s:e].text for s, e in fixed_portfolios(doc, load_gazetteers())] == ([portfolio] if portfolio else [])
