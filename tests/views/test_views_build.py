"""Views of a real build (the shared seed build): the build's graph.html and `graphbuild view`."""
from __future__ import annotations

import json
import re
import subprocess
import sys

import pytest

pytestmark = pytest.mark.slow


def relations_of(out) -> list[dict]:
    return [json.loads(line) for line in (out / "relations.jsonl").read_text(encoding="utf-8").splitlines() if line.strip()]


def page_data(path) -> dict:
    text = path.read_text(encoding="utf-8")
    return json.loads(re.search(r'<script type="application/json" id="gb-data">(.*?)</script>', text, re.S).group(1))


@pytest.mark.browser
def test_build_graph_html_shows_every_entity_and_its_sentences(seed_copy, open_page):
    relations = relations_of(seed_copy)
    entities = {r["subject"]["id"] for r in relations} | {r["object"]["id"] for r in relations}
    assert json.loads((seed_copy / "report.json").read_text())["entities"] == len(entities)
    opened = open_page(seed_copy / "graph.html")
    assert opened.blocked == [] and opened.errors == [] and opened.violations() == []
    page = opened.page
    assert page.evaluate("network.body.data.nodes.length") == len(entities)
    assert set(page.evaluate("network.body.data.nodes.getIds()")) == entities
    # click the entity standing furthest from any other, so the click cannot land on a neighbour
    node_id = page.evaluate("""() => { const pos = network.getPositions(); const ids = Object.keys(pos);
        let best = null, bestGap = -1;
        for (const a of ids) { let gap = Infinity;
          for (const b of ids) if (a !== b) gap = Math.min(gap, Math.hypot(pos[a].x - pos[b].x, pos[a].y - pos[b].y));
          if (gap > bestGap) { bestGap = gap; best = a; } }
        network.moveTo({position: pos[best], scale: 1.0, animation: false}); return best; }""")
    page.wait_for_timeout(200)
    opened.click_node(node_id)
    sentences = {e["sentence"] for r in relations if node_id in (r["subject"]["id"], r["object"]["id"]) for e in r["evidence"]}
    from playwright.sync_api import expect

    expect(page.locator("#panel .sentence").first).to_be_visible()
    shown = set(page.locator("#panel .sentence").all_inner_texts())
    assert shown == sentences


def test_view_command_writes_a_focus_view(seed_copy, tmp_path):
    from typer.testing import CliRunner

    from graphbuild.cli import app

    relations = relations_of(seed_copy)
    counts: dict[str, int] = {}
    for r in relations:
        for end in (r["subject"], r["object"]):
            counts[end["name"]] = counts.get(end["name"], 0) + 1
    hub = max(counts, key=lambda name: (counts[name], name))
    out = tmp_path / "hub.html"
    result = CliRunner().invoke(app, ["view", "--store", str(seed_copy / "store"), "--focus", hub, "--depth", "1",
                                      "--min-confidence", "0.5", "--max-nodes", "10", "-o", str(out)])
    assert result.exit_code == 0, result.output
    data = page_data(out)
    labels = {n["label"] for n in data["graph"]["nodes"]}
    assert hub in labels and 1 < len(labels) <= 10
    assert data["options"]["focus"] and data["options"]["selection"]["focus"] == hub
    assert all(f["confidence"] >= 0.5 for f in data["graph"]["facts"])


def test_view_command_unknown_focus_is_one_line_error(seed_copy, tmp_path):
    result = subprocess.run([sys.executable, "-m", "graphbuild", "view", "--store", str(seed_copy / "store"),
                             "--focus", "Nobody Atall", "-o", str(tmp_path / "x.html")], capture_output=True, text=True, timeout=120)
    assert result.returncode == 1
    assert result.stderr.strip().count("\n") == 0
    assert "--focus 'Nobody Atall': no entity has that name" in result.stderr
    assert not (tmp_path / "x.html").exists()
