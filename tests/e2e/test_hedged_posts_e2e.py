"""End to end: a post the text only reports reaches relations.jsonl with the words that hedge it on its evidence and
a confidence under every stated post's (records.Evidence.hedge through the store; P6). Invented text and names."""
from __future__ import annotations

import json

import pytest

from graphbuild.pipeline.run import BuildOptions, build

pytestmark = pytest.mark.slow

TEXT = """Treasury Sanctions Backers of the Holvard Front

March 3, 2026

Today, OFAC designated Gerrit Amsel and Wilma Ostrander. Gerrit Amsel reportedly heads Trask Minerals Ltd. Wilma
Ostrander is the chief financial officer of Pemberly Shipping LLC.
"""


def test_a_reported_post_carries_its_hedge_and_a_lower_confidence(tmp_path):
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "release.txt").write_text(TEXT, encoding="utf-8")
    build([docs], BuildOptions(out=tmp_path / "out"))
    rows = [json.loads(line) for line in (tmp_path / "out" / "relations.jsonl").read_text(encoding="utf-8").splitlines()]
    posts = {r["subject"]["name"]: r for r in rows if r["relation"] == "holds_role"}
    reported, stated = posts["Gerrit Amsel"], posts["Wilma Ostrander"]
    assert [e.get("hedge") for e in reported["evidence"]] == ["reportedly"]
    assert all("hedge" not in e for e in stated["evidence"])
    assert reported["confidence"] < 0.7 <= stated["confidence"]
