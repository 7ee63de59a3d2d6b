"""The lemmatizer's answers for frequent (word, POS, morphology) keys, shipped with the package (issue 18, S13).

WHY: the lemma table (`lemma_table.LemmaTable`) asks the model's rule lemmatizer once per key, but each model
worker starts with an empty table, and a first answer costs ~70 us of Python (`Lemmatizer.rule_lemmatize`):
0.07 CPU-s over the quick benchmark's 60 documents, paid again by every worker of every build. The keys that
recur across press releases are few thousand; `graphbuild/data/lemmas.json` holds the lemmatizer's answer for
those seen in at least two documents of the repository's readable texts (`SOURCES`), and a worker fills its
table from it at load (a few ms) instead of asking.

Same lemmas by construction: an entry is the lemmatizer's own answer for its key, and the rule lemmatizer's answer
depends on the key only (`lemma_table.replace_lemmatizer` checks the mode). The file is used only for the model
and spaCy versions and the lemmatizer's tables it records (`made_with`); elsewhere the lemmatizer answers every key.
No names (the project's rule for data files, M5): proper-noun keys are not written (the table answers them itself,
`lemma_table.spelled_propn`), nor capitalised words whose lower-case form is no key of the file ('Officials' stays,
a surname or an acronym goes): a name enters the file only if it is also a lower-case word of the sources.
`tests/nlp/test_shipped_lemmas.py` asks the model for every entry and fails while the file is stale; refresh it
with `python -m graphbuild.nlp.shipped_lemmas` (reads `SOURCES`, writes the file; same output each run).
"""
from __future__ import annotations

import json
import sys
from collections import Counter
from collections.abc import Iterable
from pathlib import Path
from typing import Any

TABLE_PATH = Path(__file__).resolve().parent.parent / "data" / "lemmas.json"
ROOT = Path(__file__).resolve().parent.parent.parent
#: The texts the table is made from: the repository's readable invented sets t1-t25 (those at the table's making: a
#: later set changes no byte of it), seeds and the blind study/check/final sets (never benchmarks/blind/unread_*).
SOURCES = (*(f"benchmarks/synthetic/t{n}/docs" for n in range(1, 26)), "seeds", "benchmarks/blind/study/docs",
           "benchmarks/blind/check/docs", "benchmarks/blind/final/docs")
#: A key must occur in this many documents of `SOURCES` to be shipped (8,607 keys; 83% of the quick corpus's 936).
MIN_DOCUMENTS = 2


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


def lemmatizer_keys(nlp: Any, texts: Iterable[str]) -> tuple[Counter, dict[tuple[int, int, int], str]]:
    """Per key the lemmatizer is asked for (LEMMA unset after the attribute ruler, as `LemmaTable` picks them), the
    documents holding it, and the lemmatizer's answer; `nlp` is the build's pipeline (`load_pipeline`)."""
    from spacy.attrs import LEMMA, MORPH, ORTH, POS

    lemmatizer = nlp.get_pipe("gb_lemma_table").table.lemmatizer
    counts: Counter = Counter()
    answers: dict[tuple[int, int, int], str] = {}
    with nlp.select_pipes(enable=[name for name in nlp.pipe_names[:nlp.pipe_names.index("gb_lemma_table")]]):
        for doc in nlp.pipe(texts, batch_size=32):
            columns = doc.to_array([ORTH, POS, MORPH, LEMMA])
            seen: set[tuple[int, int, int]] = set()
            for i in (columns[:, 3] == 0).nonzero()[0].tolist():
                key = (int(columns[i, 0]), int(columns[i, 1]), int(columns[i, 2]))
                if key not in answers:
                    answers[key] = lemmatizer.lemmatize(doc[i])[0]
                seen.add(key)
            counts.update(seen)
    return counts, answers


def source_texts(root: Path = ROOT) -> list[str]:
    """The texts of `SOURCES`, in a fixed order."""
    from ..ingest.corpus import read_corpus

    folders = [root / folder for folder in SOURCES if (root / folder).is_dir()]
    return [document.text for document in read_corpus(folders)]


def plain_words(words: Iterable[str]) -> set[str]:
    """The words that may be shipped: lower-case ones, and capitalised ones whose lower-case form is among `words`
    ('Officials' with 'officials'); a capitalised word seen only so (a surname, a firm's acronym) is left out."""
    words = set(words)
    return {word for word in words if word == word.lower() or word.lower() in words}


def write_table(path: Path = TABLE_PATH, model: str | None = None) -> int:
    """Write the file for the installed model from `SOURCES`; returns the number of keys."""
    from spacy.parts_of_speech import NAMES

    from .model import load_pipeline

    nlp = load_pipeline(model, extract=False)
    counts, answers = lemmatizer_keys(nlp, source_texts())
    strings, morphology = nlp.vocab.strings, nlp.vocab.morphology
    frequent = [key for key, documents in counts.items() if documents >= MIN_DOCUMENTS and NAMES[key[1]] != "PROPN"]
    plain = plain_words(strings[key[0]] for key in frequent)  # PROPN: the table answers them (no names in the file)
    groups: dict[tuple[str, str], list[tuple[str, str]]] = {}
    for key in frequent:
        orth, pos, morph = key
        morph_text = str(morphology.get(morph)) if morph else ""
        if strings[orth] not in plain or morphology.add(morph_text) != morph:
            continue  # a capitalised word never seen lower-case, or a key whose morphology does not read back
        groups.setdefault((NAMES[pos], morph_text), []).append((strings[orth], answers[key]))
    lines = []
    for (pos_name, morph_text), pairs in sorted(groups.items()):
        pairs.sort()
        lines.append(json.dumps([pos_name, morph_text, [w for w, _ in pairs], [lemma for _, lemma in pairs]],
                                ensure_ascii=False))
    path.write_text(f'{{"made_with": {json.dumps(made_with(nlp))},\n"groups": [\n' + ",\n".join(lines) + "\n]}\n",
                    encoding="utf-8")  # one line per (POS, morphology): a refresh shows as the groups that changed
    return sum(len(pairs) for pairs in groups.values())


if __name__ == "__main__":
    print(f"{write_table()} keys -> {TABLE_PATH}", file=sys.stderr)
