"""Link: the store's resolved entities and official sanctions list files in, one named graph of matches per list out.
Runs after resolution, before the outputs (`graphbuild link`, `graphbuild build --list`).

readers (ofac.py, ftm.py) -> entries.py (one shape for every list) -> names.py / score.py
(rigour name analysis, rapidfuzz distances) -> matcher.py (blocking, evidence, decision)
-> store.py (one named graph per list). Extraction never reads a list.
"""
from __future__ import annotations

from .entries import ListEntry, ListError, SanctionsList
from .matcher import DEFAULT_MIN_SCORE, ListIndex, Match, Query
from .readers import detect_format, load_list
from .store import LinkReport, link_list, link_store, list_graph

__all__ = ["DEFAULT_MIN_SCORE", "LinkReport", "ListEntry", "ListError", "ListIndex", "Match", "Query", "SanctionsList",
           "detect_format", "link_list", "link_store", "list_graph", "load_list"]
