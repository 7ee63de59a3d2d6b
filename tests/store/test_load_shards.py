"""Shards loaded in groups and side by side (the --engine dask driver, the load benchmark) equal shards loaded one by one."""
from __future__ import annotations

from pathlib import Path

import pyoxigraph as ox
import pytest

from graphbuild.rdf.shards import groups, load_shards, seal_path
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


@pytest.mark.parametrize("group_bytes", [1, 2_000, 10**9])  # one shard per group, a few per group, all in one
def test_grouped_and_side_by_side_equals_one_by_one(tmp_path, shards, group_bytes):
    expected = {str(q) for n in range(5) for q in _facts(n) + _seal(n)}
    with KnowledgeStore(tmp_path / "two") as two, KnowledgeStore(tmp_path / "one") as one:
        load_shards(two, [(p, []) for p in shards], threads=2, group_bytes=group_bytes)
        for p in shards:
            load_shards(one, [(p, [])], threads=1)
        assert _contents(two) == _contents(one) == expected
        two.optimize()  # what the engine does after its last shard: compaction keeps every quad
        assert _contents(two) == expected


def test_groups_are_consecutive_runs_of_about_the_byte_limit(shards):
    size = shards[0].stat().st_size
    assert all(p.stat().st_size == size for p in shards)  # the five shards are the same size
    runs = list(groups([(p, []) for p in shards], limit=2 * size))
    assert [[p for p, _ in run] for run in runs] == [shards[0:2], shards[2:4], shards[4:5]]
    assert [len(run) for run in groups([(p, []) for p in shards], limit=1)] == [1] * 5


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


@pytest.mark.parametrize("group_bytes", [1, 10**9])
def test_a_broken_shard_is_named_and_the_others_still_load(tmp_path, shards, group_bytes):
    broken = shards[2]
    broken.write_bytes(b"<https://example.org/s> <https://example.org/p> \"unterminated .\n")
    with KnowledgeStore(tmp_path / "s") as store:
        with pytest.raises(StoreError) as caught:
            load_shards(store, [(p, [_graph(n)]) for n, p in enumerate(shards)], threads=2, group_bytes=group_bytes)
        assert str(caught.value).startswith(f"{broken}: cannot load this N-Quads shard")
        # in one group, the group is retried shard by shard: the four good shards are in, complete
        assert _contents(store) == {str(q) for n in (0, 1, 3, 4) for q in _facts(n) + _seal(n)}
