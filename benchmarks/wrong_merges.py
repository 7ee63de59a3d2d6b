"""Wrong and missed merges of the within-document resolver against a gold file (issue 13, NM).

A graph that makes two people or two companies one entity states every post and designation of one on the other.
For each document the resolver's entities (name, every form, folded short forms) are compared with the gold's
subjects and objects (a gold entity: the names of one side of a relation, joined with every other side sharing a
name of two words or more):

- wrong merge: an entity has two forms whose matched gold entities (the evaluation's name rule) are non-empty and
  disjoint ("Karim Nadir Haddad" and "Karim Haddad", two men, one entity);
- missed merge: a gold entity that two entities of one window sharing a word each match, and nothing else
  matches (a name split).

Authorities and countries are left out: the gold accepts an authority's many names (OFAC for the Treasury).

    python benchmarks/wrong_merges.py --gold SET/gold.jsonl SET/docs --list     # a set you may read
    python benchmarks/wrong_merges.py --gold SET/gold.jsonl SET/docs            # counts only (check sets)
    python benchmarks/wrong_merges.py --train ../shared/eval/train --folds 0,1,2 --list
"""
from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from mention_stage import mention_pipeline  # noqa: E402
from name_spans import FOLDS  # noqa: E402

from graphbuild.evaluate import eval_words, load_gold, names_match  # noqa: E402
from graphbuild.extract.context import context_of, release_context  # noqa: E402
from graphbuild.ingest.corpus import CorpusReport, read_corpus  # noqa: E402
from graphbuild.nlp.windows import split_windows  # noqa: E402
from graphbuild.pipeline.workers import make_doc  # noqa: E402


def gold_entities(relations: list[dict]) -> list[list[str]]:
    """The document's gold entities: each relation side's names, joined when they share a name of two words or more."""
    groups: list[list[str]] = []
    for rel in relations:
        for side in ("subject", "object"):
            names = rel.get(side)
            if not names or names == "*":
                continue
            names = [names] if isinstance(names, str) else list(names)
            keys = {" ".join(eval_words(n)) for n in names if len(eval_words(n)) > 1}
            joined = [g for g in groups if keys & {" ".join(eval_words(n)) for n in g if len(eval_words(n)) > 1}]
            merged = [n for g in joined for n in g] + names
            groups = [g for g in groups if g not in joined] + [list(dict.fromkeys(merged))]
    return groups


def _matched(form: str, groups: list[list[str]]) -> frozenset[int]:
    return frozenset(i for i, g in enumerate(groups) if any(names_match(form, n) for n in g))


def measure(gold_path: Path, docs: Path, folds: set[int] | None, listing: bool, label: str) -> Counter[str]:
    gold = load_gold(gold_path)
    order = {doc: i % FOLDS for i, doc in enumerate(sorted(g["doc"] for g in gold))}
    by_doc = {g["doc"]: g for g in gold if folds is None or order[g["doc"]] in folds}
    nlp = mention_pipeline()
    counts: Counter[str] = Counter()
    for document in read_corpus([docs], CorpusReport()):
        name = Path(document.id).name
        if name not in by_doc:
            continue
        groups = gold_entities(by_doc[name]["relations"])
        counts["gold entities"] += len(groups)
        for start, end in split_windows(document.text):
            ctx = context_of(nlp(make_doc(nlp, document, start, end)))
            resolver = ctx.resolver
            entities = {id(c): c for m in resolver.mentions if (c := resolver.entity(m)) is not None}.values()
            seen_by: dict[int, list[str]] = {}
            for c in entities:
                if c.stands_for_authority or c.type == "Country":
                    continue  # the gold accepts an authority's many names (OFAC for the Treasury): no people, no companies
                forms = list(dict.fromkeys([c.name, *c.forms, *c.short_forms]))
                matched = {f: _matched(f, groups) for f in forms}
                hit = [m for m in matched.values() if m]
                wrong = any(not (a & b) for a in hit for b in hit)
                if wrong:
                    counts[f"wrong {c.type}"] += 1
                    counts["wrong"] += 1
                    if listing:
                        told = "; ".join(f"{f!r}->{sorted(m)}" for f, m in matched.items() if m)
                        print(f"{label:8} {name:12} WRONG  {c.type:12} {c.name!r}: {told}")
                union = frozenset().union(*hit) if hit else frozenset()
                if len(union) == 1 and not wrong:
                    seen_by.setdefault(next(iter(union)), []).append(c.name)
            for g, names in seen_by.items():
                words = [set(eval_words(n)) for n in names]
                if len(names) > 1 and any(a & b for i, a in enumerate(words) for b in words[i + 1:]):
                    counts["missed"] += 1
                    if listing:
                        print(f"{label:8} {name:12} MISSED {groups[g][0]!r}: {names}")
            release_context(ctx.doc)
    return counts


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--gold", type=Path, action="append", help="a set's gold.jsonl (then its docs folder); repeatable")
    ap.add_argument("docs", type=Path, nargs="*")
    ap.add_argument("--train", type=Path, help="a train folder (gold.jsonl and docs/), with --folds")
    ap.add_argument("--folds", default=None, help="train folds to count, e.g. 0,1,2 (doc order as extraction_cv)")
    ap.add_argument("--list", action="store_true", help="print each wrong and missed merge (read sets only)")
    ap.add_argument("--json", type=Path, help="write the counts here")
    args = ap.parse_intermixed_args(argv)
    folds = {int(x) for x in args.folds.split(",")} if args.folds else None
    counts: Counter[str] = Counter()
    if args.train:
        counts = measure(args.train / "gold.jsonl", args.train / "docs", folds, args.list, "train")
    elif args.gold and len(args.gold) == len(args.docs):
        for gold, docs in zip(args.gold, args.docs):
            counts += measure(gold, docs, None, args.list, gold.parent.name.replace("unread_", ""))
    else:
        ap.error("give --gold GOLD DOCS (repeatable, in pairs) or --train DIR")
    print(json.dumps(dict(sorted(counts.items()))))
    if args.json:
        args.json.write_text(json.dumps(dict(counts), sort_keys=True) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
