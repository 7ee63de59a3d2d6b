"""How many gold names the mention layer gets right, before any relation rule runs.

For every gold subject (and holds_role object) name of the chosen folds of
`../shared/eval/train` that occurs in its document's text, the document's resolved
entities are searched for a name that matches it by the evaluation's rules:

- found: an entity's name or alias matches the gold name;
- span: no entity matches, but mentions overlap the place where the name is written
  (the name was split, cut, or glued to something else): a name-span error;
- missed: nothing overlaps the written name.

    python benchmarks/name_spans.py --folds 0,1,2          # study folds (read these)
    python benchmarks/name_spans.py --folds 3,4 --quiet    # check folds (measure only)
"""
from __future__ import annotations

import argparse
import re
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from graphbuild.evaluate import load_gold, names_match  # noqa: E402
from graphbuild.extract.context import context_of, release_context  # noqa: E402
from graphbuild.ingest.corpus import CorpusReport, read_corpus  # noqa: E402
from graphbuild.nlp.model import load_pipeline  # noqa: E402

TRAIN = ROOT.parent / "shared" / "eval" / "train"
FOLDS = 5


def _occurrence(text: str, name: str) -> tuple[int, int] | None:
    """Character range of the first whole-word, case-insensitive occurrence of `name` in the document text."""
    parts = [re.escape(w).replace("\u2019", "['\u2019]").replace("'", "['\u2019]") for w in name.replace("\u2019", "'").split()]
    match = re.search(r"(?<!\w)" + r"\s+".join(parts) + r"(?!\w)", text, re.I)
    return (match.start(), match.end()) if match else None


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--train", type=Path, default=TRAIN)
    ap.add_argument("--folds", default="0,1,2")
    ap.add_argument("--quiet", action="store_true", help="counts only (use for check folds)")
    ap.add_argument("--no-repair", action="store_true", help="switch the span repair off (to measure what it gives)")
    args = ap.parse_args(argv)
    wanted = {int(x) for x in args.folds.split(",")}
    if args.no_repair:
        import graphbuild.nlp.name_contexts as name_contexts
        import graphbuild.nlp.name_spans as name_spans

        name_spans.repair_names = lambda doc, mentions, gaz: mentions
        name_contexts.drop_heading_fragments = lambda doc, mentions: mentions
    gold = load_gold(args.train / "gold.jsonl")
    order = {doc: i % FOLDS for i, doc in enumerate(sorted(g["doc"] for g in gold))}
    by_doc = {g["doc"]: g for g in gold if order[g["doc"]] in wanted}
    nlp = load_pipeline(extract=False)
    counts: Counter[str] = Counter()
    for document in read_corpus([args.train / "docs"], CorpusReport()):
        name = Path(document.id).name
        if name not in by_doc:
            continue
        doc = nlp(document.text)
        doc.user_data["gb_meta"] = document.meta
        ctx = context_of(doc)
        entities = {id(c): c for m in ctx.resolver.mentions if (c := ctx.resolver.entity(m)) is not None}.values()
        names: set[str] = set()
        for rel in by_doc[name]["relations"]:
            names.add(rel["subject"][0] if isinstance(rel["subject"], list) else rel["subject"])
            if rel["relation"] == "holds_role" and isinstance(rel["object"], list):
                names.add(rel["object"][0])
        for gold_name in sorted(names):
            variants = [v for rel in by_doc[name]["relations"] for v in (rel["subject"] if isinstance(rel["subject"], list) else [])
                        if rel["subject"][0] == gold_name] or [gold_name]
            where = next((o for o in (_occurrence(document.text, v) for v in variants) if o), None)
            if where is None:
                counts["not in text"] += 1
                continue
            if any(names_match(form, v) for c in entities for form in (c.name, *c.forms) for v in variants):
                counts["found"] += 1
                continue
            start, end = where
            overlapping = [m for m in ctx.resolver.mentions if doc[m.start].idx < end and start < doc[m.end - 1].idx + len(doc[m.end - 1].text)]
            kind = "span" if overlapping else "missed"
            counts[kind] += 1
            if not args.quiet:
                got = " | ".join(f"{m.text!r}/{m.label}" for m in overlapping)
                print(f"{kind.upper():6} {name}  {gold_name!r}  <- {got}")
        release_context(doc)
    total = sum(counts.values())
    print(f"gold names: {total}  " + "  ".join(f"{k} {v}" for k, v in counts.most_common()))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
