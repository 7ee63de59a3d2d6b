"""The model load's cheaper parts (issue 18) give exactly what the plain ones gave.

catalogue's entry points are selected once per group instead of once per registry look-up,
and the gazetteers are parsed by libyaml where PyYAML has it.
"""
from __future__ import annotations

from pathlib import Path

import catalogue
import pytest
import yaml

from graphbuild.errors import GazetteerError
from graphbuild.nlp import gazetteers
from graphbuild.nlp.entry_points import EntryPointGroups, memoize_entry_point_groups
from graphbuild.paths import gazetteer_dir


class _CountingSnapshot:
    """Stands in for importlib.metadata's entry points: counts the scans."""

    def __init__(self, groups: dict[str, tuple[str, ...]]) -> None:
        self.groups = groups
        self.scans = 0

    def select(self, **params):
        self.scans += 1
        if "group" not in params:
            return tuple(ep for eps in self.groups.values() for ep in eps if ep == params.get("name"))
        return self.groups.get(params["group"], ())


def test_each_group_is_selected_once_and_answers_as_before():
    snapshot = _CountingSnapshot({"spacy_factories": ("a", "b"), "thinc_layers": ("c",)})
    groups = EntryPointGroups(snapshot)
    answers = [groups.select(group=g) for g in ("spacy_factories", "thinc_layers", "spacy_factories", "none", "none")]
    assert answers == [("a", "b"), ("c",), ("a", "b"), (), ()]
    assert snapshot.scans == 3  # one per distinct group
    assert groups.select(name="c") == ("c",)  # any other question goes to the snapshot as it is
    assert snapshot.scans == 4


def test_catalogue_registries_answer_the_same_after_memoizing(monkeypatch):
    original = catalogue.AVAILABLE_ENTRY_POINTS
    if isinstance(original, EntryPointGroups):
        original = original.snapshot
    monkeypatch.setattr(catalogue, "AVAILABLE_ENTRY_POINTS", original)
    registries = [catalogue.Registry(("spacy", name), entry_points=True)
                  for name in ("factories", "languages", "architectures", "misc", "lookups", "no_such_registry")]
    before = [list(r._get_entry_points()) for r in registries]
    assert memoize_entry_point_groups() is True
    assert isinstance(catalogue.AVAILABLE_ENTRY_POINTS, EntryPointGroups)
    assert catalogue.AVAILABLE_ENTRY_POINTS.snapshot is original
    assert memoize_entry_point_groups() is True  # once: no wrapper around the wrapper
    assert catalogue.AVAILABLE_ENTRY_POINTS.snapshot is original
    assert [list(r._get_entry_points()) for r in registries] == before


def test_a_catalogue_without_a_snapshot_is_left_alone(monkeypatch):
    monkeypatch.setattr(catalogue, "AVAILABLE_ENTRY_POINTS", {"spacy_factories": []})  # a dict: no select
    assert memoize_entry_point_groups() is False
    assert catalogue.AVAILABLE_ENTRY_POINTS == {"spacy_factories": []}


@pytest.mark.parametrize("name", sorted(p.name for p in gazetteer_dir().glob("*.yaml")))
def test_every_gazetteer_file_reads_the_same_with_either_parser(name):
    path = gazetteer_dir() / name
    with path.open(encoding="utf-8") as handle:
        plain = yaml.load(handle, Loader=yaml.SafeLoader)  # noqa: S506
    assert gazetteers.read_yaml(path) == plain
    assert plain  # every file holds data


def test_the_gazetteers_equal_those_of_the_python_parser(monkeypatch):
    fast = gazetteers._load.__wrapped__(str(gazetteer_dir()))
    monkeypatch.setattr(gazetteers, "_SAFE_LOADER", yaml.SafeLoader)
    assert gazetteers._load.__wrapped__(str(gazetteer_dir())) == fast


def test_a_malformed_gazetteer_names_the_file(tmp_path: Path):
    bad = tmp_path / "authorities.yaml"
    bad.write_text("- name: Office of Example Control\n  aliases: [OEC\n", encoding="utf-8")
    with pytest.raises(GazetteerError, match=r"authorities\.yaml: invalid YAML"):
        gazetteers.read_yaml(bad)
    with pytest.raises(GazetteerError, match=r"titles\.yaml: gazetteer file missing"):
        gazetteers.read_yaml(tmp_path / "titles.yaml")
