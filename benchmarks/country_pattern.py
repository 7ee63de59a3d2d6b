"""The country-name pattern as one plain alternation against the grouped one (issue 18): same matches, time.

    python benchmarks/country_pattern.py [FOLDER ...]   # default: seeds/ and ../shared/eval/{dev,train}/docs, unlabeled/
"""
from __future__ import annotations

import re
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))


def main(argv: list[str]) -> int:
    from graphbuild.ingest.corpus import CorpusReport, read_corpus
    from graphbuild.resolve.country import country_words

    shared = ROOT.parent / "shared" / "eval"
    folders = [Path(a) for a in argv] or [p for p in (ROOT / "seeds", shared / "dev" / "docs", shared / "train" / "docs",
                                                      shared / "unlabeled") if p.exists()]
    texts = [doc.text for folder in folders for doc in read_corpus([folder], CorpusReport())]
    texts += [t.upper() for t in texts[:50]] + [t.lower() for t in texts[:50]]
    words = country_words()
    plain = re.compile(r"(?<![\w.])(?:" + "|".join(sorted((re.escape(k) for k in words.names), key=len, reverse=True))
                       + r")(?![\w])", re.I)
    found = {}
    for name, pattern in (("plain", plain), ("grouped", words.pattern)):
        c0 = time.process_time()
        found[name] = [[m.span() for m in pattern.finditer(text)] for text in texts]
        print(f"{name:<8} {time.process_time() - c0:.2f} CPU-s")
    same = found["plain"] == found["grouped"]
    print(f"{len(texts)} texts, {sum(map(len, texts)):,} characters, {sum(map(len, found['plain'])):,} matches; identical: {same}")
    return 0 if same else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
