"""Helpers shared by the build tests of this folder: a corpus of chosen seed documents, a store's document quads."""
from __future__ import annotations

import shutil
from collections.abc import Iterable
from pathlib import Path

from graphbuild.rdf.store import ONTOLOGY_GRAPH, KnowledgeStore

SEEDS = Path(__file__).resolve().parents[2] / "seeds"


def seed_corpus(tmp_path: Path, names: Iterable[str]) -> Path:
    """`tmp_path/corpus` holding copies of the named files of seeds/."""
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for name in names:
        shutil.copy(SEEDS / name, corpus / name)
    return corpus


def document_quads(store_dir: Path) -> set[tuple[str, str, str, str]]:
    """Every quad of the document graphs (the ontology graph's blank nodes differ from parse to parse); never empty."""
    with KnowledgeStore(store_dir, read_only=True) as store:
        quads = {(str(q.subject), str(q.predicate), str(q.object), str(q.graph_name)) for q in store._ox
                 if str(q.graph_name) != f"<{ONTOLOGY_GRAPH}>"}
    assert quads
    return quads
