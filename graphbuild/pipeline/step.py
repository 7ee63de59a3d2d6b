"""The per-document step every engine runs: an extraction outcome in, resolved relations and quads out.

Curation, cross-document resolution, the relation-to-quads mapping and the pipeline
fingerprint (`gb:pipelineVersion`, stored beside the content hash) are spelled out
once, here, so the local and the Dask engine store the same facts for the same
document. The engines only decide where this runs and how the quads reach the store:
the local engine calls the whole step (`DocumentStep.__call__`); the Dask engine
resolves on the driver (`DocumentStep.resolve`, it needs the one `EntityIndex`) and
maps to quads on a worker (`document_quads`, which needs nothing but the base IRI).
"""
from __future__ import annotations

import hashlib
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from rdflib import Literal

from ..names import stable_hash
from ..paths import PACKAGE_DIR, gazetteer_dir
from ..rdf.mapping import IriMinter, Quad, relation_quads
from ..rdf.vocab import GB
from ..records import Document, Relation
from ..resolve.facts import refine
from ..resolve.restated import merge_restated
from ..terminal import safe
from .options import BuildReport
from .workers import Outcome

if TYPE_CHECKING:  # pragma: no cover
    from ..resolve.curation import Curation
    from ..resolve.index import EntityIndex


def pipeline_fingerprint(model: str | None, curation: Path | None = None) -> str:
    """Changes when the model, the gazetteers, the curation file, graphbuild's code or its data (learned weights) change:
    such documents are re-extracted."""
    from ..nlp.modelinfo import PIPELINE_VERSION, default_model, extraction_overridden

    parts = [PIPELINE_VERSION, model or default_model()]
    if extraction_overridden():  # env-chosen extractors / role model (checked here, once per build); else all package files
        from ..extract import extraction_fingerprint

        parts.append(extraction_fingerprint())
    if curation is not None and Path(curation).exists():
        parts.append(hashlib.sha256(Path(curation).read_bytes()).hexdigest())
    for folder in (gazetteer_dir(), PACKAGE_DIR):  # all of graphbuild's code, every stage package
        for path in sorted(folder.rglob("*")):
            if path.suffix in {".yaml", ".yml", ".py", ".csv", ".json"} and "__pycache__" not in path.parts:  # .json: graphbuild/data models
                parts.append(hashlib.sha256(path.read_bytes()).hexdigest())
    return stable_hash(*parts)


def document_quads(doc: Document, relations: list[Relation], minter: IriMinter, fingerprint: str | None) -> list[Quad]:
    """The document's graph: its relations' quads and, when given, the pipeline fingerprint that made them."""
    quads = relation_quads(doc, relations, minter)
    if fingerprint is not None:
        graph = minter.document(doc.id)
        quads.append((graph, GB.pipelineVersion, Literal(fingerprint), graph))
    return quads


@dataclass
class DocumentStep:
    """One build's per-document step: what it needs (index, curation, fingerprint) and where it reports."""

    index: EntityIndex
    curation: Curation | None
    report: BuildReport
    fingerprint: str | None
    minter: IriMinter

    def resolve(self, doc: Document, outcome: Outcome) -> list[Relation]:
        """The document's relations, curated and with every entity resolved to its IRI.

        An extraction error is printed and reported with the document's path; the
        relations found before it are kept. The document's words count into the report.
        """
        dicts, words, error = outcome
        if error:
            print(safe(f"graphbuild: {doc.path}: {error}"), file=sys.stderr)
            self.report.errors.append({"path": doc.path, "reason": error})
        relations = refine(doc, [Relation.from_json({**r, "doc": doc.id}) for r in dicts])  # types, countries, dates
        if self.curation is not None:
            relations = self.curation.apply(relations)
        self.index.forget(str(self.minter.document(doc.id)))  # the names only its old graph stated decide nothing now
        self.index.resolve_relations(relations)
        self.report.words += words
        return merge_restated(relations)  # two names of one entity: one fact

    def __call__(self, doc: Document, outcome: Outcome) -> list[Quad]:
        """The whole step in this process: the quads of the document's new graph."""
        return document_quads(doc, self.resolve(doc, outcome), self.minter, self.fingerprint)


__all__ = ["DocumentStep", "document_quads", "pipeline_fingerprint"]
