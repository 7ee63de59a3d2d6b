"""The pipeline with the issue-18 cuts gives what the plain model gives: every token attribute and the relations."""
from __future__ import annotations

import pytest
from spacy.attrs import DEP, ENT_IOB, ENT_TYPE, HEAD, LEMMA, MORPH, POS, SENT_START, TAG

from graphbuild.nlp.model import PLAIN_MODEL_ENV, load_pipeline

# Invented for this test: one paragraph with a designation and a post, then the boilerplate
# a release ends with (no candidate for the extractors, but entities and auxiliaries).
TEXT = ("WASHINGTON — Today, the Department of the Treasury's Office of Foreign Assets Control (OFAC) designated "
        "Darvin Kolesnik, the Minister of Coastal Works of Freedonia, pursuant to E.O. 13818.\n\n"
        "SANCTIONS IMPLICATIONS\n\n"
        "As a result of today's action, all property and interests in property of the person above that are in "
        "the United States or in the possession or control of U.S. persons are blocked and must be reported to OFAC. "
        "Unless authorized by a general or specific license, transactions by U.S. persons that involve such property "
        "are prohibited.\n\n"
        "For press inquiries, contact the press office at the number listed on the website.\n")

EXPECTED = {
    ("holds_role", "Darvin Kolesnik", "Ministry of Coastal Works of Freedonia", "Minister of Coastal Works of Freedonia", None),
    ("designated_by", "Darvin Kolesnik", "Office of Foreign Assets Control", None, "E.O. 13818"),
    ("part_of", "Office of Foreign Assets Control", "U.S. Department of the Treasury", None, None),
}
COLUMNS = [TAG, POS, MORPH, LEMMA, DEP, HEAD, ENT_IOB, ENT_TYPE, SENT_START]


@pytest.fixture(scope="module")
def pipelines():
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv(PLAIN_MODEL_ENV, "1")
        plain = load_pipeline()
    return plain, load_pipeline()


def _relations(nlp, text: str) -> list[dict]:
    doc = nlp.make_doc(text)
    doc.user_data["gb_meta"] = {}
    return list(nlp(doc)._.relations)


def test_the_cut_pipeline_replaces_two_components(pipelines):
    plain, cut = pipelines
    assert {"attribute_ruler", "lemmatizer"} <= set(plain.pipe_names)
    assert {"gb_attribute_table", "gb_lemma_table"} <= set(cut.pipe_names)
    assert not {"attribute_ruler", "lemmatizer"} & set(cut.pipe_names)


def test_same_relations_as_the_plain_model(pipelines):
    plain, cut = pipelines
    expected = _relations(plain, TEXT)
    actual = _relations(cut, TEXT)
    assert actual == expected
    assert {(r["relation"], r["subject"]["name"], r["object"]["name"], r["role"], r["program"]) for r in actual} == EXPECTED


def test_same_token_attributes_in_every_paragraph(pipelines):
    plain, cut = pipelines
    a, b = plain(TEXT), cut(TEXT)
    assert (a.to_array(COLUMNS) == b.to_array(COLUMNS)).all()
    assert {t.lemma_ for t in b if t.lower_ == "are"} == {"be"}


def test_model_layers_multiply_through_numpy_on_one_thread(pipelines, monkeypatch):
    from thinc.api import NumpyOps
    from threadpoolctl import ThreadpoolController

    from graphbuild.nlp import gemm
    from graphbuild.nlp.gemm import OneThreadNumpyOps

    plain, cut = pipelines
    assert all(type(node.ops) is NumpyOps for node in plain.get_pipe("ner").model.walk())
    for name in ("tok2vec", "tagger", "parser", "ner"):
        assert all(type(node.ops) is OneThreadNumpyOps for node in cut.get_pipe(name).model.walk()), name
    threads: list[int] = []
    original = NumpyOps.gemm

    def spy(self, *args, **kwargs):
        # the BLAS libraries gemm limits (numpy's among them); a BLAS another package loads later (scipy's own, by
        # resolve.calibration in an earlier test) is not numpy's and keeps its threads
        limited = {lib.filepath for lib in gemm._blas().lib_controllers}
        threads.extend(info["num_threads"] for info in ThreadpoolController().info()
                       if info["user_api"] == "blas" and info["filepath"] in limited)
        return original(self, *args, **kwargs)

    monkeypatch.setattr(NumpyOps, "gemm", spy)
    cut("Two short sentences. Nothing else.")
    assert threads and set(threads) == {1}
