"""Every name of an entity reaches the graph and relations.jsonl, on both engines and across builds (G, twenty-fifth
session). A firm first named by its trade name, then by its full name "known as" the trade name, is one designation
(resolve/restated.py); the full name was dropped with the merged line, so a user searching it found nothing, and a
later build, whose index is read from the store, gave a document naming only the full name a node of its own.
Invented text."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from graphbuild.pipeline.run import BuildOptions, build
from graphbuild.rdf.store import open_store

FULL = "Pelorin Abr Tavast Private Limited Company"
TEXT = """# Treasury Sanctions Cloud Provider Supporting Censorship

WASHINGTON — Today, the Department of the Treasury's Office of Foreign Assets Control (OFAC) is designating the \
Vardan-based technology company known as “Tavast Cloud,” a firm that helps the regime censor the internet.

Pelorin Abr Tavast Private Limited Company, known as Tavast Cloud, has built the regime's filtering systems.

Tavast Cloud is being designated pursuant to E.O. 13846 for having engaged in censorship.
"""
LATER = """# Treasury Targets Cloud Executive

WASHINGTON — Today, OFAC designated Sorel Vantik, the chief executive officer of Pelorin Abr Tavast Private Limited \
Company, for his role in the regime's censorship.
"""
NAMES = """PREFIX gb: <https://w3id.org/graphbuild/ontology#> PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
SELECT ?e ?p ?n WHERE { GRAPH ?g { ?e ?p ?n . VALUES ?p { rdfs:label gb:alias skos:altLabel } FILTER(CONTAINS(?n, "Tavast")) } }"""


def _names(out: Path) -> set[tuple[str, str, str]]:
    with open_store(out / "store") as store:
        return {(str(e).rsplit("/", 1)[-1], str(p).rsplit("#", 1)[-1].rsplit("/", 1)[-1], str(n)) for e, p, n in store.query(NAMES)}


def _lines(out: Path) -> list[dict]:
    return [json.loads(line) for line in (out / "relations.jsonl").read_text(encoding="utf-8").splitlines()]


@pytest.mark.slow
@pytest.mark.parametrize("options", [{"workers": 2}, {"engine": "dask", "workers": 2}], ids=["local", "dask"])
def test_the_full_name_is_an_alias_in_the_store_and_the_lines(tmp_path, options):
    if options.get("engine") == "dask":
        pytest.importorskip("dask.distributed")
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "release.md").write_text(TEXT, encoding="utf-8")
    build([docs], BuildOptions(out=tmp_path / "out", **options))
    firm = "tavast-cloud-632ccee02294"
    assert _names(tmp_path / "out") == {(firm, "label", "Tavast Cloud"), (firm, "alias", FULL), (firm, "altLabel", FULL)}
    (line,) = [r for r in _lines(tmp_path / "out") if r["relation"] == "designated_by"]
    assert (line["subject"]["name"], line["subject"]["aliases"]) == ("Tavast Cloud", [FULL])


@pytest.mark.slow
def test_a_later_build_knows_the_full_name(tmp_path):
    """The second build reads its index from the store: the full name must be there for a release naming only it."""
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "release.md").write_text(TEXT, encoding="utf-8")
    build([docs], BuildOptions(out=tmp_path / "out"))
    (docs / "later.md").write_text(LATER, encoding="utf-8")
    report = build([docs], BuildOptions(out=tmp_path / "out"))
    assert (report.unchanged, report.processed) == (1, 1)
    ids = {(r["doc"], r["relation"], r["object"]["name"]): r["object"]["id"] for r in _lines(tmp_path / "out")
           if r["relation"] == "holds_role"}
    subjects = {(r["doc"], r["subject"]["name"]): r["subject"]["id"] for r in _lines(tmp_path / "out")
                if r["relation"] == "designated_by"}
    assert ids[("later.md", "holds_role", FULL)] == subjects[("release.md", "Tavast Cloud")]
