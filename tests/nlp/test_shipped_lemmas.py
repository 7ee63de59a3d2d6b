"""The shipped lemma answers (graphbuild/data/lemmas.json) are the model lemmatizer's, and a worker uses them
instead of asking it (graphbuild/nlp/shipped_lemmas.py, issue 18)."""
from __future__ import annotations

import json

import pytest
from spacy.attrs import MORPH, ORTH, POS
from spacy.tokens import Doc

from graphbuild.nlp import lemma_table, shipped_lemmas, shipped_lemmas_writer
from graphbuild.nlp.model import load_pipeline

# Written for this test: frequent release words (shipped) around invented names.
TEXT = ("The Treasury designated Velmora Quarry Holdings and its directors on Tuesday.\n"
        "Officials said the companies were owned by Brenka Tolsen, who leads the ministries' boards.")


@pytest.fixture(scope="module")
def nlp():
    return load_pipeline(None, extract=False)


def _table_made_here(nlp) -> None:
    recorded = json.loads(shipped_lemmas.TABLE_PATH.read_text(encoding="utf-8"))["made_with"]
    if recorded != shipped_lemmas.made_with(nlp):
        pytest.skip(f"lemmas.json made for {recorded}, here {shipped_lemmas.made_with(nlp)}: the lemmatizer answers")


def test_every_shipped_answer_is_the_lemmatizers(nlp):
    """Fails while the file is stale (another model or lemmatizer): refresh with python -m graphbuild.nlp.shipped_lemmas_writer."""
    _table_made_here(nlp)
    lemmatizer = nlp.get_pipe("gb_lemma_table").table.lemmatizer
    keys = shipped_lemmas.shipped_keys(nlp)
    data = json.loads(shipped_lemmas.TABLE_PATH.read_text(encoding="utf-8"))
    checked = 0
    for pos, morph, words, lemmas in data["groups"]:
        doc = Doc(nlp.vocab, words=words, pos=[pos] * len(words), morphs=[morph] * len(words))
        columns = doc.to_array([ORTH, POS, MORPH]).tolist()
        for token, key, lemma in zip(doc, columns, lemmas):
            assert keys[tuple(key)] == lemma  # the id the worker looks up is the token's
            assert lemmatizer.lemmatize(token)[0] == lemma, (token.text, pos, morph)
            checked += 1
    assert checked == len(keys) > 1000


def test_worker_answers_shipped_keys_without_the_lemmatizer(nlp):
    _table_made_here(nlp)
    table = nlp.get_pipe("gb_lemma_table").table
    asked: list[str] = []
    lemmatizer = table.lemmatizer
    real = lemmatizer.lemmatize

    def counting(token):
        asked.append(token.text)
        return real(token)

    lemmatizer.lemmatize = counting
    try:
        doc = nlp(TEXT)
    finally:
        lemmatizer.lemmatize = real  # an attribute the lemmatizer sets by mode
    with nlp.select_pipes(disable=["gb_lemma_table"]):
        plain = nlp(TEXT)
    expected = [real(token)[0] if not token.lemma_ else token.lemma_ for token in plain]
    assert [token.lemma_ for token in doc] == expected
    lemmas = {token.text: token.lemma_ for token in doc}
    assert lemmas["designated"] == "designate" and lemmas["companies"] == "company" and lemmas["leads"] == "lead"
    assert "designated" not in asked and "companies" not in asked and "Officials" not in asked
    assert set(asked) <= {"Velmora", "Quarry", "Holdings", "Brenka", "Tolsen", "ministries", "boards", "leads", "'"}


def test_table_counts_documents_and_keeps_the_lemmatizers_answer(nlp):
    texts = ["Brenka Tolsen leads two boards.", "The boards met. Tolsen leads.", "Nothing shared here."]
    counts, answers = shipped_lemmas_writer.lemmatizer_keys(nlp, texts)
    by_word = {nlp.vocab.strings[key[0]]: (count, answers[key]) for key, count in counts.items()}
    assert by_word["boards"] == (2, "board") and by_word["leads"] == (2, "lead") and by_word["met"] == (1, "meet")


# Written for this test: invented people and firms, tagged PROPN by the model, a few at a sentence's start.
NAMES_TEXT = ("Dravik Olunde met Sarrow Teldane at Quenby Freight Lines in Port Holvar on Monday.\n"
              "Olunde's partners, the Veskari brothers, left Tamsworth Grain Traders; Teldane stayed.")


def test_no_proper_noun_or_name_in_the_shipped_file():
    """The project's rule for data files: no PROPN key, no capitalised word the file does not also hold lower-case."""
    data = json.loads(shipped_lemmas.TABLE_PATH.read_text(encoding="utf-8"))
    words = {word for _, _, group, _ in data["groups"] for word in group}
    assert not [pos for pos, _, _, _ in data["groups"] if pos == "PROPN"]
    assert {word for word in words if word != word.lower() and word.lower() not in words} == set()
    assert shipped_lemmas_writer.plain_words(["Officials", "officials", "Olunde", "OFAC", "met"]) == {
        "Officials", "officials", "met"}


def test_made_with_hashes_the_lemmatizers_tables(nlp):
    """A model rebuilt with the same name and version but other lookup tables does not use the file."""
    _table_made_here(nlp)
    recorded = shipped_lemmas.made_with(nlp)
    assert len(recorded["lookups"]) == 16 and shipped_lemmas.shipped_keys(nlp)
    table = shipped_lemmas.model_lemmatizer(nlp).lookups.get_table("lemma_exc")
    original = table["noun"]
    table["noun"] = {**original, "quenbies": ["quenby"]}
    try:
        assert shipped_lemmas.made_with(nlp)["lookups"] != recorded["lookups"]
        assert shipped_lemmas.shipped_keys(nlp) == {}
    finally:
        table["noun"] = original
    assert shipped_lemmas.made_with(nlp) == recorded


def test_the_table_answers_proper_nouns_as_the_lemmatizer(nlp):
    """No "propn" table in lemma_index/exc/rules: rule_lemmatize gives a PROPN its spelling (lower-cased for a base
    form); the table answers them without asking, and its answers equal the lemmatizer's on invented texts."""
    table = nlp.get_pipe("gb_lemma_table").table
    lemmatizer = table.lemmatizer
    assert lemma_table.spelled_propn(lemmatizer) and table.propn_base is not None
    assert not any(lemmatizer.lookups.get_table(name).get("propn") for name in shipped_lemmas.LOOKUP_TABLES)
    asked: list[str] = []
    real = lemmatizer.lemmatize

    def counting(token):
        asked.append(token.pos_)
        return real(token)

    lemmatizer.lemmatize = counting
    try:
        doc = nlp(NAMES_TEXT)
        made = Doc(nlp.vocab, words=["Harlowe", "Kestrin", "Ubbes", "Tamsworth"], pos=["PROPN"] * 4,
                   morphs=["Degree=Pos", "VerbForm=Inf", "Number=Plur", ""])
        table(made)
    finally:
        lemmatizer.lemmatize = real
    propn = [token for token in doc if token.pos_ == "PROPN"]
    assert len(propn) >= 8 and "PROPN" not in asked
    assert [token.lemma_ for token in propn] == [real(token)[0] for token in propn]
    assert [token.lemma_ for token in made] == [real(token)[0] for token in made] == [
        "harlowe", "kestrin", "Ubbes", "Tamsworth"]
