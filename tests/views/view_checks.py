"""Checks of what the page drew, measured independently of the page's own bookkeeping: label boxes from
vis-network's node positions and the canvas font's metrics, ink inside each box, nodes inside the window."""
from __future__ import annotations

from itertools import combinations
from pathlib import Path
from typing import Any

ARTIFACTS = Path(__file__).resolve().parent.parent / "artifacts"
"""Screenshots made by test runs, for a reviewer to look at (git-ignored)."""

# For every label the page says it drew (and on which side of its node): its box recomputed from the node's
# position and size in vis-network and the text's width in the page's label font, and how many dark pixels it holds.
LABEL_BOXES = """() => {
  const rule = graphbuild.labelRule, ctx = document.createElement('canvas').getContext('2d');
  ctx.font = rule.font;
  const canvas = document.querySelector('#network canvas'), ratio = canvas.width / canvas.clientWidth;
  const ink = canvas.getContext('2d');
  return graphbuild.drawnLabels.map(l => {
    const p = network.canvasToDOM(network.getPosition(l.id));
    const r = network.body.nodes[l.id].options.size * network.getScale();
    const text = network.body.data.nodes.get(l.id).label;
    const w = ctx.measureText(text).width;
    const bw = w + 2 * rule.pad, bh = rule.px + 2 * rule.pad;
    const box = {below: {x: p.x - bw / 2, y: p.y + r + rule.gap}, above: {x: p.x - bw / 2, y: p.y - r - rule.gap - bh},
                 right: {x: p.x + r + rule.gap, y: p.y - bh / 2}, left: {x: p.x - r - rule.gap - bw, y: p.y - bh / 2}}[l.side];
    box.w = bw; box.h = bh;
    const px = ink.getImageData(Math.round(box.x * ratio), Math.round(box.y * ratio),
                                Math.max(1, Math.round(box.w * ratio)), Math.max(1, Math.round(box.h * ratio))).data;
    let dark = 0;
    for (let i = 0; i < px.length; i += 4) if (px[i + 3] > 200 && px[i] + px[i + 1] + px[i + 2] < 240) dark++;
    return {id: l.id, text: text, dark: dark, fontPx: parseFloat(rule.font), ...box};
  });
}"""
NODES_ON_SCREEN = """() => {
  const shown = network.body.data.nodes.get({filter: n => !n.hidden}).map(n => n.id);
  const pos = network.getPositions(shown), s = network.getScale();
  const el = document.getElementById('network');
  return {width: el.clientWidth, height: el.clientHeight, nodes: shown.map(id => {
    const p = network.canvasToDOM(pos[id]); return {id: id, x: p.x, y: p.y, r: network.body.nodes[id].options.size * s}; })};
}"""


def overlap(a: dict[str, Any], b: dict[str, Any]) -> bool:
    return a["x"] < b["x"] + b["w"] and b["x"] < a["x"] + a["w"] and a["y"] < b["y"] + b["h"] and b["y"] < a["y"] + a["h"]


def check_labels(page: Any, at_least: int) -> list[dict[str, Any]]:
    """The drawn labels: at least `at_least`, 11 px or more, inside the window, pairwise apart, each with ink."""
    labels = page.evaluate(LABEL_BOXES)
    size = page.evaluate("[document.getElementById('network').clientWidth, document.getElementById('network').clientHeight]")
    assert len(labels) >= at_least, [l["text"] for l in labels]
    assert all(l["fontPx"] >= 11 for l in labels)
    for label in labels:
        assert 0 <= label["x"] and label["x"] + label["w"] <= size[0] and 0 <= label["y"] and label["y"] + label["h"] <= size[1], label
        assert label["dark"] > 10, label  # text is really there
    clashes = [(a["text"], b["text"]) for a, b in combinations(labels, 2) if overlap(a, b)]
    assert clashes == []
    return labels


def check_all_on_screen(page: Any) -> int:
    """Every shown node lies inside the window, shape included; returns how many."""
    seen = page.evaluate(NODES_ON_SCREEN)
    outside = [n["id"] for n in seen["nodes"]
               if not (n["r"] <= n["x"] <= seen["width"] - n["r"] and n["r"] <= n["y"] <= seen["height"] - n["r"])]
    assert outside == []
    return len(seen["nodes"])


def screenshot(page: Any, name: str) -> Path:
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    path = ARTIFACTS / name
    page.screenshot(path=str(path))
    return path
