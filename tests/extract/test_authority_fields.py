"""A country in a list entry's identifier field is no designating body (issue 13, P5): "QUARVEN, Dostan; DOB ...;
nationality Canada" gave a designation by Canada (the scorer read the field's country as the sentence's sanctioning
body). Another government that acts in prose still designates ("Canada also sanctioned X today"). Texts invented."""
from __future__ import annotations

from functools import partial

from markdown_release import extract_markdown, parse_markdown

from graphbuild.extract.identifier_fields import in_identifier_field

run = partial(extract_markdown, date="2026-11-03")

LIST_RELEASE = """# Treasury Sanctions Velmoran Militia Financiers

Press Releases

November 3, 2026

WASHINGTON — Today, the Department of the Treasury's Office of Foreign Assets Control (OFAC) designated two individuals and one company that finance the Velmoran Liberation Front.

The following individuals have been added to OFAC's SDN List:

QUARVEN, Dostan; DOB 12 Mar 1971; POB Halden, Norway; nationality Canada; Gender Male (individual) [SDGT].

MELLOW-ANDRIC, Petra; DOB 04 Jun 1980; nationality United Kingdom; citizen Australia; Passport 123456 (Japan) (individual) [SDGT].

The following entity has been added to OFAC's SDN List:

ORVANE TRADING FZE, Dubai, United Arab Emirates; Organization Established Date 2011; Linked To: QUARVEN, Dostan [SDGT].
"""

PROSE_RELEASE = """# Sanctions on Velmoran Officials

The United States is designating **Feodor Kastrin**, Velmoran Minister of the Interior. Canada also sanctioned Kastrin today.
"""


def test_a_nationality_field_designates_nobody(extract, designated):
    assert {body for _, body in designated(run(extract, LIST_RELEASE))} <= {"Office of Foreign Assets Control"}


def test_a_government_acting_in_prose_still_designates(extract, designated):
    assert ("Feodor Kastrin", "Canada") in designated(run(extract, PROSE_RELEASE))


def test_which_countries_stand_in_a_field(nlp):
    doc = parse_markdown(nlp, LIST_RELEASE)
    fields = {t.text for t in doc if t.text in {"Canada", "Norway", "Australia", "Japan", "Kingdom"} and in_identifier_field(doc, t.i)}
    assert fields == {"Canada", "Norway", "Australia", "Japan", "Kingdom"}
    prose = parse_markdown(nlp, PROSE_RELEASE)
    assert not any(in_identifier_field(prose, t.i) for t in prose if t.text == "Canada")
