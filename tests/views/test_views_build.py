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


def program_neighbourhood(relations: list[dict], program: str) -> set[str]:
    """The entities the program filter must show: the program's designees, the authorities that designated
    them under it, and everything linked to a designee by a post or a part."""
    designees = {r["subject"]["id"] for r in relations if r["relation"] == "designated_by" and r.get("program") == program}
    authorities = {r["object"]["id"] for r in relations if r["relation"] == "designated_by" and r.get("program") == program}
    context = {end for r in relations if r["relation"] in ("holds_role", "part_of")
               and (r["subject"]["id"] in designees or r["object"]["id"] in designees)
               for end in (r["subject"]["id"], r["object"]["id"])}
    return designees | authorities | context


@pytest.mark.browser
def test_first_screen_of_the_sample_build_is_fitted_and_labelled(seed_copy, open_page):
    from view_checks import check_all_on_screen, check_labels, screenshot

    relations = relations_of(seed_copy)
    entities = {r["subject"]["id"] for r in relations} | {r["object"]["id"] for r in relations}
    opened = open_page(seed_copy / "graph.html")
    page = opened.page
    page.wait_for_timeout(200)
    assert check_all_on_screen(page) == len(entities)
    labels = check_labels(page, at_least=20)
    # the most important entities are among them: every designee with a post somewhere, where room allowed
    labelled = {label["id"] for label in labels}
    assert page.evaluate("graphbuild.drawnEdgeLabels.length") == 0  # edge labels wait for hover, selection or zoom
    top = page.evaluate("graphbuild.data.graph.nodes.slice().sort((a, b) => (b.importance || 0) - (a.importance || 0)).slice(0, 5).map(n => n.id)")
    assert len(labelled & set(top)) >= 3
    screenshot(page, "sample_first_screen.png")
    assert opened.blocked == [] and opened.errors == [] and opened.violations() == []


@pytest.mark.browser
def test_program_filter_shows_its_designees_and_their_neighbours(seed_copy, open_page):
    from view_checks import check_all_on_screen, check_labels, screenshot

    relations = relations_of(seed_copy)
    programs: dict[str, int] = {}
    for r in relations:
        if r["relation"] == "designated_by" and r.get("program"):
            programs[r["program"]] = programs.get(r["program"], 0) + 1
    if not programs:
        pytest.skip("the sample build states no program")
    program = max(programs, key=lambda p: (programs[p], p))
    expected = program_neighbourhood(relations, program)
    opened = open_page(seed_copy / "graph.html")
    page = opened.page
    page.select_option("#f-program", value=program)
    shown = set(page.evaluate("network.body.data.nodes.get({filter: n => !n.hidden}).map(n => n.id)"))
    assert shown == expected
    total = len({r["subject"]["id"] for r in relations} | {r["object"]["id"] for r in relations})
    assert page.locator("#stats").inner_text().startswith(f"Showing {len(expected)} of {total} entities")
    assert f"program={program}".replace(" ", "+") in page.evaluate("location.hash").replace("%20", "+")
    page.wait_for_timeout(200)
    assert check_all_on_screen(page) == len(expected)
    check_labels(page, at_least=min(len(expected), 3))
    screenshot(page, "sample_program_filter.png")
    page.locator("#clear").click()
    assert page.evaluate("network.body.data.nodes.get({filter: n => n.hidden}).length") == 0
    assert opened.blocked == [] and opened.errors == [] and opened.violations() == []


def test_view_command_pyvis_format_and_knowledge_graph_to_pyvis(seed_copy, tmp_path):
    from typer.testing import CliRunner

    from graphbuild.api import KnowledgeGraph
    from graphbuild.cli import app

    relations = relations_of(seed_copy)
    entities = {r["subject"]["id"] for r in relations} | {r["object"]["id"] for r in relations}
    out = tmp_path / "pyvis.html"
    result = CliRunner().invoke(app, ["view", "--store", str(seed_copy / "store"), "--format", "pyvis", "-o", str(out)])
    assert result.exit_code == 0, result.output
    page = out.read_text(encoding="utf-8")
    assert not re.search(r"<(script|link)[^>]*\s(src|href)=", page, re.I) and "new vis.Network" in page
    bad = CliRunner().invoke(app, ["view", "--store", str(seed_copy / "store"), "--format", "png", "-o", str(tmp_path / "x")])
    assert bad.exit_code == 1 and "--format 'png': expected html or pyvis" in str(bad.exception)  # main() prints it as one line
    with KnowledgeGraph.open(seed_copy / "store") as kg:
        net = kg.to_pyvis()
    assert {n["id"] for n in net.nodes} == entities
