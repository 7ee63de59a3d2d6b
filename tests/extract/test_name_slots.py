"""nlp.name_slots: names the model tagged as organizations in a person's slot become people; and the posts
they then hold (invented texts, issue 13)."""
from __future__ import annotations

import pytest

from graphbuild.nlp.gazetteers import load_gazetteers
from graphbuild.nlp.mention import Mention
from graphbuild.nlp.name_slots import person_slots

pytestmark = pytest.mark.slow


def _relabel(nlp, text: str, name: str) -> str:
    """The label person_slots leaves on `name`, given to it as an ORG mention (the other names keep the model's labels)."""
    doc = nlp.make_doc(text)
    doc.user_data["gb_meta"] = {}
    doc = nlp(doc)
    start = next(t.i for t in doc if doc[t.i:t.i + len(name.split())].text == name)
    mention = Mention(start, start + len(name.split()), name, "ORG")
    others = [Mention(e.start, e.end, e.text, "ORG" if e.label_ in {"ORG", "GPE"} else e.label_) for e in doc.ents
              if e.end <= start or e.start >= mention.end]
    person_slots(doc, sorted(others + [mention], key=lambda m: m.start), load_gazetteers())
    return mention.label


@pytest.mark.parametrize("text, expected", [
    ("Kestrel Trading LLC and its representative, Orhan Celikkaya, signed the deal.", "PERSON"),
    ("The ship was chaired by Orhan Celikkaya, an employee of the owner.", "PERSON"),
    ("Orhan Celikkaya, a Turkish national, signed the deal.", "PERSON"),
    ("Orhan Celikkaya signed the deal with its representative.", "ORG"),
    ("Its partner, Kestrel Shipping Company, signed the deal.", "ORG"),
    ("Ahmed Rasheed, Orhan Celikkaya, Mohamed Naseem, and Ali Faizal were designated today.", "PERSON"),
    ("Velmont Trading LLC, Orhan Celikkaya, and Kestrel Marine LLC are being designated today.", "ORG"),
    ("Turkish national Orhan Yusuf Celikkaya (Celikkaya) signed the deal.", "PERSON"),
    ("The Orhan Yusuf Celikkaya (Orhan) foundation signed the deal.", "ORG"),
])
def test_a_person_slot_types_the_name(nlp, text, expected):
    name = "Kestrel Shipping Company" if "Kestrel Shipping" in text else "Orhan Yusuf Celikkaya" if "Yusuf" in text else "Orhan Celikkaya"
    assert _relabel(nlp, text, name) == expected


def test_posts_of_names_in_person_slots(extract, facts):
    relations = extract("Baltic Reefer Lines was formerly chaired by Orhan Celikkaya, an employee of Velmont Trading LLC. "
                        "Velmont Trading LLC shipped the oil with Kestrel Trading LLC and its representative, Dursun Aksoylu.")
    facts(relations, {("holds_role", "Orhan Celikkaya", "Velmont Trading LLC", "employee"),
                      ("holds_role", "Orhan Celikkaya", "Baltic Reefer Lines", "chairman"),
                      ("holds_role", "Dursun Aksoylu", "Kestrel Trading LLC", "representative")}, kinds=("holds_role",))
    chaired = [r for r in relations if r["role"] == "chairman"]
    assert chaired[0]["current"] is False


@pytest.mark.parametrize("text, expected", [
    ("Orhan Celikkaya is a senior official of the Harbor Guard.", "PERSON"),
    ("Orhan Celikkaya, the deputy commander of the Harbor Guard, travelled to Baghdad.", "PERSON"),
    ("Orhan Celikkaya serves as director of the Harbor Guard.", "PERSON"),
    ("Orhan Celikkaya is a member of the Harbor Guard.", "ORG"),
    ("Orhan Celikkaya is the owner of the Harbor Guard.", "ORG"),
    ("Orhan Celikkaya is a major hub for the Harbor Guard.", "ORG"),
])
def test_a_post_only_a_person_holds_types_the_name(nlp, text, expected):
    """"X is a senior official of Y": a company or a place can be a member or an owner, never an official."""
    assert _relabel(nlp, text, "Orhan Celikkaya") == expected


def test_the_other_mentions_of_a_retyped_name_follow_it(extract, facts):
    """The model tagged both mentions of the name as a place; the second sentence shows a person, so the
    designation in the first is a person's too."""
    text = ("The Office of Foreign Assets Control (OFAC) today designated Karim Dastan.\n\n"
            "Karim Dastan is a senior official of the Islamic Revolutionary Guard Corps-Qods Force (IRGC-QF).")
    facts(extract(text), {("designated_by", "Karim Dastan", "Office of Foreign Assets Control", None),
                          ("holds_role", "Karim Dastan", "Islamic Revolutionary Guard Corps-Qods Force", "senior official")})
