"""The domain-adapted ner weights: a delta file loads offline, keeps long person names and company suffixes whole,
touches no other component, and a bad file is a ModelError naming it."""
from __future__ import annotations

import numpy
import pytest
import spacy

from graphbuild.errors import ModelError
from graphbuild.nlp import ner_weights
from graphbuild.nlp.modelinfo import default_model


@pytest.fixture(scope="module")
def fresh():
    """A new copy of the statistical model (its own weights) per call."""
    return lambda: spacy.load(default_model())


@pytest.fixture(scope="module")
def adapted():
    """The full pipeline with adapted weights: the file $GRAPHBUILD_NER names, else the shipped delta. Not shipped
    while it loses out of fold (docs/ner.md): run these with GRAPHBUILD_NER=<file from benchmarks/train_ner.py>."""
    import os

    from graphbuild.nlp.model import load_pipeline

    saved = os.environ.get(ner_weights.NER_ENV)
    path = ner_weights.chosen_path() if saved and saved.lower() != ner_weights.BASE else ner_weights.SHIPPED
    if path is None or not path.exists():
        pytest.skip("no adapted ner weights: none shipped and $GRAPHBUILD_NER names no file")
    os.environ[ner_weights.NER_ENV] = str(path)
    try:
        return load_pipeline()
    finally:
        if saved is None:
            os.environ.pop(ner_weights.NER_ENV, None)
        else:
            os.environ[ner_weights.NER_ENV] = saved


def _ents(nlp, text: str) -> list[tuple[str, str]]:
    return [(e.text, e.label_) for e in nlp(text).ents if e.label_ in {"PERSON", "ORG", "GPE"}]


def test_long_person_name_with_a_post_is_one_person(adapted):
    text = "Today, OFAC designated Rodrigo Anselmo Villaverde Quintanar, the chief financial officer of Meridia Logistics Group."
    assert _ents(adapted, text) == [("OFAC", "ORG"), ("Rodrigo Anselmo Villaverde Quintanar", "PERSON"),
                                    ("Meridia Logistics Group", "ORG")]
    rels = {(r["relation"], r["subject"]["name"], r["object"]["name"], r.get("role")) for r in adapted(text)._.relations}
    assert rels == {("holds_role", "Rodrigo Anselmo Villaverde Quintanar", "Meridia Logistics Group", "chief financial officer"),
                    ("designated_by", "Rodrigo Anselmo Villaverde Quintanar", "Office of Foreign Assets Control", None)}


def test_company_suffixes_stay_on_the_name(adapted):
    text = "OFAC is also designating Caspian Lantern Trading LLC, a company that moved funds for the network."
    assert _ents(adapted, text) == [("OFAC", "ORG"), ("Caspian Lantern Trading LLC", "ORG")]
    text = "OFAC today sanctioned Volgarsk Petrochemical Holding JSC and its general director, Arkady Semenovich Lomtev."
    assert _ents(adapted, text) == [("OFAC", "ORG"), ("Volgarsk Petrochemical Holding JSC", "ORG"),
                                    ("Arkady Semenovich Lomtev", "PERSON")]
    rels = {(r["relation"], r["subject"]["name"], r["object"]["name"], r.get("role")) for r in adapted(text)._.relations}
    assert rels == {("holds_role", "Arkady Semenovich Lomtev", "Volgarsk Petrochemical Holding JSC", "general director"),
                    ("designated_by", "Volgarsk Petrochemical Holding JSC", "Office of Foreign Assets Control", None),
                    ("designated_by", "Arkady Semenovich Lomtev", "Office of Foreign Assets Control", None)}


def test_delta_round_trip_changes_only_the_ner(fresh, tmp_path):
    base_nlp, target = fresh(), fresh()
    model = base_nlp.get_pipe("ner").model
    keys = ner_weights.parameter_keys(model)
    base = {key: numpy.array(node.get_param(name), dtype=numpy.float32) for key, node, name in keys}
    rng = numpy.random.default_rng(0)
    key, node, name = next(k for k in keys if k[0].endswith(":hashembed:E"))
    changed = base[key].copy()
    changed[:10] += rng.normal(0, 0.05, size=changed[:10].shape).astype(numpy.float32)
    node.set_param(name, changed)
    ner_weights.save_delta(tmp_path / "delta.npz", base, model)
    others = {n: target.get_pipe(n).to_bytes() for n in target.pipe_names if n != "ner"}
    ner_weights.apply_delta(target, tmp_path / "delta.npz")
    got = dict((k, n.get_param(p)) for k, n, p in ner_weights.parameter_keys(target.get_pipe("ner").model))
    step = numpy.abs(changed - base[key]).max(axis=1, keepdims=True) / 254
    assert numpy.all(numpy.abs(got[key] - changed) <= step + 1e-6)
    assert all(numpy.array_equal(got[k], base[k]) for k in base if k != key)  # unchanged parameters are not stored
    assert {n: target.get_pipe(n).to_bytes() for n in target.pipe_names if n != "ner"} == others


def test_a_broken_file_is_a_model_error_naming_it(fresh, tmp_path):
    nlp = fresh()
    bad = tmp_path / "weights.npz"
    bad.write_bytes(b"not a zip at all")
    with pytest.raises(ModelError, match="weights.npz.*not a weights file"):
        ner_weights.apply_delta(nlp, bad)
    with pytest.raises(ModelError, match="missing.npz: no such file"):
        ner_weights.apply_delta(nlp, tmp_path / "missing.npz")
    other = tmp_path / "other.npz"
    numpy.savez(other, x=numpy.zeros(3))
    with pytest.raises(ModelError, match="other.npz: not a graphbuild-ner-delta"):
        ner_weights.apply_delta(nlp, other)
    key = next(k for k, _, _ in ner_weights.parameter_keys(nlp.get_pipe("ner").model) if k.endswith(":hashembed:E"))
    numpy.savez(other, __format__=numpy.array(ner_weights.FORMAT), **{key + "/q": numpy.zeros((3, 3), numpy.int8),
                                                                      key + "/s": numpy.zeros(3, numpy.float32)})
    before = nlp.get_pipe("ner").to_bytes()
    with pytest.raises(ModelError, match="other.npz.*has shape"):
        ner_weights.apply_delta(nlp, other)
    assert nlp.get_pipe("ner").to_bytes() == before  # nothing applied


def test_the_environment_chooses_the_file_and_the_pipeline_reports_a_bad_one(monkeypatch, tmp_path):
    from graphbuild.nlp.model import load_pipeline

    monkeypatch.setenv(ner_weights.NER_ENV, "base")
    assert ner_weights.chosen_path() is None
    monkeypatch.setenv(ner_weights.NER_ENV, str(tmp_path / "gone.npz"))
    with pytest.raises(ModelError, match="gone.npz: no such file"):
        load_pipeline(extract=False)
