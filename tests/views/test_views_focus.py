"""Filters that focus, the fact table and its CSV, the URL fragment, the timeline, hub badges and edge
labels, in Chromium, on a small hand-made graph whose expected views are worked out by hand below."""
from __future__ import annotations

import csv
import io

import pytest

from graphbuild.views.html import render_html
from view_checks import check_all_on_screen, check_labels

pytestmark = pytest.mark.browser

SHOWN = "() => network.body.data.nodes.get({filter: n => !n.hidden}).map(n => n.label).sort()"


@pytest.fixture()
def focus_relations(ent, rel):
    """An authority designating nine entities (a hub), a second authority, posts, a part, three documents.

    doc/one.txt: four designations under IRAN-HR in 2019, a minister's post, the ministry's parent.
    doc/two.txt: four under GLOMAG (three dated June 2021, one "Friday"), one without a program, a company post.
    doc/three.txt: the council's designations (2020) of a person also designated by the hub, and of a company.
    """
    hub = ent("ofac", "Office of Foreign Assets Control", "PublicBody", ["OFAC"])
    council = ent("council", "Council of the European Union", "PublicBody")
    people = [ent(f"p{i}", f"Person {chr(64 + i)}", "Person") for i in range(1, 10)]
    ministry, government = ent("ministry", "Ministry of Roads", "PublicBody"), ent("gov", "Government of Nowhere", "PublicBody")
    works, shipping = ent("works", "Northwind Works", "Company"), ent("ship", "Southwind Shipping", "Company")
    clerk = ent("clerk", "Quiet Clerk", "Person")
    out = [rel("doc/one.txt", "designated_by", people[i], hub, 0.9, f"The office designated {people[i]['name']}.",
               program="IRAN-HR", date=f"2019-0{i + 1}-15") for i in range(4)]
    out += [rel("doc/one.txt", "holds_role", people[0], ministry, 0.8, "Person A is the Minister of Roads.", role="Minister"),
            rel("doc/one.txt", "holds_role", clerk, ministry, 0.7, "Quiet Clerk works at the ministry.", role="Clerk"),
            rel("doc/one.txt", "part_of", ministry, government, 0.6, "The ministry belongs to the government.")]
    out += [rel("doc/two.txt", "designated_by", people[i], hub, 0.5 + i / 100, f"{people[i]['name']} was named under GLOMAG.",
                program="GLOMAG", date="2021-06-10") for i in (4, 5, 6)]
    out += [rel("doc/two.txt", "designated_by", people[7], hub, 0.6, "Person H was named on Friday.", program="GLOMAG", date="Friday"),
            rel("doc/two.txt", "designated_by", people[8], hub, 0.6, "Person I was named too."),
            rel("doc/two.txt", "holds_role", people[4], works, 0.75, "Person E directs Northwind Works.", role="Director")]
    out += [rel("doc/three.txt", "designated_by", people[4], council, 0.95, "The council listed Person E.", program="EU-HR", date="2020-02-02"),
            rel("doc/three.txt", "designated_by", shipping, council, 0.9, "The council listed Southwind Shipping.", program="EU-HR",
                date="2020-02-02")]
    return out


def quiet(opened) -> None:
    assert opened.blocked == [] and opened.errors == [] and opened.dialogs == [] and opened.violations() == []
    assert all(url.startswith(("file://", "blob:")) for url in opened.requests), opened.requests


def shown(page) -> list[str]:
    return page.evaluate(SHOWN)


def test_each_filter_focuses_on_what_it_selects_and_clear_returns(open_page, focus_relations):
    opened = open_page(render_html(focus_relations))
    page = opened.page
    everything = shown(page)
    assert len(everything) == 16
    page.select_option("#f-program", value="IRAN-HR")
    assert shown(page) == ["Ministry of Roads", "Office of Foreign Assets Control", "Person A", "Person B", "Person C", "Person D"]
    assert page.locator("#stats").inner_text().startswith("Showing 6 of 16 entities · 5 of 15 facts")
    check_all_on_screen(page)
    page.locator("#clear").click()
    assert shown(page) == everything
    page.select_option("#f-authority", value="https://w3id.org/graphbuild/id/publicbody/council")
    assert shown(page) == ["Council of the European Union", "Northwind Works", "Person E", "Southwind Shipping"]
    page.select_option("#f-type", value="Person")  # the authority's designees narrowed to people
    assert shown(page) == ["Council of the European Union", "Northwind Works", "Person E"]
    page.locator("#clear").click()
    page.select_option("#f-doc", value="doc/three.txt")  # the document's facts and their entities' posts
    assert shown(page) == ["Council of the European Union", "Northwind Works", "Person E", "Southwind Shipping"]
    page.locator("#clear").click()
    page.select_option("#f-type", value="Company")
    assert shown(page) == ["Council of the European Union", "Northwind Works", "Person E", "Southwind Shipping"]
    page.locator("#clear").click()
    page.fill("#f-from", "2021-01-01")
    page.fill("#f-to", "2021-12-31")  # "Friday" is no ISO date: Person H is not in 2021
    assert shown(page) == ["Northwind Works", "Office of Foreign Assets Control", "Person E", "Person F", "Person G"]
    page.locator("#clear").click()
    assert shown(page) == everything
    assert page.evaluate("location.hash") == ""
    quiet(opened)


def test_timeline_counts_iso_dates_and_filters_by_brushing(open_page, focus_relations):
    opened = open_page(render_html(focus_relations))
    page = opened.page
    assert page.locator("#timeline-note").inner_text().startswith("9 dated designations · 2 without an ISO date")
    box = page.locator("#timeline").bounding_box()
    bins = 36  # 2019-01 .. 2021-12: a span under three years is binned by month
    x = box["x"] + (24 + 5 + 0.5) * box["width"] / bins  # June 2021
    page.mouse.move(x, box["y"] + 20)
    page.mouse.down()
    page.mouse.move(x + 1, box["y"] + 20)
    page.mouse.up()
    assert page.evaluate("[graphbuild.state.from, graphbuild.state.to]") == ["2021-06-01", "2021-06-30"]
    assert page.input_value("#f-from") == "2021-06-01"
    assert shown(page) == ["Northwind Works", "Office of Foreign Assets Control", "Person E", "Person F", "Person G"]
    page.locator("#timeline").dblclick()
    assert len(shown(page)) == 16
    quiet(opened)


def table(page) -> list[list[str]]:
    return page.evaluate("[...document.querySelectorAll('#facts-body tr')].map(tr => [...tr.children].map(td => td.textContent))")


def test_fact_table_lists_the_shown_facts_sorts_and_downloads_them(open_page, focus_relations):
    opened = open_page(render_html(focus_relations))
    page = opened.page
    page.select_option("#f-program", value="IRAN-HR")
    page.locator("#tab-table").click()
    assert page.locator("#tab-table").inner_text() == "Facts (5)"
    assert page.locator("#table-view").is_visible()
    rows = table(page)
    expected = [r for r in focus_relations if r.get("program") == "IRAN-HR"] + [focus_relations[4]]
    assert sorted((r[0], r[1], r[2], r[7]) for r in rows) == sorted(
        (r["subject"]["name"], r["relation"].replace("_", " "), r["object"]["name"], r["doc"]) for r in expected)
    assert ["Person A", "holds role", "Ministry of Roads", "Minister", "", "", "0.80", "doc/one.txt",
            "Person A is the Minister of Roads."] in rows
    page.locator("#facts-head button", has_text="Confidence").click()
    assert [r[6] for r in table(page)] == ["0.80", "0.90", "0.90", "0.90", "0.90"]
    page.locator("#facts-head button", has_text="Confidence").click()
    descending = table(page)
    assert [r[6] for r in descending] == ["0.90", "0.90", "0.90", "0.90", "0.80"]
    with page.expect_download() as download:
        page.locator("#csv").click()
    text = open(download.value.path(), encoding="utf-8").read()
    parsed = list(csv.reader(io.StringIO(text)))
    assert parsed[0] == ["subject", "relation", "object", "role", "program", "date", "confidence", "doc", "sentence"]
    assert parsed[1:] == descending
    assert download.value.suggested_filename == "graphbuild-facts.csv"
    quiet(opened)


def test_csv_fields_are_quoted_and_never_formulas(open_page, ent, rel):
    tricky = [rel("d.txt", "holds_role", ent("a", '=HYPERLINK("x")', "Person"), ent("b", "Org, with \"quotes\"", "Company"),
                  0.9, "Line one\nline two", role="+chief")]
    opened = open_page(render_html(tricky))
    csv_text = opened.page.evaluate("graphbuild.factsCsv()")
    row = list(csv.reader(io.StringIO(csv_text)))[1]
    assert row[:4] == ["'=HYPERLINK(\"x\")", "holds role", 'Org, with "quotes"', "'+chief"]
    assert row[8] == "Line one\nline two"
    quiet(opened)


def test_url_fragment_restores_filters_tab_sort_and_selection(open_page, focus_relations, tmp_path):
    page_html = render_html(focus_relations)
    opened = open_page(page_html, name="shared.html")
    page = opened.page
    page.select_option("#f-program", value="GLOMAG")
    page.select_option("#f-type", value="Person")
    page.locator("#tab-table").click()
    page.locator("#facts-head button", has_text="Subject").click()
    page.fill("#search", "Person F")
    page.press("#search", "Enter")
    fragment = page.evaluate("location.hash").lstrip("#")
    assert "program=GLOMAG" in fragment and "type=Person" in fragment and "tab=table" in fragment and "sort=subject" in fragment
    before = (shown(page), table(page))

    again = open_page(tmp_path / "shared.html", fragment=fragment)
    other = again.page
    assert other.input_value("#f-program") == "GLOMAG" and other.input_value("#f-type") == "Person"
    assert other.locator("#table-view").is_visible()
    assert (shown(other), table(other)) == before
    assert other.input_value("#search") == "Person F"
    assert other.locator("#panel h2").inner_text() == "Person F"
    other.evaluate("location.hash = ''")  # a link without a fragment: the full graph again
    other.wait_for_timeout(200)
    assert len(shown(other)) == 16 and not other.locator("#table-view").is_visible()
    quiet(opened)
    quiet(again)


def test_hub_designations_fold_into_badges_and_the_hub_lists_its_designees(open_page, focus_relations):
    opened = open_page(render_html(focus_relations))
    page = opened.page
    hub_edges = "() => network.body.data.edges.get().filter(e => e.to.endsWith('/ofac')).map(e => !!e.hidden)"
    assert page.evaluate(hub_edges) == [True] * 9  # folded
    badges = page.evaluate("graphbuild.drawnBadges.map(b => b.text)")
    assert badges.count("OFAC") >= 5 and set(badges) <= {"OFAC", "OFAC"}
    page.evaluate("graphbuild.selectNode('https://w3id.org/graphbuild/id/publicbody/ofac', false)")
    panel = page.locator("#panel")
    assert "Designates 9 entities" in panel.inner_text()
    assert panel.locator(".member button").all_inner_texts() == [f"Person {c}" for c in "ABCDEFGHI"]
    page.locator("#fold").uncheck()
    assert page.evaluate(hub_edges) == [False] * 9
    assert page.evaluate("graphbuild.drawnBadges.length") == 0
    assert "fold=0" in page.evaluate("location.hash")
    quiet(opened)


def test_edge_labels_wait_for_selection_or_close_zoom(open_page, focus_relations):
    opened = open_page(render_html(focus_relations))
    page = opened.page
    assert page.evaluate("graphbuild.drawnEdgeLabels.length") == 0
    check_labels(page, at_least=16)  # a small graph: every entity labelled, none overlapping
    page.evaluate("graphbuild.selectNode('https://w3id.org/graphbuild/id/person/p1', false)")
    page.wait_for_timeout(100)
    assert sorted(page.evaluate("graphbuild.drawnEdgeLabels.map(l => l.text)")) == ["Minister"]  # the OFAC one is a badge
    box = page.locator("#network").bounding_box()
    page.mouse.click(box["x"] + 3, box["y"] + box["height"] - 3)  # empty canvas: selection cleared
    page.wait_for_timeout(100)
    assert page.evaluate("graphbuild.drawnEdgeLabels.length") == 0
    page.evaluate("network.moveTo({position: network.getPosition('https://w3id.org/graphbuild/id/publicbody/ministry'), scale: 2 * network.getScale(), animation: false})")
    page.wait_for_timeout(100)
    assert "Clerk" in page.evaluate("graphbuild.drawnEdgeLabels.map(l => l.text)")
    quiet(opened)


def test_a_focused_view_is_packed_and_clearing_restores_the_layout(open_page, focus_relations):
    opened = open_page(render_html(focus_relations))
    page = opened.page
    positions = "() => network.getPositions()"
    before = page.evaluate(positions)
    page.select_option("#f-program", value="IRAN-HR")  # the hub's links are badges: five pieces
    packed = page.evaluate(positions)
    shown = page.evaluate("network.body.data.nodes.get({filter: n => !n.hidden}).map(n => n.id)")
    assert sum(packed[i] != before[i] for i in shown) >= 3  # moved together

    def span(pos):
        xs, ys = [pos[i]["x"] for i in shown], [pos[i]["y"] for i in shown]
        return (max(xs) - min(xs)) * (max(ys) - min(ys))

    assert span(packed) < span(before)
    # Person A and the Ministry of Roads stay one piece with the same offset as in the full layout
    a, ministry = "https://w3id.org/graphbuild/id/person/p1", "https://w3id.org/graphbuild/id/publicbody/ministry"
    assert (packed[ministry]["x"] - packed[a]["x"], packed[ministry]["y"] - packed[a]["y"]) == (
        before[ministry]["x"] - before[a]["x"], before[ministry]["y"] - before[a]["y"])
    check_all_on_screen(page)
    page.locator("#clear").click()
    assert page.evaluate(positions) == before
    quiet(opened)
