"""Wrong facts left by the sixteenth session's reviewers (V8, F3), mended in the seventeenth (issue 13, M36). Texts and
names invented for these tests.

- V8 item 4: an erring saying verb ("falsely reported", "misreported") on the path dropped the doer's own post ("As
  chairman of Y, X falsely reported ...") and a post stated in another clause ("...; he is its treasurer").
- V8 item 8: "Amb. A and Capt. B" with one-word names gave no designee at all, and "X and Capt. A B" lost A B.
- V8 item 10: "listed X alongside Y", "designated X along with Y" (no comma) gave only X.
- V8 item 11: "The Y smuggling group owns both. The group's leader, Z": the model read Y as a person, and the leader
  went to a designee named before.
- V8 item 12: "three members of the notorious Y Cartel and the cartel itself" gave no designation of the cartel.
- F3 item 13: "X (formerly Y's director)" gave the director's post as current.
"""
from __future__ import annotations

import pytest

from markdown_release import extract_markdown
from relation_views import OFAC, designees, posts_with_current

pytestmark = pytest.mark.slow

HEAD = "# Treasury Sanctions Smuggling Network\n\nMarch 10, 2026\n\nWASHINGTON - "
TAIL = "\n\nAs a result of today's action, all property and interests in property of the persons named above are blocked.\n"


def _run(extract, body: str) -> list[dict]:
    return extract_markdown(extract, HEAD + body + TAIL, date="2026-03-10")


def test_the_doer_s_own_capacity_is_no_statement_said_in_error(extract):
    relations = _run(extract, "OFAC designated Orvik Salmen today. As chairman of Talvery Bank, Salmen falsely reported "
                              "the bank's losses to regulators.")
    assert posts_with_current(relations) == {("Orvik Salmen", "Talvery Bank", "chairman", True)}
    relations = _run(extract, "OFAC designated Orvik Salmen today. In his role as director of Brannock Shipping, Salmen "
                              "misreported the cargo of the vessel.")
    assert posts_with_current(relations) == {("Orvik Salmen", "Brannock Shipping", "director", True)}


def test_a_post_stated_in_another_clause_survives_a_misidentification(extract):
    relations = _run(extract, "Press reports mistakenly identified Teodor Marrow as the chairman of Moskel Bank; he is "
                              "its treasurer.")
    assert posts_with_current(relations) == {("Teodor Marrow", "Moskel Bank", "treasurer", True)}


def test_an_abbreviated_rank_opens_a_designee_s_name(extract):
    relations = _run(extract, "Today, OFAC designated Amb. Vantry and Capt. Maddow, who organized the blockade.")
    assert designees(relations) == {("Vantry", OFAC), ("Maddow", OFAC)}
    relations = _run(extract, "Today, OFAC designated Halden Brisk and Capt. Teodor Marrow, who organized the blockade.")
    assert designees(relations) == {("Halden Brisk", OFAC), ("Teodor Marrow", OFAC)}


def test_a_companion_after_alongside_or_along_with_is_a_target(extract):
    relations = _run(extract, "OFAC designated Orvik Salmen today. The European Union listed Talvery Bank alongside "
                              "Moskel Freight FZE in 2024.")
    assert designees(relations) == {("Orvik Salmen", OFAC), ("Talvery Bank", "European Union"),
                                    ("Moskel Freight FZE", "European Union")}
    assert designees(_run(extract, "OFAC designated Talvery Bank along with Moskel Freight FZE.")) == {
        ("Talvery Bank", OFAC), ("Moskel Freight FZE", OFAC)}
    assert designees(_run(extract, "OFAC designated Talvery Bank, acting alongside the United Kingdom.")) == {
        ("Talvery Bank", OFAC)}  # a partner of "acting", no target


def test_a_named_smuggling_group_is_the_group_of_the_group_s_leader(extract):
    relations = _run(extract, "OFAC designated Moskel Freight FZE and Talvery Bank. The Silver Marten smuggling group "
                              "owns both. The group's leader, Orvik Salmen, lives in Kandar.")
    assert posts_with_current(relations) == {("Orvik Salmen", "Silver Marten", "leader", True)}


def test_the_cartel_itself_is_a_designee(extract):
    relations = _run(extract, "OFAC designated three members of the notorious Dravik Cartel and the cartel itself.")
    assert designees(relations) == {("Dravik Cartel", OFAC)}
    relations = _run(extract, "OFAC designated Halden Brisk, who founded Moskel Freight FZE, and praised the company itself.")
    assert designees(relations) == {("Halden Brisk", OFAC)}  # the object of another verb


def test_a_post_in_a_parenthesis_opened_by_formerly_is_former(extract):
    relations = _run(extract, "OFAC designated Orvik Salmen (formerly Talvery Bank's director) and Halden Brisk.")
    assert posts_with_current(relations) == {("Orvik Salmen", "Talvery Bank", "director", False)}
    relations = _run(extract, "OFAC designated Orvik Salmen (formerly Dravik Cartel treasurer) and Halden Brisk.")
    assert posts_with_current(relations) == {("Orvik Salmen", "Dravik Cartel", "treasurer", False)}
    assert designees(relations) == {("Orvik Salmen", OFAC), ("Halden Brisk", OFAC)}
