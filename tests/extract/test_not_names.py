"""Facts to trust: no post, heading or heading piece becomes an entity (nlp/not_names.py), and a vessel is never
the "its" of a post (nlp/coref.py last_of_kind). Invented texts; each case failed before the fix unless marked."""
from __future__ import annotations

import pytest

from markdown_release import extract_markdown
from graphbuild.nlp.gazetteers import load_gazetteers
from graphbuild.nlp.not_names import is_title_only

pytestmark = pytest.mark.slow

HR, DB = "holds_role", "designated_by"
OFAC = "Office of Foreign Assets Control"


def marked(extract, text: str) -> list[dict]:
    """Extract from markdown-ish text with the bold and heading ranges a build passes on."""
    return extract_markdown(extract, text)


def test_a_capitalised_post_is_no_person(extract, facts):
    """The model tagged "General Director" (of "Deputy General Director") as a person, who was then designated and
    took the post from the real holder."""
    text = ("Treasury Sanctions Shipping Network\n\nWASHINGTON - Today, OFAC designated Tarvos Maritime Company and two of "
            "its officers.\n\nTarvos Maritime Company operates three tankers. Its Deputy General Director, Lena Varga "
            "Petrosyan, oversees the fleet.\n\nA Deputy General Director of the firm, Ruslan Petrovich Zagorny, was also "
            "designated.")
    facts(extract(text), {
        (HR, "Lena Varga Petrosyan", "Tarvos Maritime Company", "Deputy General Director"),
        (HR, "Ruslan Petrovich Zagorny", "Tarvos Maritime Company", "Deputy General Director"),
        (DB, "Tarvos Maritime Company", OFAC, None),
        (DB, "Ruslan Petrovich Zagorny", OFAC, None),
    })


def test_a_leading_title_is_no_part_of_the_name(extract, facts):
    """"**Senior Advisor** Tobiah Renard Voss" was one person named "Senior Advisor Tobiah Renard Voss"."""
    text = ("Treasury Designates Arms Brokers\n\nWASHINGTON - Today, OFAC designated Bronwen Ostrava Investments Ltd and "
            "one of its officials.\n\n**Senior Advisor** Tobiah Renard Voss of Bronwen Ostrava Investments Ltd was designated.")
    facts(marked(extract, text), {
        (HR, "Tobiah Renard Voss", "Bronwen Ostrava Investments Ltd", "Senior Advisor"),
        (DB, "Bronwen Ostrava Investments Ltd", OFAC, None),
        (DB, "Tobiah Renard Voss", OFAC, None),
    })


def test_a_piece_of_a_capitalised_heading_is_no_antecedent(extract, facts):
    """"... THE SHIPPING GROUP" in a heading became an organization, and "the group" resolved to it."""
    text = ("Treasury Designates Procurement Agents\n\nWASHINGTON - Today, OFAC designated Marten Holst Kerrow and the "
            "Varnak Trading Group.\n\nHEIGHTENED SANCTIONS RISK FOR SUPPORT OF MILITARY PROCUREMENT NETWORKS AND THE "
            "SHIPPING GROUP\n\nKerrow is the group's general director.")
    facts(extract(text), {
        (HR, "Marten Holst Kerrow", "Varnak Trading Group", "general director"),
        (DB, "Marten Holst Kerrow", OFAC, None),
        (DB, "Varnak Trading Group", OFAC, None),
    })


def test_a_capitalised_heading_without_a_body_word_is_no_group(extract, facts):
    """A bold heading "SHIPS AND FACILITATORS" is no body: "the group's leader" has no antecedent here."""
    text = ("Treasury Sanctions Oil Smugglers\n\nWASHINGTON - Today, OFAC designated Ivo Dran Pell.\n\n"
            "**SHIPS AND FACILITATORS**\n\nIvo Dran Pell is the group's leader.")
    facts(marked(extract, text), {(DB, "Ivo Dran Pell", OFAC, None)})


def test_a_heading_that_names_a_body_stays_and_takes_the_written_form(extract, facts):
    """"THE NATIONAL ASSEMBLY" alone on its line names the body (kept before the fix too); the entity's name is the
    form the sentence writes, not the heading's capitals (that part failed before)."""
    text = ("Treasury Sanctions Legislators\n\nWASHINGTON - Today, OFAC designated three members of parliament.\n\n"
            "THE NATIONAL ASSEMBLY\n\nThe Chairman of the National Assembly, Dario Fenwick Lutz, presided over the vote.")
    facts(extract(text), {(HR, "Dario Fenwick Lutz", "National Assembly", "Chairman")})


def test_a_vessel_is_not_the_its_of_a_post(extract, facts):
    """"The company charters the tanker X. Its Operations Manager ...": the post is at the company, not the ship."""
    text = ("Treasury Sanctions Oil Smugglers\n\nWASHINGTON - Today, OFAC designated Corvan Petroleum Trading FZE.\n\n"
            "The company charters the tanker SEA LARK. Its Operations Manager, Nikos Andreas Pappas, manages the voyages.")
    facts(extract(text), {
        (HR, "Nikos Andreas Pappas", "Corvan Petroleum Trading FZE", "Operations Manager"),
        (DB, "Corvan Petroleum Trading FZE", OFAC, None),
    })


def test_an_office_named_by_its_holder_stays_an_object(extract, facts):
    """Kept as before: "the Supreme Leader's deputy chief of staff" is a post at the office (GUIDELINES accept
    "Supreme Leader" for it), so a possessor made of title words is not dropped."""
    text = ("Treasury Sanctions Regime Insiders\n\nWASHINGTON - Today, OFAC designated Kian Doran Hashemi, the Supreme "
            "Leader's deputy chief of staff.")
    facts(extract(text), {
        (HR, "Kian Doran Hashemi", "Supreme Leader", "deputy chief of staff"),
        (DB, "Kian Doran Hashemi", OFAC, None),
    })


@pytest.mark.parametrize("name, expected", [
    ("General Director", True),
    ("Deputy Chief of Staff", True),
    ("Director", True),
    ("State", False),  # a modifier, no head: a fragment maybe, but not a post
    ("National Police", False),
    ("Executive Council", False),  # a body word
    ("Tarvos Maritime Company", False),
    ("Lena Varga Petrosyan", False),
])
def test_title_only_names(name, expected):
    assert is_title_only(name, load_gazetteers()) is expected


@pytest.mark.parametrize("subject, obj, expected", [
    (("General Director", "Person"), (OFAC, "PublicBody"), False),  # a post designated: whatever rule made it
    (("Lena Varga Petrosyan", "Person"), ("Deputy Director", "Person"), False),
    (("Kian Doran Hashemi", "Person"), ("Supreme Leader", "PublicBody"), True),  # the office, as the GUIDELINES allow
    (("Lena Varga Petrosyan", "Person"), ("Tarvos Maritime Company", "Company"), True),
])
def test_the_last_guard_before_export(subject, obj, expected):
    """run_extractors drops a relation whose subject is a post or that ties anything to a post taken for a person."""
    from graphbuild.nlp.not_names import exportable
    from graphbuild.records import EntityRef, Relation

    rel = Relation(relation=HR, subject=EntityRef(*subject), object=EntityRef(*obj), evidence=[], confidence=0.9)
    assert exportable(rel, load_gazetteers()) is expected


def test_a_capitalised_kind_noun_refers_back(extract, facts):
    """"The Brigade's Commander" made an entity named "Brigade"; the capitalised noun refers to the brigade named before."""
    text = ("Treasury Sanctions Militia Leaders\n\nWASHINGTON - Today, OFAC designated the Qaldor Brigade. The Brigade's "
            "Commander, Sami Idris Haddad, directs its attacks.")
    facts(extract(text), {
        (HR, "Sami Idris Haddad", "Qaldor Brigade", "Commander"),
        (DB, "Qaldor Brigade", OFAC, None),
    })


def test_the_tail_of_a_hyphened_title_is_no_part_of_a_name(extract, facts):
    """"Second-in-Command Joel Vera Pinto" was the body "Command Joel Vera Pinto": the span began inside the compound."""
    text = ("OFAC Designates Cartel Leaders\n\nWASHINGTON - Today, OFAC designated the Brisco Valley Cartel and two of its "
            "leaders. Second-in-Command Joel Vera Pinto was designated for his role in the cartel.")
    facts(extract(text), {
        (DB, "Brisco Valley Cartel", OFAC, None),
        (DB, "Joel Vera Pinto", OFAC, None),
    })


def test_a_name_after_a_title_and_before_of(extract, facts):
    """"Co-Founder Tomas Ruben Arce of the ..." had no mention at all (the model found none, and a name after a title
    was only taken before punctuation)."""
    text = ("OFAC Designates Cartel Leaders\n\nWASHINGTON - Today, OFAC designated the Brisco Valley Cartel. Co-Founder "
            "Tomas Ruben Arce of the Brisco Valley Cartel was also designated.")
    facts(extract(text), {
        (HR, "Tomas Ruben Arce", "Brisco Valley Cartel", "Co-Founder"),
        (DB, "Brisco Valley Cartel", OFAC, None),
        (DB, "Tomas Ruben Arce", OFAC, None),
    })


def test_a_title_before_a_name_the_model_read_as_a_body(extract, facts):
    """The model read "Co-Founder Tomas Ruben Arce" as one organization: the title goes, the rest is a person."""
    text = ("OFAC Designates Cartel Leaders\n\nWASHINGTON - Today, OFAC designated Ignacio Mena Ruiz and Co-Founder Tomas "
            "Ruben Arce of the Brisco Valley Cartel.")
    facts(extract(text), {
        (HR, "Tomas Ruben Arce", "Brisco Valley Cartel", "Co-Founder"),
        (DB, "Ignacio Mena Ruiz", OFAC, None),
        (DB, "Tomas Ruben Arce", OFAC, None),
    })
