"""The header of a State Department statement (issue 13, P5): its headline, "Press Statement" and the byline "X,
Department Spokesperson" made a run of three name lines, which a later "OFAC designated both" turned into three
designees; and the spokesperson's post went to the first department the text named (the Treasury's concurrent
action), not to the State Department whose format the header names. Text invented."""
from __future__ import annotations

from functools import partial

from markdown_release import extract_markdown

from graphbuild.extract.release_header import header_format_body

run = partial(extract_markdown, date="2026-11-20")

STATEMENT = """# Sanctioning Officials Responsible for Election Fraud

Press Statement

Dana Orlick, Department Spokesperson

November 20, 2026

The United States is imposing sanctions on two officials of the Venezuelan National Electoral Council (CNE): CNE President Elvira Marcano Ruiz and CNE rector Tomas Urbina Plaza. The Treasury Department's Office of Foreign Assets Control (OFAC) designated both pursuant to E.O. 13692.

Marcano, who took office in 2023, said in a televised address that the sanctions would not intimidate her. Opposition leader Maria Ferrel welcomed the move.
"""


def test_the_header_lines_are_no_list_of_designees(extract):
    designees = {r["subject"]["name"] for r in run(extract, STATEMENT) if r["relation"] == "designated_by"}
    assert designees & {"Sanctioning Officials Responsible for Election Fraud", "Press Statement", "Dana Orlick"} == set()
    assert {"Elvira Marcano Ruiz", "Tomas Urbina Plaza"} <= designees


def test_the_spokesperson_of_a_press_statement_is_the_state_departments(extract):
    posts = {(r["subject"]["name"], r["role"], r["object"]["name"]) for r in run(extract, STATEMENT) if r["relation"] == "holds_role"}
    assert posts == {("Dana Orlick", "Department Spokesperson", "U.S. Department of State"),
                     ("Elvira Marcano Ruiz", "President", "CNE"), ("Tomas Urbina Plaza", "rector", "CNE")}


def test_the_format_line_names_the_body():
    assert header_format_body(STATEMENT) == "U.S. Department of State"
    assert header_format_body("# Treasury Sanctions Two Brokers\n\nPress Releases\n\nToday, OFAC designated two brokers.") is None
