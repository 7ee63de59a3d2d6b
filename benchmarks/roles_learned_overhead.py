"""Time of bare spaCy vs roles.v1 vs the learned additions (roles_learned.v1) on the train docs, one process.

    python benchmarks/roles_learned_overhead.py
"""
import time
from graphbuild.ingest.corpus import read_corpus
from graphbuild.nlp.model import load_pipeline
from graphbuild.nlp.windows import split_windows, window_limit
from graphbuild.pipeline.workers import make_doc
from graphbuild.extract.roles import extract_roles
from graphbuild.extract.roles_learned import learned_pairs, load_model
from graphbuild.extract.context import context_of, release_context
nlp = load_pipeline(extract=False); model = load_model(); limit = window_limit(nlp)
t_parse = t_rules = t_learned = 0.0
for d in read_corpus(['../shared/eval/train/docs']):
    for s, e in split_windows(d.text, limit):
        a = time.perf_counter(); sd = nlp(make_doc(nlp, d, s, e)); b = time.perf_counter()
        rules = list(extract_roles(sd)); c = time.perf_counter()
        list(learned_pairs(sd, rules, model)); f = time.perf_counter()
        release_context(sd)
        t_parse += b - a; t_rules += c - b; t_learned += f - c
print(f"bare spaCy {t_parse:.2f}s  roles.v1 (incl. doc context) {t_rules:.2f}s  learned additions {t_learned:.2f}s  = {100*t_learned/t_parse:.1f}% of bare spaCy")
