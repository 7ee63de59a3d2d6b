"""`Gazetteers.programs_in` with its answers kept by text and one joint search first (issue 18) answers
exactly as the pattern-by-pattern scan does."""
from __future__ import annotations

import re

from graphbuild.nlp import gazetteers
from graphbuild.nlp.gazetteers import Gazetteers, load_gazetteers

TEXTS = [
    "The Treasury designated two firms pursuant to E.O. 13224 and the Global Magnitsky Act.",
    "Executive Order (E.O.) 14024 targets Russia's defense sector; see also CAATSA and IEEPA.",
    "He was named a Specially Designated Global Terrorist and added to the SDN List.",
    "Nordvik Shipping LLC",  # no program at all
    "UNSCR 2231 and United Nations Security Council Resolution 1718, then E.O. 13224 again.",
    "SDGTs and FTOs", "an SDGTX code",  # word boundaries
    "",
]


def scan(gaz: Gazetteers, text: str) -> list[str]:
    """The pattern-by-pattern scan programs_in did before (the reference)."""
    found = [(m.start(), f"E.O. {m.group(1)}") for m in gaz.executive_order.finditer(text)] if gaz.executive_order else []
    for name, pattern in gaz.program_patterns:
        found += [(m.start(), name) for m in pattern.finditer(text)]
    seen: list[str] = []
    for _, name in sorted(found):
        if name not in seen:
            seen.append(name)
    return seen


def test_same_answers_as_the_scan_asked_once_or_again():
    gaz = load_gazetteers()
    assert gaz.programs_in(TEXTS[0]) == ["E.O. 13224", "Global Magnitsky"]
    assert gaz.programs_in(TEXTS[4]) == ["UN Security Council Resolution", "E.O. 13224"]
    for _ in range(2):  # the second round is answered from the kept answers
        assert [gaz.programs_in(t) for t in TEXTS] == [scan(gaz, t) for t in TEXTS]
    answer = gaz.programs_in(TEXTS[0])
    answer.append("changed by a caller")
    assert gaz.programs_in(TEXTS[0]) == ["E.O. 13224", "Global Magnitsky"]  # a caller's list is its own


def test_patterns_that_cannot_be_joined_are_scanned_one_by_one():
    gaz = Gazetteers(program_patterns=[("Twice", re.compile(r"(ab)\1")), ("Plain", re.compile("Kingpin Act"))])
    assert gaz.programs_in("the Kingpin Act and abab") == ["Plain", "Twice"]
    assert gaz._any_program is False
    assert gaz.programs_in("nothing here") == []


def test_kept_answers_are_bounded(monkeypatch):
    monkeypatch.setattr(gazetteers, "_PROGRAMS_FOUND_MAX", 3)
    gaz = Gazetteers(program_patterns=[("IEEPA", re.compile("IEEPA"))])
    for text in ("a", "b", "c", "d IEEPA"):
        gaz.programs_in(text)
    assert len(gaz._programs_found) == 1 and gaz.programs_in("d IEEPA") == ["IEEPA"]


def test_kept_answers_do_not_change_equality():
    first, second = Gazetteers(program_tags={"SDGT"}), Gazetteers(program_tags={"SDGT"})
    first.programs_in("anything")
    assert first == second
