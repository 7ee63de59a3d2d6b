"""Two measurements behind docs/ner.md: how much the NER could fix, and how much an adapted ner forgets.

    python benchmarks/ner_diagnostics.py missed RELATIONS.jsonl   # of the false negatives, names present as mentions?
    python benchmarks/ner_diagnostics.py kept DELTA.npz K          # the model's own other entities the delta keeps, fold K

`missed`: for each gold holds_role / designated_by the relations miss (RELATIONS from
`extraction_cv.py --role-models-per-fold DIR --out OUT`, e.g. OUT/learned.jsonl), whether any listed
name of the subject (of the object) is, with that exact text, an entity of the pipeline
(`$GRAPHBUILD_NER` chooses the weights) or a mention after graphbuild's name repairs; all 47 and
without the long lists. `kept`: on fold K, the entities of the model's own ner that overlap no gold
name, and how many the delta (fit without fold K) reproduces with the same span and label.
"""
from __future__ import annotations

import json
import os
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from extraction_cv import LONG_LISTS, fold_of  # noqa: E402

from graphbuild.evaluate import load_gold, score  # noqa: E402

TRAIN = ROOT.parent / "shared" / "eval" / "train"


def names_in_build() -> tuple[dict[str, set[str]], dict[str, set[str]]]:
    """Per release: the texts of its entities and of its mentions (after the name repairs)."""
    from graphbuild.ingest.corpus import read_corpus
    from graphbuild.nlp.gazetteers import load_gazetteers
    from graphbuild.nlp.mentions import collect_mentions
    from graphbuild.nlp.model import load_pipeline
    from graphbuild.nlp.windows import split_windows
    from graphbuild.pipeline.workers import make_doc

    nlp, gaz = load_pipeline(extract=False), load_gazetteers()
    ents: dict[str, set[str]] = {}
    mentions: dict[str, set[str]] = {}
    for document in read_corpus([TRAIN / "docs"]):
        key = document.id.rsplit("/", 1)[-1]
        ents[key], mentions[key] = set(), set()
        for start, end in split_windows(document.text):
            doc = nlp(make_doc(nlp, document, start, end))
            ents[key] |= {e.text for e in doc.ents}
            mentions[key] |= {m.text for m in collect_mentions(doc, gaz, None)}
    return ents, mentions


def missed(relations: Path) -> None:
    gold = load_gold(TRAIN / "gold.jsonl")
    preds = [json.loads(line) for line in relations.read_text(encoding="utf-8").splitlines() if line.strip()]
    errors = [e for e in score(preds, gold).errors if e["type"] == "FN"]
    by_key = {(g["doc"], r["relation"], r["subject"][0], r["object"] if r["object"] == "*" else r["object"][0]): r
              for g in gold for r in g["relations"]}
    ents, mentions = names_in_build()
    for skip in (set(), LONG_LISTS):
        for kind in ("holds_role", "designated_by"):
            fns = [e for e in errors if e["relation"] == kind and e["doc"] not in skip]
            counts = Counter()
            for e in fns:
                r = by_key[(e["doc"], kind, e["subject"], e["object"])]
                subj_m = any(n in mentions[e["doc"]] for n in r["subject"])
                obj_m = r["object"] == "*" or any(n in mentions[e["doc"]] for n in r["object"])
                counts["subject entity"] += any(n in ents[e["doc"]] for n in r["subject"])
                counts["subject mention"] += subj_m
                counts["object mention"] += obj_m
                counts["both mentions"] += subj_m and obj_m
            share = {k: f"{v} ({v / max(len(fns), 1):.2f})" for k, v in counts.items()}
            print(f"{'without long lists' if skip else 'all 47'} {kind}: {len(fns)} missed; {share}")


def kept(delta: Path, fold: int) -> None:
    os.environ["GRAPHBUILD_NER"] = "base"
    import train_ner

    from graphbuild.nlp.ner_weights import apply_delta

    gold = load_gold(TRAIN / "gold.jsonl")
    texts = train_ner.read_documents(TRAIN / "docs")
    folds = fold_of([g["doc"] for g in gold])
    base, adapted = train_ner.base_pipeline(), train_ner.base_pipeline()
    apply_delta(adapted, delta)
    same, total = Counter(), Counter()
    for record in gold:
        if folds[record["doc"]] != fold:
            continue
        text = texts[record["doc"]]
        spans = train_ner.gold_spans(text, record)
        for line in train_ner._PARAGRAPH.finditer(text):
            before = base.get_pipe("ner")(base.make_doc(line.group()))
            after = {(e.start_char, e.end_char, e.label_) for e in adapted.get_pipe("ner")(adapted.make_doc(line.group())).ents}
            for e in before.ents:
                start, end = e.start_char + line.start(), e.end_char + line.start()
                if any(s < end and start < t for s, t, *_ in spans):
                    continue
                total[e.label_] += 1
                same[e.label_] += (e.start_char, e.end_char, e.label_) in after
    print({label: f"{same[label]}/{n}" for label, n in total.most_common(8)}, f"all {sum(same.values())}/{sum(total.values())}")


if __name__ == "__main__":
    if len(sys.argv) == 3 and sys.argv[1] == "missed":
        missed(Path(sys.argv[2]))
    elif len(sys.argv) == 4 and sys.argv[1] == "kept":
        kept(Path(sys.argv[2]), int(sys.argv[3]))
    else:
        raise SystemExit(__doc__)
