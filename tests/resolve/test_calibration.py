"""Confidence calibration: isotonic maps per (relation, extractor), applied in the build, shown by eval."""
from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

from graphbuild.errors import GraphBuildError
from graphbuild.evaluate import format_calibration
from graphbuild.records import EntityRef, Evidence, Relation
from graphbuild.resolve import calibration
from graphbuild.resolve.calibration import StepMap, calibrate_relations, fit, fit_map, write_calibration

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))


def test_isotonic_map_pools_what_would_go_down():
    samples = [(0.6, i < 9) for i in range(10)] + [(0.9, i < 5) for i in range(10)] + [(0.3, i < 1) for i in range(10)]
    found = fit_map(samples)
    assert found.thresholds == (0.3, 0.6, 0.9)
    assert found.values == (0.1, 0.7, 0.7)  # 0.9 and 0.6 measured 0.5 and 0.9: pooled to 14/20
    assert (found(0.1), found(0.3), found(0.75), found(0.95)) == (0.1, 0.1, 0.7, 0.7)


def test_maps_never_say_certain():
    assert fit_map([(0.9, True)] * 30).values == (0.99,)
    assert fit_map([(0.9, False)] * 30).values == (0.05,)


def test_fit_keeps_well_sampled_extractors_and_pools_the_rest():
    samples = [("holds_role", "roles.v1", 0.8, i % 2 == 0) for i in range(30)] + [("holds_role", "rare.v1", 0.8, True)] * 3
    maps = fit(samples)
    assert sorted(maps) == ["holds_role/*", "holds_role/roles.v1"]
    assert maps["holds_role/roles.v1"].values == (0.5,)


def _rel(conf: float, extractor: str = "roles.v1") -> Relation:
    return Relation("holds_role", EntityRef("Ana Pol", "Person"), EntityRef("Ministry of Finance", "PublicBody"),
                    [Evidence("s", 0, 1, extractor)], conf, role="Minister")


def test_build_applies_the_map_in_force(tmp_path, monkeypatch):
    path = tmp_path / "calibration.yaml"
    write_calibration({"holds_role/roles.v1": StepMap((0.5, 0.9), (0.4, 0.8), 40), "holds_role/*": StepMap((0.0,), (0.3,), 50)},
                      path, "test")
    monkeypatch.setenv("GRAPHBUILD_CALIBRATION", str(path))
    rels = [_rel(0.95), _rel(0.6), _rel(0.95, "other.v1")]
    calibrate_relations(rels)
    assert [r.confidence for r in rels] == [0.8, 0.4, 0.3]
    monkeypatch.setenv("GRAPHBUILD_CALIBRATION", "off")
    rel = _rel(0.95)
    calibrate_relations([rel])
    assert rel.confidence == 0.95


def test_a_fact_only_reported_ranks_under_the_stated_ones(tmp_path, monkeypatch):
    """Evidence that only reports a post ("X reportedly heads Y": `Evidence.hedge`) keeps HEDGED_SHARE of the
    calibrated confidence; one stating sentence among its evidence keeps the full value (P6)."""
    path = tmp_path / "calibration.yaml"
    write_calibration({"holds_role/roles.v1": StepMap((0.5, 0.9), (0.4, 0.8), 40)}, path, "test")
    monkeypatch.setenv("GRAPHBUILD_CALIBRATION", str(path))
    reported, stated, both = _rel(0.95), _rel(0.95), _rel(0.95)
    reported.evidence[0].hedge = "reportedly"
    both.evidence = [Evidence("s", 0, 1, "roles.v1", hedge="believed"), Evidence("t", 2, 3, "roles.v1")]
    calibrate_relations([reported, stated, both])
    assert (reported.confidence, stated.confidence, both.confidence) == (round(0.8 * calibration.HEDGED_SHARE, 3), 0.8, 0.8)
    assert reported.to_json()["evidence"][0]["hedge"] == "reportedly" and "hedge" not in stated.to_json()["evidence"][0]
    assert Relation.from_json({**reported.to_json(), "doc": "d"}).evidence[0].hedge == "reportedly"


def test_a_broken_map_is_one_clear_error(tmp_path, monkeypatch):
    path = tmp_path / "calibration.yaml"
    path.write_text("maps: {holds_role/x: {steps: [[0.5]]}}\n", encoding="utf-8")
    monkeypatch.setenv("GRAPHBUILD_CALIBRATION", str(path))
    with pytest.raises(GraphBuildError, match="calibration.yaml: invalid calibration file"):
        calibrate_relations([_rel(0.9)])


def test_a_calibration_path_that_does_not_exist_is_an_error_not_raw_confidences(tmp_path, monkeypatch):
    monkeypatch.setenv("GRAPHBUILD_CALIBRATION", str(tmp_path / "calibraton.yaml"))
    with pytest.raises(GraphBuildError, match=r"calibraton\.yaml: calibration file not found \(\$GRAPHBUILD_CALIBRATION\)"):
        calibrate_relations([_rel(0.9)])


def test_the_shipped_map_is_valid_and_monotone():
    maps = calibration._load(str(calibration.CALIBRATION_FILE))
    for name, found in maps.items():
        assert list(found.values) == sorted(found.values), name
        assert all(0.05 <= v <= 0.99 for v in found.values), name


def test_eval_prints_the_calibration_table():
    bands = {"0.00-0.50": {"total": 10, "correct": 3, "precision": 0.3, "mean_confidence": 0.35},
             "0.50-0.70": {"total": 0, "correct": 0, "precision": None, "mean_confidence": None},
             "0.85-1.00": {"total": 20, "correct": 14, "precision": 0.7, "mean_confidence": 0.9}}
    lines = format_calibration(bands)
    assert lines[1].split() == ["0.00-0.50", "10", "0.350", "0.300", "yes"]
    assert lines[2].split() == ["0.50-0.70", "0", "-", "-", "-"]
    assert lines[3].split() == ["0.85-1.00", "20", "0.900", "0.700", "NO"]  # 0.7 is more than 0.1 below 0.85


def test_the_fitting_command_on_a_small_train_folder(tmp_path, capsys):
    from benchmarks import calibrate

    train = tmp_path / "train"
    train.mkdir()
    gold, preds = [], []
    for d in range(10):
        doc = f"d{d}.html"
        rels = [{"relation": "holds_role", "subject": [f"Person {d} {i}"], "object": ["Ministry of Finance"]} for i in range(3)]
        gold.append({"doc": doc, "scored": ["holds_role"], "relations": rels})
        for i in range(5):  # three right, two wrong, all at raw 0.9
            preds.append({"doc": doc, "relation": "holds_role", "subject": {"name": f"Person {d} {i}", "aliases": []},
                          "object": {"name": "Ministry of Finance"}, "role": "Minister", "confidence": 0.9,
                          "evidence": [{"sentence": "s", "start": 0, "end": 1, "extractor": "roles.v1"}]})
    (train / "gold.jsonl").write_text("\n".join(json.dumps(g) for g in gold) + "\n", encoding="utf-8")
    raw = tmp_path / "raw.jsonl"
    raw.write_text("\n".join(json.dumps(p) for p in preds) + "\n", encoding="utf-8")
    target = tmp_path / "map.yaml"
    assert calibrate.main(["--train", str(train), "--relations", str(raw), "--out", str(target)]) == 0
    printed = capsys.readouterr().out
    assert "fitted on folds 0-2, applied to check folds 3-4:" in printed
    maps = calibration._load(str(target))
    assert maps["holds_role/roles.v1"].values == (0.6,) and maps["holds_role/roles.v1"].examples == 50


def test_graphbuild_eval_prints_the_calibration_table(tmp_path):
    import subprocess

    gold = tmp_path / "gold.jsonl"
    gold.write_text(json.dumps({"doc": "a.txt", "scored": ["holds_role"], "relations": [
        {"relation": "holds_role", "subject": ["Ana Pol"], "object": ["Ministry of Finance"]}]}) + "\n", encoding="utf-8")
    rels = tmp_path / "relations.jsonl"
    rels.write_text("\n".join(json.dumps(_rel(c).to_json() | {"doc": "a.txt", "subject": {"name": n, "type": "Person", "aliases": []}})
                              for c, n in ((0.9, "Ana Pol"), (0.6, "Bo Rek"))) + "\n", encoding="utf-8")
    done = subprocess.run([sys.executable, "-m", "graphbuild", "eval", "--gold", str(gold), "--relations", str(rels)],
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    rows = {line.split()[0]: line.split()[1:] for line in done.stdout.splitlines()[-4:]}
    assert rows["0.50-0.70"] == ["1", "0.600", "0.000", "NO"]
    assert rows["0.85-1.00"] == ["1", "0.900", "1.000", "yes"]
