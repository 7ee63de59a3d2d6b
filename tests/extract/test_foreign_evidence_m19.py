"""Another government's designations keep to their own sentence, fifteenth session (issue 13, M19).

A release where OFAC designates today and adds "The United Kingdom and the European Union have separately imposed
sanctions on X and Y": the other governments' relations carry only that sentence as evidence, no U.S. program (the
release's "Today's designations are made pursuant to E.O. ..." is the U.S. action's), and no date nor `current` unless
their sentence ties them to today ("Canada also imposed sanctions on Z today"). The OFAC designation of X and Y never
cites the other governments' sentence, which does not say that OFAC acted. (A bold designee another government also
sanctions today, Tulvik here, gets no OFAC designation from the bold name: D19's `standing`, left as it is.)

Texts invented for these tests.
"""
from __future__ import annotations

from functools import partial

import pytest

from markdown_release import extract_markdown
from relation_views import DB, EU, OFAC, UK

pytestmark = pytest.mark.slow


run = partial(extract_markdown, date="2026-04-14")

RELEASE = """# Treasury Sanctions Officers of the Strelan Signals Brigade

April 14, 2026

WASHINGTON – Today, the U.S. Department of the Treasury's Office of Foreign Assets Control (OFAC) took action against four officers of the Strelan Signals Brigade who directed jamming attacks on civilian aircraft. Today's designations are made pursuant to E.O. 14024.

Brigade Officers

**Colonel Tarvik Olunsen Brandholm** is the commander of the Strelan Signals Brigade. Brandholm approved the jamming schedule.

**Major Dessa Ivorn Kallegard** is the brigade's chief engineer. Kallegard designed the jamming equipment.

**Brenno Asgar Tulvik**, a captain, served as the brigade's liaison officer.

**Lieutenant Ollo Piret Wendemar** maintained the brigade's transmitters.

International Cooperation

The United Kingdom and the European Union have separately imposed sanctions on Brandholm and Kallegard for their roles in the attacks. Canada also imposed sanctions on Tulvik today.

Sanctions Implications

As a result of today's action, all property and interests in property of the individuals named above that are in the United States are blocked and must be reported to OFAC.
"""

PARTNERS = "The United Kingdom and the European Union have separately imposed sanctions on Brandholm and Kallegard for their roles in the attacks."
TODAY = "Canada also imposed sanctions on Tulvik today."


def _by(relations: list[dict]) -> dict[tuple[str, str], dict]:
    return {(r["subject"]["name"], r["object"]["name"]): r for r in relations if r["relation"] == DB}


def test_other_governments_keep_their_sentence_and_no_us_program(extract):
    got = _by(run(extract, RELEASE))
    for person in ("Tarvik Olunsen Brandholm", "Dessa Ivorn Kallegard"):
        for body in (UK, EU):
            rel = got[(person, body)]
            assert [e["sentence"] for e in rel["evidence"]] == [PARTNERS]
            assert (rel["program"], rel["date"], rel["current"]) == (None, None, False)
    canada = got[("Brenno Asgar Tulvik", "Canada")]
    assert [e["sentence"] for e in canada["evidence"]] == [TODAY]
    assert (canada["program"], canada["date"], canada["current"]) == (None, "2026-04-14", True)


def test_ofac_designation_never_cites_another_governments_sentence(extract):
    got = _by(run(extract, RELEASE))
    for person in ("Tarvik Olunsen Brandholm", "Dessa Ivorn Kallegard", "Ollo Piret Wendemar"):
        rel = got[(person, OFAC)]
        assert rel["current"] is True
        assert all(e["sentence"] not in {PARTNERS, TODAY} for e in rel["evidence"]), rel["evidence"]
    assert {k for k in got if k[1] in {UK, EU, "Canada"}} == {
        ("Tarvik Olunsen Brandholm", UK), ("Tarvik Olunsen Brandholm", EU), ("Dessa Ivorn Kallegard", UK),
        ("Dessa Ivorn Kallegard", EU), ("Brenno Asgar Tulvik", "Canada")}


def test_an_earlier_foreign_action_keeps_only_the_date_its_sentence_gives():
    from graphbuild.extract.foreign_actions import own_date

    assert own_date("The carrier was sanctioned by the European Union and the United Kingdom in 2025.") == "2025"
    assert own_date("The European Union added the firm to its list in February 2024.") == "February 2024"
    assert own_date("Canada has listed the firm since 2023 and the United Kingdom since 2024.") is None
    assert own_date("The United Kingdom acted under its Sanctions and Anti-Money Laundering Act of 2018.") is None
    assert own_date("The United Kingdom and the European Union have separately imposed sanctions on the firm.") is None
    assert own_date("The United Kingdom listed the firm on 10 March 2026.") == "10 March 2026"  # R1, seventeenth session
    assert own_date("The United Kingdom listed the firm on 11.03.2026.") == "11.03.2026"  # not "2026" (V9 item 9, M37)
    assert own_date("Canada listed the firm in early 2024 and again in 2025.") is None
