"""The benchmark corpus generator: deterministic for a seed, varied across documents."""
from __future__ import annotations

import hashlib
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from benchmarks.corpus import iter_documents, iter_facts, write_corpus  # noqa: E402


def _digest(folder: Path) -> str:
    h = hashlib.sha256()
    for path in sorted(folder.rglob("*")):
        if path.is_file():
            h.update(path.relative_to(folder).as_posix().encode() + b"\0" + path.read_bytes())
    return h.hexdigest()


def test_same_seed_same_files(tmp_path):
    a = write_corpus(tmp_path / "a", 60, seed=3)
    b = write_corpus(tmp_path / "b", 60, seed=3)
    assert a == b and a["documents"] == 60
    assert _digest(tmp_path / "a") == _digest(tmp_path / "b")
    write_corpus(tmp_path / "c", 60, seed=4)
    assert _digest(tmp_path / "a") != _digest(tmp_path / "c")


def test_documents_are_varied():
    docs = list(iter_documents(300, seed=11))
    texts = [d.text for d in docs]
    assert len(set(texts)) == len(texts)
    styles = Counter(d.style for d in docs)
    assert {"press-us", "news", "wire"} <= set(styles) and max(styles.values()) < 0.7 * len(docs)
    formats = Counter(d.path.rsplit(".", 1)[-1] for d in docs)
    assert {"txt", "md", "html", "jsonl"} <= set(formats)
    first_sentences = {t.split("\n\n")[2][:60] if t.count("\n\n") > 2 else t[:60] for t in texts}
    assert len(first_sentences) > 20
    # the same official is introduced in different words across documents
    intros = {line for t in texts for line in t.split(". ") if "Ahmad Vahidi" in line and "Minister of the Interior" in line}
    assert len(intros) >= 4
    facts = Counter(f.kind for d in docs for f in d.facts)
    assert facts["holds_role"] and facts["designated_by"] and facts["part_of"]
    words = [len(t.split()) for d in docs if d.style != "wire" for t in [d.text]]
    assert 150 < sum(words) / len(words) < 800


def test_facts_scale_without_text():
    facts = list(iter_facts(120, seed=5))
    assert len(facts) == 120 and all(f for _, f in facts)
    companies = {f.subject[0] for _, fs in facts for f in fs if f.subject[1] == "Company"}
    assert len(companies) > 50
