"""benchmarks/run.py on tiny sizes: the figures come out as one flat JSON object."""
from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from benchmarks import run as bench  # noqa: E402


def test_load_and_query_stages_write_flat_json(tmp_path, capsys):
    out = tmp_path / "figures.json"
    assert bench.main(["--only", "load,query", "--docs", "2", "--triples", "3000", "--json", str(out), "--work", str(tmp_path / "w")]) == 0
    figures = json.loads(out.read_text(encoding="utf-8"))
    assert all(not isinstance(v, (dict, list)) for v in figures.values())
    assert figures["load_triples"] >= 3000 and figures["load_triples_per_s"] > 0
    assert figures["query_median_ms"] > 0 and any(k.startswith("query_ms.") for k in figures)
    assert "load_triples_per_s" in capsys.readouterr().out


def test_unknown_stage_is_one_clear_error(capsys):
    with pytest.raises(SystemExit):
        bench.main(["--only", "nope"])
    assert "unknown stage 'nope'" in capsys.readouterr().err


@pytest.mark.slow
def test_quick_style_run_on_a_tiny_corpus(tmp_path):
    figures = bench.run(tmp_path, docs=3, rss_docs=1, load_triples=2000, batch_size=4,
                        stages={"spacy", "extract", "build", "rss"}, quick=True, log=lambda m: None)
    for key in ("spacy_words_per_s", "extract_words_per_s", "build_words_per_s", "ratio_build_vs_spacy",
                "incremental_speedup", "rss_ratio_10x"):
        assert figures[key] > 0, key
    assert figures["words"] > 300 and figures["extract_relations"] > 0


@pytest.mark.slow
def test_process_stage_times_the_whole_build_command_against_the_bare_model(tmp_path):
    figures = bench.run(tmp_path, docs=3, rss_docs=1, load_triples=2000, batch_size=4,
                        stages={"process"}, quick=True, log=lambda m: None)
    assert figures["ratio_build_process_vs_spacy"] > 0
    assert figures["build_process_seconds"] > figures["build_process_spacy_seconds"] > 0  # start-up alone outweighs 3 documents
    assert (tmp_path / "build-process-0" / "relations.jsonl").stat().st_size > 0
    assert (tmp_path / "build-process-1" / "report.json").exists()



_MAIN_PID: list[int] = []
_RAN_HERE: list[int] = []


def _recording_burn(n: int) -> int:
    """bench._burn, noting the loops that ran in the test's own process (module level: the pool pickles it by name)."""
    import os

    if os.getpid() in _MAIN_PID:
        _RAN_HERE.append(n)
    return sum(i * i for i in range(n))


def test_machine_parallelism_times_both_arms_in_pool_processes(monkeypatch):
    """Issue 18 (S9): the serial arm no longer runs in the benchmark's own process (a build may have left it
    slower, or another job may have held its core), and each arm's best of several rounds is used."""
    import os

    _MAIN_PID[:] = [os.getpid()]
    _RAN_HERE.clear()
    monkeypatch.setattr(bench, "_burn", _recording_burn)
    ratio = bench.machine_parallelism(n=200_000, rounds=2)
    assert ratio > 0 and not _RAN_HERE


def test_process_stage_alternates_the_arms_and_takes_each_arms_best(monkeypatch, tmp_path):
    """Issue 18 (S17): one spaCy pass and one build process per pair, two pairs and their median, let a single
    disturbed sample decide the figure. The arms now alternate over rounds, the order flipping each round, each
    spaCy round times a freshly loaded model (since M25 in a process of its own), and each arm's least time is used."""
    calls: list[str] = []
    pipe_times = iter([(5.0, 4.0), (3.0, 2.5), (4.0, 3.0)])
    build_times = iter([(6.0, 5.0), (4.0, 3.2), (7.0, 5.5)])

    def fake_spacy(texts_file, model, batch_size):
        calls.append("S")
        return next(pipe_times)

    def fake_build(corpus, out, batch_size):
        calls.append("B")
        return next(build_times)

    monkeypatch.setattr(bench, "_one_spacy_process", fake_spacy)
    monkeypatch.setattr(bench, "_one_build_process", fake_build)
    figures = bench.measure_build_process(tmp_path, tmp_path, ["a text"], 4, rounds=3)
    assert "".join(calls) == "S" + "B" + "B" + "S" + "S" + "B"
    assert figures["build_process_order"] == "SB BS SB" and figures["build_process_rounds"] == 3
    assert figures["ratio_build_process_vs_spacy"] == pytest.approx(3.0 / 4.0)  # best of each arm, not of a pair
    assert figures["ratio_build_process_vs_spacy_cpu"] == pytest.approx(2.5 / 3.2)
    assert figures["build_process_seconds"] == 4.0 and figures["build_process_spacy_cpu_seconds"] == 2.5
    assert figures["build_process_spacy_seconds_samples"] == "5.000 3.000 4.000"
    assert figures["build_process_cpu_seconds_samples"] == "5.000 3.200 5.500"
    assert figures["ratio_build_process_vs_spacy_pairs_median"] == pytest.approx(0.75)  # 5/6, 3/4, 4/7
    assert all(not isinstance(v, (dict, list)) for v in figures.values())


def test_process_stage_runs_each_spacy_pass_in_a_fresh_process(monkeypatch, tmp_path):
    """Issue 18 (M25): a spaCy round in the benchmark's long-lived process ran on a heap earlier rounds had grown,
    skipping the first memory touch every build round pays in its new process. Each round now loads, warms up and
    times its pass in a process of its own: loading a model here would fail."""
    import spacy

    def no_load_here(*args, **kwargs):
        raise AssertionError("spacy.load ran in the benchmark's own process")

    builds = iter([(9.0, 8.0), (9.5, 8.5)])
    monkeypatch.setattr(spacy, "load", no_load_here)
    monkeypatch.setattr(bench, "_one_build_process", lambda corpus, out, batch_size: next(builds))
    texts = ["The committee met on Tuesday in a small town.", "Its members voted twice.", "Nobody objected."]
    figures = bench.measure_build_process(tmp_path, tmp_path / "w", texts, 4, rounds=2)
    walls = [float(v) for v in figures["build_process_spacy_seconds_samples"].split()]
    cpus = [float(v) for v in figures["build_process_spacy_cpu_seconds_samples"].split()]
    assert len(walls) == len(cpus) == 2 and all(v > 0 for v in walls + cpus)
    assert figures["build_process_spacy_seconds"] == pytest.approx(min(walls), abs=1e-3)
    assert min(walls) < 2  # three short texts: the pass alone, the model's load (seconds) untimed


def test_process_rounds_below_one_is_one_clear_error(capsys):
    with pytest.raises(SystemExit):
        bench.main(["--only", "process", "--process-rounds", "0"])
    assert "--process-rounds must be at least 1" in capsys.readouterr().err
