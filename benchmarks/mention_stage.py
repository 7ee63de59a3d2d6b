"""Where each gold relation's names stand at the mention stage, before any relation rule runs (issue 13, NS).

For every gold holds_role and designated_by relation of a set, its subject and its object (a
holds_role's body; a designation's authority) are looked up among the document's resolved entities:

- exact: an entity's name or one of its forms matches a gold name by the evaluation's rule, and it has
  the expected kind (a post's holder a person, a post's body not a person; a designee takes the kind
  the same doc's gold gives the name in a holds_role, else any kind);
- type: a matching entity exists, but only of the other kind (a person typed as a body or the reverse);
- span: no entity matches, but mentions overlap where a gold name is written (cut, extended, split, glued);
- absent: nothing overlaps the written name;
- not in text: no gold name is written in the document as such (a paraphrase; nothing to measure).

    python benchmarks/mention_stage.py --gold SET/gold.jsonl SET/docs --list      # a set you may read
    python benchmarks/mention_stage.py --gold SET/gold.jsonl SET/docs             # counts only (check sets)
    python benchmarks/mention_stage.py --train ../shared/eval/train --folds 0,1,2 --list

`--list` prints every non-exact side with the mentions overlapping the written name; `--json F` writes the counts.
"""
from __future__ import annotations

import argparse
import functools
import json
import sys
from collections import Counter
from collections.abc import Iterable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from name_spans import FOLDS, _occurrence  # noqa: E402

from graphbuild.evaluate import load_gold, names_match  # noqa: E402
from graphbuild.extract.context import context_of, release_context  # noqa: E402
from graphbuild.ingest.corpus import CorpusReport, read_corpus  # noqa: E402
from graphbuild.nlp.model import load_pipeline  # noqa: E402
from graphbuild.nlp.windows import split_windows  # noqa: E402
from graphbuild.pipeline.workers import make_doc  # noqa: E402

RELATIONS = ("holds_role", "designated_by")
CLASSES = ("exact", "type", "span", "absent", "not in text")


def _names(value: list[str] | str) -> list[str]:
    return [] if value == "*" else ([value] if isinstance(value, str) else list(value))


def expected_kinds(relations: list[dict]) -> dict[str, str]:
    """Gold name -> "person" or "body", from the doc's holds_role relations (a holder is a person, a post's body is not)."""
    kinds: dict[str, str] = {}
    for rel in relations:
        if rel["relation"] == "holds_role":
            for name in _names(rel["subject"]):
                kinds.setdefault(name, "person")
            for name in _names(rel["object"]):
                kinds.setdefault(name, "body")
    return kinds


def classify(text: str, windows: list[tuple[int, object]], names: list[str], kind: str | None) -> tuple[str, str]:
    """The class of one gold side (`CLASSES`) and, when not exact, what the mentions made of it."""
    matching = [(c.name, c.type) for _, ctx in windows for c in _entities(ctx)
                if any(names_match(form, n) for form in (c.name, *c.forms) for n in names)]
    if matching:
        fits = [t for _, t in matching if kind is None or (t == "Person") == (kind == "person")]
        return ("exact", "") if fits else ("type", " | ".join(f"{n!r}/{t}" for n, t in matching))
    where = next((o for o in (_occurrence(text, n) for n in names) if o), None)
    if where is None:
        return "not in text", ""
    start, end = where
    got = []
    for offset, ctx in windows:
        doc = ctx.doc  # type: ignore[attr-defined]
        for m in ctx.resolver.mentions:  # type: ignore[attr-defined]
            s, e = offset + doc[m.start].idx, offset + doc[m.end - 1].idx + len(doc[m.end - 1].text)
            if s < end and start < e:
                got.append(f"{m.text!r}/{m.label}")
    return ("span" if got else "absent"), " | ".join(got)


def _entities(ctx: object) -> Iterable:
    resolver = ctx.resolver  # type: ignore[attr-defined]
    return {id(c): c for m in resolver.mentions if (c := resolver.entity(m)) is not None}.values()


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
        windows = []
        for start, end in split_windows(document.text):
            doc = nlp(make_doc(nlp, document, start, end))
            windows.append((start, context_of(doc)))
        relations = [r for r in by_doc[name]["relations"] if r["relation"] in RELATIONS]
        kinds = expected_kinds(relations)
        for rel in relations:
            for side in ("subject", "object"):
                names = _names(rel[side])
                if not names:
                    continue
                kind = {"holds_role": {"subject": "person", "object": "body"}}.get(rel["relation"], {}).get(side)
                kind = kind or next((kinds[n] for n in names if n in kinds), None)
                cls, got = classify(document.text, windows, names, kind)
                counts[f"{rel['relation']} {side} {cls}"] += 1
                if listing and cls not in ("exact", "not in text"):
                    print(f"{label:10} {name:10} {rel['relation']:13} {side:7} {cls.upper():6} {names[0]!r} <- {got}")
        for _, ctx in windows:
            release_context(ctx.doc)  # type: ignore[attr-defined]
    return counts


@functools.cache
def mention_pipeline():  # noqa: ANN201 - a spaCy Language
    """The model without the extractors, loaded once for every set (also `wrong_merges.py`'s)."""
    return load_pipeline(extract=False)


def table(counts: Counter[str]) -> str:
    lines = []
    for rel in RELATIONS:
        for side in ("subject", "object"):
            row = [counts[f"{rel} {side} {c}"] for c in CLASSES]
            lines.append(f"  {rel:13} {side:7} " + "  ".join(f"{c} {n}" for c, n in zip(CLASSES, row)))
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--gold", type=Path, help="a set's gold.jsonl (then give its docs folder)")
    ap.add_argument("docs", type=Path, nargs="?")
    ap.add_argument("--train", type=Path, help="a train folder (gold.jsonl and docs/), with --folds")
    ap.add_argument("--folds", default=None, help="train folds to count, e.g. 0,1,2 (doc order as extraction_cv)")
    ap.add_argument("--list", action="store_true", help="print each non-exact side (read sets only)")
    ap.add_argument("--json", type=Path, help="write the counts here")
    args = ap.parse_args(argv)
    folds = {int(x) for x in args.folds.split(",")} if args.folds else None
    if args.train:
        counts = measure(args.train / "gold.jsonl", args.train / "docs", folds, args.list, "train")
    elif args.gold and args.docs:
        counts = measure(args.gold, args.docs, None, args.list, args.gold.parent.name)
    else:
        ap.error("give --gold GOLD DOCS or --train DIR")
    print(table(counts))
    if args.json:
        args.json.write_text(json.dumps(dict(counts), sort_keys=True) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
