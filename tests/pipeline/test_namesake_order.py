"""A build from scratch gives namesakes the same IRIs whatever the order of its inputs (C3, twelfth session).

The first person of a name to be resolved keeps the name's bare IRI and a namesake whose stated identifiers conflict
gets a suffix (resolve/index.py); documents were resolved in the order the inputs were listed, so "build b.txt
a.txt" and "build a.txt b.txt" gave the two men each other's IRIs. Documents are now read in the order of their ids.
Invented names and texts."""
from __future__ import annotations

import json

from graphbuild.ingest.corpus import read_corpus
from graphbuild.pipeline.run import BuildOptions, build

CANADIAN = ("WASHINGTON -- Today, the Department of the Treasury's Office of Foreign Assets Control (OFAC) designated "
            "Orvan Teskel, a Canadian national born in 1985, for laundering the proceeds of fraud.\n")
IRANIAN = ("WASHINGTON -- Today, the Department of the Treasury's Office of Foreign Assets Control (OFAC) designated "
           "Orvan Teskel, an Iranian national born in 1971, for buying drone parts for a weapons program.\n")


def _iris(out) -> dict[str, set[str]]:
    """Document id -> the IRIs of the people its relations name."""
    found: dict[str, set[str]] = {}
    for line in (out / "relations.jsonl").read_text(encoding="utf-8").splitlines():
        rel = json.loads(line)
        for side in (rel["subject"], rel["object"]):
            if side["type"] == "Person":
                found.setdefault(rel["doc"], set()).add(side["id"])
    return found


def test_namesakes_iris_do_not_depend_on_the_order_of_the_inputs(tmp_path):
    (tmp_path / "a.txt").write_text(CANADIAN, encoding="utf-8")
    (tmp_path / "b.txt").write_text(IRANIAN, encoding="utf-8")
    a, b = tmp_path / "a.txt", tmp_path / "b.txt"
    assert [d.id for d in read_corpus([b, a])] == ["a.txt", "b.txt"]
    build([a, b], BuildOptions(out=tmp_path / "ab", outputs=True))
    build([b, a], BuildOptions(out=tmp_path / "ba", outputs=True))
    first, second = _iris(tmp_path / "ab"), _iris(tmp_path / "ba")
    assert first == second
    assert len(first["a.txt"]) == len(first["b.txt"]) == 1 and first["a.txt"] != first["b.txt"], first
