"""roles.v1 / nlp.name_tables: a people table written as lines of cells ("Name | Nationality | Role"): its first
cell is a person, and a "Title, Body" role cell is a post at that body (invented texts, issue 13)."""
from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow

HR = "holds_role"
TABLE = ("OFAC is designating the following individuals:\n\n"
         "Name | Nationality | Role\n"
         "ZHOU Wenlong | PRC | Director, Shengda Precision Electronics Limited\n"
         "LAM Ka-wai (a.k.a. Kevin Lam) | Hong Kong SAR | Sole shareholder and company secretary, Vantee Trading Co., Limited\n"
         "Ali Karimi | Iran | Businessman\n\n"
         "The action follows an earlier one.")


def test_role_cells_give_posts(extract, facts):
    facts(extract(TABLE), {(HR, "ZHOU Wenlong", "Shengda Precision Electronics Limited", "Director"),
                           (HR, "LAM Ka-wai", "Vantee Trading Co., Limited", "Sole shareholder and company secretary")}, kinds=(HR,))


def test_first_cells_are_people_also_where_prose_reads_them_as_firms(extract):
    """The model reads "ZHOU Wenlong" as an organization; the table's header says the column lists people."""
    text = "**ZHOU Wenlong** negotiated with the buyers.\n\n" + TABLE
    people = {r["subject"]["name"] for r in extract(text) if r["subject"]["type"] == "Person"}
    assert {"ZHOU Wenlong", "LAM Ka-wai", "Ali Karimi"} <= people


def test_a_table_of_entities_names_no_people(nlp):
    from graphbuild.extract.context import context_of

    doc = nlp("The following entities were designated:\n\nEntity | Location | Basis\nShengda Trading Limited | Hong Kong | E.O. 13382\n")
    assert not [m.text for m in context_of(doc).resolver.mentions if m.label == "PERSON"]
