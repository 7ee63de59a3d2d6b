"""Build the documents `graphbuild eval` scores, and know which file each prediction came from.

A build names a document by its path under the input root, so two input folders both
holding b01.md (benchmarks/blind/study/docs and check/docs) would give one id to two
documents, and a build keeps only the first. Eval therefore builds inputs whose ids
collide in separate builds, and keys every prediction by its file as given
(benchmarks/blind/check/docs/b01.md) so each gold record meets its own document's
predictions (`gold_docs.resolve`). Without a collision there is one build and the
document ids stay as a build writes them.
"""
from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from .errors import GraphBuildError
from .jsonl import json_kind, json_lines
from .gold_docs import InputDoc
from .ingest.corpus import doc_id, iter_files

Builder = Callable[[list[Path], Path], Path]  # (inputs, build folder) -> its relations.jsonl


def read_relations(path: Path) -> list[dict[str, Any]]:
    """The records of a relations.jsonl; a line that is not a relation is an error naming its number (P1: a JSON
    list or a line without "doc" was a TypeError or KeyError, invalid UTF-8 a UnicodeDecodeError)."""
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise GraphBuildError(f"{path}: cannot read relations ({exc.strerror or exc})") from exc
    except UnicodeDecodeError as exc:
        raise GraphBuildError(f"{path}: not UTF-8 text (invalid byte at offset {exc.start}); expected a relations.jsonl file") from exc
    records = []
    for lineno, record, problem in json_lines(text):
        if problem is not None:
            raise GraphBuildError(f"{path}:{lineno}: {problem}; expected one relation object per line")
        if not isinstance(record, dict):
            raise GraphBuildError(f"{path}:{lineno}: expected a relation object (the relations.jsonl contract), "
                                  f"got {json_kind(record)}")
        if not isinstance(record.get("doc"), str):
            raise GraphBuildError(f"{path}:{lineno}: the relation has no \"doc\" (its document id); expected the "
                                  "relations.jsonl contract")
        records.append(record)
    return records


def input_groups(inputs: list[Path]) -> list[list[tuple[Path, list[tuple[str, Path]]]]]:
    """The inputs in groups whose document ids do not collide, each input with its (id, file) pairs; order kept."""
    groups: list[list[tuple[Path, list[tuple[str, Path]]]]] = []
    taken: list[set[str]] = []
    for item in inputs:
        files = [(doc_id(path, root), path) for path, root in iter_files([item])]
        ids = {i for i, _ in files}
        slot = next((n for n, seen in enumerate(taken) if not seen & ids), None)
        if slot is None:
            groups.append([])
            taken.append(set())
            slot = len(groups) - 1
        groups[slot].append((item, files))
        taken[slot] |= ids
    return groups


def build_inputs(inputs: list[Path], folder: Path, builder: Builder) -> tuple[list[dict[str, Any]], list[InputDoc]]:
    """Predictions of every input document and the documents themselves, each keyed as its predictions are.

    One group: one build in `folder`, predictions as the build wrote them. Several groups (ids that
    collide): one build per group in folder/1, folder/2 ..., every `doc` replaced by the file as given.
    """
    groups = input_groups(inputs)
    if len(groups) <= 1:
        docs = [InputDoc(i, path) for _, files in (groups[0] if groups else []) for i, path in files]
        return read_relations(builder(list(inputs), folder)), docs
    preds: list[dict[str, Any]] = []
    docs = []
    for n, group in enumerate(groups, start=1):
        key_of = {i: path.as_posix() for _, files in group for i, path in files}
        docs += [InputDoc(key, Path(key)) for key in key_of.values()]
        for pred in read_relations(builder([item for item, _ in group], folder / str(n))):
            name, hash_, fragment = pred["doc"].partition("#")
            preds.append({**pred, "doc": key_of.get(name, name) + hash_ + fragment})
    return preds, docs
