"""The short form in parentheses after a name that is no target is no target either (issue 13, P5): "sanctioned two
officials of the Y Electoral Council (YEC): YEC President A and YEC rector B" designated "YEC" beside A and B (the
council's name lies in the title "officials of ...", its short form after it did not; coreference does not tie a short
form of other initials to its name). Text invented."""
from __future__ import annotations

from functools import partial

from markdown_release import extract_markdown

run = partial(extract_markdown, date="2026-11-20")

RELEASE = """# Treasury Sanctions Election Officials

Press Releases

November 20, 2026

WASHINGTON — Today, the Department of the Treasury's Office of Foreign Assets Control (OFAC) sanctioned two officials of the Venezuelan National Electoral Council (CNE): CNE President Elvira Marcano Ruiz and CNE rector Tomas Urbina Plaza.
"""


def test_the_short_form_of_the_officials_body_is_no_designee(extract):
    assert {(r["subject"]["name"], r["object"]["name"]) for r in run(extract, RELEASE) if r["relation"] == "designated_by"} == {
        ("Elvira Marcano Ruiz", "Office of Foreign Assets Control"), ("Tomas Urbina Plaza", "Office of Foreign Assets Control")}
