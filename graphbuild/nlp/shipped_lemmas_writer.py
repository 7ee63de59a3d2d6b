"""Writes `graphbuild/data/lemmas.json`, the lemmatizer's answers that `shipped_lemmas` reads (issue 18, S13).

WHY a module of its own: writing the table needs the build's pipeline (`model.load_pipeline`), and the pipeline
reads the table (`lemma_table` -> `shipped_lemmas`): kept apart, the imports run one way. Run it with
`python -m graphbuild.nlp.shipped_lemmas_writer` after a model or spaCy upgrade (the tests say when it is stale).
"""
from __future__ import annotations

import json
import sys
from collections import Counter
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from .shipped_lemmas import TABLE_PATH, made_with, model_lemmatizer

ROOT = Path(__file__).resolve().parent.parent.parent
#: The texts the table is made from: the repository's readable invented sets t1-t25 (those at the table's making: a
#: later set changes no byte of it), seeds and the blind study/check/final sets (never benchmarks/blind/unread_*).
SOURCES = (*(f"benchmarks/synthetic/t{n}/docs" for n in range(1, 26)), "seeds", "benchmarks/blind/study/docs",
           "benchmarks/blind/check/docs", "benchmarks/blind/final/docs")
#: A key must occur in this many documents of `SOURCES` to be shipped (8,607 keys; 83% of the quick corpus's 936).
MIN_DOCUMENTS = 2


def lemmatizer_keys(nlp: Any, texts: Iterable[str]) -> tuple[Counter, dict[tuple[int, int, int], str]]:
    """Per key the lemmatizer is asked for (LEMMA unset after the attribute ruler, as `LemmaTable` picks them), the
    documents holding it, and the lemmatizer's answer; `nlp` is the build's pipeline (`load_pipeline`)."""
    from spacy.attrs import LEMMA, MORPH, ORTH, POS

    lemmatizer = model_lemmatizer(nlp)
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
