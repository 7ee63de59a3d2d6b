"""A body's name the model ran over a possessive into its unit's is parted before posts are read (issue 13, N7;
invented texts).

- "the <Ministry of X>'s <Y Directorate>", "the <Armed Forces>' <Z Group>": the post is at the unit, the unit is part
  of the body, and a designee written so is the unit;
- a unit's name that holds no unit word ("the Ministry of Oil's Distribution Company") stays whole.
"""
from __future__ import annotations

import pytest
from relation_views import DB, HR, PO

pytestmark = pytest.mark.slow


def test_a_post_at_the_directorate_of_a_ministry(extract, facts):
    text = "Teodor Brask is a former officer in the Corvanian Ministry of Defense's Special Reconnaissance Directorate (SRD)."
    facts(extract(text), {(HR, "Teodor Brask", "Special Reconnaissance Directorate", "officer"),
                          (PO, "Special Reconnaissance Directorate", "Corvanian Ministry of Defense", None)}, kinds=(HR, PO))


def test_a_post_at_the_group_of_an_armed_force(extract, facts):
    """The unit's post, and no post at the joined name; the learned scorer may add the force itself (a member of the
    force: the gold lists the force beside the unit), so the posts are checked one by one."""
    found = extract("Ilko Varda, commander of the Veltrian Armed Forces' Mountain Rifle Group, ordered the raid on the village.")
    posts = {(r["subject"]["name"], r["object"]["name"], r["role"]) for r in found if r["relation"] == HR}
    assert ("Ilko Varda", "Mountain Rifle Group", "commander") in posts
    assert posts <= {("Ilko Varda", "Mountain Rifle Group", "commander"), ("Ilko Varda", "Veltrian Armed Forces", "member")}
    facts(found, {(PO, "Mountain Rifle Group", "Veltrian Armed Forces", None)}, kinds=(PO,))


def test_a_designee_named_with_its_body_is_the_unit(extract, facts):
    text = "OFAC designated the Corvanian Ministry of Defense's Special Reconnaissance Directorate today."
    facts(extract(text), {(DB, "Special Reconnaissance Directorate", "Office of Foreign Assets Control", None)}, kinds=(DB,))


def test_a_unit_name_without_a_unit_word_stays_whole(extract, facts):
    text = "Arvo Lind is director general of the Ministry of Oil's Distribution Company."
    facts(extract(text), {(HR, "Arvo Lind", "Ministry of Oil's Distribution Company", "director general")}, kinds=(HR,))


@pytest.mark.parametrize("text, parts", [
    ("The Corvanian Ministry of Defense's Special Reconnaissance Directorate buys drones.",
     ["Corvanian Ministry of Defense", "Special Reconnaissance Directorate"]),
    ("The Department 48 of the Ministry of the People's Naval Forces sells fish.", []),
    ("The Prosecutor General's Office of Veltria closed the case.", []),
], ids=["owner-and-unit", "people-inside-a-name", "office-holder"])
def test_the_parts_of_a_name_run_over_a_possessive(nlp, text, parts):
    """The splitter alone, on the whole phrase as one ORG (the model's span in a title-case release): a possessive of
    people inside a body's name ("the People's ... Forces") and an office holder's ("Prosecutor General's") part none."""
    from graphbuild.nlp.gazetteers import load_gazetteers
    from graphbuild.nlp.mention import Mention
    from graphbuild.nlp.name_possessives import possessive_body_splits

    doc = nlp.make_doc(text)
    doc.user_data["gb_meta"] = {}
    doc = nlp(doc)
    end = next(t.i for t in doc if t.tag_.startswith("VB"))
    whole = Mention(1, end, doc[1:end].text, "ORG")
    assert [doc[s:e].text for s, e in possessive_body_splits(doc, [whole], load_gazetteers())] == parts
