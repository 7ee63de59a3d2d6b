"""benchmarks/chunk_sim.py: the simulated 2-worker build gives the makespans worked out by hand (issue 18, S18)."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from benchmarks import chunk_sim  # noqa: E402

QUIET = {"driver": 0.0, "tail": 0.0, "chunk_cost": 0.0, "first_cost": 0.0}


def test_equal_chunks_keep_both_workers_busy():
    r = chunk_sim.simulate([[0], [1], [2], [3]], [1.0] * 4, [1] * 4, 2, **QUIET)
    assert r["makespan"] == pytest.approx(2.0) and r["idle_core_s"] == pytest.approx(0.0)


def test_a_long_last_chunk_leaves_the_other_core_idle_at_the_end():
    r = chunk_sim.simulate([[0, 1, 2], [3]], [1.0] * 4, [1] * 4, 2, **QUIET)
    assert r["makespan"] == pytest.approx(3.0)
    assert r["end"] == pytest.approx(2.0) and r["starved"] == pytest.approx(0.0)


def test_the_driver_shares_the_cores_and_its_work_follows_the_outcome():
    """One worker, one document of 1 s, the driver's 1 s on it after: 2 s, the second core idle throughout."""
    r = chunk_sim.simulate([[0]], [1.0], [1], 1, driver=1.0, tail=0.0, chunk_cost=0.0, first_cost=0.0)
    assert r["makespan"] == pytest.approx(2.0)


def test_outcomes_taken_in_order_starve_a_worker_behind_a_slow_chunk():
    """At most 2 chunks out: waiting on chunk 0 (3 s) holds chunk 2 back from the worker done with chunk 1 at 1 s."""
    costs, chars = [3.0, 1.0, 1.0], [1, 1, 1]
    ordered = chunk_sim.simulate([[0], [1], [2]], costs, chars, 2, ahead=1, **QUIET)
    assert ordered["makespan"] == pytest.approx(4.0) and ordered["starved"] == pytest.approx(2.0)
    as_they_come = chunk_sim.simulate([[0], [1], [2]], costs, chars, 2, ahead=1, unordered=True, **QUIET)
    assert as_they_come["makespan"] == pytest.approx(3.0) and as_they_come["starved"] == pytest.approx(0.0)


def test_first_chunk_and_per_chunk_costs_are_added():
    r = chunk_sim.simulate([[0], [1]], [1.0, 1.0], [1, 1], 2, driver=0.0, tail=0.0, chunk_cost=0.25, first_cost=0.5)
    assert r["makespan"] == pytest.approx(1.75)


def test_the_current_plan_is_the_build_s_chunk_schedule():
    sizes = [len(p) for p in chunk_sim.plan_current(60, 7, [0.0] * 60, [1] * 60)]
    assert sizes == [1, 2, 4, 7, 7, 7, 7, 7, 7, 6, 3, 1, 1]
