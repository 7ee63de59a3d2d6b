"""Where a model worker's start-up goes: spaCy's import and `load_pipeline`, stage by stage (issue 18).

    python benchmarks/model_load.py [--repeats 3]

Each repeat runs in a fresh interpreter (imports are only paid once per process) and prints the
wall seconds of: `import spacy`, `spacy.load` of the default model with catalogue's entry points
as they are and memoized per group (`graphbuild.nlp.entry_points`; the time spent selecting entry
points is shown for each), the gazetteers with PyYAML's Python and libyaml parser, our changes to
the loaded pipeline (the infix rule, the attribute-ruler and lemmatizer replacements, the gazetteer
entity ruler), the extractors' import, and the first document. Medians over the repeats.
"""
from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

CHILD = r"""
import json, sys, time
marks = {}
t = time.perf_counter()
def lap(name):
    global t
    now = time.perf_counter(); marks[name] = now - t; t = now
import spacy, catalogue
lap("import spacy")
from graphbuild.nlp import model as m, gazetteers as g
from graphbuild.nlp.entry_points import memoize_entry_point_groups
from graphbuild.nlp.modelinfo import default_model
import yaml
lap("import graphbuild.nlp.model")
if sys.argv[1] == "memo":
    memoize_entry_point_groups()
selecting = [0.0]
select = catalogue.Registry._get_entry_points
def timed(self):
    s = time.perf_counter(); r = select(self); selecting[0] += time.perf_counter() - s; return r
catalogue.Registry._get_entry_points = timed
t = time.perf_counter()
from graphbuild.nlp.tokenizer import TOKENIZER_CONFIG, ensure_tokenizer
nlp = spacy.load(default_model(), config=TOKENIZER_CONFIG)
lap("spacy.load (entry points " + sys.argv[1] + ")")
marks["  of which selecting entry points (" + sys.argv[1] + ")"] = selecting[0]
for name, loader in (("Python", yaml.SafeLoader), ("libyaml", getattr(yaml, "CSafeLoader", yaml.SafeLoader))):
    g._SAFE_LOADER = loader
    g._load.cache_clear()
    t = time.perf_counter(); gaz = g.load_gazetteers(); lap(f"gazetteers ({name} parser)")
t = time.perf_counter()
ensure_tokenizer(nlp); lap("infix rule (built into the tokenizer at load since issue 18's last pass)")
m.replace_attribute_ruler(nlp); m.replace_lemmatizer(nlp); m.use_numpy_gemm(nlp); lap("attribute ruler, lemmatizer, gemm")
nlp.add_pipe("gb_line_sentences", before="parser")
ruler = nlp.add_pipe("entity_ruler", name="gb_gazetteer", after="ner", config={"overwrite_ents": True, "phrase_matcher_attr": "ORTH"})
with nlp.select_pipes(enable=[]):
    ruler.add_patterns(m.authority_patterns(gaz))
lap("line sentences, gazetteer entity ruler")
from graphbuild import extract
lap("import graphbuild.extract")
nlp.add_pipe("gb_relations", last=True)
doc = nlp.make_doc("The Treasury designated Ana Perel, the director of Nordvik Shipping LLC, on Monday.")
doc.user_data["gb_meta"] = {}
nlp(doc)
lap("first document")
print(json.dumps(marks))
"""


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--repeats", type=int, default=3)
    args = parser.parse_args()
    # graphbuild compiled to bytecode first, as an installed package and `run.py`'s builds have it: with
    # PYTHONDONTWRITEBYTECODE set (this machine) each child would compile every module it imports (T, 25th session).
    subprocess.run([sys.executable, "-m", "compileall", "-q", str(ROOT / "graphbuild")], check=True, stdout=subprocess.DEVNULL)
    runs: dict[str, list[float]] = {}
    for _ in range(args.repeats):
        for variant in ("plain", "memo"):
            done = subprocess.run([sys.executable, "-c", CHILD, variant], capture_output=True, text=True, cwd=ROOT, check=True)
            for name, seconds in json.loads(done.stdout.strip().splitlines()[-1]).items():
                runs.setdefault(name, []).append(seconds)
    for name, values in runs.items():
        print(f"{statistics.median(values):7.3f} s  {name}  ({' '.join(f'{v:.3f}' for v in values)})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
