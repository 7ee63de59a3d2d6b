"""How fast the HTML view of a large graph opens and redraws in headless Chromium (issue 17).

    python benchmarks/view_bench.py                       # 20,000 entities / 40,000 links
    python benchmarks/view_bench.py --nodes 5000 --links 10000

The graph is generated (`synthetic_relations`: 50 authority hubs every other entity links to, plus
random links, all three relation kinds, one sentence each), written with `render_html`, and opened
from file:// in Debian's /usr/bin/chromium (Playwright, 1440x900, every non-file request aborted).
Figures: `view_20k_open_s` = navigation start to the page's first full drawing (html[data-ready]),
wall clock, as a user waits for it; `view_20k_ready_mark_s` = the page's own performance mark for the
same moment; `view_20k_frame_ms` = median time of one full redraw at the fitted view (what panning
and zooming cost per frame); `view_20k_zoom_ms` = one zoom step to the first frame drawn after it;
`view_20k_render_s` = writing the page in Python (model, layout, JSON), not part of the opening.
"""
from __future__ import annotations

import argparse
import json
import os
import random
import statistics
import tempfile
import time
from pathlib import Path
from typing import Any

CHROMIUM = os.environ.get("GRAPHBUILD_CHROMIUM", "/usr/bin/chromium")
BASE = "https://w3id.org/graphbuild/id/"


def synthetic_relations(n_nodes: int, n_links: int, seed: int = 3) -> list[dict[str, Any]]:
    """`n_links` distinct relations among `n_nodes` entities: 50 hubs every other entity links to, then random pairs."""
    rng = random.Random(seed)
    types = ["Person", "Person", "Person", "Company", "Organization", "Vessel", "Country"]
    ents = [{"id": f"{BASE}e/{i}", "name": f"Entity {i:05d}", "type": "PublicBody" if i < 50 else rng.choice(types), "aliases": []}
            for i in range(n_nodes)]
    pairs = {(i, rng.randrange(50)) for i in range(50, n_nodes)}
    while len(pairs) < n_links:
        a, b = rng.randrange(n_nodes), rng.randrange(n_nodes)
        if a != b and (b, a) not in pairs:
            pairs.add((a, b))
    out = []
    for k, (a, b) in enumerate(sorted(pairs)):
        kind = ("holds_role", "designated_by", "part_of")[k % 3]
        sentence = f"Sentence {k}: Entity {a:05d} and Entity {b:05d}."
        out.append({"doc": f"doc/{k % 700}.txt", "relation": kind, "subject": ents[a], "object": ents[b],
                    "role": "Director" if kind == "holds_role" else None, "current": True,
                    "program": f"PROG-{k % 7}" if kind == "designated_by" else None, "measures": [],
                    "date": f"20{10 + k % 12}-0{1 + k % 9}-15" if kind == "designated_by" else None,
                    "confidence": round(0.3 + 0.7 * rng.random(), 2),
                    "evidence": [{"sentence": sentence, "start": 0, "end": len(sentence), "extractor": "bench.v1"}]})
    return out


def measure_view(work: Path, n_nodes: int = 20_000, n_links: int = 40_000, key: str = "view_20k") -> dict[str, float]:
    """Write the page of a generated graph and open it in headless Chromium; see the module docstring."""
    from playwright.sync_api import sync_playwright

    from graphbuild.views.html import render_html

    relations = synthetic_relations(n_nodes, n_links)
    started = time.perf_counter()
    page_html = render_html(relations)
    render_s = time.perf_counter() - started
    path = work / f"{key}.html"
    path.write_text(page_html, encoding="utf-8")
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=["--headless", "--no-sandbox", "--disable-gpu"])
        try:
            context = browser.new_context(viewport={"width": 1440, "height": 900})
            context.route("**/*", lambda r: r.continue_() if r.request.url.startswith("file://") else r.abort())
            page = context.new_page()
            started = time.perf_counter()
            page.goto(path.as_uri())
            page.wait_for_selector("html[data-ready]", state="attached", timeout=120_000)
            open_s = time.perf_counter() - started
            mark = page.evaluate("performance.getEntriesByName('gb:ready')[0].startTime") / 1000
            shown = page.evaluate("[graphbuild.view.nodes.size, graphbuild.view.edges.size]")
            frames = page.evaluate("""async () => { const out = [];
                for (let i = 0; i < 7; i++) { const t = performance.now();
                  await new Promise(done => { network.once('afterDrawing', done); network.redraw(); });
                  out.push(performance.now() - t); }
                return out; }""")
            zoom = page.evaluate("""async () => { const t = performance.now();
                await new Promise(done => { network.once('afterDrawing', done);
                  network.moveTo({scale: network.getScale() * 1.5, animation: false}); });
                return performance.now() - t; }""")
        finally:
            browser.close()
    assert shown == [n_nodes, n_links], shown
    return {f"{key}_open_s": open_s, f"{key}_ready_mark_s": mark, f"{key}_frame_ms": statistics.median(frames),
            f"{key}_zoom_ms": zoom, f"{key}_render_s": render_s, f"{key}_page_mb": len(page_html.encode("utf-8")) / 1e6}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--nodes", type=int, default=20_000)
    parser.add_argument("--links", type=int, default=40_000)
    parser.add_argument("--runs", type=int, default=1, help="open the page this many times (each figure per run)")
    args = parser.parse_args(argv)
    key = f"view_{args.nodes // 1000}k"
    with tempfile.TemporaryDirectory(prefix="graphbuild-view-") as folder:
        for _ in range(args.runs):
            figures = measure_view(Path(folder), args.nodes, args.links, key)
            figures["load_average"] = os.getloadavg()[0]
            print(json.dumps({k: round(v, 3) for k, v in figures.items()}))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
