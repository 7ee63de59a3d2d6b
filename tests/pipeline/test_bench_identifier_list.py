"""benchmarks/identifier_list_cost.py: its invented list is read as it states, one person a line (C6)."""
from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from benchmarks.identifier_list_cost import invented_list, measure  # noqa: E402
from graphbuild.resolve.identifiers import stated_identifiers  # noqa: E402


def test_each_line_gives_its_own_person_the_identifiers_it_states():
    text, people = invented_list(40)
    assert len(people) == 40 and len(text.splitlines()) == 40
    found = stated_identifiers(text, people)
    assert len(found) == 40
    first = next(iter(people))
    assert found[first] == {"birthDate": {"1950-03-01"}, "nationality": {"IR"}, "passportNumber": {"K10000000"}}


def test_the_measure_reports_size_and_a_stable_digest():
    seconds, size, digest = measure(20, repeat=1)
    assert seconds >= 0 and size == len(invented_list(20)[0].encode())
    assert digest == measure(20, repeat=1)[2]
