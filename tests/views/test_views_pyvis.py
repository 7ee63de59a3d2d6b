"""to_pyvis(): a pyvis Network with the view's styling and escaped provenance tooltips, rendered by a
template that loads nothing from any other host (pyvis' own links Bootstrap and vis-network from CDNs)."""
from __future__ import annotations

import re

import pytest

from graphbuild.views.model import DESIGNATED_COLOR, RELATION_STYLE, TYPE_STYLE
from graphbuild.views.pyvis_net import to_pyvis

VAHIDI = "https://w3id.org/graphbuild/id/person/vahidi"
HOSTILE = '<img src=x onerror="window.__pwned=1">Mallory</script><script>window.__pwned=2</script>'


def test_network_has_the_views_styling_and_layout(small_relations):
    from pyvis.network import Network

    net = to_pyvis(small_relations)
    assert isinstance(net, Network)
    nodes = {n["id"]: n for n in net.nodes}
    assert len(nodes) == 6 and len(net.edges) == 5
    vahidi = nodes[VAHIDI]
    assert vahidi["shape"] == TYPE_STYLE["Person"]["shape"] and vahidi["color"]["background"] == TYPE_STYLE["Person"]["color"]
    assert vahidi["color"]["border"] == DESIGNATED_COLOR and vahidi["borderWidth"] == 4
    acme = nodes["https://w3id.org/graphbuild/id/company/acme"]
    assert acme["shape"] == "diamond" and acme["borderWidth"] == 1
    assert all(isinstance(n["x"], int) and isinstance(n["y"], int) for n in net.nodes)  # the precomputed layout
    assert net.options["physics"]["enabled"] is False
    colours = {e["color"] for e in net.edges}
    assert colours == {RELATION_STYLE[k]["color"] for k in ("holds_role", "designated_by", "part_of")}
    former = [e for e in net.edges if e["dashes"]]
    assert len(former) == 1 and former[0]["from"] == "https://w3id.org/graphbuild/id/company/acme"


def test_tooltips_carry_provenance_escaped(small_relations, ent, rel):
    net = to_pyvis(small_relations)
    title = next(n["title"] for n in net.nodes if n["id"] == VAHIDI)
    assert title.startswith("Ahmad Vahidi\nPerson · 2 links\nDesignated: E.O. 13553")
    assert "“Ahmad Vahidi is the Minister of the Interior.”" in title and "[press/a.html]" in title
    evil = to_pyvis([rel("d<b>.txt", "holds_role", ent("e", HOSTILE, "Person"), ent("o", "Org", "Company"), 0.9, HOSTILE)])
    titles = [n["title"] for n in evil.nodes] + [e["title"] for e in evil.edges]
    assert all("<" not in t and ">" not in t for t in titles)
    assert any("&lt;img src=x onerror=&quot;window.__pwned=1&quot;&gt;Mallory" in t for t in titles)


def test_hub_designations_become_hidden_edges(rel, ent):
    hub = ent("hub", "Office of Foreign Assets Control", "PublicBody", ["OFAC"])
    relations = [rel("d.txt", "designated_by", ent(f"p{i}", f"Person {i}", "Person"), hub) for i in range(9)]
    net = to_pyvis(relations)
    assert all(e["hidden"] for e in net.edges)
    hub_title = next(n["title"] for n in net.nodes if n["label"] == "Office of Foreign Assets Control")
    assert hub_title.split("\n")[2] == "Hub authority: designates 9 entities"
    assert not any(e["hidden"] for e in to_pyvis(relations, fold_hubs=False).edges)


def test_page_links_nothing_outside(small_relations):
    page = to_pyvis(small_relations, heading="<i>Heading</i>").generate_html()
    assert not re.search(r"<(script|link|img|iframe)[^>]*\s(src|href)=", page, re.I)
    assert "cdn.jsdelivr" not in page and "cdnjs" not in page and "@import" not in page
    assert "default-src 'none'" in page and "connect-src 'none'" in page
    assert "<h1>&lt;i&gt;Heading&lt;/i&gt;</h1>" in page


@pytest.mark.browser
def test_pyvis_page_works_offline_and_hostile_text_stays_text(open_page, small_relations, ent, rel):
    from playwright.sync_api import expect

    evil = ent("evil", HOSTILE, "Person")
    relations = small_relations + [rel("docs/x.html", "holds_role", evil, ent("o", "Org <svg onload=alert(1)>", "Company"), 0.9, HOSTILE,
                                       role="<img src=x onerror=alert(2)>")]
    opened = open_page(to_pyvis(relations).generate_html(), name="pyvis.html")
    page = opened.page
    assert opened.blocked == [] and opened.errors == [] and opened.dialogs == [] and opened.violations() == []
    assert all(url.startswith("file://") for url in opened.requests)
    assert page.evaluate("network.body.data.nodes.length") == 8
    assert page.evaluate("Object.keys(network.body.nodes).length") == 8
    page.evaluate("id => network.moveTo({position: network.getPosition(id), scale: 1.5, animation: false})", evil["id"])
    page.wait_for_timeout(200)
    x, y = page.evaluate("""id => { const p = network.canvasToDOM(network.getPosition(id));
        const r = document.getElementById('mynetwork').getBoundingClientRect(); return [p.x + r.left, p.y + r.top]; }""", evil["id"])
    page.mouse.move(x, y)
    expect(page.locator(".vis-tooltip")).to_contain_text(HOSTILE, timeout=5000)
    assert page.evaluate("document.querySelectorAll('img, svg, iframe').length") == 0
    assert page.evaluate("typeof window.__pwned") == "undefined"
