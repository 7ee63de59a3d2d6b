"""Entities whose type contradicts what the gold or the text implies, on a build of the readable documents (T1).

    python benchmarks/readable_hash.py OUT            # one build of the 512 readable documents
    python benchmarks/type_errors.py OUT/build/relations.jsonl [--list FILE]

The gold has no types, but it implies some: a holds_role subject is a Person (so is a designated_by subject that
also holds a post); a holds_role object is an organization (a family tie's excepted); a name ending in a company's
legal form is a Company; a name followed by an IMO number within its sentence is a Vessel. Each output entity (one
per document and id) whose type says otherwise counts once, by group (train folds 0-2 `train02`, folds 3-4
`train34` as a total only, dev, unlabeled, seeds, invented: synthetic t* and blind study/check/final) and by
(implied, output) type. `--list` writes the cases of every group but train34 (folds 3-4 are never read per document).
The documents' names are readable_hash's (`real_`, `seeds_`, `t<N>_`, `blind<set>_`); no unread set is ever opened.
"""
from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from graphbuild.names import name_key  # noqa: E402
from graphbuild.nlp.kin_words import KIN_NOUNS  # noqa: E402
from graphbuild.nlp.company_forms import legal_forms  # noqa: E402
from extraction_cv import STUDY_FOLDS, fold_of  # noqa: E402

SHARED = ROOT.parent / "shared" / "eval"
def _study() -> frozenset[str]:
    """Train's study folds 0-2 (`extraction_cv.fold_of`, `STUDY_FOLDS`), by document stem: the rest are measured as
    totals only."""
    names = [p.name for p in (SHARED / "train" / "docs").iterdir()] if (SHARED / "train" / "docs").is_dir() else []
    return frozenset(doc.split(".")[0] for doc, fold in fold_of(names).items() if fold in STUDY_FOLDS)


STUDY = _study()


def _gold_sets() -> list[tuple[str, Path, Path]]:
    """(prefix, gold file, documents folder) of every readable set, as readable_hash names its documents."""
    sets = [("real", SHARED / "train" / "gold.jsonl", SHARED / "train" / "docs"),
            ("real", SHARED / "dev" / "gold.jsonl", SHARED / "dev" / "docs"),
            ("real", ROOT / "benchmarks" / "real" / "unlabeled" / "gold.jsonl", SHARED / "unlabeled"),
            ("seeds", ROOT / "seeds" / "gold.jsonl", ROOT / "seeds")]
    for folder in sorted((ROOT / "benchmarks" / "synthetic").glob("t*")):
        sets.append((folder.name, folder / "gold.jsonl", folder / "docs"))
    for name in ("study", "check", "final"):
        sets.append((f"blind{name}", ROOT / "benchmarks" / "blind" / name / "gold.jsonl", ROOT / "benchmarks" / "blind" / name / "docs"))
    return [s for s in sets if s[1].is_file()]


def group(doc: str) -> str:
    """The group a readable_hash document name belongs to."""
    if doc.startswith("real_"):
        name = doc[5:]
        if (SHARED / "train" / "docs" / name).exists():
            return "train02" if name.split(".")[0] in STUDY else "train34"
        return "dev" if (SHARED / "dev" / "docs" / name).exists() else "unlabeled"
    return "seeds" if doc.startswith("seeds_") else "invented"


def implied_types() -> dict[str, tuple[set[str], set[str], Path]]:
    """Per document: the name keys the gold makes people, those it makes organizations, and the document's path."""
    out: dict[str, tuple[set[str], set[str], Path]] = {}
    for prefix, gold, docs in _gold_sets():
        for line in gold.read_text(encoding="utf-8").splitlines():
            if not line.strip():
                continue
            record = json.loads(line)
            people: set[str] = set()
            bodies: set[str] = set()
            for rel in record["relations"]:
                if rel["relation"] != "holds_role":
                    continue
                people.update(name_key(n) for n in rel["subject"])
                roles = " ".join(rel.get("role") or []).casefold().split()
                if not set(roles) & KIN_NOUNS and isinstance(rel.get("object"), list):
                    bodies.update(name_key(n) for n in rel["object"])
            out[f"{prefix}_{record['doc']}"] = (people, bodies, docs / record["doc"])
    return out


def _legal_form(name: str) -> bool:
    forms = legal_forms()
    return any(w.strip(",;:()\"'").rstrip(".") in forms for w in name.split()[1:])


def count(relations: Path) -> tuple[Counter[tuple[str, str, str]], list[tuple[str, str, str, str]]]:
    """(group, implied, output type) -> entities, and the cases outside train34 (doc, name, output, implied)."""
    gold = implied_types()
    entities: dict[str, dict[str, tuple[str, str]]] = defaultdict(dict)
    for line in relations.read_text(encoding="utf-8").splitlines():
        if line.strip():
            record = json.loads(line)
            for side in ("subject", "object"):
                ref = record[side]
                entities[record["doc"]][ref["id"]] = (ref["name"], ref.get("type") or "")
    counts: Counter[tuple[str, str, str]] = Counter()
    cases: list[tuple[str, str, str, str]] = []
    for doc, refs in entities.items():
        people, bodies, path = gold.get(doc, (set(), set(), None))
        text = path.read_text(encoding="utf-8", errors="replace") if path is not None and path.is_file() else ""
        for name, type_ in refs.values():
            key = name_key(name)
            implied = None
            if key in people:
                implied = "Person"
            elif _legal_form(name):
                implied = "Company" if type_ != "Vessel" else None
            elif key in bodies and type_ == "Person":
                implied = "Organization"
            elif text and re.search(re.escape(name) + r"[^.\n]{0,40}?\bIMO\b", text):
                implied = "Vessel"
            if implied is not None and type_ != implied:
                counts[(group(doc), implied, type_)] += 1
                if group(doc) != "train34":
                    cases.append((doc, name, type_, implied))
    return counts, sorted(cases)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("relations", type=Path, help="relations.jsonl of a readable_hash build")
    parser.add_argument("--list", type=Path, help="write the cases (not train folds 3-4's) here, tab-separated")
    args = parser.parse_args(argv)
    counts, cases = count(args.relations)
    totals: Counter[str] = Counter()
    for (grp, implied, type_), n in sorted(counts.items()):
        print(f"{grp:10} implied {implied:12} output {type_:12} {n}")
        totals[grp] += n
    print("totals: " + ", ".join(f"{g} {n}" for g, n in sorted(totals.items())) + f"; all {sum(totals.values())}")
    if args.list:
        args.list.write_text("".join("\t".join(case) + "\n" for case in cases), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
