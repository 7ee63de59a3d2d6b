"""The build's outputs made graph by graph as it writes (issue 18) are the files the store gives when read back."""
from __future__ import annotations

from pathlib import Path

import pyoxigraph as ox
from rdflib import URIRef

from graphbuild.outputs.build_outputs import OutputParts, write_build_outputs
from graphbuild.outputs.graph_records import graph_records, merge_records
from graphbuild.outputs.relations import iter_relations
from graphbuild.pipeline.options import BuildReport
from graphbuild.pipeline.run import BuildOptions, build, write_outputs
from graphbuild.rdf.store import KnowledgeStore

from pipeline_support import seed_corpus

PICK = ["global_magnitsky_first_designations_2017.txt", "russia_oligarchs_officials_2018.md",
        "wire_briefs_2021.jsonl", "venezuela_pdvsa_2019.txt"]
GB = "https://w3id.org/graphbuild/ontology#"


def _from_store(store_dir: Path, out: Path) -> None:
    """The outputs as the build wrote them before: everything read back from the store."""
    out.mkdir()
    with KnowledgeStore(store_dir) as store:
        write_outputs(store, out, BuildReport())


def _same_files(a: Path, b: Path) -> None:
    assert (a / "relations.jsonl").read_bytes() == (b / "relations.jsonl").read_bytes()
    assert (a / "graph.trig").read_bytes() == (b / "graph.trig").read_bytes()


def test_fresh_and_incremental_builds_write_the_files_the_store_gives(tmp_path, monkeypatch):
    import graphbuild.pipeline.run as run_module

    # the fingerprint hashes graphbuild's files: an edit between the two builds would rebuild every document
    monkeypatch.setattr(run_module, "pipeline_fingerprint", lambda *args, **kwargs: "one pipeline")
    corpus = seed_corpus(tmp_path, PICK)
    report = build([corpus], BuildOptions(out=tmp_path / "out"))
    assert report.relations["designated_by"] > 0 and report.relations["holds_role"] > 0
    _from_store(tmp_path / "out" / "store", tmp_path / "read-back-1")
    _same_files(tmp_path / "out", tmp_path / "read-back-1")

    # one document changed, one removed: the others come from the store, the changed one from the build
    changed = corpus / "venezuela_pdvsa_2019.txt"
    changed.write_text(changed.read_text(encoding="utf-8") + "\nThe Treasury also designated Harbor Lumen Trading.\n",
                       encoding="utf-8")
    (corpus / "wire_briefs_2021.jsonl").unlink()
    again = build([corpus], BuildOptions(out=tmp_path / "out", prune=True))
    assert (again.processed, again.pruned) == (1, 2)  # the .jsonl file held two documents
    _from_store(tmp_path / "out" / "store", tmp_path / "read-back-2")
    _same_files(tmp_path / "out", tmp_path / "read-back-2")
    assert (tmp_path / "out" / "relations.jsonl").read_bytes() != (tmp_path / "read-back-1" / "relations.jsonl").read_bytes()


def test_graph_records_equal_the_sparql_read_back(tmp_path):
    corpus = seed_corpus(tmp_path, PICK)
    build([corpus], BuildOptions(out=tmp_path / "out", outputs=False))
    with KnowledgeStore(tmp_path / "out" / "store") as store:
        expected = list(iter_relations(store))
        oxstore = store._oxstore()
        groups = [graph_records(g, list(oxstore.quads_for_pattern(None, None, None, g)))
                  for g in sorted(oxstore.named_graphs(), key=str)]
    assert len(expected) > 20
    assert merge_records(groups) == expected


def _designation_graph(labels: list[str]) -> tuple[ox.NamedNode, list[ox.Quad]]:
    g = ox.NamedNode("https://example.org/doc/1")
    d, person, ofac = (ox.NamedNode(f"https://example.org/{x}") for x in ("designation/1", "person/1", "org/1"))
    triples = [(d, ox.NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type"), ox.NamedNode(GB + "Designation")),
               (d, ox.NamedNode(GB + "designee"), person), (d, ox.NamedNode(GB + "authority"), ofac),
               (d, ox.NamedNode(GB + "current"), ox.Literal("true", datatype=ox.NamedNode("http://www.w3.org/2001/XMLSchema#boolean"))),
               (d, ox.NamedNode(GB + "confidence"), ox.Literal("0.9", datatype=ox.NamedNode("http://www.w3.org/2001/XMLSchema#decimal"))),
               (person, ox.NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type"), ox.NamedNode(GB + "Person"))]
    triples += [(person, ox.NamedNode("http://www.w3.org/2000/01/rdf-schema#label"), ox.Literal(label)) for label in labels]
    return g, [ox.Quad(s, p, o, g) for s, p, o in triples]


def test_a_record_sparql_would_pick_from_two_labels_is_read_from_the_store(tmp_path):
    g, quads = _designation_graph(["Dana Oreval"])
    [record] = graph_records(g, quads)
    assert (record["relation"], record["subject"]["name"], record["subject"]["type"], record["current"], record["confidence"]) == \
        ("designated_by", "Dana Oreval", "Person", True, 0.9)
    assert record["object"] == {"id": "https://example.org/org/1", "name": "https://example.org/org/1", "type": None, "aliases": []}

    g, quads = _designation_graph(["Dana Oreval", "D. Oreval"])  # the first SPARQL row's label would win
    assert graph_records(g, quads) is None
    store_dir, out = tmp_path / "store", tmp_path / "out"
    out.mkdir()
    with KnowledgeStore(store_dir) as store:
        store.replace_graph(URIRef(g.value), quads)
        parts = OutputParts()
        parts.add(g, quads)
        assert write_build_outputs(store, out, BuildReport(), parts)
        parts.close()
    _from_store(store_dir, tmp_path / "read-back")
    _same_files(out, tmp_path / "read-back")
    assert len((out / "relations.jsonl").read_text(encoding="utf-8").splitlines()) == 1


def test_two_records_with_one_sort_key_are_left_to_the_store():
    first = {"doc": "a", "evidence": [], "relation": "designated_by", "subject": {"name": "X"}, "object": {"name": "Y"}, "role": None}
    other = {**first, "program": "another"}
    assert merge_records([[first], [other]]) is None
    assert merge_records([[first], [{**other, "doc": "b"}]]) == [first, {**other, "doc": "b"}]


def test_a_part_that_cannot_be_made_sends_the_outputs_back_to_the_store(tmp_path, monkeypatch):
    import graphbuild.outputs.build_outputs as build_outputs

    def broken(quads):
        raise OSError("No space left on device")

    corpus = seed_corpus(tmp_path, PICK)
    monkeypatch.setattr(build_outputs, "trig_block", broken)
    report = build([corpus], BuildOptions(out=tmp_path / "out"))
    assert report.errors == [] and report.processed == report.documents
    monkeypatch.undo()
    _from_store(tmp_path / "out" / "store", tmp_path / "read-back")
    _same_files(tmp_path / "out", tmp_path / "read-back")


REPEATED = ("The Office of Foreign Assets Control designated Tavrin Osk Logistics LLC, a freight firm based in Dorvane, "
            "on the {n}th day of the review.\n")


def _both_read_backs(store_dir: Path) -> tuple[list[dict], list[dict] | None]:
    with KnowledgeStore(store_dir) as store:
        expected = list(iter_relations(store))
        oxstore = store._oxstore()
        groups = [graph_records(g, list(oxstore.quads_for_pattern(None, None, None, g)))
                  for g in sorted(oxstore.named_graphs(), key=str)]
    return expected, merge_records(groups)


def test_a_fact_stated_more_than_ten_times_reads_back_alike(tmp_path):
    """`mentions` (gb:mentionCount) comes from one record builder in both read-backs (final read F1, C6)."""
    corpus = tmp_path / "docs"
    corpus.mkdir()
    (corpus / "repeated.txt").write_text("".join(REPEATED.format(n=n) for n in range(4, 18)), encoding="utf-8")
    build([corpus], BuildOptions(out=tmp_path / "out", outputs=False))
    expected, merged = _both_read_backs(tmp_path / "out" / "store")
    assert [(r["subject"]["name"], len(r["evidence"]), r["mentions"]) for r in expected if "mentions" in r] == \
        [("Tavrin Osk Logistics LLC", 10, 14)]
    assert merged == expected


def test_a_mention_count_below_one_is_no_count_in_either_read_back(tmp_path):
    g, quads = _designation_graph(["Dana Oreval"])
    d = quads[0].subject
    count = ox.Literal("-3", datatype=ox.NamedNode("http://www.w3.org/2001/XMLSchema#integer"))
    quads.append(ox.Quad(d, ox.NamedNode(GB + "mentionCount"), count, g))
    with KnowledgeStore(tmp_path / "store") as store:
        store.replace_graph(URIRef(g.value), quads)
    expected, merged = _both_read_backs(tmp_path / "store")
    assert ["mentions" in r for r in expected] == [False]
    assert merged == expected
