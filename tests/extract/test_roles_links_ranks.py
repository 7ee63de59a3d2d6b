"""roles.v1, the person side (issue 13, R23). Invented texts.

- A military rank between an appositive post and the name ("Its former commander, Major General X", "Y's general
  director, Colonel X"): the post before the comma is still X's; the rank alone had hidden it.
- "<Minister> of <field> of <country>, and <Name>, a ...": the next person of a list of people ends the minister's
  field; only a serial list of fields ("Science, Technology, and X") runs over a name the model tagged as a person.
"""
from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow

HR = "holds_role"
OPENING = ("Treasury Sanctions Officers\n\nWASHINGTON - Today, the U.S. Department of the Treasury's Office of Foreign Assets "
           "Control (OFAC) designated officers and officials.\n\n")


def _roles(extract, text: str) -> set[tuple[str, str, str]]:
    return {(r["subject"]["name"], r["object"]["name"], r["role"]) for r in extract(OPENING + text + "\n") if r["relation"] == HR}


@pytest.mark.parametrize("text, expected", [
    ("The Kestrel Brigade shelled the port for a week. Its commander, Colonel Ivo Darnel Ranic, ordered the strikes.",
     ("Ivo Darnel Ranic", "Kestrel Brigade", "commander")),
    ("Velmora Freight LLC moves the cargo. Velmora Freight LLC's general director, Colonel Ivan Petrovich Sorokin, "
     "signed the contracts.", ("Ivan Petrovich Sorokin", "Velmora Freight LLC", "general director")),
    ("Ruritania's Minister of Defense, General Tomas Abel Varga, addressed the officers.",
     ("Tomas Abel Varga", "Ministry of Defense", "Minister of Defense")),
    ("The Kestrel Brigade shelled the port for a week. Its commander, Senior Lieutenant Ivo Darnel Ranic, ordered the strikes.",
     ("Ivo Darnel Ranic", "Kestrel Brigade", "commander")),
], ids=["its-colonel", "possessor-colonel", "country-general", "two-word-rank"])
def test_post_before_a_rank_is_the_persons(extract, text, expected):
    found = _roles(extract, text)
    assert found == {expected}, found


@pytest.mark.parametrize("text, skipped", [
    ("Its commander, Northern Sector Ivo Ranic, met.", 0),
    ("Its commander, Major General Ivo Ranic, met.", 2),
    ("Its commander, Senior Lieutenant Ivo Ranic, met.", 2),
    ("Its commander, General Directorate Ivo Ranic, met.", 1),
    ("Its commander, Colonel, met.", 1),
], ids=["no-rank-noun", "major-general", "senior-lieutenant", "rank-noun-then-more-words", "rank-then-comma"])
def test_rank_end_stops_after_the_last_rank_noun(nlp, text, skipped):
    """`rank_end` skips capitalised words only up to a rank noun (RANK_NOUNS): "Northern Sector" is no rank, so the
    post may not jump over it to the name (all capitalised words would be skipped if the nouns were not read)."""
    from graphbuild.extract.roles_links import rank_end

    doc = nlp.make_doc(text)
    start = 3  # after "Its commander ,"
    assert rank_end(doc, start, len(doc)) == start + skipped


def test_no_rank_no_skip(extract):
    """A capitalised phrase that ends in no rank noun is no rank: the post does not jump over it to a name."""
    found = _roles(extract, "The Kestrel Brigade shelled the port. Its commander, Northern Command, and Ivo Darnel Ranic met.")
    assert not any(s == "Ivo Darnel Ranic" and r == "commander" for s, _, r in found), found


@pytest.mark.parametrize("text, minister, ministry, role, other, others_post", [
    ("OFAC also designated Ruslan Petrovich Gromov, Minister of Information of Belarus, and Galina Fyodorovna Zorina, a "
     "former deputy chairwoman of the Central Election Commission.", "Ruslan Petrovich Gromov", "Ministry of Information",
     "Minister of Information", "Galina Fyodorovna Zorina",
     {("Galina Fyodorovna Zorina", "Central Election Commission", "deputy chairwoman")}),
    ("The bank's board includes Alla Petrovna Vorontsova, a former Deputy Minister of Finance of the Russian Federation, and "
     "Pavel Sergeyevich Lindov, the chief financial officer of Korvant Industrial Group.", "Alla Petrovna Vorontsova",
     "Ministry of Finance", "Deputy Minister of Finance", "Pavel Sergeyevich Lindov",
     {("Pavel Sergeyevich Lindov", "Korvant Industrial Group", "chief financial officer")}),
], ids=["minister-of-belarus", "deputy-minister-of-russia"])
def test_next_person_ends_the_ministers_field(extract, text, minister, ministry, role, other, others_post):
    """The field ends at the next person's name; its closing "of <country>" says whose ministry it is and is no word
    of the ministry's name (G, twenty-third session: "Ministry of Information of Belarus" matched no reader's name)."""
    found = _roles(extract, text)
    assert found == {(minister, ministry, role)} | others_post, found


@pytest.mark.parametrize("text, expected", [
    ("OFAC designated the Kestrel Mechanized Division of the Ruritanian army. Colonel Ivo Darnel Ranic, the division's "
     "intelligence officer, directed the detentions.", ("Ivo Darnel Ranic", "Kestrel Mechanized Division", "intelligence officer")),
    ("OFAC designated the Kestrel Brigade and Velmora Freight LLC. Velmora Freight LLC moves fuel for the militia. "
     "Ivo Darnel Ranic, an officer in the brigade, ran the checkpoints.", ("Ivo Darnel Ranic", "Kestrel Brigade", "officer")),
    ("OFAC designated the Kestrel Brigade and the Osprey Battalion. Ivo Darnel Ranic, the brigade's deputy commander, ran "
     "the checkpoints.", ("Ivo Darnel Ranic", "Kestrel Brigade", "deputy commander")),
], ids=["divisions-post", "officer-in-the-brigade", "not-the-battalion"])
def test_the_unit_noun_refers_to_the_body_named_with_it(extract, text, expected):
    """"the brigade's deputy commander", "an officer in the brigade": the last body whose own name holds the noun."""
    found = _roles(extract, text)
    assert found == {expected}, found


@pytest.mark.parametrize("text, expected", [
    ("Ruritania's Minister of Defense, Óscar Iván Tapiero, told reporters that his government had shared intelligence.",
     ("Óscar Iván Tapiero", "Ministry of Defense", "Minister of Defense")),
    ("The advisory also notes that the Ruritanian Minister of Economy and Foreign Trade, Samer Khalil Darwan, approved "
     "several of the contracts.", ("Samer Khalil Darwan", "Ministry of Economy and Foreign Trade", "Minister of Economy and Foreign Trade")),
    ("For example, Ruritania's Vice President, Ramón Esquivel Durazo, remains designated under another program.",
     ("Ramón Esquivel Durazo", "Ruritania", "Vice President")),
], ids=["minister", "minister-two-fields", "vice-president"])
def test_a_name_apposed_to_a_post_is_a_person(extract, text, expected):
    """The model tags no name in "<Country>'s <Post>, X Y Z, <verb>": the words between the commas are the holder's."""
    found = _roles(extract, text)
    assert found == {expected}, found


def test_a_serial_field_list_is_no_name(extract):
    """The serial list of fields is the minister's post, not a name: one post, Varga's (an empty output fails)."""
    found = _roles(extract, "Tomas Abel Varga, Minister of Planning, Budget Management, and Finance, signed the decree.")
    assert found == {("Tomas Abel Varga", "Ministry of Planning, Budget Management, and Finance",
                      "Minister of Planning, Budget Management, and Finance")}, found


def test_commissioner_is_a_post_not_part_of_the_name(extract):
    """"Commissioner X of Y": the lexicon's post; the name is X's alone."""
    found = _roles(extract, '"We will act," said Commissioner Dana Lorne Whitfield of the Ruritanian Border Guard Service.')
    assert found == {("Dana Lorne Whitfield", "Ruritanian Border Guard Service", "Commissioner")}, found


def test_a_bold_designee_entry_may_open_with_commissioner(extract):
    """"**Commissioner X Y** is the chief of police of ...": the bold entry is a designee though its post opens it."""
    from markdown_release import extract_markdown

    text = ("Treasury Sanctions Velmoran National Police Commanders and a Party Official\n\nJuly 17, 2020\n\nWashington - "
            "Today, the Department of the Treasury's Office of Foreign Assets Control (OFAC) designated two senior commanders "
            "of the Velmoran National Police (VNP) and a leader of the ruling party pursuant to E.O. 13851.\n\n"
            "\"The regime uses the police to silence its critics,\" said Under Secretary of the Treasury Corvin Halsey.\n\n"
            "**Commissioner General Eduardo Ramiro Talavan Zelaya** (Talavan) is the deputy director general of the VNP.\n\n"
            "**Commissioner Maritsa Dolores Obrando Ruis** is the chief of police of the department of Esteva. Under her "
            "command, officers raided the homes of independent journalists.\n\n"
            "All three were designated pursuant to E.O. 13851 for being officials of the Government of Velmora.\n")
    found = extract_markdown(extract, text)
    designees = {r["subject"]["name"] for r in found if r["relation"] == "designated_by"}
    assert designees == {"Eduardo Ramiro Talavan Zelaya", "Maritsa Dolores Obrando Ruis"}, found
