"""Fine-tune the model's `ner` on the train releases (gold names aligned to spans); write the small delta file.

    python benchmarks/train_ner.py                      # ../shared/eval/train -> graphbuild/data/ner_delta.npz
    python benchmarks/train_ner.py --fold-models DIR    # DIR/fold_K.npz fit WITHOUT fold K (extraction_cv.py)
    python benchmarks/train_ner.py --spans              # gold-span recall of the model's own ner, by fold, no training

Alignment. The gold (train/gold.jsonl) lists names, not spans. Every name and alias of a document is
looked up in the text the build sees (graphbuild's own ingest, so offsets match): longest first, on
word boundaries, every occurrence, never overlapping a longer one. Labels: a holds_role subject is a
PERSON; a holds_role object and a designated_by object are an ORG (a GPE where the model's own ner
tags that exact span GPE: "Iran" as a fallback object); a designated_by subject is a PERSON when the
name also holds a post, else the label most of the model's own entities overlapping the designee's
names in the document have (PERSON against the other name labels), else PERSON when it reads like
a person's name (2-6 capitalised words, no company or public-body word of the gazetteers, no legal
form) and ORG otherwise (companies, vessels, aircraft, groups: the pipeline types these from
context). Names with a possessive ("X's Ministry") are skipped: the model tags the country and the
body apart and the rules read them so. `--no-bodies` teaches people and designees only. A name the tokenizer cannot align is
left unannotated (missing), not taught as "no entity". Everything else stays as the model's own ner
has it (its entities that overlap no gold name are kept: rehearsal, so it does not forget dates,
numbers and the names the gold does not list).

Training: only the `ner` component (it has its own tok2vec in the small model; every other component
is untouched), Adam without weight decay (parameters no example touches stay exactly as they were, so
the delta file is small), a few epochs, dropout, seeded and deterministic. The file stores the change
only (graphbuild/nlp/ner_weights.py).

Out of fold the extraction built on the adapted ner scores lower than on the model's own, so it is not
the default (figures and reasons: docs/ner.md). `--out FILE` writes the all-release model elsewhere.
"""
from __future__ import annotations

import argparse
import copy
import os
import random
import re
import sys
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from extraction_cv import FOLDS, fold_of  # noqa: E402

from graphbuild.evaluate import load_gold  # noqa: E402

TRAIN = ROOT.parent / "shared" / "eval" / "train"
SHIPPED = ROOT / "graphbuild" / "data" / "ner_delta.npz"
SEED = 13
EPOCHS = 4
LEARN_RATE = 0.0005
DROPOUT = 0.2
BATCH_WORDS = 800
#: The model's own labels that count as a name when voting a designee PERSON or not (dates, numbers do not).
NAME_LABELS = {"PERSON", "ORG", "GPE", "NORP", "FAC", "LOC", "PRODUCT"}
#: Transliterated legal forms the gazetteers' company words do not hold (words, not names).
LEGAL_FORMS = {"aktsionernoe", "obshchestvo", "obschestvo", "publichnoe", "sirketi", "anonim", "predpriyatie", "zavod",
               "kombinat", "kompaniya", "korporatsiya", "ooo", "ao", "pao", "sa", "s.a.", "pvt", "fze", "prison"}
PARTICLES = {"de", "del", "la", "las", "los", "da", "das", "do", "dos", "di", "al", "el", "bin", "bint", "ibn", "van",
             "von", "der", "y", "e", "ul", "ur", "abu"}
_NAME_WORD = re.compile(r"^(?:(?:al|el|Al|El)-)?[A-Z][a-z\u00C0-\u024F'\-]+\.?$|^[A-Z]\.$")
_POSSESSIVE = re.compile(r"['\u2019]s\b")
_PARAGRAPH = re.compile(r"[^\n]+")


def base_pipeline() -> Any:
    """The build's own pipeline up to entities (same tokenizer), with the model's own ner weights."""
    os.environ["GRAPHBUILD_NER"] = "base"
    from graphbuild.nlp.model import load_pipeline

    return load_pipeline(extract=False)


def read_documents(docs_dir: Path) -> dict[str, str]:
    """File name -> the text the build sees."""
    from graphbuild.ingest.corpus import read_corpus

    return {d.id.rsplit("/", 1)[-1]: d.text for d in read_corpus([docs_dir])}


def name_roles(record: dict) -> list[tuple[str, str, str]]:
    """(name, kind, the first name of its list) for every listed name of the record: kind person / designee / body."""
    people = {n for r in record["relations"] if r["relation"] == "holds_role" for n in r["subject"]}
    out: list[tuple[str, str, str]] = []
    for r in record["relations"] + record.get("optional", []):
        subject_kind = "person" if r["relation"] == "holds_role" or set(r["subject"]) & people else "designee"
        out += [(n, subject_kind, r["subject"][0]) for n in r["subject"]]
        if r["object"] != "*":
            out += [(n, "body", r["object"][0]) for n in r["object"]]
    return out


def gold_spans(text: str, record: dict, bodies: bool = True) -> list[tuple[int, int, str, str]]:
    """(start, end, kind, canonical name) of every occurrence of the record's names in `text`: longest first, word
    boundaries, no overlaps; a name listed as a person is a person wherever it occurs. `bodies=False` leaves the
    objects (organizations a post is at, authorities) out: there the model's own entities stay."""
    rank = {"person": 0, "designee": 1, "body": 2}
    kinds: dict[str, tuple[str, str]] = {}
    for name, kind, canonical in name_roles(record):
        name = name.strip()
        if len(name) < 2 or _POSSESSIVE.search(name) or (kind == "body" and not bodies):
            continue
        if name not in kinds or rank[kind] < rank[kinds[name][0]]:
            kinds[name] = (kind, canonical)
    taken = bytearray(len(text))
    spans = []
    for name in sorted(kinds, key=lambda n: (-len(n), n)):
        for m in re.finditer(r"(?<!\w)" + re.escape(name) + r"(?!\w)", text):
            if not any(taken[m.start():m.end()]):
                taken[m.start():m.end()] = b"\x01" * (m.end() - m.start())
                spans.append((m.start(), m.end(), *kinds[name]))
    return sorted(spans)


def looks_like_person(name: str, org_words: set[str]) -> bool:
    """2-6 capitalised name words (particles allowed), none a company/public-body word or legal form, not all capitals."""
    words = name.replace(",", " ").split()
    if not 2 <= len(words) <= 6 or name.isupper():
        return False
    if {w.lower().strip(".") for w in words} & (org_words | LEGAL_FORMS):
        return False
    return all(_NAME_WORD.match(w) or w.lower() in PARTICLES for w in words)


def designee_votes(spans: list[tuple[int, int, str, str]], base: list[tuple[int, int, str]]) -> dict[str, int]:
    """Per designee (canonical name): PERSON entities of the model's own overlapping its occurrences minus the
    other name entities overlapping them."""
    votes: dict[str, int] = {}
    for start, end, kind, canonical in spans:
        if kind != "designee":
            continue
        for s, e, label in base:
            if s < end and start < e and label in NAME_LABELS:
                votes[canonical] = votes.get(canonical, 0) + (1 if label == "PERSON" else -1)
    return votes


def _label(kind: str, canonical: str, exact: str | None, votes: dict[str, int], org_words: set[str]) -> str:
    if kind == "person":
        return "PERSON"
    if kind == "body":
        return "GPE" if exact == "GPE" else "ORG"
    vote = votes.get(canonical, 0)
    if vote:
        return "PERSON" if vote > 0 else "ORG"
    return "PERSON" if looks_like_person(canonical, org_words) else "ORG"


def _org_words() -> set[str]:
    from graphbuild.nlp.gazetteers import load_gazetteers

    gaz = load_gazetteers()
    return gaz.company_words | gaz.public_body_words


def examples_of(nlp: Any, text: str, record: dict, bodies: bool = True) -> tuple[list[Any], dict[str, int]]:
    """Training examples (one per non-empty line of the text) and alignment counts."""
    from spacy.training import Example

    ner = nlp.get_pipe("ner")
    spans = gold_spans(text, record, bodies)
    counts = {"names": len(spans), "aligned": 0, "lines": 0}
    paras = [(p.start(), p.end(), ner(nlp.make_doc(p.group()))) for p in _PARAGRAPH.finditer(text) if p.group().strip()]
    votes = designee_votes(spans, [(e.start_char + a, e.end_char + a, e.label_) for a, _, d in paras for e in d.ents])
    org_words = _org_words()
    out = []
    for para_start, para_end, predicted in paras:
        ref = predicted.copy()
        base_ents = list(predicted.ents)
        ents, missing = [], []
        for start, end, kind, canonical in spans:
            if start < para_start or end > para_end:
                continue
            span = ref.char_span(start - para_start, end - para_start)
            if span is None and text[end - 1] == ".":  # "Ltd." at a sentence end: the period is its own token
                span = ref.char_span(start - para_start, end - 1 - para_start)
            if span is None:
                loose = ref.char_span(start - para_start, end - para_start, alignment_mode="expand")
                if loose is not None:
                    missing.append(loose)
                continue
            counts["aligned"] += 1
            exact = next((e.label_ for e in base_ents if e.start == span.start and e.end == span.end), None)
            ents.append(ref.char_span(span.start_char, span.end_char, label=_label(kind, canonical, exact, votes, org_words)))
        claimed = set()
        for s in ents + missing:
            claimed.update(range(s.start, s.end))
        ents += [e for e in base_ents if not claimed & set(range(e.start, e.end))]
        ref.set_ents(sorted(ents, key=lambda s: s.start), missing=missing, default="outside")
        out.append(Example(nlp.make_doc(predicted.text), ref))
        counts["lines"] += 1
    return out, counts


def batches(examples: list[Any]) -> list[list[Any]]:
    """Consecutive examples grouped into batches of about BATCH_WORDS tokens."""
    out: list[list[Any]] = [[]]
    words = 0
    for ex in examples:
        if words >= BATCH_WORDS:
            out.append([])
            words = 0
        out[-1].append(ex)
        words += len(ex.reference)
    return [b for b in out if b]


def train(nlp: Any, examples: list[Any], seed: int = SEED, epochs: int = EPOCHS, log: bool = True) -> None:
    """Fine-tune only `ner` in place: Adam without weight decay, dropout, batches of about BATCH_WORDS words."""
    from spacy.util import fix_random_seed
    from thinc.api import Adam

    fix_random_seed(seed)
    rng = random.Random(seed)
    optimizer = Adam(learn_rate=LEARN_RATE, L2=0.0, L2_is_weight_decay=True, grad_clip=1.0, use_averages=False)
    ner = nlp.get_pipe("ner")
    order = list(examples)
    for epoch in range(epochs):
        rng.shuffle(order)
        losses: dict[str, float] = {}
        started = time.perf_counter()
        for batch in batches(order):
            ner.update(batch, drop=DROPOUT, sgd=optimizer, losses=losses)
        if log:
            print(f"  epoch {epoch + 1}: loss {losses.get('ner', 0.0):.1f} ({time.perf_counter() - started:.1f} s)", flush=True)


def fit_and_save(nlp: Any, examples: list[Any], base: dict, out: Path, epochs: int = EPOCHS) -> int:
    """Train a copy of the base ner on `examples`, write its delta to `out`, restore the base weights; bytes."""
    from graphbuild.nlp.ner_weights import parameter_keys, save_delta

    ner = nlp.get_pipe("ner")
    train(nlp, examples, epochs=epochs)
    size = save_delta(out, base, ner.model)
    for key, node, name in parameter_keys(ner.model):
        node.set_param(name, base[key].copy())
    return size


def span_recall(nlp: Any, texts: dict[str, str], gold: list[dict], folds: dict[str, int]) -> dict[int, tuple[int, int]]:
    """Per fold: (gold name occurrences the ner tags with exactly that span, all occurrences)."""
    ner = nlp.get_pipe("ner")
    out = {f: [0, 0] for f in range(FOLDS)}
    for record in gold:
        text = texts[record["doc"]]
        spans = gold_spans(text, record)
        for para in _PARAGRAPH.finditer(text):
            doc = ner(nlp.make_doc(para.group()))
            exact = {(e.start_char + para.start(), e.end_char + para.start()) for e in doc.ents}
            for start, end, *_ in spans:
                if para.start() <= start and end <= para.end():
                    out[folds[record["doc"]]][1] += 1
                    out[folds[record["doc"]]][0] += (start, end) in exact
    return {f: (a, b) for f, (a, b) in out.items()}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--gold", type=Path, default=TRAIN / "gold.jsonl")
    ap.add_argument("--docs", type=Path, default=TRAIN / "docs")
    ap.add_argument("--out", type=Path, default=SHIPPED, help="the delta file to write (all documents)")
    ap.add_argument("--fold-models", type=Path, metavar="DIR", help="write DIR/fold_K.npz fit without fold K, then stop")
    ap.add_argument("--spans", action="store_true", help="print the gold-span recall of the chosen ner ($GRAPHBUILD_NER) by fold")
    ap.add_argument("--no-bodies", action="store_true", help="teach the names of people and designees only; the "
                    "organizations posts are at keep the model's own entities")
    ap.add_argument("--epochs", type=int, default=EPOCHS)
    args = ap.parse_args(argv)
    gold = load_gold(args.gold)
    for g in gold:
        g["doc"] = g["doc"].rsplit("/", 1)[-1]
    texts = read_documents(args.docs)
    gold = [g for g in gold if g["doc"] in texts]
    folds = fold_of([g["doc"] for g in gold])
    if args.spans:
        from graphbuild.nlp.model import load_pipeline

        nlp = load_pipeline(extract=False)
        for f, (hit, total) in span_recall(nlp, texts, gold, folds).items():
            print(f"fold {f}: {hit}/{total} gold name occurrences tagged with their exact span ({hit / max(total, 1):.3f})")
        return 0
    nlp = base_pipeline()
    from graphbuild.nlp.ner_weights import parameter_keys

    base = {key: copy.deepcopy(node.get_param(name)) for key, node, name in parameter_keys(nlp.get_pipe("ner").model)}
    per_doc = {}
    totals = {"names": 0, "aligned": 0, "lines": 0}
    for record in gold:
        per_doc[record["doc"]], counts = examples_of(nlp, texts[record["doc"]], record, not args.no_bodies)
        totals = {k: totals[k] + counts[k] for k in totals}
    print(f"{len(per_doc)} documents, {totals['lines']} lines, {totals['aligned']}/{totals['names']} gold name occurrences aligned")
    targets = [(f, args.fold_models / f"fold_{f}.npz") for f in range(FOLDS)] if args.fold_models else [(None, args.out)]
    for fold, path in targets:
        examples = [ex for doc, exs in sorted(per_doc.items()) if folds[doc] != fold for ex in exs]
        started = time.perf_counter()
        size = fit_and_save(nlp, examples, base, path, args.epochs)
        print(f"wrote {path} ({size / 1e6:.2f} MB, {len(examples)} lines, {time.perf_counter() - started:.0f} s)", flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
