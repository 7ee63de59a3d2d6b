"""The lemmatizer's answers for frequent (word, POS, morphology) keys, shipped with the package (issue 18, S13).

WHY: the lemma table (`lemma_table.LemmaTable`) asks the model's rule lemmatizer once per key, but each model
worker starts with an empty table, and a first answer costs ~70 us of Python (`Lemmatizer.rule_lemmatize`):
0.07 CPU-s over the quick benchmark's 60 documents, paid again by every worker of every build. The keys that
recur across press releases are few thousand; `graphbuild/data/lemmas.json` holds the lemmatizer's answer for
those seen in at least two documents of the repository's readable texts (`shipped_lemmas_writer.SOURCES`), and a
worker fills its table from it at load (a few ms) instead of asking.

Same lemmas by construction: an entry is the lemmatizer's own answer for its key, and the rule lemmatizer's answer
depends on the key only (`lemma_table.replace_lemmatizer` checks the mode). The file is used only for the model
and spaCy versions and the lemmatizer's tables it records (`made_with`); elsewhere the lemmatizer answers every key.
No names (the project's rule for data files, M5): proper-noun keys are not written (the table answers them itself,
`lemma_table.spelled_propn`), nor capitalised words whose lower-case form is no key of the file ('Officials' stays,
a surname or an acronym goes): a name enters the file only if it is also a lower-case word of the sources.
`tests/nlp/test_shipped_lemmas.py` asks the model for every entry and fails while the file is stale; refresh it
with `python -m graphbuild.nlp.shipped_lemmas_writer` (reads its `SOURCES`, writes the file; same output each run).
"""
from __future__ import annotations

import json
from pathlib import Path
from typing import Any

TABLE_PATH = Path(__file__).resolve().parent.parent / "data" / "lemmas.json"


#: The rule lemmatizer's tables: its answers are made from these (a rebuilt model may change them, not its version).
LOOKUP_TABLES = ("lemma_index", "lemma_exc", "lemma_rules")


def model_lemmatizer(nlp: Any) -> Any:
    """The model's lemmatizer, in the pipeline or inside the lemma table that replaced it."""
    if "lemmatizer" in nlp.pipe_names:
        return nlp.get_pipe("lemmatizer")
    return nlp.get_pipe("gb_lemma_table").table.lemmatizer


def made_with(nlp: Any, lemmatizer: Any = None) -> dict[str, str]:
    """What the lemmatizer's answers depend on: the model (name and version), spaCy's version (its hashes) and a short
    hash of the lemmatizer's lookup tables (`LOOKUP_TABLES`; ~4 ms a worker)."""
    import hashlib

    import spacy

    lookups = (lemmatizer or model_lemmatizer(nlp)).lookups
    digest = hashlib.sha256()
    for name in LOOKUP_TABLES:
        digest.update(name.encode())
        digest.update(lookups.get_table(name).to_bytes() if lookups.has_table(name) else b"-")
    meta = nlp.meta
    return {"model": f"{meta.get('lang')}_{meta.get('name')}", "version": str(meta.get("version")),
            "spacy": spacy.about.__version__, "lookups": digest.hexdigest()[:16]}


def shipped_keys(nlp: Any, lemmatizer: Any = None, path: Path = TABLE_PATH) -> dict[tuple[int, int, int], str]:
    """(ORTH, POS, MORPH) ids -> lemma, from the shipped file; empty when it was made for another model, spaCy or
    lemmatizer tables."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    if data.get("made_with") != made_with(nlp, lemmatizer):
        return {}
    from spacy.parts_of_speech import IDS
    from spacy.strings import get_string_id

    morphology = nlp.vocab.morphology
    keys: dict[tuple[int, int, int], str] = {}
    for pos, morph, words, lemmas in data["groups"]:
        pos_id, morph_id = IDS[pos], morphology.add(morph)
        keys.update(((get_string_id(word), pos_id, morph_id), lemma) for word, lemma in zip(words, lemmas))
    return keys
