"""The per-document step between extraction and cross-document resolution.

Both build engines (local and Dask) call `refine` on each document's relations,
before curation and the entity index: one type per entity
(`graphbuild.resolve.types`, and `graphbuild.resolve.person_types` from what the text says of a name), generic public bodies scoped to their country
(`graphbuild.resolve.country`), a state's government named as its sanctioning authority (`graphbuild.resolve.governments`), dates as ISO (`graphbuild.resolve.dates`), the identifiers a document states
for its people (`graphbuild.resolve.identifiers`) and
confidences calibrated to measured precision (`graphbuild.resolve.calibration`).
Kept out of the extractors so that extraction stays a pure `Doc -> relations`
step and these rules can change without touching them.
"""
from __future__ import annotations

from ..records import Document, Relation
from .calibration import calibrate_relations
from .country import scope_public_bodies
from .dates import normalize_relations
from .governments import name_state_authorities
from .identifiers import attach_identifiers
from .person_types import retype_people
from .types import decide_types


def refine(doc: Document, relations: list[Relation]) -> list[Relation]:
    """The document's relations with types decided, public bodies scoped, dates normalised and people's identifiers read."""
    relations = retype_people(doc, decide_types(relations))
    scope_public_bodies(doc, relations)
    name_state_authorities(relations)
    normalize_relations(doc, relations)
    attach_identifiers(doc, relations)
    calibrate_relations(relations)
    return relations


__all__ = ["refine"]
