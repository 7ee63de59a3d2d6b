""""its" in a clause that names no body of its own but hangs on one that does (thirty-second session, CO; invented
texts).

"X founded Y, a firm that won contracts from Z, and he serves as its director": the post went to Z, the last body
named, not to Y, the object of the clause "its" is coordinated with; "Y, which W founded and which is run by its chief
executive, X": the post went to W, not to Y, the body the relative clauses describe.
`titles_orgs._coordinated_clause_body` reads the clause "its" hangs on; the nearest coordinated clause comes first, and
the post of another person or of a relative stays theirs."""
from __future__ import annotations

import pytest
from markdown_release import extract_markdown

pytestmark = pytest.mark.slow

HR = "holds_role"
OPENING = "WASHINGTON — Today, OFAC designated three people.\n\n**Darko Petrović** is a Banja Luka businessman. "
FOUNDED = "Petrović founded **Sava Gradnja d.o.o.**, a construction company that has won contracts from Republika Srpska ministries, "
FOUNDER = (HR, "Darko Petrović", "Sava Gradnja d.o.o.", "founder")


@pytest.mark.parametrize("text, expected", [
    (OPENING + FOUNDED + "and he serves as its director.",
     {FOUNDER, (HR, "Darko Petrović", "Sava Gradnja d.o.o.", "director")}),
    (OPENING + FOUNDED + "and **Marko Ilić** serves as its director.",
     {FOUNDER, (HR, "Marko Ilić", "Sava Gradnja d.o.o.", "director")}),
    (OPENING + FOUNDED + "and his brother serves as its director.", {FOUNDER}),
    (OPENING + "Petrović sold **Sava Gradnja d.o.o.** in 2019 and bought **Drava Holdings AG**, and he serves as its director.",
     {(HR, "Darko Petrović", "Drava Holdings AG", "director")}),
], ids=["coordinated-clause-object", "another-person-holds-it", "a-relative-holds-it", "nearest-coordinated-clause"])
def test_its_in_a_coordinated_clause_is_the_object_of_the_clause_before(extract, facts, text, expected):
    facts(extract_markdown(extract, text), expected, kinds=(HR,))


@pytest.mark.parametrize("text, expected", [
    ("WASHINGTON — Today, OFAC designated three people.\n\nThe vehicles are sold by **Tamale Crest Motors Limited**, which "
     "Volta Holdings founded in 2019 and which is run day to day by its chief executive, **Ama Serwaa Nyarko**.",
     {(HR, "Ama Serwaa Nyarko", "Tamale Crest Motors Limited", "chief executive")}),
    ("WASHINGTON — Today, OFAC designated three people. The buyer was **Marlow Gems DMCC** (**Marlow Gems**), a Dubai "
     "trader, which paid fees to a Lagos company, **Tarrant Stones Limited** (**Tarrant Stones**).\n\nTarrant Stones is "
     "controlled by Pereira's wife, **Ana Lucia Pereira**, who has been its managing partner since the company was "
     "registered in 2020.",
     {(HR, "Ana Lucia Pereira", "Tarrant Stones Limited", "managing partner")}),
], ids=["second-relative-clause-on-the-body", "relative-clause-on-the-person"])
def test_its_in_a_relative_clause_is_the_body_the_clauses_are_about(extract, facts, text, expected):
    facts(extract_markdown(extract, text), expected, kinds=(HR,))
