"""Wrong facts a hostile tester found, sixteenth session (issue 13, P11). Texts and names invented for these tests.

- "OFAC designated X, previously the director of Y", "the vessel X, formerly known as Y": a past word describing the
  target made today's designation an earlier one (`current: false`, undated); "the vessel X (formerly Y)" gave the
  old name as a second designee.
- "X, an officer of the former Soviet KGB", "a deputy director of the former State Planning Committee": the body of
  the post, behind a lower-case adjective or inside the title's phrase, was a designee of its own.
- "X, an official at Russia's Ministry of Energy, and Z, a director at ...": the ministry's name ran on over ", and
  Z", so Z lost the designation and the post, and the body was named "Ministry of Energy, and Z".
- "Is X the director of Y?", "Was X the treasurer of Y?": a question stated a current post.
- A correction notice: "incorrectly stated that X was designated", "misidentified X as the chairman of Y" gave the
  designation and the post the notice withdraws.
- "X, formerly a commander in Y", "X had earlier been the governor of Y": a current post; "X will become the director
  of Y in July", "X, who is expected to become governor of Y": a current post not yet held.
"""
from __future__ import annotations

import pytest

from markdown_release import extract_markdown

pytestmark = pytest.mark.slow

DB = "designated_by"
HR = "holds_role"
OFAC = "Office of Foreign Assets Control"
DAY = "2025-06-10"


def _designations(relations: list[dict]) -> dict[str, tuple]:
    """designee -> (body, date, current) of each designation."""
    return {r["subject"]["name"]: (r["object"]["name"], r["date"], r["current"]) for r in relations if r["relation"] == DB}


def _posts(relations: list[dict]) -> dict[tuple[str, str], tuple]:
    """(person, body) -> (role, current) of each post."""
    return {(r["subject"]["name"], r["object"]["name"]): (r["role"], r["current"]) for r in relations if r["relation"] == HR}


DESCRIBED_PAST = """# Treasury Sanctions Shipping Network

OFAC designated Karl Dunn, previously the director of Orvane Shipping LLC, pursuant to E.O. 14024. OFAC is identifying the vessel OCEAN LARK, formerly known as SEA DAWN, as blocked property. OFAC also designated the vessel NORTH GALE (formerly GREY TIDE).
"""


def test_a_past_word_of_a_description_leaves_the_designation_today_s(extract):
    relations = extract_markdown(extract, DESCRIBED_PAST, DAY)
    assert _designations(relations) == {
        "Karl Dunn": (OFAC, DAY, True),
        "OCEAN LARK": (OFAC, DAY, True),
        "NORTH GALE": (OFAC, DAY, True),
    }
    assert _posts(relations) == {("Karl Dunn", "Orvane Shipping LLC"): ("director", False)}


FORMER_BODY = """# Treasury Sanctions Officials

OFAC designated Gennady Roslov, an officer of the former Soviet KGB, and Fyodor Tamm, a deputy director of the former State Planning Committee of Belarus, pursuant to E.O. 14038. OFAC also designated former President of the Senate Karl Dunn and Chief of the General Staff Ivo Sand.
"""


def test_the_body_of_a_post_behind_former_is_no_designee(extract):
    """The people named after a title ("Chief of the General Staff Ivo Sand") stay designees."""
    relations = extract_markdown(extract, FORMER_BODY, DAY)
    assert _designations(relations) == {"Gennady Roslov": (OFAC, DAY, True), "Fyodor Tamm": (OFAC, DAY, True),
                                        "Karl Dunn": (OFAC, DAY, True), "Ivo Sand": (OFAC, DAY, True)}


TWO_MINISTRIES = """# Treasury Targets Energy Officials

OFAC designated Boris Ulm, an official at Russia's Ministry of Energy, and Arash Pezeshk, a director at Iran's Ministry of Oil.
"""


def test_a_ministry_s_name_does_not_run_over_the_next_list_item(extract):
    relations = extract_markdown(extract, TWO_MINISTRIES, DAY)
    assert _designations(relations) == {"Boris Ulm": (OFAC, DAY, True), "Arash Pezeshk": (OFAC, DAY, True)}
    assert _posts(relations) == {
        ("Boris Ulm", "Ministry of Energy"): ("official", True),
        ("Arash Pezeshk", "Ministry of Oil"): ("director", True),
    }


QUESTIONS = """# Treasury Sanctions Militia Leaders

Is Karl Dunn the director of Orvane Shipping LLC? Was Ada Moor the treasurer of the Blue Front? Does Piet Vos head the Red Hand militia? OFAC designated Ivo Sand, the commander of the Blue Front.
"""


def test_a_question_states_no_post(extract):
    relations = extract_markdown(extract, QUESTIONS, DAY)
    assert _posts(relations) == {("Ivo Sand", "Blue Front"): ("commander", True)}
    assert _designations(relations) == {"Ivo Sand": (OFAC, DAY, True)}


ASIDE_IN_A_QUESTION = """# Treasury Sanctions Militia Leaders

Did OFAC designate Karl Dunn, the director of Orvane Shipping LLC?
"""


def test_an_aside_in_a_question_still_states_its_post(extract):
    relations = extract_markdown(extract, ASIDE_IN_A_QUESTION, DAY)
    assert _posts(relations) == {("Karl Dunn", "Orvane Shipping LLC"): ("director", True)}
    assert _designations(relations) == {}


CORRECTION = """# Correction to a Treasury Press Release

Correction: An earlier version of this press release incorrectly stated that Lena Hartwig was designated. An earlier version also misidentified Tomas Grell as the chairman of Orvane Shipping LLC; Grell is a shareholder of the firm. Earlier reports wrongly identified Mira Tov as the director of Orvane Shipping LLC. OFAC designated Karl Dunn, the director of Orvane Shipping LLC.
"""


def test_a_correction_withdraws_the_designation_and_the_post(extract):
    relations = extract_markdown(extract, CORRECTION, DAY)
    assert _designations(relations) == {"Karl Dunn": (OFAC, DAY, True)}
    assert _posts(relations) == {
        ("Tomas Grell", "Orvane Shipping LLC"): ("shareholder", True),
        ("Karl Dunn", "Orvane Shipping LLC"): ("director", True),
    }


FORMERLY_A_POST = """# Treasury Sanctions Militia Financiers

OFAC designated Karl Dunn, formerly a commander in the Red Hand militia, pursuant to E.O. 13224. OFAC also designated the following officials:

- Ada Moor, formerly Director of Exports at the Ministry of Trade and currently an adviser in the Office of the President.
"""


def test_formerly_before_an_apposition_makes_a_former_post(extract):
    """... up to a later title opened by "currently" (held now)."""
    relations = extract_markdown(extract, FORMERLY_A_POST, DAY)
    assert _posts(relations) == {
        ("Karl Dunn", "Red Hand militia"): ("commander", False),
        ("Ada Moor", "Ministry of Trade"): ("Director of Exports", False),
        ("Ada Moor", "Office of the President"): ("adviser", True),
    }
    assert _designations(relations) == {"Karl Dunn": (OFAC, DAY, True), "Ada Moor": (OFAC, DAY, True)}


EARLIER_AND_LATER = """# Treasury Sanctions Regional Officials

OFAC designated Karl Dunn, who will become the director of Orvane Shipping LLC in July, and Ada Moor, who is expected to become the governor of Tula Oblast. Dunn had earlier been the acting governor of Tula Oblast. Ivo Sand became the chairman of Orvane Shipping LLC in 2020.
"""


def test_a_post_to_come_is_none_and_one_held_earlier_is_former(extract):
    relations = extract_markdown(extract, EARLIER_AND_LATER, DAY)
    assert _designations(relations) == {"Karl Dunn": (OFAC, DAY, True), "Ada Moor": (OFAC, DAY, True)}
    assert _posts(relations) == {
        ("Karl Dunn", "Tula Oblast"): ("acting governor", False),
        ("Ivo Sand", "Orvane Shipping LLC"): ("chairman", True),
    }
