"""The parser's and entity recogniser's loop with the GIL held chooses spaCy's own actions (issue 18, GL)."""
from __future__ import annotations

from spacy.attrs import DEP, ENT_IOB, ENT_TYPE, HEAD, SENT_START
from spacy.pipeline.transition_parser import Parser

from graphbuild.nlp.held_parse import HeldDependencyParser, HeldEntityRecognizer, hold_gil_in_parsers

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
