"""Review of SB's rules in other wordings (rsb, twenty-fifth session): another government's "we have decided to impose
sanctions on ...", "X is not subject to today's action", and a table whose OFAC cell stands in a column of earlier
sanctions, not of the body acting today. Texts invented for these tests.
"""
from __future__ import annotations

from functools import partial

import pytest

from markdown_release import extract_markdown

pytestmark = pytest.mark.slow

DB = "designated_by"
run = partial(extract_markdown, date="2026-06-02")


def designations(relations: list[dict]) -> set[tuple[str, str]]:
    return {(r["subject"]["name"], r["object"]["name"]) for r in relations if r["relation"] == DB}


DECIDED = """# Canada imposes sanctions on those behind election violence

*Global Affairs Canada — News release*

Today, we have decided to impose sanctions on three individuals responsible for violence during the election.

The individuals sanctioned are:

- **Tomas Greve Anduli**, a militia leader;
- **Brenna Okafor Stell**, who paid the militia;
- **Idris Vahl Pemberton**, a police commander who ordered the shootings.

The United States Department of the Treasury designated Tomas Greve Anduli in February.
"""


def test_we_have_decided_to_impose_sanctions_is_the_releases_own_action(extract):
    found = designations(run(extract, DECIDED))
    assert {("Tomas Greve Anduli", "Canada"), ("Brenna Okafor Stell", "Canada"), ("Idris Vahl Pemberton", "Canada")} <= found
    assert {name for name, body in found if "Treasury" in body} <= {"Tomas Greve Anduli"}  # its own sentence


NOT_SUBJECT_TO = """# Treasury Sanctions Timber Smugglers

*U.S. Department of the Treasury — Press release*

Today, the Department of the Treasury's Office of Foreign Assets Control (OFAC) is designating **Aldo Renz Kebede** for smuggling timber. His partner, **Sina Moor Valdt**, is not being designated today. His uncle, **Rafe Orm Castell**, is not subject to today's action.
"""


def test_a_name_not_subject_to_todays_action_is_no_designee(extract):
    found = designations(run(extract, NOT_SUBJECT_TO))
    assert found == {("Aldo Renz Kebede", "Office of Foreign Assets Control")}


EARLIER_COLUMN = """# Fact Sheet: Visa Designations of Gold Smugglers

*Office of the Spokesperson, U.S. Department of State*

The Department of State is designating the following persons under Section 7031(c) for their involvement in significant corruption.

| Name | Role | Earlier sanctions |
|---|---|---|
| **Orwin Sabe Kutal** | Mine owner | OFAC |
| **Nilo Ferro Adebanjo** | Customs chief | none |
"""


def test_an_ofac_cell_under_earlier_sanctions_is_not_the_rows_body(extract):
    found = designations(run(extract, EARLIER_COLUMN))
    state = "U.S. Department of State"
    assert found == {("Orwin Sabe Kutal", state), ("Nilo Ferro Adebanjo", state)}
