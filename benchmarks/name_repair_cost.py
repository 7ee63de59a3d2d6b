"""What the name-span repair costs next to the model: mention collection timed with the repair on and off.

    python benchmarks/name_repair_cost.py        # seeds/ + ../shared/eval dev and unlabeled documents
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
import time
from graphbuild.ingest.corpus import read_corpus
from graphbuild.nlp.model import load_pipeline
from graphbuild.nlp.gazetteers import load_gazetteers
from graphbuild.nlp.mentions import collect_mentions
import graphbuild.nlp.name_spans as ns, graphbuild.nlp.name_contexts as nc
docs = list(read_corpus(["seeds", "../shared/eval/dev/docs", "../shared/eval/unlabeled"]))
nlp = load_pipeline(extract=False); gaz = load_gazetteers()
t = time.perf_counter(); parsed = []
for d in docs:
    doc = nlp(d.text); doc.user_data["gb_meta"] = d.meta; parsed.append(doc)
parse = time.perf_counter() - t
def mentions_time():
    t = time.perf_counter()
    for doc in parsed:
        collect_mentions(doc, gaz, [tuple(b) for b in doc.user_data["gb_meta"].get("bold", [])])
    return time.perf_counter() - t
on = min(mentions_time() for _ in range(3))
rn, dh = ns.repair_names, nc.drop_heading_fragments
ns.repair_names = lambda d, m, g: m; nc.drop_heading_fragments = lambda d, m: m
off = min(mentions_time() for _ in range(3))
print(f"documents {len(docs)}  parse (model) {parse:.2f}s  mentions with repair {on:.3f}s  without {off:.3f}s  repair cost {on-off:.3f}s = {100*(on-off)/parse:.1f}% of the model")
