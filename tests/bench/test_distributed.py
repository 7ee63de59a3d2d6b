"""`--engine dask` on a LocalCluster builds the same graph as the local engine."""
from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from graphbuild.pipeline import BuildOptions, build
from graphbuild.rdf.store import ONTOLOGY_GRAPH, KnowledgeStore

pytest.importorskip("dask.distributed")

ROOT = Path(__file__).resolve().parents[2]
SEEDS = ROOT / "seeds"
PICK = ["global_magnitsky_first_designations_2017.txt", "russia_oligarchs_officials_2018.md",
        "north_korea_lazarus_group_2019.html", "wire_briefs_2021.jsonl", "treasury_leadership_appointments_2023.md"]


def _quads(store_dir: Path) -> set[tuple[str, str, str, str]]:
    """Every quad of the document graphs (the ontology graph's blank nodes differ from parse to parse)."""
    store = KnowledgeStore(store_dir, read_only=True)
    try:
        quads = {(str(q.subject), str(q.predicate), str(q.object), str(q.graph_name)) for q in store._ox
                 if str(q.graph_name) != f"<{ONTOLOGY_GRAPH}>"}
        assert quads
        return quads
    finally:
        store.close()


def _relations(out: Path) -> list[dict]:
    return sorted((json.loads(line) for line in (out / "relations.jsonl").read_text(encoding="utf-8").splitlines()),
                  key=lambda r: json.dumps(r, sort_keys=True))


@pytest.mark.slow
def test_dask_engine_equals_local_engine(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for name in PICK:
        shutil.copy(SEEDS / name, corpus / name)
    curation = tmp_path / "curation.yaml"
    curation.write_text("rename:\n  - name: Dan Gertler\n    to: Dan Gertler (mining)\n"
                        "reject:\n  entities: [Artem Chayka]\n", encoding="utf-8")
    local = build([corpus], BuildOptions(out=tmp_path / "local", curation=curation))
    dask = build([corpus], BuildOptions(out=tmp_path / "dask", engine="dask", workers=2, batch_size=2, curation=curation))

    assert dask.processed == local.processed == local.documents > len(PICK)
    assert dask.words == local.words and dask.quads == local.quads
    assert dask.errors == local.errors
    assert _relations(tmp_path / "dask") == _relations(tmp_path / "local")
    names = {r[side]["name"] for r in _relations(tmp_path / "dask") for side in ("subject", "object")}
    assert "Dan Gertler (mining)" in names and "Artem Chayka" not in names  # curation applied on the cluster path too
    assert _quads(tmp_path / "dask" / "store") == _quads(tmp_path / "local" / "store")
    assert not (tmp_path / "dask" / "shards").exists()

    # a re-run skips every document; a changed one replaces its graph, on both engines alike
    again = build([corpus], BuildOptions(out=tmp_path / "dask", engine="dask", outputs=False, curation=curation))
    assert again.unchanged == again.documents and again.processed == 0
    path = corpus / PICK[0]
    path.write_text(path.read_text(encoding="utf-8").replace("Dan Gertler", "Dan Gertler and Artem Chayka"), encoding="utf-8")
    changed_local = build([corpus], BuildOptions(out=tmp_path / "local", outputs=False, curation=curation))
    changed_dask = build([corpus], BuildOptions(out=tmp_path / "dask", engine="dask", outputs=False, curation=curation))
    assert changed_local.processed == changed_dask.processed == 1
    assert _quads(tmp_path / "dask" / "store") == _quads(tmp_path / "local" / "store")
