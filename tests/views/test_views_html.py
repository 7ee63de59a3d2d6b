"""The page as text: self-contained, data inert inside its <script>, CSP by hash, options, layout, writing."""
from __future__ import annotations

import base64
import hashlib
import html as html_lib
import json
import re

import pytest

from graphbuild.views.html import build_page_data, iframe, render_html, write_view
from graphbuild.views.layout import CELL, precompute_layout, spread
from graphbuild.views.model import GraphModel, ViewError

HOSTILE = '<img src=x onerror="window.__pwned=1"></script><script>window.__pwned=2</script><!--'


def page_data(page: str) -> dict:
    raw = re.search(r'<script type="application/json" id="gb-data">(.*?)</script>', page, re.S).group(1)
    return json.loads(raw)


def test_page_is_self_contained(small_relations):
    page = render_html(small_relations)
    assert "window.network = network" in page
    assert not re.search(r"<(script|link|img|iframe)[^>]*\s(src|href)=", page, re.I)
    assert "@import" not in page
    assert "vis.Network" in page and "vis-network" in page
    csp = re.search(r'http-equiv="Content-Security-Policy" content="([^"]+)"', page).group(1)
    assert "default-src 'none'" in csp and "connect-src 'none'" in csp and "unsafe-inline" not in csp.split("script-src")[1].split(";")[0]


def test_csp_hashes_match_the_inline_scripts(small_relations):
    page = render_html(small_relations)
    scripts = re.findall(r"<script>(.*?)</script>", page, re.S)
    assert len(scripts) == 2
    csp = re.search(r"script-src ([^;]+);", page).group(1)
    for code in scripts:
        digest = base64.b64encode(hashlib.sha256(code.encode("utf-8")).digest()).decode()
        assert f"'sha256-{digest}'" in csp


def test_hostile_text_stays_inert_in_the_data(small_relations, rel, ent):
    evil = ent("evil", HOSTILE, "Person", [HOSTILE])
    relations = small_relations + [rel(HOSTILE, "holds_role", evil, ent("o", "Org " + HOSTILE, "Company"), 0.9, HOSTILE, role=HOSTILE)]
    page, plain = render_html(relations, title=HOSTILE), render_html(small_relations)
    for markup in ("<script", "</script", "<img", "<!--"):
        assert page.count(markup) == plain.count(markup), markup
    assert f"<title>{html_lib.escape(HOSTILE)}</title>" in page
    data = page_data(page)
    assert any(n["label"] == HOSTILE for n in data["graph"]["nodes"])  # the text survives, as data


def test_options_reach_the_page(small_relations):
    data = build_page_data(small_relations, focus="Vahidi", depth=1, min_confidence=0.5, title="Vahidi")
    assert data["options"]["title"] == "Vahidi"
    assert data["options"]["focus"] == ["https://w3id.org/graphbuild/id/person/vahidi"]
    assert data["options"]["minConfidence"] == 0.5
    assert {n["label"] for n in data["graph"]["nodes"]} == {"Ahmad Vahidi", "Ministry of Interior", "Office of Foreign Assets Control"}
    assert data["options"]["selection"]["relationsShown"] == 3 and data["options"]["selection"]["relationsIn"] == 6


def test_inputs_relations_model_or_jsonl_path(small_relations, tmp_path):
    path = tmp_path / "relations.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in small_relations), encoding="utf-8")
    expected = page_data(render_html(small_relations))["graph"]
    assert page_data(render_html(path))["graph"] == expected
    assert page_data(render_html(str(path)))["graph"] == expected
    assert page_data(render_html(GraphModel.from_relations(small_relations)))["graph"] == expected
    assert page_data(render_html(iter(small_relations)))["graph"] == expected
    with pytest.raises(ViewError, match="expected relation dicts"):
        render_html({"nodes": [], "edges": []})
    with pytest.raises(ViewError, match="cannot read relations"):
        render_html(tmp_path / "missing.jsonl")


def test_empty_graph_renders(small_relations):
    data = page_data(render_html(small_relations, min_confidence=0.99))
    assert data["graph"]["nodes"] == [] and data["graph"]["edges"] == []


def test_every_graph_gets_a_precomputed_layout_and_large_ones_the_large_mode(small_relations):
    small = build_page_data(small_relations)
    assert small["options"]["precomputed"] and not small["options"]["physics"] and not small["options"]["large"]
    assert all(isinstance(n["x"], int) and isinstance(n["y"], int) for n in small["graph"]["nodes"])
    big = build_page_data(small_relations, physics_threshold=3)
    assert big["options"]["large"] and not big["options"]["physics"]
    assert big["graph"]["nodes"] == small["graph"]["nodes"]  # same layout either way


def test_layout_places_every_node_apart(big_relations):
    nodes = sorted({r["subject"]["id"] for r in big_relations} | {r["object"]["id"] for r in big_relations})
    edges = [(r["subject"]["id"], r["object"]["id"]) for r in big_relations[:3000]]
    positions = precompute_layout(nodes, edges)
    assert set(positions) == set(nodes)
    slots = {(round(x / CELL[0]), round(y / CELL[1])) for x, y in positions.values()}
    assert len(slots) == len(nodes)  # one grid slot per node: no overlaps
    assert precompute_layout(nodes, edges) == positions  # deterministic


def test_spread_moves_collisions_to_free_slots():
    out = spread({"a": (0.0, 0.0), "b": (1.0, 1.0), "c": (2.0, 0.0)})
    assert len(set(out.values())) == 3
    assert spread({}) == {}


def test_iframe_escapes_the_page(small_relations):
    page = render_html(small_relations)
    frame = iframe(page, height=500)
    assert frame.startswith("<iframe srcdoc=\"") and "height:500px" in frame
    assert "<script" not in frame and 'sandbox="allow-scripts' in frame
    assert html_lib.unescape(re.search(r'srcdoc="([^"]*)"', frame).group(1)) == page


class FakeStore:
    """Just enough of KnowledgeStore for write_view: documents come from query(), relations from iter_relations."""

    def __init__(self, relations):
        self.relations = relations

    def query(self, sparql: str):
        if "gb:Document" not in sparql:  # e.g. the sanctions-list entries of graphbuild.link: none here
            return []
        return [("press/a.html", "https://example.org/a", "Treasury sanctions", "2022-11-23")]


def test_write_view_writes_and_reports_unwritable_paths(small_relations, tmp_path, monkeypatch):
    import graphbuild.outputs.relations

    monkeypatch.setattr(graphbuild.outputs.relations, "iter_relations", lambda store: iter(store.relations))
    store = FakeStore(small_relations)
    out = write_view(store, tmp_path / "deep" / "graph.html", focus="OFAC", depth=1)
    data = page_data(out.read_text(encoding="utf-8"))
    assert data["graph"]["documents"]["press/a.html"]["url"] == "https://example.org/a"
    assert {n["label"] for n in data["graph"]["nodes"]} == {"Office of Foreign Assets Control", "Ahmad Vahidi", "Adrian Darya 1"}
    blocker = tmp_path / "file"
    blocker.write_text("x")
    with pytest.raises(ViewError, match="cannot write the view"):
        write_view(store, blocker / "graph.html")
    with pytest.raises(ViewError, match="--focus 'Nobody'"):
        write_view(store, tmp_path / "x.html", focus="Nobody")


def test_layout_pulls_communities_apart():
    import math

    # two dense groups of eight joined by one link: the mean distance inside a group is far below the distance between them
    a = [f"a{i}" for i in range(8)]
    b = [f"b{i}" for i in range(8)]
    edges = [(x, y) for group in (a, b) for i, x in enumerate(group) for y in group[i + 1:]] + [("a0", "b0")]
    pos = precompute_layout(a + b, edges)

    def mean(pairs):
        return sum(math.dist(pos[x], pos[y]) for x, y in pairs) / len(pairs)

    inside = mean([(x, y) for group in (a, b) for i, x in enumerate(group) for y in group[i + 1:]])
    between = mean([(x, y) for x in a for y in b])
    assert between > 2 * inside


def test_layout_fills_a_square_window():
    nodes = [f"n{i}" for i in range(60)]
    pos = precompute_layout(nodes, [(f"n{i}", f"n{i + 1}") for i in range(0, 60, 2)])  # thirty pairs
    width = max(x for x, _ in pos.values()) - min(x for x, _ in pos.values()) + CELL[0]
    height = max(y for _, y in pos.values()) - min(y for _, y in pos.values()) + CELL[1]
    assert 0.6 < width / height < 1.6


def test_layout_does_not_depend_on_the_hash_seed():
    """The same graph gets the same drawing in every process (networkx's community search walks sets)."""
    import os
    import subprocess
    import sys

    code = ("import random\nfrom graphbuild.views.layout import precompute_layout\n"
            "r = random.Random(5); n = [f'https://w3id.org/graphbuild/id/e{i}' for i in range(130)]\n"
            "edges = [(r.choice(n), r.choice(n)) for _ in range(140)]\n"
            "print(sorted(precompute_layout(n, edges).items()))")
    drawn = [subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120,
                            env={**os.environ, "PYTHONHASHSEED": seed}).stdout for seed in ("1", "2")]
    assert drawn[0] and drawn[0] == drawn[1]


def test_page_inlines_pyvis_files_without_importing_pyvis():
    """The vis-network files come from pyvis' folder; pyvis itself (IPython, jinja2) is not imported for them."""
    import subprocess
    import sys
    from importlib import resources

    from graphbuild.views.html import _vis_assets

    lib = resources.files("pyvis") / "lib" / "vis-9.1.2"
    assert _vis_assets() == ((lib / "vis-network.min.js").read_text(encoding="utf-8"),
                             (lib / "vis-network.css").read_text(encoding="utf-8"))
    code = ("import sys; from graphbuild.views.html import render_html; "
            "page = render_html([]); print('vis.Network' in page, 'pyvis' in sys.modules, 'IPython' in sys.modules)")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.split() == ["True", "False", "False"]
