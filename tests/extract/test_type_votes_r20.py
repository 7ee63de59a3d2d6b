"""Mention typing, issue 13 (R20): a person's name read as a body, a body's name read as a person (invented texts; each
case fails without its rule: 'person_typed:Organization', 'org_typed:Person' in benchmarks/roles_recall_diag.py).

The model's labels are context-bound and hard to provoke in a short text, so the vote across a document's mentions
(`nlp/name_votes.py`) is tested on a real parse with the labels set by hand, as the model gives them in the releases
(a heading read as a firm, the same name or its surname read as a person further on)."""
from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow

HR = "holds_role"


def test_the_subject_of_a_post_and_its_surname_at_work_are_a_person(extract, facts, cluster_types):
    """"X is a procurement official in Y" (the model reads X as a firm) and "X's surname previously worked as an engineer at
    Z": a copula with a post and a surname that works as something say X is a person, who holds both posts."""
    text = ("Procurement Agents  Hamid-Taghi Rostami-Far is a procurement official in the IRGC's Aerospace Jihad Organization. "
            "Rostami-Far previously worked as an engineer at the Shahid Karimi Industrial Group.")
    facts(extract(text), {(HR, "Hamid-Taghi Rostami-Far", "Aerospace Jihad Organization", "procurement official"),
                          (HR, "Hamid-Taghi Rostami-Far", "Shahid Karimi Industrial Group", "engineer")}, kinds=(HR,))
    assert cluster_types(text)["Hamid-Taghi Rostami-Far"] == "Person"


def test_the_name_after_a_posts_of_is_a_body(extract, facts, cluster_types):
    """"a former procurement officer of X", X read as a person: the name right after a post's "of" is where it is held."""
    text = "Nour Hassan Sayegh, a former procurement officer of Bayt Al-Mal Al-Rafidayn, moved funds for the group."
    facts(extract(text), {(HR, "Nour Hassan Sayegh", "Bayt Al-Mal Al-Rafidayn", "procurement officer")}, kinds=(HR,))
    assert cluster_types(text)["Bayt Al-Mal Al-Rafidayn"] == "Organization"


def test_a_name_after_a_bodys_name_is_no_body():
    """"President of the Senate X Y": the name follows the body's name, not the post's "of"; it stays as read."""
    from graphbuild.nlp.model import load_pipeline
    from graphbuild.nlp.gazetteers import load_gazetteers
    from graphbuild.nlp.mention import Mention
    from graphbuild.nlp.name_cues import post_held_at

    nlp = load_pipeline(extract=False)
    doc = nlp("They met the President of the Senate Anthonin Lavaud and two deputies.")
    start = [t.text for t in doc].index("Anthonin")
    assert not post_held_at(doc, Mention(start, start + 2, "Anthonin Lavaud", "PERSON"), load_gazetteers())


def _voted(text: str, labels: list[tuple[str, int, str]], aliases: dict[int, int] | None = None) -> list[str]:
    """Parse `text`, set mentions by hand (the words of `name` at its `k`-th occurrence, with `label`), run the vote and
    return the labels after it."""
    from graphbuild.nlp.gazetteers import load_gazetteers
    from graphbuild.nlp.mention import Mention
    from graphbuild.nlp.model import load_pipeline
    from graphbuild.nlp.name_votes import people_read_as_bodies

    nlp = load_pipeline(extract=False)
    doc = nlp(text)
    words = [t.text for t in doc]
    mentions = []
    for name, k, label in labels:
        parts = [t.text for t in nlp.make_doc(name)]
        starts = [i for i in range(len(words)) if words[i:i + len(parts)] == parts]
        start = starts[k]
        mentions.append(Mention(start, start + len(parts), doc[start:start + len(parts)].text, label))
    for alias, base in (aliases or {}).items():
        mentions[alias].alias_of = mentions[base].start
    people_read_as_bodies(doc, mentions, load_gazetteers())
    return [m.label for m in mentions]


def test_a_heading_read_as_a_firm_is_the_person_named_in_the_text():
    """The section's heading (the name alone, read as a firm) is the person the same name in the next sentence is."""
    text = ("Corrupt Officials\n\nRodrigo Abelardo Funes Quintero\n\nRodrigo Abelardo Funes Quintero is the Vice Minister of "
            "Security. He led a series of meetings.")
    assert _voted(text, [("Rodrigo Abelardo Funes Quintero", 0, "ORG"), ("Rodrigo Abelardo Funes Quintero", 1, "PERSON")]) == [
        "PERSON", "PERSON"]


def test_a_full_name_read_as_a_firm_is_the_person_its_surname_is():
    """"A B C D (C D), the former director general of ...", the full name read as a firm, the surname as a person (in the
    parentheses and later): the full name and its short form are the person."""
    text = ("In Paraguay, Óscar Ramón Benítez Galarza (Benítez Galarza), the former director general of the customs service, "
            "took bribes. Benítez Galarza collected monthly payments.")
    labels = [("Óscar Ramón Benítez Galarza", 0, "ORG"), ("Benítez Galarza", 0, "ORG"), ("Benítez Galarza", 1, "PERSON")]
    assert _voted(text, labels, {1: 0}) == ["PERSON", "PERSON", "PERSON"]


def test_a_firm_whose_short_form_is_read_as_a_person_stays_a_firm():
    """A firm's name read as a person in two places and as a firm where it owns a post ("X Y Z's sole director"), its
    short form defined by the full name with a legal form: no vote turns it into a person."""
    text = ("OFAC designated Sky Harbor Avionics (HK) Limited (Sky Harbor Avionics), a Hong Kong shell company. "
            "Sky Harbor Avionics' sole director, Lam Chi-wai, is a Hong Kong resident.")
    labels = [("Sky Harbor Avionics", 0, "PERSON"), ("Sky Harbor Avionics", 1, "PERSON"), ("Sky Harbor Avionics", 2, "ORG")]
    assert _voted(text, labels) == ["PERSON", "PERSON", "ORG"]


def test_a_firm_read_once_as_a_person_and_once_as_a_firm_where_a_post_is_held_stays_a_firm():
    """"the director of X Y Z": the same text read as a person elsewhere does not make the firm a person."""
    text = ("OFAC designated Tien-Shan Electro, Ala-Too Cargo Express and two people. Her brother, Nurlan Bekov, is the director "
            "of Ala-Too Cargo Express, a freight forwarder.")
    labels = [("Ala-Too Cargo Express", 0, "PERSON"), ("Ala-Too Cargo Express", 1, "ORG")]
    assert _voted(text, labels) == ["PERSON", "ORG"]


@pytest.mark.parametrize("text, person, body, role", [
    pytest.param("In a statement, a spokesman for Minera Aurífera del Sinú, Camilo Restrepo Ocampo, said the company rejects "
                 "the accusations.", "Camilo Restrepo Ocampo", "Minera Aurífera del Sinú", "spokesman", id="spokesman-for"),
    pytest.param("He also owns the channel Kartli TV, whose director general, Nino Gelashvili-Lomidze, coordinated the coverage.",
                 "Nino Gelashvili-Lomidze", "Kartli TV", "director general", id="whose-director"),
])
def test_a_post_with_its_complement_and_a_comma_before_the_name(extract, facts, cluster_types, text, person, body, role):
    """"a spokesman for Y, X," / "whose director general, X,": the model reads X as a place or a firm; a lower-case post
    (with its complement) and a comma right before the name say it is the person holding the post."""
    facts(extract(text), {(HR, person, body, role)}, kinds=(HR,))
    assert cluster_types(text)[person] == "Person"


def _evidence(text: str, name: str, label: str = "ORG") -> bool:
    from graphbuild.nlp.gazetteers import load_gazetteers
    from graphbuild.nlp.mention import Mention
    from graphbuild.nlp.model import load_pipeline
    from graphbuild.nlp.name_cues import person_evidence

    nlp = load_pipeline(extract=False)
    doc = nlp(text)
    words, parts = [t.text for t in doc], [t.text for t in nlp.make_doc(name)]
    start = next(i for i in range(len(words)) if words[i:i + len(parts)] == parts)
    return person_evidence(doc, Mention(start, start + len(parts), name, label), load_gazetteers())


def test_a_list_items_name_then_a_dash_and_a_post_is_a_person():
    """"- X -- deputy CEO responsible for ...": the list item's description after the dash opens with the post."""
    text = "The following people are designated:\n- Edit Bárány-Szőke -- deputy CEO responsible for correspondent banking."
    assert _evidence(text, "Edit Bárány-Szőke")
    assert not _evidence("The following firms are designated:\n- Duna Trade Holding -- based in Budapest.", "Duna Trade Holding")


def test_a_patronymic_particle_is_part_of_a_persons_name():
    """"Elnur Tofig oglu Aliyev": the lower-case patronymic word is a particle of the name, as "bin" or "ould" are."""
    from graphbuild.nlp.gazetteers import load_gazetteers
    from graphbuild.nlp.model import load_pipeline
    from graphbuild.nlp.type_evidence import name_words

    nlp = load_pipeline(extract=False)
    doc = nlp.make_doc("Elnur Tofig oglu Aliyev")
    assert name_words(doc[0:4], load_gazetteers()) == 3
