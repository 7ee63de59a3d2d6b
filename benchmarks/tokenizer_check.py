"""Issue 18: the once-built tokenizer (graphbuild/nlp/tokenizer.py) against the model's own with the infix set afterwards.

    python benchmarks/tokenizer_check.py [--docs 400] [--work DIR]

The reference is what `load_pipeline` did before: `spacy.load(model)`, then `tokenizer.infix_finditer`
set to the language's infixes plus ours (which rebuilt the special cases). Both tokenize the texts of
dev, train, unlabeled and the benchmark corpus; prints the documents whose tokens (text, whitespace)
differ (must be 0) and the seconds each load took.
"""
from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from benchmarks.model_cuts_check import check_folders  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--docs", type=int, default=400, help="benchmark corpus size (0: none)")
    parser.add_argument("--work", type=Path, default=Path("/tmp/graphbuild-tokenizer-check"))
    args = parser.parse_args(argv)
    import spacy

    from graphbuild.ingest.corpus import read_corpus
    from graphbuild.nlp.modelinfo import default_model
    from spacy.util import compile_infix_regex

    from graphbuild.nlp.tokenizer import GLUED_PARENTHESES, TOKENIZER_CONFIG

    texts = [d.text for d in read_corpus(check_folders([], args.docs, args.work))]
    t0 = time.perf_counter()
    reference = spacy.load(default_model())
    reference.tokenizer.infix_finditer = compile_infix_regex([*reference.Defaults.infixes, *GLUED_PARENTHESES]).finditer
    t1 = time.perf_counter()
    once = spacy.load(default_model(), config=TOKENIZER_CONFIG)
    t2 = time.perf_counter()
    same_data = reference.tokenizer.to_bytes() == once.tokenizer.to_bytes()
    differing = tokens = 0
    for text in texts:
        a = [(t.text, t.whitespace_) for t in reference.make_doc(text)]
        b = [(t.text, t.whitespace_) for t in once.make_doc(text)]
        tokens += len(a)
        differing += a != b
    print(f"{len(texts)} documents, {tokens} tokens: {differing} documents tokenized differently")
    print(f"serialized tokenizers (patterns, special cases) equal: {same_data}")
    print(f"load: model's tokenizer + infix set {t1 - t0:.3f} s; once-built tokenizer {t2 - t1:.3f} s")
    return 1 if differing or not same_data else 0


if __name__ == "__main__":
    raise SystemExit(main())
