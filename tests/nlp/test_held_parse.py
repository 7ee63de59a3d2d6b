"""The parser's and entity recogniser's loop with the GIL held chooses spaCy's own actions (issue 18, GL)."""
from __future__ import annotations

import pytest
from spacy.attrs import DEP, ENT_IOB, ENT_TYPE, HEAD, SENT_START
from spacy.pipeline.ner import EntityRecognizer
from spacy.pipeline.transition_parser import Parser

from graphbuild.nlp import held_parse
from graphbuild.nlp.held_parse import HeldDependencyParser, HeldEntityRecognizer, hold_gil_in_parsers
from graphbuild.pipeline import workers
from model_worker_probe import in_model_worker


# Invented for this test: a designation, posts, a list of vessels in capitals, a date line and a one-word line.
TEXTS = [
    "WASHINGTON — The Office of Foreign Assets Control designated Marek Zolnay, the Deputy Director of the Harbour "
    "Authority of Ostravia, and his firm, Zolnay Maritime Holdings Ltd., on 12 March 2026.",
    "OFAC also identified the vessels BRIGHT HERON (IMO 9123456) and SILVER TERN as blocked property.\n\nContact:\n",
    "Ana Verhoef, a former adviser to the Minister of Inland Waters, was named alongside the Coastal Freight "
    "Cooperative, which she chaired from 2019 until her removal.",
    "Yes.",
    "",
]
COLUMNS = [HEAD, DEP, SENT_START, ENT_IOB, ENT_TYPE]


def test_the_loaded_pipeline_runs_the_held_loops(nlp):
    kinds = {name: type(component) for name, component in nlp.pipeline}
    assert kinds["parser"] is HeldDependencyParser
    assert kinds["ner"] is HeldEntityRecognizer


def test_same_actions_as_spacys_loop(nlp):
    before = [i for i, name in enumerate(nlp.pipe_names) if name in ("parser", "ner")]
    for index in before:
        name, component = nlp.pipeline[index]
        with nlp.select_pipes(enable=nlp.pipe_names[:index]):
            docs = list(nlp.pipe(TEXTS))
        spacys = [doc.copy() for doc in docs]
        component.set_annotations(docs, component.predict(docs))
        nonempty = [doc for doc in spacys if len(doc)]
        component.set_annotations(nonempty, Parser.greedy_parse(component, nonempty))
        for held, own in zip(docs, spacys):
            assert (held.to_array(COLUMNS) == own.to_array(COLUMNS)).all(), (name, held.text)


def test_other_components_are_left_alone(nlp):
    class Plain:
        pass

    class Holder:
        _components = [("other", Plain())]

    assert hold_gil_in_parsers(Holder()) == []


def _small_component(kind: str, pieces: int, upper: bool):
    """A blank pipeline's parser or ner of the given step shape, its weights drawn at random (so actions vary)."""
    import numpy
    import spacy
    from spacy.training import Example
    from spacy.util import fix_random_seed

    fix_random_seed(0)
    nlp = spacy.blank("en")
    tok2vec = {"@architectures": "spacy.HashEmbedCNN.v2", "pretrained_vectors": None, "width": 16, "depth": 1,
               "embed_size": 200, "window_size": 1, "maxout_pieces": 2, "subword_features": True}
    model = {"@architectures": "spacy.TransitionBasedParser.v2", "state_type": "parser" if kind == "parser" else "ner",
             "extra_state_tokens": False, "hidden_width": 16, "maxout_pieces": pieces, "use_upper": upper,
             "tok2vec": tok2vec}
    component = nlp.add_pipe(kind, config={"model": model})
    if kind == "parser":
        example = Example.from_dict(nlp.make_doc("the cat sat on a mat"),
                                    {"heads": [1, 2, 2, 5, 5, 2], "deps": ["det", "nsubj", "ROOT", "prep", "det", "pobj"]})
    else:
        example = Example.from_dict(nlp.make_doc("Ilse Varn met Odo Kest in Brelm"),
                                    {"entities": [(0, 9, "PERSON"), (14, 22, "PERSON"), (26, 31, "GPE")]})
    nlp.initialize(lambda: [example])
    draw = numpy.random.default_rng(1)
    for node in component.model.walk():
        for name in node.param_names:
            if node.has_param(name):
                param = node.get_param(name)
                node.set_param(name, draw.normal(0, 1, param.shape).astype(param.dtype))
    return nlp, component


@pytest.mark.parametrize("kind", ["parser", "ner"])
@pytest.mark.parametrize("pieces,upper", [(1, True), (1, False), (2, True), (2, False), (3, True)])
def test_every_step_shape_gives_spacys_actions(kind, pieces, upper):
    """One maxout piece: spaCy's Python step adds a relu its C loop does not, so the held loop must not be used."""
    nlp, component = _small_component(kind, pieces, upper)
    texts = ["Ilse Varn met Odo Kest in Brelm and then in Tovar with Per Olam", "the cat sat on a mat near the door",
             " ".join("abcdefghijklmnopqrstuvwxyz") * 4]
    own = [nlp.make_doc(text) for text in texts]
    component.set_annotations(own, Parser.greedy_parse(component, own))
    assert hold_gil_in_parsers(nlp) == [kind]
    held = [nlp.make_doc(text) for text in texts]
    nlp.get_pipe(kind).set_annotations(held, nlp.get_pipe(kind).predict(held))
    for mine, theirs in zip(held, own):
        assert (mine.to_array(COLUMNS) == theirs.to_array(COLUMNS)).all(), (kind, pieces, upper, mine.text[:30])


def test_the_loaded_model_steps_in_python(nlp, monkeypatch):
    """The build's parser and ner take the held loop itself, not the fallback to spaCy's."""
    class NoFallback:
        @staticmethod
        def greedy_parse(*args, **kwargs):
            raise AssertionError("fell back to spaCy's loop")

    monkeypatch.setattr(held_parse, "Parser", NoFallback)
    docs = list(nlp.pipe(TEXTS[:2]))
    for name in ("parser", "ner"):
        nlp.get_pipe(name).predict(docs)


@pytest.mark.parametrize("versions", [("3.8.17", "8.3.14"), ("3.8.18", "8.3.15"), ("3.9.0", "8.3.14")])
def test_untested_versions_keep_spacys_loop(monkeypatch, versions):
    """The held loop copies spaCy's and thinc's internals: under another release, spaCy's own loop (same output)."""
    nlp, _ = _small_component("ner", 2, True)
    monkeypatch.setattr(held_parse, "installed_versions", lambda: versions)
    assert hold_gil_in_parsers(nlp) == []
    assert type(nlp.get_pipe("ner")) is EntityRecognizer


def test_the_installed_versions_are_the_tested_ones():
    """Fails on a spaCy or thinc release the held loop was not checked on: run benchmarks/model_cuts_check.py
    --relations under it, then add it to held_parse.TESTED_VERSIONS (or leave spaCy's loop, the same output)."""
    assert held_parse.installed_versions() in held_parse.TESTED_VERSIONS


KINDS = """
def probe():
    return {name: type(component).__name__ for name, component in workers._NLP.pipeline if name in ("parser", "ner")}
"""


@pytest.mark.skipif(not workers.can_fork(), reason="model workers are forked")
def test_the_build_model_worker_runs_the_held_loops():
    assert in_model_worker(KINDS) == {"parser": "HeldDependencyParser", "ner": "HeldEntityRecognizer"}
