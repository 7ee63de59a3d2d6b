"""roles.v1: posts paired by "respectively" and designations named by a split "UN-designated" modifier
(invented texts, issue 13)."""
from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow

HR = "holds_role"
DB = "designated_by"
BUREAU = "Ruritanian Ordnance Bureau"


def test_respectively_pairs_titles_and_names_in_order(extract, facts):
    """The n-th title is the n-th name's post, at the body after "respectively, of"; a hyphened modifier is skipped."""
    relations = extract(f"While serving as the Vice Director and the Director, respectively, of the U.S.- and UN-designated "
                        f"{BUREAU}, Pavel Orsk and Dmitri Savelov played major roles in the missile program.")
    facts(relations, {(HR, "Pavel Orsk", BUREAU, "Vice Director"), (HR, "Dmitri Savelov", BUREAU, "Director")}, kinds=(HR,))


def test_a_split_un_designated_modifier_designates_only_its_noun(extract, facts):
    """"UN-designated Y, A and B ...": Y is designated by the UN; the people later in the sentence are not."""
    relations = extract(f"While serving as the Vice Director and the Director, respectively, of the UN-designated "
                        f"{BUREAU}, Pavel Orsk and Dmitri Savelov played major roles in the missile program.")
    facts(relations, {(DB, BUREAU, "United Nations Security Council", None)}, kinds=(DB,))


def test_three_names_and_three_bare_titles(extract, facts):
    relations = extract("Anna Kerrigan, Boris Lindqvist and Carl Hoyt are the chairman, treasurer and secretary, "
                        "respectively, of Velmont Data Systems.")
    facts(relations, {(HR, "Anna Kerrigan", "Velmont Data Systems", "chairman"),
                      (HR, "Boris Lindqvist", "Velmont Data Systems", "treasurer"),
                      (HR, "Carl Hoyt", "Velmont Data Systems", "secretary")}, kinds=(HR,))


def test_one_determiner_per_person_and_the_clause_body(extract, facts):
    """"the CEO and the tech lead and senior engineer": two people, two items; the body is the clause's earlier one."""
    relations = extract("Anna Kerrigan (Kerrigan) and Boris Lindqvist (Lindqvist) are the co-founders of Velmont Data "
                        "Systems and serve as the CEO and the tech lead and senior site reliability engineer, respectively.")
    body = "Velmont Data Systems"
    facts(relations, {(HR, "Anna Kerrigan", body, "co-founder"), (HR, "Boris Lindqvist", body, "co-founder"),
                      (HR, "Anna Kerrigan", body, "CEO"), (HR, "Boris Lindqvist", body, "tech lead"),
                      (HR, "Boris Lindqvist", body, "senior site reliability engineer")}, kinds=(HR,))


def test_counts_that_differ_pair_nobody(extract, facts):
    """Two titles and three names: "respectively" cannot pair them, and no one gets a guessed post."""
    relations = extract("Anna Kerrigan, Boris Lindqvist and Carl Hoyt are the chairman and the treasurer, respectively, "
                        "of Velmont Data Systems.")
    facts(relations, set(), kinds=(HR,))
