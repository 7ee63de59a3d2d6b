"""Whose designation it is when the body is named in another clause or sentence (issue 13, seventh session, D7).

Each target gets the body the text gives it: a coordinated clause with its own subject ("the Department of State is
designating A, and the United Kingdom is sanctioning B") gives B to that subject only; "It designated X" after a
sentence whose subject names a body is that body's; another government acting today ("Also today, the United Kingdom
sanctioned X") does not make a Treasury release the United Kingdom's, and its "have also sanctioned officials of the
regime" covers none of the release's designees. "Britain" is the United Kingdom. A designee that a sentence gives only to
another government ("The United Kingdom sanctioned X in 2024") may still be added by the scorer with the release's own body,
and the scorer's additions under a "Department of State Designations" heading are the State Department's. The items
of a numbered list may open with a rank ("2. Colonel X, chief of ..."). "The Department is designating X" in a
department's release is that department's. Texts invented for these tests.
"""
from __future__ import annotations

from functools import partial

import pytest

from markdown_release import extract_markdown, parse_markdown

pytestmark = pytest.mark.slow

DB = "designated_by"
OFAC = "Office of Foreign Assets Control"
STATE = "U.S. Department of State"
UK = "United Kingdom"


run = partial(extract_markdown, date="2026-05-12")  # run(extract, markdown text)


COORDINATED = """Treasury and Partners Target Arms Brokers

May 12, 2026

Today, the Department of the Treasury's Office of Foreign Assets Control (OFAC) designated Varnel Okrand Holdings Ltd., a broker of drone parts.

Concurrently, the Department of State is designating Quillmere Logistics LLC and the United Kingdom is sanctioning Dravik Osterhout and Pallen Marine Ltd.
"""


def test_a_coordinated_clause_with_its_own_body(extract, facts):
    facts(run(extract, COORDINATED), {(DB, "Varnel Okrand Holdings Ltd.", OFAC, None), (DB, "Quillmere Logistics LLC", STATE, None),
                                      (DB, "Dravik Osterhout", UK, None), (DB, "Pallen Marine Ltd.", UK, None)}, kinds=(DB,))


BRITAIN = COORDINATED + """
The European Union listed Tessor Industrial Group in June, and Britain sanctioned Orvath Shipping Co. in July.
"""


def test_britain_is_the_united_kingdom(extract, facts):
    relations = run(extract, BRITAIN)
    assert (DB, "Orvath Shipping Co.", UK, None) in {(r["relation"], r["subject"]["name"], r["object"]["name"], None) for r in relations}
    assert not [r for r in relations if r["relation"] == DB and r["subject"]["name"] == "Orvath Shipping Co." and r["object"]["name"] != UK]


PRONOUN = """Treasury and State Target Suppliers of Estovia's Navy

May 12, 2026

Today, the Department of the Treasury's Office of Foreign Assets Control (OFAC) designated Halden Grain Traders Ltd., a shipper of dual-use goods to the Estovian navy. OFAC also designated Morwen Castellan, its owner.

The Department of State's part of the action focused on the makers of naval radars. It designated Korvel Marine Systems, a maker of sonar buoys, and its director, Anselm Trevik. It also designated Pardova Optics JSC.
"""


def test_it_designated_after_a_sentence_about_a_body(extract, facts):
    facts(run(extract, PRONOUN), {(DB, "Halden Grain Traders Ltd.", OFAC, None), (DB, "Morwen Castellan", OFAC, None),
                                  (DB, "Korvel Marine Systems", STATE, None), (DB, "Anselm Trevik", STATE, None),
                                  (DB, "Pardova Optics JSC", STATE, None)}, kinds=(DB,))


PARTNER_TODAY = """Treasury Takes Action Against the Business Network of an Estovian Militia

May 12, 2026

Today, the U.S. Department of the Treasury's Office of Foreign Assets Control (OFAC) is taking action against the business network of the Red Ridge Brigade, a militia in Estovia.

**Corvin Allard Mesk** runs the brigade's finances. **Dunmore Cement Works Ltd.**, a company he controls, passes its profits to the brigade.

Both are being designated pursuant to E.O. 13224 for having acted for or on behalf of the Red Ridge Brigade.

Also today, the United Kingdom sanctioned Corvin Allard Mesk.

As a result of today's action, all property and interests in property of the persons above that are in the United States are blocked and must be reported to OFAC.
"""


def test_another_government_acting_today_does_not_announce_a_treasury_release(extract, facts):
    facts(run(extract, PARTNER_TODAY), {(DB, "Corvin Allard Mesk", OFAC, None), (DB, "Corvin Allard Mesk", UK, None),
                                        (DB, "Dunmore Cement Works Ltd.", OFAC, None)}, kinds=(DB,))


PARTNERS_GROUP = """# Treasury Sanctions Officials of the Estovian Interior Ministry

May 12, 2026

Today, the Department of the Treasury's Office of Foreign Assets Control (OFAC) took action against three officials of the Estovian Interior Ministry who ordered the arrest of journalists.

OFAC is designating each of the individuals below pursuant to E.O. 13818.

## Designated Officials

**Radomir Velkan Osto**, Deputy Minister of the Interior.

**Ilsabet Marova Kren**, head of the ministry's press office.

**Teodor Vasch Lumin**, commander of the ministry's special police.

## Earlier Sanctions

The European Union and Canada have also sanctioned Estovian officials involved in the crackdown.
"""


def test_another_governments_group_covers_no_designee_of_the_release(extract, facts):
    facts(run(extract, PARTNERS_GROUP), {(DB, "Radomir Velkan Osto", OFAC, None), (DB, "Ilsabet Marova Kren", OFAC, None),
                                         (DB, "Teodor Vasch Lumin", OFAC, None)}, kinds=(DB,))


RANKED_ITEMS = """Treasury Sanctions Estovian Air Force Officers Responsible for Attacks on Villages

May 12, 2026

Today, the Department of the Treasury's Office of Foreign Assets Control (OFAC) designated three officers of the Estovian Air Force for their roles in air strikes on villages in the northern hills.

The following individuals were designated today:

1. Brigadier General **Orsin Valdek Marrow**, commander of the 12th Air Brigade at Kessel Air Base.
2. Colonel **Jarek Tomsin Ulbrand**, chief of air operations at Kessel Air Base.
3. Lieutenant Colonel **Pavel Ostrik Dunn**, a pilot of the 12th Air Brigade.

The United Kingdom also sanctioned Marrow and Ulbrand in 2024.

As a result of today's action, all property and interests in property of the persons named above that are in the United States are blocked and must be reported to OFAC.
"""


def test_numbered_items_that_open_with_a_rank(extract, facts):
    relations = run(extract, RANKED_ITEMS)
    facts(relations, {(DB, "Orsin Valdek Marrow", OFAC, None), (DB, "Jarek Tomsin Ulbrand", OFAC, None), (DB, "Pavel Ostrik Dunn", OFAC, None),
                      (DB, "Orsin Valdek Marrow", UK, None), (DB, "Jarek Tomsin Ulbrand", UK, None)}, kinds=(DB,))
    by_rules = {r["subject"]["name"] for r in relations if r["object"]["name"] == OFAC and r["evidence"][0]["extractor"] == "designations.v1"}
    assert by_rules == {"Orsin Valdek Marrow", "Jarek Tomsin Ulbrand", "Pavel Ostrik Dunn"}  # the list's items, read by the rules


FOREIGN_ONLY = """Treasury Sanctions Estovian Military Intelligence Officers for Election Interference

May 12, 2026

Today, the Department of the Treasury's Office of Foreign Assets Control (OFAC) took action against three officers of Estovia's military intelligence service who ran hacking operations against election authorities.

**Colonel Orsin Valdek Marrow** is the commander of the service's Unit 4410. Marrow approved the unit's phishing campaign.

**Major Jarek Tomsin Ulbrand** serves as the unit's deputy chief of staff and registered the domains used in the campaign.

Each of the officers above was designated pursuant to E.O. 13848 for having engaged in foreign interference in a United States election.

The United Kingdom sanctioned Marrow in 2024 for his role in attacks on European institutions.

As a result of today's action, all property and interests in property of the persons named above that are in the United States are blocked and must be reported to OFAC.
"""


def test_a_designee_the_rules_gave_only_to_another_government(extract, facts):
    facts(run(extract, FOREIGN_ONLY), {(DB, "Orsin Valdek Marrow", UK, None), (DB, "Orsin Valdek Marrow", OFAC, None),
                                       (DB, "Jarek Tomsin Ulbrand", OFAC, None)}, kinds=(DB,))


STATE_SECTION = """# Treasury and State Sanction Estovian Officers Responsible for Attacks on Villages

May 12, 2026

Today, the Department of the Treasury's Office of Foreign Assets Control (OFAC) designated Kessel Aero Repair LLC, a company that services the aircraft of the Estovian Air Force. OFAC also designated Vorn Logistics Ltd., which delivers its fuel.

## Department of State Designations

1. Brigadier General **Orsin Valdek Marrow**, commander of the 12th Air Brigade at Kessel Air Base.
2. Colonel **Jarek Tomsin Ulbrand**, chief of air operations at Kessel Air Base.

## Sanctions Implications

As a result of today's action, all property and interests in property of the persons named above that are in the United States are blocked and must be reported to OFAC.
"""


def test_the_scorers_additions_under_a_state_heading(nlp):
    """The body the scorer's addition would get (`authority_for`): the section's, not the release's (OFAC). Asked of
    the function, since whether the scorer adds these two depends on the fitted threshold."""
    from graphbuild.extract.common import ref
    from graphbuild.extract.context import context_of
    from graphbuild.extract.designations import extract_designations
    from graphbuild.extract.designations_doc import doc_candidates
    from graphbuild.extract.designations_learned import authority_for

    doc = parse_markdown(nlp, STATE_SECTION, "2026-05-12")
    ctx = context_of(doc)
    rules = [r for r in extract_designations(doc) if r.relation == DB]
    bodies = {c.cluster.name: ref(authority_for(ctx, c)).name for c in doc_candidates(ctx, rules)}
    assert bodies.get("Orsin Valdek Marrow") == STATE and bodies.get("Jarek Tomsin Ulbrand") == STATE, bodies


THE_DEPARTMENT = """Treasury Sanctions Estovian Prison Officials

May 12, 2026

Today, the Department of the Treasury's Office of Foreign Assets Control (OFAC) designated Brannoc Velt Harrow, the director of the Kessel prison, for serious human rights abuse.

The Department is also designating Ostra Penal Services Ltd., a company that runs the prison's labor camps, pursuant to E.O. 13818.
"""


def test_the_department_as_a_subject_is_the_releases_own(extract, pick):
    """"The Department is designating X" in a department's release: that department acts (a designation verb with a
    body as its subject, 0.85: the scorer may not drop it), not an unknown agent (0.7)."""
    rel = pick(run(extract, THE_DEPARTMENT), DB, "Ostra Penal Services Ltd.", OFAC)
    assert rel["confidence"] >= 0.85
