"""Where the project's data files live (ontology, gazetteers, bundled queries)."""
from __future__ import annotations

import os
from pathlib import Path

PACKAGE_DIR = Path(__file__).resolve().parent


def ontology_dir() -> Path:
    """The `ontology/` folder: $GRAPHBUILD_ONTOLOGY, else the one beside the package."""
    override = os.environ.get("GRAPHBUILD_ONTOLOGY")
    if override:
        return Path(override)
    return PACKAGE_DIR.parent / "ontology"


def gazetteer_dir() -> Path:
    return ontology_dir() / "gazetteers"


def queries_dir() -> Path:
    return PACKAGE_DIR / "queries"
