"""The gold corpora the learned scorers are fit on, with document keys and folds shared by both trainers.

The scorers carry over to unread text better when they are fit on more varied releases (issue 13: refit on train/
plus the invented blind releases, holds_role rose on two unread sets), so `train_roles.py` and
`train_designations.py` fit on several corpora at once:

- `train`: ../shared/eval/train (skipped with a message when absent);
- `blind/study`, `blind/check`, `blind/final`: benchmarks/blind/*;
- `synthetic/NAME`: every benchmarks/synthetic/NAME/ holding docs/ and gold.jsonl;
- `real/NAME`: real releases annotated by the project, gold at benchmarks/real/NAME/gold.jsonl, documents in
  ../shared/eval/NAME (not copied into the repository); skipped with a message when either is absent;
- `unread/X`: the 41 readable score sets benchmarks/blind/unread_X of `READABLE` (Treasury- and State-style releases
  with gold, study material since the twenty-first session; fit on since the twenty-second, F). An allow-list: every
  other unread_* folder (the never-read sets a session is judged on, and any set written later) is never a corpus.

File names collide across corpora (b01.txt, ...), so a document's key is `corpus/file name`. In a real corpus, a
document without a gold line (the README.md of the shared folder, a release not annotated yet) is left out. Folds: train keeps the fold it
has everywhere else (extraction_cv.fold_of over the train file names alone, so its study and check folds stay what
they are); the real releases, the readable score sets and the invented ones are each spread over the same five folds
by fold_of over their own keys (so adding real releases or score sets moves no invented one to another fold). Fold K
of the cross-validation is then the documents of fold K of every corpus, and its model is fit on all the other folds.
The CV is reported per group: `train`, `real` (the other real releases, the judge's kind of text), `read` (the
readable score sets, `unread/X`) and `extra` (the invented ones).

`--weigh CORPUS=W,...` (both trainers) weighs the documents of a corpus (a name or prefix as in `--corpora`) W times
in the scorers' fit (`weigh`); the settings are still chosen by unweighted F1.
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
REAL_DIR = ROOT / "benchmarks" / "real"
SHARED_EVAL = ROOT.parent / "shared" / "eval"
TRAIN = "train"
REAL = "real"
UNREAD = "unread"
READ = "read"
GROUPS = ("train", "real", READ, "extra")

#: the readable score sets by style (study material); every other benchmarks/blind/unread_* is kept unread to judge a
#: session: neither `available` nor `unread_corpora` ever takes it (an allow-list, so a set written later is left out too)
UNREAD_TREASURY = ("a", "aa", "ac", "ae", "ag", "ai", "ak", "am", "ao", "c", "e", "f", "g", "h", "i", "k", "m", "o", "q", "s", "u", "w", "y")
UNREAD_STATE = ("ab", "ad", "af", "ah", "aj", "al", "an", "ap", "b", "d", "j", "l", "n", "r", "t", "v", "x", "z")
READABLE = tuple(sorted((*UNREAD_TREASURY, *UNREAD_STATE)))


@dataclass(frozen=True)
class Corpus:
    """A folder of releases with its gold: `name` prefixes its documents' keys. `partial`: the gold covers only some
    files of the folder (a shared folder with its README.md, releases not annotated yet); the others are left out."""

    name: str
    docs: Path
    gold: Path
    partial: bool = False


def _complete(folder: Path) -> bool:
    return (folder / "docs").is_dir() and (folder / "gold.jsonl").is_file()


def _real(real_dir: Path, shared: Path) -> list[Corpus]:
    """`real/NAME` for each benchmarks/real/NAME/gold.jsonl whose documents ../shared/eval/NAME holds; a message for
    each one skipped."""
    found: list[Corpus] = []
    for folder in sorted(p for p in real_dir.iterdir() if p.is_dir()) if real_dir.is_dir() else []:
        gold, docs = folder / "gold.jsonl", shared / folder.name
        if gold.is_file() and docs.is_dir():
            found.append(Corpus(f"{REAL}/{folder.name}", docs, gold, partial=True))
        else:
            print(f"note: {REAL}/{folder.name} needs {gold} and {docs}: fitting without it", file=sys.stderr)
    return found


def unread_corpora(spec: str, blind_dir: Path = BLIND_DIR) -> list[Corpus]:
    """The readable score sets `spec` names (comma-separated letters, or `readable` for all 41) as corpora
    `unread/<x>`; a name outside the readable sets is an error (the never-read sets must not be parsed)."""
    wanted = list(READABLE) if spec.strip() == "readable" else [w.strip().removeprefix("unread_") for w in spec.split(",") if w.strip()]
    refused = [w for w in wanted if w not in READABLE]
    if refused:
        raise SystemExit(f"--unread: {', '.join(refused)} is no readable score set (allowed: {' '.join(READABLE)})")
    return [Corpus(f"{UNREAD}/{w}", blind_dir / f"unread_{w}" / "docs", blind_dir / f"unread_{w}" / "gold.jsonl")
            for w in wanted]


def available(train_dir: Path = TRAIN_DIR, blind_dir: Path = BLIND_DIR, synthetic_dir: Path = SYNTHETIC_DIR,
              real_dir: Path = REAL_DIR, shared: Path = SHARED_EVAL) -> list[Corpus]:
    """Every corpus present: train/, the blind sets, the readable score sets of `READABLE` (never another unread_*),
    each synthetic set with docs/ and gold.jsonl, each real set whose gold and documents are both there."""
    found: list[Corpus] = []
    if _complete(train_dir):
        found.append(Corpus(TRAIN, train_dir / "docs", train_dir / "gold.jsonl"))
    else:
        print(f"note: {train_dir} has no docs/ and gold.jsonl: fitting without train/", file=sys.stderr)
    for part in ("study", "check", "final"):
        if _complete(blind_dir / part):
            found.append(Corpus(f"blind/{part}", blind_dir / part / "docs", blind_dir / part / "gold.jsonl"))
    found += [c for c in unread_corpora("readable", blind_dir) if _complete(c.docs.parent)]
    if synthetic_dir.is_dir():
        for folder in sorted(p for p in synthetic_dir.iterdir() if p.is_dir() and _complete(p)):
            found.append(Corpus(f"synthetic/{folder.name}", folder / "docs", folder / "gold.jsonl"))
    return found + _real(real_dir, shared)


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
    """'train' for the train releases, 'real' for the other real ones (real/NAME), 'read' for the readable score sets
    (unread/X), 'extra' for the invented ones."""
    corpus = corpus_of(key)
    if corpus == TRAIN:
        return "train"
    return REAL if corpus.startswith(REAL + "/") else READ if corpus.startswith(UNREAD + "/") else "extra"


def is_long_list(key: str) -> bool:
    """One of train's two long-list releases (reported with and without them)."""
    return corpus_of(key) == TRAIN and key.rsplit("/", 1)[-1] in LONG_LISTS


def folds_of(keys: list[str]) -> dict[str, int]:
    """Fold of each key: train by fold_of over its file names alone (as everywhere else), each other group (real,
    read, extra) by fold_of over its own keys."""
    train = {key.rsplit("/", 1)[-1]: key for key in keys if group_of(key) == "train"}
    out = {train[name]: f for name, f in fold_of(list(train)).items()}
    for group in GROUPS[1:]:
        out.update(fold_of([key for key in keys if group_of(key) == group]))
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
    """Per group (train, real, read, extra) and arm (document key -> predictions): fold F1s and their mean (with and without
    train's long lists), micro over the group, and train's check folds 3+4 micro. `scorer`: f1 of the relation."""
    out: dict = {}
    for group in GROUPS:
        docs = {d for d in folds if group_of(d) == group}
        if not docs:
            continue
        present = sorted({folds[d] for d in docs})
        for skip_name, long_too in (("all", True), ("without_long_lists", False)):
            if group != "train" and not long_too:
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
        if corpus.partial:
            annotated = {key_of(corpus.name, g["doc"].rsplit("/", 1)[-1]) for g in load_gold(corpus.gold)}
            data = {field: {d: v for d, v in by_doc.items() if d in annotated} for field, by_doc in data.items()}
        for field, by_doc in data.items():
            merged.setdefault(field, {}).update(by_doc)
        kept = set().union(*data.values())
        print(f"{corpus.name}: {len(kept)} documents ({corpus.docs})")
    return merged


def weights_of(spec: str | None, corpora: list[Corpus]) -> dict[str, float]:
    """Corpus name -> weight from `CORPUS=W,...` (a name or prefix as in `select`; a later item wins)."""
    out: dict[str, float] = {}
    for item in (w.strip() for w in (spec or "").split(",") if w.strip()):
        name, _, value = item.partition("=")
        try:
            weight = float(value)
        except ValueError:
            raise SystemExit(f"--weigh: {item!r} is not CORPUS=WEIGHT") from None
        if weight <= 0:
            raise SystemExit(f"--weigh: the weight of {name!r} must be positive")
        out.update({c.name: weight for c in select(corpora, name.strip())})
    return out


def weigh(by_doc: dict[str, list[dict]], weights: dict[str, float]) -> int:
    """Set `weight` (the fit's sample weight, train_roles.fit) on every item of the documents of a weighted corpus;
    returns how many items got one."""
    n = 0
    for doc, items in by_doc.items():
        weight = weights.get(corpus_of(doc))
        if weight is not None:
            for item in items:
                item["weight"] = weight
            n += len(items)
    return n


def gold_of(corpora: list[Corpus], extra_gold: list[Path], docs: dict) -> list[dict]:
    """The corpora's gold keyed `corpus/file`, plus `extra_gold` keyed as train's, for the documents in `docs`."""
    gold = keyed_gold(corpora)
    for path in extra_gold:
        gold += [{**g, "doc": key_of(TRAIN, g["doc"].rsplit("/", 1)[-1])} for g in load_gold(path)]
    return [g for g in gold if g["doc"] in docs]
