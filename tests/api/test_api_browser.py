"""`kg.view()` as a notebook shows it: the page inside a sandboxed <iframe srcdoc> runs and draws the graph."""
from __future__ import annotations

import time

import pytest

from graphbuild import KnowledgeGraph

pytestmark = [pytest.mark.slow, pytest.mark.browser]


def _srcdoc_frame(page, timeout_s: float = 60.0):
    """The cell's iframe once the browser has attached it: under load it may not exist yet right after `goto`."""
    deadline = time.monotonic() + timeout_s
    while True:
        frame = next((f for f in page.frames if f.url == "about:srcdoc"), None)
        if frame is not None or time.monotonic() > deadline:
            assert frame is not None, "the view's iframe never attached"
            return frame
        page.wait_for_timeout(100)


def test_inline_view_runs_inside_its_iframe(seed_build, browser, tmp_path):
    out, _ = seed_build
    with KnowledgeGraph.open(out) as kg:
        ofac = kg.entity("OFAC")
        neighbours = {r[end]["id"] for r in kg.relations() for end in ("subject", "object")
                      if ofac.id in (r["subject"]["id"], r["object"]["id"])}
        cell = kg.view(focus=ofac, depth=1)._repr_html_()
    notebook = tmp_path / "notebook.html"   # stands in for Jupyter's output area
    notebook.write_text(f"<!doctype html><html><body><h1>Out[1]:</h1>{cell}</body></html>", encoding="utf-8")
    page = browser.new_page()
    errors: list[str] = []
    requests: list[str] = []
    page.on("pageerror", lambda exc: errors.append(str(exc)))
    page.on("request", lambda request: requests.append(request.url))
    try:
        page.goto(notebook.as_uri())
        frame = _srcdoc_frame(page)
        frame.wait_for_function("typeof network !== 'undefined' && network.body.data.nodes.length > 0", timeout=60000)
        shown = set(frame.evaluate("network.body.data.nodes.getIds()"))
        assert shown == neighbours
        assert frame.evaluate("document.querySelector('canvas') !== null")
        assert page.evaluate("typeof network") == "undefined"   # the page's scripts stay inside the frame
        assert errors == [] and [u for u in requests if not u.startswith(("file:", "about:", "data:"))] == []
    finally:
        page.close()
