"""Shards loaded side by side (the --engine dask driver and the load benchmark) equal shards loaded one by one."""
from __future__ import annotations

from pathlib import Path

import pyoxigraph as ox
import pytest

from graphbuild.distributed import load_shards, seal_path
from graphbuild.errors import StoreError
from graphbuild.rdf.store import KnowledgeStore

EX = "https://example.org/"


def _graph(n: int) -> ox.NamedNode:
    return ox.NamedNode(f"{EX}doc/{n}")


def _facts(n: int, size: int = 50) -> list[ox.Quad]:
    return [ox.Quad(ox.NamedNode(f"{EX}e/{n}-{i}"), ox.NamedNode(f"{EX}p"), ox.Literal(f"value {n} {i}"), _graph(n))
            for i in range(size)]


def _seal(n: int) -> list[ox.Quad]:
    return [ox.Quad(_graph(n), ox.NamedNode(f"{EX}sha256"), ox.Literal(f"hash-{n}"), _graph(n))]


def _write_shard(folder: Path, n: int, facts: list[ox.Quad], seal: list[ox.Quad]) -> Path:
    path = folder / f"{n:06d}.nq"
    path.write_bytes(ox.serialize(facts, format=ox.RdfFormat.N_QUADS) or b"")
    Path(seal_path(path)).write_bytes(ox.serialize(seal, format=ox.RdfFormat.N_QUADS) or b"")
    return path


def _contents(store: KnowledgeStore) -> set[str]:
    return {str(q) for q in store._ox}


@pytest.fixture()
def shards(tmp_path: Path) -> list[Path]:
    folder = tmp_path / "shards"
    folder.mkdir()
    return [_write_shard(folder, n, _facts(n), _seal(n)) for n in range(5)]


def test_side_by_side_equals_one_by_one(tmp_path, shards):
    expected = {str(q) for n in range(5) for q in _facts(n) + _seal(n)}
    with KnowledgeStore(tmp_path / "two") as two, KnowledgeStore(tmp_path / "one") as one:
        load_shards(two, [(p, []) for p in shards], threads=2)
        load_shards(one, [(p, []) for p in shards], threads=1)
        assert _contents(two) == _contents(one) == expected
        two.optimize()  # what the engine does after its last shard: compaction keeps every quad
        assert _contents(two) == expected


def test_a_shard_replaces_the_graphs_it_is_given(tmp_path, shards):
    with KnowledgeStore(tmp_path / "s") as store:
        load_shards(store, [(p, []) for p in shards])
        folder = tmp_path / "again"
        folder.mkdir()
        newer = _facts(0, size=3)
        again = _write_shard(folder, 0, newer, _seal(0))
        load_shards(store, [(again, [_graph(0)]), (shards[1], [_graph(1)])])
        in_doc0 = {str(q) for q in store._ox.quads_for_pattern(None, None, None, _graph(0))}
        assert in_doc0 == {str(q) for q in newer + _seal(0)}  # the 47 older facts of doc 0 are gone
        assert len(store._ox) == 3 + 1 + 4 * 51


def test_a_broken_shard_is_named_and_the_others_still_load(tmp_path, shards):
    broken = shards[2]
    broken.write_bytes(b"<https://example.org/s> <https://example.org/p> \"unterminated .\n")
    with KnowledgeStore(tmp_path / "s") as store:
        with pytest.raises(StoreError) as caught:
            load_shards(store, [(p, []) for p in shards], threads=2)
        assert str(broken) in str(caught.value)
        graphs = {q.graph_name.value for q in store._ox}
        assert graphs == {_graph(n).value for n in (0, 1, 3, 4)}  # the broken shard's document has no seal either
