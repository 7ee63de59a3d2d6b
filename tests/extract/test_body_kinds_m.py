"""Bodies the model read as people, which lost their posts at the mention stage (issue 13, twenty-second session, M;
`benchmarks/roles_recall_diag.py --unread readable`, stage `org_typed:Person`): a body described by the noun of its
kind ("the state weekly X", "X, a research institute"), a "<place>-based" body's name, a legal form opening the name
("NPO X Y"), and a title's "Haitian Gang X Y Z" whose closing words made every later "X Y Z" that person's surname;
and the reverse, stage `person_typed:Organization`: "**A-B C** (C)" read as a firm, its hyphen or accented capital
failing the person's shape that the short form in parentheses shows. A word hyphened to "based" is a place.
Invented releases (markdown read as a build reads them); exact relations or the clusters' kinds."""
from __future__ import annotations

import pytest
from markdown_release import extract_markdown, parse_markdown

pytestmark = pytest.mark.slow

HR = "holds_role"

DESCRIBED = ('Treasury Sanctions Media and Research Fronts of a Smuggling Network\n'
    '\n'
    "WASHINGTON — Today, the Department of the Treasury's Office of Foreign Assets Control (OFAC) designated two bodies and three people who laundered the proceeds of fuel smuggling.\n"
    '\n'
    '**Orvane Tessik Dralo**, a Varna-based research institute, tested guidance parts for the network. Its director, **Milena Rastova Kerr**, signed the purchase orders.\n'
    '\n'
    '**Tomasz Verel Kadno** (Kadno) is the editor-in-chief of the state weekly Brava Nedelja Vesti, which published the names of customs officers who refused bribes.\n'
    '\n'
    'Ruta Selvin Okafor, a reporter for the independent news outlet Glas Dolina Sever, said the smugglers had threatened her.\n'
    '\n'
    'Orvane Tessik Dralo and Kerr are being designated pursuant to E.O. 14024.\n')

#: the posts DESCRIBED states: the director of the institute, the editor-in-chief of the weekly, the outlet's reporter
DESCRIBED_POSTS = {("Milena Rastova Kerr", "Orvane Tessik Dralo", "director"),
                   ("Tomasz Verel Kadno", "Brava Nedelja Vesti", "editor-in-chief"),
                   ("Ruta Selvin Okafor", "Glas Dolina Sever", "reporter")}

GANG_AND_FIRMS = ('# Treasury and State Sanction Leaders and Financiers of Haitian Gang Kay Lavi Fò\n'
    '\n'
    "WASHINGTON — Today, the U.S. Department of the Treasury's Office of Foreign Assets Control (OFAC) sanctioned the Haitian gang **Kay Lavi Fò**, its leader, and two people who kept it supplied with cash.\n"
    '\n'
    '**Jonel Bastien Fleury** (Fleury) has led Kay Lavi Fò since 2021. Under Fleury, the gang blocked the road to the port.\n'
    '\n'
    '**Roseline Dorval** (Dorval) is the founder of Kay Lavi Fò and now runs its finances.\n'
    '\n'
    '**Ardashir Kamran Rezaei** (Rezaei) is the chairman of Isfahan-based **Tiran Navid Credit Institution** (Tiran Navid). Tiran Navid keeps the ledgers of the network.\n'
    '\n'
    "**NPO Volzhskiy Izmeritel**, a Samara instrument maker, supplied the gang's radios. Its general director, **Pyotr Ilyich Goncharov** (Goncharov), signed the orders.\n"
    '\n'
    'Kay Lavi Fò, Fleury, Dorval, Rezaei and Goncharov are designated pursuant to E.O. 13818.\n')


HYPHENED_SHORT_FORM = ('Treasury Sanctions Officials Who Protected a Fuel Smuggling Ring\n'
    '\n'
    "WASHINGTON — Today, the Department of the Treasury's Office of Foreign Assets Control (OFAC) designated two officials who protected a fuel smuggling ring.\n"
    '\n'
    "**Frantz-Élie Dorvil** (Dorvil) is a former member of the Chamber of Deputies for the Jacmel district. Dorvil gave the ring's trucks police escorts.\n"
    '\n'
    "**Dariush Karimi-Tabar** (Karimi-Tabar) is a deputy director of the Port Authority of Bandar Kesh. He waved the ring's tankers through inspections.\n"
    '\n'
    'Dorvil and Karimi-Tabar are being designated pursuant to E.O. 13818.\n')


PLACE_BEFORE_BASED = ('# Terrorist Designation of Katiba Nahr al-Wadi\n'
    '\n'
    'The United States is designating Katiba Nahr al-Wadi (KNW), a Delta-based armed group that has killed hundreds of civilians since 2022, as a Specially Designated Global Terrorist.\n'
    '\n'
    'The group finances itself through Comptoir Delta Or, a gold trading house in Niamey, which buys gold from mines the group controls.\n')


def _kinds(nlp, text: str) -> dict[str, str]:
    from graphbuild.extract.context import context_of

    return {c.name: c.type for c in context_of(parse_markdown(nlp, text)).resolver.clusters}


def test_a_name_described_by_its_kind_is_a_body(nlp, extract):
    """"X, a Varna-based research institute", "the state weekly X", "the independent news outlet X": the noun says X
    is a body; read as people, X's director lost the post and the weekly and the outlet were persons."""
    kinds = _kinds(nlp, DESCRIBED)
    assert kinds["Orvane Tessik Dralo"] == kinds["Brava Nedelja Vesti"] == kinds["Glas Dolina Sever"] == "Organization"
    assert kinds["Milena Rastova Kerr"] == kinds["Ruta Selvin Okafor"] == "Person"
    posts = _posts(extract_markdown(extract, DESCRIBED))
    assert ("Milena Rastova Kerr", "Orvane Tessik Dralo", "director") in posts
    assert posts <= DESCRIBED_POSTS, posts - DESCRIBED_POSTS  # no post the release does not state


def test_the_described_release_gives_every_post(extract, facts):
    """Every post of DESCRIBED: the editor-in-chief of the state weekly and the reporter for the news outlet were missed
    (found since R of the twenty-third session: `titles_described.body_after_kind_noun`, a head of five tokens)."""
    facts(extract_markdown(extract, DESCRIBED), {(HR, *post) for post in DESCRIBED_POSTS}, kinds=(HR,))


def _posts(relations: list[dict]) -> set[tuple[str, str, str]]:
    """(holder, body, role) of each post found."""
    return {(r["subject"]["name"], r["object"]["name"], r["role"]) for r in relations if r["relation"] == HR}


def test_a_gang_a_based_firm_and_a_legal_form_keep_their_kinds(nlp, extract, facts):
    """The title's "Haitian Gang X Y Z" (read as a person) made every "X Y Z" its surname; "Isfahan-based X Y Credit
    Institution" read as a firm was made a person by the chairman's sentence; "NPO X Y" read as "SURNAME Given"."""
    kinds = _kinds(nlp, GANG_AND_FIRMS)
    assert kinds["Kay Lavi Fò"] == kinds["Tiran Navid Credit Institution"] == "Organization"
    assert kinds["NPO Volzhskiy Izmeritel"] == "Company"
    facts(extract_markdown(extract, GANG_AND_FIRMS), {
        (HR, "Jonel Bastien Fleury", "Kay Lavi Fò", "leader"),
        (HR, "Roseline Dorval", "Kay Lavi Fò", "founder"),
        (HR, "Ardashir Kamran Rezaei", "Tiran Navid Credit Institution", "chairman"),
        (HR, "Pyotr Ilyich Goncharov", "NPO Volzhskiy Izmeritel", "general director")}, kinds=(HR,))


def test_a_hyphened_name_with_its_surname_in_parentheses_is_a_person(extract, facts):
    """"**Frantz-Élie D** (D) is a former member of ...": read as a firm; the short form is the name's last word, as
    for any person, but the hyphen's tokens and the accented "É" failed the name-word test."""
    facts(extract_markdown(extract, HYPHENED_SHORT_FORM), {
        (HR, "Frantz-Élie Dorvil", "Chamber of Deputies", "member"),
        (HR, "Dariush Karimi-Tabar", "Port Authority of Bandar Kesh", "deputy director")}, kinds=(HR,))


def test_the_word_before_based_is_a_place(nlp):
    """"a Delta-based armed group": the model read "Delta" as a firm, which a body's short form spelled the same way
    could take in (an unread release's "Sahel-based" group became a designee as the firm "X Sahel Y")."""
    kinds = _kinds(nlp, PLACE_BEFORE_BASED)
    assert kinds["Delta"] == "Country" and kinds["Comptoir Delta Or"] == "Organization"
