"""Fixtures for the view tests: hand-made relation dicts, a synthetic big graph, and a locked-down browser.

The browser is Debian's chromium (/usr/bin/chromium) driven by Playwright; no browser is ever downloaded.
Every page is opened from file:// with all other requests aborted and recorded, Content-Security-Policy
violations and dialogs recorded, so a test can assert that nothing reached out and nothing ran.
"""
from __future__ import annotations

import os
import random
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest

CHROMIUM = os.environ.get("GRAPHBUILD_CHROMIUM", "/usr/bin/chromium")
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run"]
BASE = "https://w3id.org/graphbuild/id/"

# Runs before the page's own scripts: records CSP violations (anything that tried to run or load).
RECORDER = """
window.__violations = [];
document.addEventListener('securitypolicyviolation', e => window.__violations.push(e.violatedDirective + ' ' + e.blockedURI));
"""


def entity(key: str, name: str, type_: str, aliases: list[str] | None = None) -> dict[str, Any]:
    """An entity reference as in relations.jsonl."""
    return {"id": f"{BASE}{type_.lower()}/{key}", "name": name, "type": type_, "aliases": aliases or []}


def relation(doc: str, kind: str, subject: dict[str, Any], obj: dict[str, Any], confidence: float = 0.9,
             sentence: str = "A sentence.", **extra: Any) -> dict[str, Any]:
    """One relation dict as in relations.jsonl, with one evidence sentence."""
    record = {"doc": doc, "relation": kind, "subject": subject, "object": obj, "role": None, "role_class": None,
              "current": True, "program": None, "measures": [], "date": None, "confidence": confidence,
              "evidence": [{"sentence": sentence, "start": 0, "end": len(sentence), "extractor": "test.v1"}]}
    record.update(extra)
    return record


VAHIDI = entity("vahidi", "Ahmad Vahidi", "Person", ["Vahidi"])
MOI = entity("moi", "Ministry of Interior", "PublicBody")
OFAC = entity("ofac", "Office of Foreign Assets Control", "PublicBody", ["OFAC"])
LEF = entity("lef", "Law Enforcement Forces", "PublicBody", ["LEF"])
TANKER = entity("adrian", "Adrian Darya 1", "Vessel")
ACME = entity("acme", "Acme Shipping LLC", "Company")
GRACE = entity("grace", "Grace 1", "Vessel")


@pytest.fixture()
def small_relations() -> list[dict[str, Any]]:
    """Six entities, six relations, two documents; a chain MOI - Vahidi - OFAC - tanker - Acme plus LEF - MOI."""
    return [
        relation("press/a.html", "holds_role", VAHIDI, MOI, 0.92, "Ahmad Vahidi is the Minister of the Interior.",
                 role="Minister of the Interior"),
        relation("press/a.html", "designated_by", VAHIDI, OFAC, 0.85,
                 "OFAC designated Ahmad Vahidi under E.O. 13553 on 23 November 2022.", program="E.O. 13553", date="2022-11-23"),
        relation("press/a.html", "part_of", LEF, MOI, 0.6, "The LEF is part of the Ministry of Interior."),
        relation("news/b.txt", "designated_by", TANKER, OFAC, 0.7, "The tanker Adrian Darya 1 was identified as blocked property.",
                 program="IRAN"),
        relation("news/b.txt", "holds_role", ACME, TANKER, 0.4, "Acme Shipping LLC operated the Adrian Darya 1.",
                 role="operator", current=False),
        relation("news/c.txt", "designated_by", VAHIDI, OFAC, 0.95, "Treasury again named Ahmad Vahidi.",
                 program="E.O. 13553", date="2022-11-23"),
    ]


def synthetic_relations(n_nodes: int = 5000, n_edges: int = 10000, seed: int = 3) -> list[dict[str, Any]]:
    """A graph with `n_nodes` entities and `n_edges` distinct (subject, object) relations: 50 hubs
    (authorities) that every other entity links to, plus random links; all three relation kinds."""
    rng = random.Random(seed)
    types = ["Person", "Person", "Person", "Company", "Organization", "Vessel", "Country"]
    entities = [entity(f"e{i}", f"Entity {i:04d}", "PublicBody" if i < 50 else rng.choice(types)) for i in range(n_nodes)]
    pairs = {(i, rng.randrange(50)) for i in range(50, n_nodes)}
    while len(pairs) < n_edges:
        a, b = rng.randrange(n_nodes), rng.randrange(n_nodes)
        if a != b and (b, a) not in pairs:
            pairs.add((a, b))
    out = []
    for k, (a, b) in enumerate(sorted(pairs)):
        kind = ("holds_role", "designated_by", "part_of")[k % 3]
        out.append(relation(f"doc/{k % 700}.txt", kind, entities[a], entities[b], round(0.3 + 0.7 * rng.random(), 2),
                            f"Sentence {k}: Entity {a:04d} and Entity {b:04d}.",
                            role="Director" if kind == "holds_role" else None,
                            program=f"PROG-{k % 7}" if kind == "designated_by" else None,
                            date="2020-01-01" if kind == "designated_by" else None))
    return out


@pytest.fixture()
def ent():
    """ent(key, name, type, aliases=None) -> an entity reference dict."""
    return entity


@pytest.fixture()
def rel():
    """rel(doc, kind, subject, object, confidence=0.9, sentence=..., **fields) -> a relation dict."""
    return relation


@pytest.fixture(scope="session")
def big_relations() -> list[dict[str, Any]]:
    """5,000 entities and 10,000 relations (see synthetic_relations)."""
    return synthetic_relations()


# ---- browser ------------------------------------------------------------------------------------


@dataclass
class Opened:
    """A page opened by `open_page`, with what it tried to do."""

    page: Any
    requests: list[str] = field(default_factory=list)
    blocked: list[str] = field(default_factory=list)
    dialogs: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    seconds_to_ready: float = 0.0

    def violations(self) -> list[str]:
        return self.page.evaluate("window.__violations")

    def click_node(self, node_id: str) -> None:
        """A real mouse click on the node's centre."""
        x, y = self.page.evaluate("""id => { const p = network.canvasToDOM(graphbuild.position(id));
            const r = document.getElementById('network').getBoundingClientRect(); return [p.x + r.left, p.y + r.top]; }""", node_id)
        self.page.mouse.click(x, y)


@pytest.fixture()
def open_page(browser, tmp_path) -> Iterator[Any]:
    """open_page(html or path, name=..., fragment=..., viewport=(w, h)) -> Opened: the page from file:// (1440x900 by
    default), every other request aborted and recorded."""
    import time

    contexts = []

    def run(page_or_path: str | Path, name: str = "view.html", wait: bool = True, timeout_ms: int = 60000,
            fragment: str = "", viewport: tuple[int, int] = (1440, 900)) -> Opened:
        path = Path(page_or_path) if isinstance(page_or_path, Path) else tmp_path / name
        if not isinstance(page_or_path, Path):
            path.write_text(page_or_path, encoding="utf-8")
        context = browser.new_context(viewport={"width": viewport[0], "height": viewport[1]}, accept_downloads=True)
        contexts.append(context)
        page = context.new_page()
        opened = Opened(page)

        def route(r: Any) -> None:
            if r.request.url.startswith("file://"):
                r.continue_()
            else:
                opened.blocked.append(r.request.url)
                r.abort()

        context.route("**/*", route)
        page.on("request", lambda req: opened.requests.append(req.url))
        page.on("dialog", lambda d: (opened.dialogs.append(d.message), d.dismiss()))
        page.on("pageerror", lambda e: opened.errors.append(str(e)))
        page.add_init_script(RECORDER)
        started = time.perf_counter()
        page.goto(path.as_uri() + (f"#{fragment}" if fragment else ""))
        if wait:  # a selector wait: the page's CSP forbids the eval a wait_for_function would use
            page.wait_for_selector("html[data-ready]", state="attached", timeout=timeout_ms)
        opened.seconds_to_ready = time.perf_counter() - started
        return opened

    yield run
    for context in contexts:
        context.close()
