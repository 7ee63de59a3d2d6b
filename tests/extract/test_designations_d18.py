"""Designations in news stories and State notes, fourteenth session (issue 13, D18).

- "Neither X nor Y is designated today": a subject that opens with "neither" (or joins its names with "nor") negates
  the verb, so neither name is a designee.
- "Its director is X's nephew, Y X, who is not designated today. ... X is being designated": the short name the
  resolver gave the denied namesake does not make him a designee (the designee keeps his designation).
- "OFAC sanctioned five members of X." and a paragraph "A (A), B (B), and C (C) are X affiliates who ...": the names
  coordinated with a described paragraph's subject are described targets too.

Texts invented for these tests.
"""
from __future__ import annotations

from functools import partial

import pytest

from markdown_release import extract_markdown

pytestmark = pytest.mark.slow

OFAC = "Office of Foreign Assets Control"

run = partial(extract_markdown, date="2026-03-03")


NEITHER = """# Treasury Sanctions Brantovian Port Operators

March 3, 2026

The Department of the Treasury's Office of Foreign Assets Control (OFAC) today designated Korvel Harbour Services Ltd and its director, Dalia Menkova.

Neither the hotel nor Osip Travnik is designated today.

Neither Brantovia's Minister of Transport, Ilan Morvec, nor the Governor of Verran Province, Teo Sarvik, is designated today.
"""


def test_neither_nor_subjects_are_not_designated(extract, designated):
    assert designated(run(extract, NEITHER)) == {
        ("Korvel Harbour Services Ltd", OFAC), ("Dalia Menkova", OFAC),
    }


NAMESAKE = """# Treasury Sanctions Militia Suppliers

March 3, 2026

The Department of the Treasury's Office of Foreign Assets Control (OFAC) today designated two militia commanders and a fuel trader.

**Tarek Omar Velani**, a former governor of the western province, is now the militia's chief of logistics. His fuel business, Velani Petroleum, is run from the capital. Its managing director is Velani's nephew, Sami Tarek Velani, who is not designated today.

**Hadi Musa Ortan** commands the militia's northern sector.

Ortan and Velani are being designated pursuant to E.O. 14098 for being leaders of the militia.

**Marko Feld** sold fuel to the militia. Feld's nephew, Lev Feld, a student who opened one of the firm's bank accounts at his uncle's request, is not designated today.

All of today's designations are made pursuant to E.O. 14024. Ortan, Velani and Feld are being designated for being leaders of the militia.
"""


def test_a_short_name_given_to_a_denied_namesake_designates_nobody_denied(extract, designated):
    assert designated(run(extract, NAMESAKE)) == {
        ("Tarek Omar Velani", OFAC), ("Hadi Musa Ortan", OFAC), ("Marko Feld", OFAC),
    }


BY_ANOTHER_BODY = """# Treasury and State Sanction Militia Suppliers

March 3, 2026

OFAC is designating **Hadi Musa Ortan** for having acted for or on behalf of the militia. Tarek Omar Velani is not designated by OFAC today; see below.

The Department of State is designating **Tarek Omar Velani** as a Specially Designated Global Terrorist pursuant to E.O. 13224.
"""


def test_a_denial_by_one_body_leaves_another_bodys_designation(extract, designated):
    assert designated(run(extract, BY_ANOTHER_BODY)) == {
        ("Hadi Musa Ortan", OFAC), ("Tarek Omar Velani", "U.S. Department of State"),
    }

DESCRIBED = """# Treasury Sanctions Brantovian Ransomware Operators

March 3, 2026

WASHINGTON — Today, the U.S. Department of the Treasury's Office of Foreign Assets Control (OFAC) sanctioned five members of the Brantovia-based ransomware group known as "Grey Heron." The designations are taken pursuant to Executive Order (E.O.) 13694, as amended.

Group leadership

Dmitry Pavlovich Varsky (Varsky) founded Grey Heron in 2021 and has directed its operations since.

Yelena Borisovna Tamrina (Tamrina) has worked for Grey Heron as a negotiator, setting ransom demands.

Ruslan Azatovich Gelvin (Gelvin), Vadim Olegovich Korshun (Korshun), and Pavel Ilyich Muratov (Muratov) are Grey Heron affiliates who broke into hospital networks in 2025.
"""


def test_names_coordinated_with_a_described_paragraphs_subject_are_described_targets(extract, designated):
    assert designated(run(extract, DESCRIBED)) == {
        ("Dmitry Pavlovich Varsky", OFAC), ("Yelena Borisovna Tamrina", OFAC), ("Ruslan Azatovich Gelvin", OFAC),
        ("Vadim Olegovich Korshun", OFAC), ("Pavel Ilyich Muratov", OFAC),
    }



DESCRIBED_WITH_OTHERS = """# Treasury Sanctions Brantovian Fuel Network

March 3, 2026

WASHINGTON — Today, the U.S. Department of the Treasury's Office of Foreign Assets Control (OFAC) sanctioned three members of the Brantovia-based fuel network known as "Grey Heron." The designations are taken pursuant to Executive Order (E.O.) 13694, as amended.

Network

Dmitry Pavlovich Varsky (Varsky), formerly Comptroller of the Verran Port Authority and now a consultant, founded Grey Heron in 2021.

Yelena Borisovna Tamrina (Tamrina), a Brantovian lawyer (partner: Hisham Ali Ben Varo), has worked for Grey Heron as a negotiator.

Neither Lusk Refining Ltd., a refiner that received several of the cargoes, nor its chairman, Pavel Drozny, is subject to today's action.
"""


def test_appositions_and_neither_nor_subjects_add_no_described_target(extract, designated):
    assert designated(run(extract, DESCRIBED_WITH_OTHERS)) == {
        ("Dmitry Pavlovich Varsky", OFAC), ("Yelena Borisovna Tamrina", OFAC),
    }
