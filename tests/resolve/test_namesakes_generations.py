"""Father and son of one name are two nodes (issue 13, M7). Invented names.

"X Y Sr." and "X Y Jr." (or "II" and "III") differ only by the generational suffix, which the name comparison read as
a surname ("ii"/"iii" even as one transliterated word); a son named after the sentence that names his father ran into
one mention ("... and X Y Jr. X Y Sr. is ...")."""
from __future__ import annotations

import pytest

from graphbuild.rdf.mapping import IriMinter
from graphbuild.records import EntityRef
from graphbuild.resolve.index import EntityIndex, same_person


@pytest.mark.parametrize("a, b, same", [
    ("Torvald Askew Sr.", "Torvald Askew Jr.", False),
    ("Bram Oyelaran II", "Bram Oyelaran III", False),
    ("Kwesi Addo Mensimah", "Yaw Addo Mensimah", False),  # a different given name
    ("Torvald Askew Jr.", "Torvald P. Askew Jr.", True),  # the same suffix: a middle initial may be missing
    ("Torvald Askew", "Torvald Askew Jr.", True),  # one side states no generation: as before
])
def test_generational_suffixes_keep_father_and_son_apart(a, b, same):
    assert same_person(a, b) is same


def test_father_and_son_get_two_iris_across_documents():
    index = EntityIndex(IriMinter())
    father = index.resolve(EntityRef("Bram Oyelaran II", "Person"))
    son = index.resolve(EntityRef("Bram Oyelaran III", "Person"))
    assert son != father
    assert index.resolve(EntityRef("Bram Oyelaran Sr.", "Person")) != index.resolve(EntityRef("Bram Oyelaran Jr.", "Person"))


def test_a_son_named_at_a_sentences_end_is_not_joined_to_the_next_sentences_subject(extract):
    text = ("Today, OFAC designated Torvald Askew Sr. and Torvald Askew Jr. Torvald Askew Sr. is the chairman of Askew "
            "Haulage LLC. Torvald Askew Jr. is the chief executive of Askew Haulage LLC.")
    posts = {(r["subject"]["name"], r["role"]) for r in extract(text) if r["relation"] == "holds_role"}
    assert posts == {("Torvald Askew Sr.", "chairman"), ("Torvald Askew Jr.", "chief executive")}


def test_a_father_named_with_sr_keeps_his_post(extract):
    text = ("Today, OFAC designated Torvald Askew Sr., the chairman of Askew Haulage LLC, and his son Torvald Askew Jr., "
            "the chief executive of Askew Haulage LLC.")
    posts = {(r["subject"]["name"], r["role"]) for r in extract(text) if r["relation"] == "holds_role"}
    assert posts == {("Torvald Askew Sr.", "chairman"), ("Torvald Askew Jr.", "chief executive")}
