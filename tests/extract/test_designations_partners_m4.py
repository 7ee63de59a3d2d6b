"""Review mends of older designation rules, twelfth session (issue 13, M4; review V4).

- "OFAC sanctioned X, working together with Y and Z": Y and Z are partners of the work, like "in coordination with
  Y", no designees.
- A list of designees with dates of birth: no designation is dated by a date of birth.

Texts invented for these tests.
"""
from __future__ import annotations

from functools import partial

import pytest

from markdown_release import extract_markdown

pytestmark = pytest.mark.slow

DB = "designated_by"
OFAC = "Office of Foreign Assets Control"

run = partial(extract_markdown, date="2026-10-06")

WORKING_TOGETHER = """# Treasury Sanctions Timber Smuggling Network

October 6, 2026

**WASHINGTON** — Today, the U.S. Department of the Treasury's Office of Foreign Assets Control (OFAC) sanctioned Holvane Timber Co., working together with Europol and the Sarvel Border Guard, which seized its barges last month.

OFAC also designated Brisk Fen Haulage, acting along with the Sarvel Forestry Inspectorate in the port of Velm.

OFAC designated Quarrow Sawmills Ltd. together with its owner, Idris Pell Vantor.
"""


def test_partners_named_working_together_with_are_no_designees(extract):
    found = {(r["subject"]["name"], r["object"]["name"]) for r in run(extract, WORKING_TOGETHER) if r["relation"] == DB}
    assert found == {("Holvane Timber Co.", OFAC), ("Brisk Fen Haulage", OFAC),  ("Quarrow Sawmills Ltd.", OFAC), ("Idris Pell Vantor", OFAC)}
