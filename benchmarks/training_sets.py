"""The gold corpora the learned scorers are fit on, with document keys and folds shared by both trainers.

The scorers carry over to unread text better when they are fit on more varied releases (issue 13: refit on train/
plus the invented blind releases, holds_role rose on two unread sets), so `train_roles.py` and
`train_designations.py` fit on several corpora at once:

- `train`: ../shared/eval/train (skipped with a message when absent);
- `blind/study`, `blind/check`, `blind/final`: benchmarks/blind/*;
- `synthetic/NAME`: every benchmarks/synthetic/NAME/ holding docs/ and gold.jsonl.

File names collide across corpora (b01.txt, ...), so a document's key is `corpus/file name`. Folds: train keeps the
fold it has everywhere else (extraction_cv.fold_of over the train file names alone, so its study and check folds stay
what they are); the other corpora's documents are spread over the same five folds by fold_of over their keys. Fold K
of the cross-validation is then train's fold K plus the extra documents of fold K, and its model is fit on all the
other folds of every corpus.
"""
from __future__ import annotations

import json
import statistics
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from extraction_cv import LONG_LISTS, fold_of

from graphbuild.evaluate import load_gold

ROOT = Path(__file__).resolve().parent.parent
TRAIN_DIR = ROOT.parent / "shared" / "eval" / "train"
BLIND_DIR = ROOT / "benchmarks" / "blind"
SYNTHETIC_DIR = ROOT / "benchmarks" / "synthetic"
TRAIN = "train"
GROUPS = ("train", "extra")


@dataclass(frozen=True)
class Corpus:
    """A folder of releases with its gold: `name` prefixes its documents' keys."""

    name: str
    docs: Path
    gold: Path


def _complete(folder: Path) -> bool:
    return (folder / "docs").is_dir() and (folder / "gold.jsonl").is_file()


def available(train_dir: Path = TRAIN_DIR, blind_dir: Path = BLIND_DIR, synthetic_dir: Path = SYNTHETIC_DIR) -> list[Corpus]:
    """Every corpus present: train/, the blind sets, each synthetic set with docs/ and gold.jsonl."""
    found: list[Corpus] = []
    if _complete(train_dir):
        found.append(Corpus(TRAIN, train_dir / "docs", train_dir / "gold.jsonl"))
    else:
        print(f"note: {train_dir} has no docs/ and gold.jsonl: fitting without train/", file=sys.stderr)
    for part in ("study", "check", "final"):
        if _complete(blind_dir / part):
            found.append(Corpus(f"blind/{part}", blind_dir / part / "docs", blind_dir / part / "gold.jsonl"))
    if synthetic_dir.is_dir():
        for folder in sorted(p for p in synthetic_dir.iterdir() if p.is_dir() and _complete(p)):
            found.append(Corpus(f"synthetic/{folder.name}", folder / "docs", folder / "gold.jsonl"))
    return found


def select(corpora: list[Corpus], wanted: str | None) -> list[Corpus]:
    """The corpora named in `wanted` (comma-separated: a corpus name, or a prefix such as `blind`, `synthetic`;
    `extra` = all but train; `all` or None = all). An unknown name is an error naming the available ones."""
    if not wanted or wanted == "all":
        return corpora
    chosen: list[Corpus] = []
    for item in (w.strip() for w in wanted.split(",") if w.strip()):
        hits = [c for c in corpora if (c.name != TRAIN if item == "extra" else c.name == item or c.name.startswith(item + "/"))]
        if not hits:
            raise SystemExit(f"--corpora: no corpus {item!r} (available: {', '.join(c.name for c in corpora) or 'none'})")
        chosen += [c for c in hits if c not in chosen]
    return chosen


def key_of(corpus: str, file_name: str) -> str:
    return f"{corpus}/{file_name}"


def corpus_of(key: str) -> str:
    """The corpus of a key; a bare file name (callers that key by file name alone) is train's."""
    return key.rsplit("/", 1)[0] if "/" in key else TRAIN


def group_of(key: str) -> str:
    """'train' for the train releases, 'extra' for every other corpus."""
    return "train" if corpus_of(key) == TRAIN else "extra"


def is_long_list(key: str) -> bool:
    """One of train's two long-list releases (reported with and without them)."""
    return corpus_of(key) == TRAIN and key.rsplit("/", 1)[-1] in LONG_LISTS


def folds_of(keys: list[str]) -> dict[str, int]:
    """Fold of each key: train by fold_of over its file names alone (as everywhere else), the rest by fold_of over
    their keys."""
    train = {key.rsplit("/", 1)[-1]: key for key in keys if group_of(key) == "train"}
    out = {train[name]: f for name, f in fold_of(list(train)).items()}
    out.update(fold_of([key for key in keys if group_of(key) != "train"]))
    return out


def keyed_gold(corpora: list[Corpus]) -> list[dict]:
    """The gold lines of every corpus, `doc` replaced by its key."""
    gold = []
    for corpus in corpora:
        for g in load_gold(corpus.gold):
            gold.append({**g, "doc": key_of(corpus.name, g["doc"].rsplit("/", 1)[-1])})
    return gold


def report_groups(arms: dict[str, dict[str, list[dict]]], gold: list[dict], folds: dict[str, int],
                  scorer: Callable[[list[dict], list[dict]], dict]) -> dict:
    """Per group (train, extra) and arm (document key -> predictions): fold F1s and their mean (with and without
    train's long lists), micro over the group, and train's check folds 3+4 micro. `scorer`: f1 of the relation."""
    out: dict = {}
    for group in GROUPS:
        docs = {d for d in folds if group_of(d) == group}
        if not docs:
            continue
        present = sorted({folds[d] for d in docs})
        for skip_name, long_too in (("all", True), ("without_long_lists", False)):
            if group == "extra" and not long_too:
                continue
            table = out.setdefault(f"{group}/{skip_name}", {})
            for arm, by_doc in arms.items():
                keep = {d for d in docs if long_too or not is_long_list(d)}
                sub = lambda fs: [g for g in gold if g["doc"] in keep and folds[g["doc"]] in fs]  # noqa: E731
                preds = lambda fs: [p for d in keep if folds[d] in fs for p in by_doc.get(d, [])]  # noqa: E731
                per = {f: scorer(preds({f}), sub({f})) for f in present}
                row = {"folds": per, "mean_f1": round(statistics.mean(s["f1"] for s in per.values()), 4),
                       "micro": scorer(preds(set(present)), sub(set(present)))}
                if group == "train":
                    row["check"] = scorer(preds({3, 4}), sub({3, 4}))
                table[arm] = row
    return out


def print_groups(groups: dict, arm_width: int) -> None:
    """The table of `report_groups`, one line per group and arm: mean F1, micro P/R/F1 and train's check folds."""
    for name, table in groups.items():
        print(f"== {name}")
        for arm, row in table.items():
            m, c = row["micro"], row.get("check")
            line = f"{arm:{arm_width}s} mean F1 {row['mean_f1']:.3f} | micro P {m['precision']:.3f} R {m['recall']:.3f} F1 {m['f1']:.3f}"
            if c is not None:
                line += f" | check 3+4 P {c['precision']:.3f} R {c['recall']:.3f} F1 {c['f1']:.3f}"
            print(line)


def chosen_corpora(docs: Path | None, gold: list[Path] | None, wanted: str | None) -> tuple[list[Corpus], list[Path]]:
    """The corpora a trainer fits on and further gold files: `--docs`/`--gold` put one folder in train's place (the
    per-fold models of extraction_cv.py), else `--corpora` chooses among those present."""
    if docs is not None or gold:
        return [Corpus(TRAIN, docs or TRAIN_DIR / "docs", gold[0] if gold else TRAIN_DIR / "gold.jsonl")], list(gold[1:] if gold else [])
    return select(available(), wanted), []


def featurised(corpora: list[Corpus], cache_dir: Path | None, featurise: Callable[[Corpus], dict[str, dict]],
               cache_suffix: str = "") -> dict[str, dict]:
    """Per field of `featurise`'s result (rules, candidates, ...): document key -> data over every corpus. With a
    cache folder each corpus is read from DIR/<corpus><suffix>.json when present, else featurised and written there
    (delete the folder after a rule change)."""
    merged: dict[str, dict] = {}
    for corpus in corpora:
        cache = cache_dir / (corpus.name.replace("/", "_") + cache_suffix + ".json") if cache_dir else None
        if cache is not None and cache.exists():
            data = json.loads(cache.read_text(encoding="utf-8"))
        else:
            data = featurise(corpus)
            if cache is not None:
                cache.parent.mkdir(parents=True, exist_ok=True)
                cache.write_text(json.dumps(data), encoding="utf-8")
        for field, by_doc in data.items():
            merged.setdefault(field, {}).update(by_doc)
        print(f"{corpus.name}: {len(set().union(*data.values()))} documents ({corpus.docs})")
    return merged


def gold_of(corpora: list[Corpus], extra_gold: list[Path], docs: dict) -> list[dict]:
    """The corpora's gold keyed `corpus/file`, plus `extra_gold` keyed as train's, for the documents in `docs`."""
    gold = keyed_gold(corpora)
    for path in extra_gold:
        gold += [{**g, "doc": key_of(TRAIN, g["doc"].rsplit("/", 1)[-1])} for g in load_gold(path)]
    return [g for g in gold if g["doc"] in docs]
