"""P3 (tenth session): a rebuild gives the graph a fresh build would, whatever the store held before.

A curation `merge` taken out of the file stayed in force: the next build re-extracted every document, but the entity
index, filled from the store first, still held the alias the merge had stored, and merged the two bodies again.
Invented names."""
from __future__ import annotations

import json

from graphbuild.pipeline.run import BuildOptions, build

A1 = ("# Treasury Sanctions Officials of Valdoria\n\nMarch 4, 2025\n\n"
      "Today, OFAC designated Zentra Holdings, a Valdorian company, pursuant to E.O. 14024.\n")
A2 = ("# State Department Sanctions Officials of Morlandia\n\nJune 10, 2025\n\n"
      "Today, the Department of State designated Zentra Holdings Morlandia LLC pursuant to E.O. 13660.\n")


def _ids(out) -> dict[str, str]:
    rows = [json.loads(line) for line in (out / "relations.jsonl").read_text().splitlines()]
    return {r["subject"]["name"]: r["subject"]["id"] for r in rows if r["relation"] == "designated_by"}


def test_a_withdrawn_merge_is_undone_by_the_next_build(tmp_path):
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "a1.md").write_text(A1)
    (docs / "a2.md").write_text(A2)
    curation = tmp_path / "curation.yaml"
    curation.write_text("merge:\n  - into: Zentra Holdings\n    names: [Zentra Holdings Morlandia LLC]\n")
    out = tmp_path / "out"
    build([docs], BuildOptions(out=out, curation=curation))
    assert len(set(_ids(out).values())) == 1  # merged, as the curation says
    build([docs], BuildOptions(out=out))  # the curation withdrawn
    fresh = tmp_path / "fresh"
    build([docs], BuildOptions(out=fresh))
    assert _ids(out) == _ids(fresh)
    assert len(set(_ids(out).values())) == 2
