"""Extract: a parsed spaCy `Doc` (entities, mentions, coreference) in, `Relation`s with evidence out.
Registered, pure extractors (`Doc -> Iterator[Relation]`) and the one component that runs them.

Extractors are registered under versioned names in a catalogue registry, like
spaCy's own functions; the `gb_relations` component is the only place that writes
`doc._.relations` (JSON-ready dicts, so documents survive multiprocessing).
"""
from __future__ import annotations

import functools
import os
from collections.abc import Callable, Iterator

import catalogue
from spacy.language import Language
from spacy.tokens import Doc

from ..errors import ModelError
from ..fact_merge import FactMerger
from ..nlp.gazetteers import load_gazetteers
from ..nlp.modelinfo import EXTRACTORS_ENV
from ..nlp.not_names import exportable
from ..records import Relation
from .context import release_context
from .designations import extract_designations
from .designations_learned import extract_designations_learned
from .roles_group import without_group_posts_beside_posts
from .delistings import extract_delistings
from .partof import extract_part_of
from .roles import stated_roles
from .roles_learned import extract_roles_learned

Extractor = Callable[[Doc], Iterator[Relation]]
extractors = catalogue.create("graphbuild", "extractors", entry_points=True)
extractors.register("roles.v1", func=stated_roles)
extractors.register("designations.v1", func=extract_designations)
extractors.register("partof.v1", func=extract_part_of)
extractors.register("roles_learned.v1", func=extract_roles_learned)  # roles.v1 + learned pairs (docs/extraction.md)
extractors.register("designations_learned.v1", func=extract_designations_learned)  # designations.v1 + learned designees
extractors.register("delistings.v1", func=extract_delistings)  # delisted_by: removals from a sanctions list (L7)
# roles_learned.v1 is the default: out of fold on train/ it is above the rules on the means and check folds and below
# them on no fold, and dev does not drop (docs/extraction.md; the gain is small). designations_learned.v1 is the
# default since issue 13 (D4): with the rules' vetoes (designations_vetoes.py) it equals the rules on train's CV mean
# and check folds, dev and seeds/, and gains on the invented releases (docs/extraction.md).
# RULES_EXTRACTORS (the rules alone) stays selectable through $GRAPHBUILD_EXTRACTORS.
DEFAULT_EXTRACTORS = ("roles_learned.v1", "designations_learned.v1", "partof.v1", "delistings.v1")
RULES_EXTRACTORS = ("roles.v1", "designations.v1", "partof.v1", "delistings.v1")
ENV_EXTRACTORS = EXTRACTORS_ENV  # comma-separated names replacing DEFAULT_EXTRACTORS (e.g. per-fold CV of roles_learned.v1)


def active_extractors() -> tuple[str, ...]:
    """The extractors the gb_relations component runs: `$GRAPHBUILD_EXTRACTORS` when set, else DEFAULT_EXTRACTORS."""
    names = tuple(n.strip() for n in os.environ.get(ENV_EXTRACTORS, "").split(",") if n.strip())
    return names or DEFAULT_EXTRACTORS


def extraction_fingerprint() -> str:
    """The active extractor names and the role model in use (`$GRAPHBUILD_ROLE_MODEL`), for the pipeline fingerprint.
    Checked here, once per build, so a wrong name or model file stops the build instead of failing every document."""
    from . import designations_learned
    from .roles_learned import NAME, load_model, model_fingerprint

    names = active_extractors()
    unknown = [n for n in names if n not in extractors.get_all()]
    if unknown:
        raise ModelError(f"${ENV_EXTRACTORS}: unknown extractor(s) {', '.join(unknown)}; known: {', '.join(sorted(extractors.get_all()))}")
    if NAME in names:
        load_model()  # a missing or malformed role model is a ModelError naming the file
    fingerprint = ",".join(names) + "|" + model_fingerprint()
    if designations_learned.NAME in names:
        designations_learned.load_model()
        fingerprint += "|" + designations_learned.model_fingerprint()
    return fingerprint

if not Doc.has_extension("relations"):
    Doc.set_extension("relations", default=None)


@functools.lru_cache(maxsize=None)
def extractor(name: str) -> Extractor:
    """The function registered as `name`, looked up once (each catalogue lookup scans the installed entry points)."""
    return extractors.get(name)


def run_extractors(doc: Doc, names: tuple[str, ...] = DEFAULT_EXTRACTORS) -> list[Relation]:
    """All relations of a parsed doc, duplicates within the doc merged (evidence kept)."""
    merged = FactMerger()  # one relation per fact (fact_merge.py)
    gaz = load_gazetteers()
    try:
        for name in names:
            for rel in extractor(name)(doc):
                if exportable(rel, gaz):  # not a post taken for a name by any rule (nlp/not_names.py)
                    merged.add(rel)
    finally:
        release_context(doc)
    return without_group_posts_beside_posts(merged.relations())  # one post per person and body (roles_group)


if not Doc.has_extension("extract_error"):
    Doc.set_extension("extract_error", default=None)


@Language.component("gb_relations", requires=["doc.ents", "doc.sents"], assigns=["doc._.relations", "doc._.extract_error"])
def relations_component(doc: Doc) -> Doc:
    """Run the extractors; a failure in one document is recorded on it, never stops the build."""
    try:
        doc._.relations = [rel.to_json() for rel in run_extractors(doc, active_extractors())]
    except Exception as exc:  # noqa: BLE001 - reported per document in report.json
        doc._.relations = []
        doc._.extract_error = f"extraction failed ({type(exc).__name__}: {exc})"
    return doc
