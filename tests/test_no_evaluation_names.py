"""No name of a person or company from the training gold appears in the code or the gazetteers (issue 13).

Rules must generalise to releases nobody has read; a designee's name in a rule or a gazetteer would
fit the training data instead. Names checked: every subject of a `designated_by` or `holds_role`
gold relation in `../shared/eval/train/gold.jsonl` with two or more words of two or more letters, except public bodies,
armed or criminal groups and authorities (those are data the gazetteers may hold). Matching is
case- and accent-insensitive on whole word sequences, so "Ocean Star" does not match "ocean
starboard". Skips when ../shared is absent.
"""
from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from graphbuild.names import fold
from graphbuild.nlp.gazetteers import load_gazetteers

ROOT = Path(__file__).resolve().parent.parent
GOLD = ROOT.parent / "shared" / "eval" / "train" / "gold.jsonl"
SEARCHED = (ROOT / "graphbuild", ROOT / "ontology")
SUFFIXES = {".py", ".yaml", ".yml", ".ttl", ".rq", ".js", ".css", ".html", ".json", ".txt", ".md", ".jinja", ".j2"}
_WORD = re.compile(r"[^\W_]+")


def words(text: str) -> tuple[str, ...]:
    return tuple(_WORD.findall(fold(text)))


def person_and_company_names() -> set[tuple[str, ...]]:
    gaz = load_gazetteers()
    not_private = gaz.public_body_words | gaz.group_nouns | {"party", "university", "institute", "academy", "foundation",
                                                             "movement", "front", "prison", "branch", "unit", "hizballah", "hamas", "taliban", "isis", "qaida"}
    names: set[tuple[str, ...]] = set()
    for line in GOLD.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        record = json.loads(line)
        for rel in record.get("relations", []) + record.get("optional", []):
            if rel.get("relation") not in {"designated_by", "holds_role"}:
                continue
            for name in rel.get("subject") or []:
                key = words(name)
                if len(key) < 2 or min(map(len, key)) < 2 or set(key) & not_private or gaz.authority(name) is not None:
                    continue
                names.add(key)
    return names


def test_no_training_name_in_code_or_gazetteers():
    if not GOLD.exists():
        pytest.skip("../shared/eval/train is not available")
    names = person_and_company_names()
    assert len(names) > 300  # the gold was read (the train set names ~900 people and companies)
    lengths = {len(n) for n in names}
    found: list[str] = []
    for folder in SEARCHED:
        for path in sorted(folder.rglob("*")):
            if not path.is_file() or path.suffix.lower() not in SUFFIXES or "__pycache__" in path.parts:
                continue
            seq = words(path.read_text(encoding="utf-8", errors="replace"))
            grams = {seq[i:i + n] for n in lengths for i in range(len(seq) - n + 1)}
            found += [f"{path.relative_to(ROOT)}: {' '.join(name)}" for name in sorted(names & grams)]
    assert not found, "names from the training gold in code or gazetteers:\n" + "\n".join(found)


def test_the_check_finds_a_name_written_in_another_form(tmp_path: Path):
    text = "patterns = ['the ŞIRKET of Ivo  Marten-Lake']"
    name = words("Ivo Marten Lake")
    seq = words(text)
    assert name in {seq[i:i + len(name)] for i in range(len(seq))}
    assert words("Ocean Star") not in {words("ocean starboard")}
