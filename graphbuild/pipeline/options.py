"""What a build is asked to do (`BuildOptions`) and what it reports back (`BuildReport`).

Kept apart from the orchestration so that every engine (`local_engine`, `dask_engine`)
and the orchestration (`run`) can use them without importing each other.
"""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..rdf.vocab import DEFAULT_BASE


@dataclass
class BuildOptions:
    out: Path = Path("out")
    store: str | None = None
    model: str | None = None
    workers: int = 1
    batch_size: int = 32
    base: str = DEFAULT_BASE
    prune: bool = False
    curation: Path | None = None
    update_url: str | None = None
    outputs: bool = True
    progress: bool = False
    engine: str = "local"
    scheduler: str | None = None
    lists: list[Path] = field(default_factory=list)  # sanctions lists linked after the build (graphbuild.link)


@dataclass
class BuildReport:
    documents: int = 0
    processed: int = 0
    unchanged: int = 0
    pruned: int = 0
    copies_removed: int = 0  # stored documents whose text another input of the build has (pipeline.copies)
    relations: Counter = field(default_factory=Counter)
    entities: int = 0
    quads: int = 0
    words: int = 0
    errors: list[dict[str, str]] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)
    skipped_types: dict[str, int] = field(default_factory=dict)  # files of other types not read, by suffix
    warnings: list[dict[str, str]] = field(default_factory=list)  # built with a loss (e.g. invalid bytes replaced)
    timings: dict[str, float] = field(default_factory=dict)
    outputs_state: str = ""
    links: list[dict[str, Any]] = field(default_factory=list)  # one LinkReport.to_json() per list linked

    def to_json(self) -> dict[str, Any]:
        return {**({"links": self.links} if self.links else {}),
            "documents": self.documents, "processed": self.processed, "unchanged": self.unchanged, "pruned": self.pruned,
            **({"copies_removed": self.copies_removed} if self.copies_removed else {}),
            "entities": self.entities, "relations": dict(sorted(self.relations.items())),
            "relations_total": sum(self.relations.values()), "quads": self.quads, "words": self.words,
            "errors": self.errors, "skipped": self.skipped,
            **({"skipped_types": self.skipped_types} if self.skipped_types else {}), "warnings": self.warnings, "timings": {k: round(v, 3) for k, v in self.timings.items()},
            "outputs_state": self.outputs_state,
        }


__all__ = ["BuildOptions", "BuildReport"]
