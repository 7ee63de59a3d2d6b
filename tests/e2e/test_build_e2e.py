"""End to end: `graphbuild build` on the project's seeds and on the original article."""
from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

from graphbuild.evaluate import load_gold, score
from graphbuild.pipeline.run import BuildOptions, build

ROOT = Path(__file__).resolve().parents[2]
SEEDS = ROOT / "seeds"
OUTPUTS = ["relations.jsonl", "graph.html", "graph.trig", "report.json", "store"]

pytestmark = pytest.mark.slow


def _relations(out: Path) -> list[dict]:
    return [json.loads(line) for line in (out / "relations.jsonl").read_text(encoding="utf-8").splitlines()]


def test_seed_build_writes_every_output_and_reports_no_error(seed_build):
    out, report = seed_build
    assert all((out / name).exists() for name in OUTPUTS)
    data = json.loads((out / "report.json").read_text())
    seed_docs = len([p for p in SEEDS.iterdir() if p.suffix in {".txt", ".md", ".html"}]) + sum(
        1 for p in SEEDS.glob("*.jsonl") if p.name != "gold.jsonl" for line in p.read_text().splitlines() if line.strip())
    assert data["documents"] == seed_docs == report.processed
    assert data["errors"] == []
    assert data["skipped"] == [f"{SEEDS / 'gold.jsonl'}:{i} (gold annotations, not a document)" for i in range(1, seed_docs + 1)]
    assert data["relations_total"] == len(_relations(out)) == sum(data["relations"].values())


def test_relations_follow_the_contract(seed_build):
    out, _ = seed_build
    for rel in _relations(out):
        assert rel["relation"] in {"holds_role", "designated_by", "part_of"}
        assert set(rel) >= {"doc", "relation", "subject", "object", "role", "program", "measures", "date", "confidence", "evidence"}
        for end in (rel["subject"], rel["object"]):
            assert end["id"].startswith("https://w3id.org/graphbuild/id/") and end["name"] and end["type"]
            assert len(end["name"].split()) >= 2 or end["type"] != "Person", f"bare name {end['name']!r} exported"
            assert end["name"].lower() not in {"he", "she", "they", "it", "the company"}
        assert 0.0 <= rel["confidence"] <= 1.0
        for ev in rel["evidence"]:
            text = (SEEDS / rel["doc"].split("#")[0]).read_text(encoding="utf-8") if rel["doc"].endswith(".txt") else None
            if text is not None:  # plain text: the offsets point at the sentence itself
                assert text[ev["start"]:ev["end"]] == ev["sentence"]


def test_seed_build_scores_against_the_seed_gold(seed_build):
    """Regression guard on the project's own annotated documents (figures in docs/extraction.md)."""
    out, _ = seed_build
    result = score(_relations(out), load_gold(SEEDS / "gold.jsonl")).to_json()["relations"]
    assert result["designated_by"]["precision"] >= 0.85
    # the role scorer fit on every corpus (fifth session): P 0.957 -> 0.950, R 0.748 -> 0.790 here (docs/extraction.md)
    assert result["holds_role"]["precision"] >= 0.94
    assert result["designated_by"]["f1"] >= 0.55
    assert result["holds_role"]["f1"] >= 0.80


def test_building_twice_gives_the_same_graph(seed_build, tmp_path):
    out, _ = seed_build
    second = tmp_path / "again"
    build([SEEDS], BuildOptions(out=second))
    assert (second / "graph.trig").read_bytes() == (out / "graph.trig").read_bytes()
    assert (second / "relations.jsonl").read_bytes() == (out / "relations.jsonl").read_bytes()


def test_rerun_on_the_same_output_changes_nothing(seed_copy):
    before = (seed_copy / "graph.trig").read_bytes()
    report = build([SEEDS], BuildOptions(out=seed_copy))
    assert report.processed == 0 and report.unchanged == report.documents
    assert (seed_copy / "graph.trig").read_bytes() == before


def test_graph_html_requests_nothing_from_other_hosts(seed_build):
    out, _ = seed_build
    page = (out / "graph.html").read_text(encoding="utf-8")
    assert not re.search(r"""<(script|link|img)[^>]+(src|href)\s*=\s*["']?https?:""", page, re.I)


def test_original_article_yields_exactly_its_gold_relations(tmp_path, shared_dir):
    """Issue acceptance: the article the project started from gives its 5 gold relations and no other."""
    out = tmp_path / "article"
    build([shared_dir / "seeds"], BuildOptions(out=out))
    relations = [r for r in _relations(out) if r["relation"] in {"holds_role", "designated_by"}]
    gold = [g for g in load_gold(shared_dir / "eval" / "dev" / "gold.jsonl") if g["doc"] == "000_7ee822839f25bce9.txt"]
    result = score(relations, gold).to_json()["overall"]
    assert (result["tp"], result["fp"], result["fn"]) == (5, 0, 0)
    assert len(relations) == 5


def test_dev_set_meets_the_extraction_targets(tmp_path, shared_dir):
    """Issue 3 acceptance on the shared dev set: designated_by F1 >= 0.90, holds_role F1 >= 0.85, roles >= 0.85."""
    out = tmp_path / "dev"
    build([shared_dir / "eval" / "dev" / "docs"], BuildOptions(out=out))
    gold = load_gold(shared_dir / "eval" / "dev" / "gold.jsonl") + load_gold(shared_dir / "eval" / "dev" / "gold_press.jsonl")
    result = score(_relations(out), gold).to_json()["relations"]
    assert result["designated_by"]["f1"] >= 0.90
    assert result["holds_role"]["f1"] >= 0.85
    assert result["holds_role"]["role_agreement"] >= 0.85


def test_cli_build_prints_a_summary_and_eval_scores(tmp_path, shared_dir):
    out = tmp_path / "cli"
    done = subprocess.run([sys.executable, "-m", "graphbuild", "build", str(shared_dir / "seeds"), "-o", str(out)],
                          capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    assert "documents: 1 (1 built, 0 unchanged, 0 pruned)" in done.stdout
    scored = subprocess.run([sys.executable, "-m", "graphbuild", "eval", "--gold", str(shared_dir / "eval" / "dev" / "gold.jsonl"),
                             "--relations", str(out / "relations.jsonl"), "--json"], capture_output=True, text=True, timeout=120)
    assert scored.returncode == 0, scored.stderr
    assert json.loads(scored.stdout)["overall"]["f1"] == 1.0


@pytest.mark.parametrize("command", ["build", "query", "view", "export", "eval", "serve", "validate"])
def test_every_command_has_help_with_an_example(command):
    done = subprocess.run([sys.executable, "-m", "graphbuild", command, "--help"], capture_output=True, text=True, timeout=60)
    assert done.returncode == 0
    assert "Example: graphbuild " + command in done.stdout


def test_missing_input_is_one_clear_line(tmp_path):
    done = subprocess.run([sys.executable, "-m", "graphbuild", "eval", "--gold", str(tmp_path / "nope.jsonl"), "--relations", "x"],
                          capture_output=True, text=True, timeout=60)
    assert done.returncode == 1
    assert done.stderr.strip().count("\n") == 0 and "nope.jsonl" in done.stderr


def test_a_changed_curation_file_re_extracts_unchanged_documents(tmp_path):
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "a.txt").write_text("Today, OFAC designated Viktor Medvedchuk pursuant to E.O. 14024.\n", encoding="utf-8")
    curation = tmp_path / "curation.yaml"
    curation.write_text("rename:\n  - name: Viktor Medvedchuk\n    to: Viktor Vladimirovich Medvedchuk\n", encoding="utf-8")
    out = tmp_path / "out"
    first = build([docs], BuildOptions(out=out, curation=curation))
    again = build([docs], BuildOptions(out=out, curation=curation))
    assert (first.processed, again.processed, again.unchanged) == (1, 0, 1)
    curation.write_text("rename:\n  - name: Viktor Medvedchuk\n    to: Viktor V. Medvedchuk\n", encoding="utf-8")
    changed = build([docs], BuildOptions(out=out, curation=curation))
    assert changed.processed == 1
    assert {r["subject"]["name"] for r in _relations(out) if r["relation"] == "designated_by"} == {"Viktor V. Medvedchuk"}


def test_unknown_engine_is_one_clear_line(tmp_path):
    done = subprocess.run([sys.executable, "-m", "graphbuild", "build", str(SEEDS), "-o", str(tmp_path / "o"), "--engine", "spark"],
                          capture_output=True, text=True, timeout=60)
    assert done.returncode == 1
    assert done.stderr.strip() == "graphbuild: error: --engine 'spark' is not known; expected local or dask"


def test_an_unexpected_failure_is_still_one_line(tmp_path):
    """A bug or a broken install must not dump a traceback on the user (GRAPHBUILD_DEBUG=1 shows it)."""
    code = ("import graphbuild.pipeline.run as p, graphbuild.cli as c, sys\n"
            "def boom(*a, **k): raise RuntimeError('disk on fire')\n"
            "p.build = boom\nsys.argv = ['graphbuild', 'build', 'x', '-o', 'y']\nc.main()\n")
    (tmp_path / "x").mkdir()  # an existing input: a missing one is refused before the build starts
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60, cwd=tmp_path)
    assert done.returncode == 1
    assert done.stderr.strip() == "graphbuild: unexpected error: RuntimeError: disk on fire (set GRAPHBUILD_DEBUG=1 for the traceback)"
