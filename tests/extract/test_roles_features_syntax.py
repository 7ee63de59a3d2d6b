"""Syntactic and layout cues of the learned role scorer's sentence-level candidates
(extract/roles_features_syntax.py). Invented texts and names throughout."""
from __future__ import annotations

import pytest

from graphbuild.extract.context import context_of
from graphbuild.extract.roles_features import candidates
from graphbuild.extract.roles_features_syntax import bucket, layout_cues

RULE_PAIRS = {("ilse marta kovanen", "harrow lumen works"), ("tomas ravel dunmore", "northwind syndicate")}


def _cues(nlp, text: str, skip: set[tuple[str, str]] = frozenset()) -> dict[tuple[str, str], set[str]]:
    """(person, body) -> the candidate's new cues (prefix 'c:')."""
    doc = nlp.make_doc(text)
    doc.user_data["gb_meta"] = {}
    doc = nlp(doc)
    return {(c.subject.name, c.obj.name): {f for f in c.features if f.startswith("c:")} for c in candidates(context_of(doc), set(skip))}


def test_buckets_of_counts():
    assert [bucket(n) for n in (0, 3, 4, 7, 8, 15, 16, 90)] == ["0", "3", "4-7", "4-7", "8-15", "8-15", "16+", "16+"]


@pytest.mark.slow
def test_relative_clause_on_the_person(nlp):
    """'X, who heads Y': the relative clause's verb, the body inside it, and the path's shape and verb."""
    cues = _cues(nlp, "Tomas Ravel Dunmore, who heads the Harrow Lumen Works, moved the cargo.")
    assert cues == {("Tomas Ravel Dunmore", "Harrow Lumen Works"): {
        "c:dir=p_over_o", "c:dirlen=p_over_o|2", "c:lexpath=relclv/dobjv|<PROPN>", "c:pathverb=head", "c:relcl=head|True",
        "c:relcl_o"}}


@pytest.mark.slow
def test_path_shape_of_a_copula_sentence(nlp):
    """'X is the director of Y': both under the verb, four arcs (too long for the lexical path), its verb and noun."""
    cues = _cues(nlp, "Tomas Ravel Dunmore is the director of the Harrow Lumen Works.")
    assert cues == {("Tomas Ravel Dunmore", "Harrow Lumen Works"): {
        "c:dir=sibling", "c:dirlen=sibling|4-7", "c:lexpath=nsubj^/attrv/prepv/pobjv|be", "c:pathnoun=director", "c:pathverb=be"}}


@pytest.mark.slow
def test_path_shape_of_an_apposition(nlp):
    """'X, the director of Y, ...': the body below the person, through the apposed title."""
    cues = _cues(nlp, "Tomas Ravel Dunmore, the director of the Harrow Lumen Works, moved the cargo.")
    assert cues[("Tomas Ravel Dunmore", "Harrow Lumen Works")] == {
        "c:dir=p_over_o", "c:dirlen=p_over_o|3", "c:lexpath=apposv/prepv/pobjv|<PROPN>", "c:pathnoun=director"}


@pytest.mark.slow
def test_a_name_listed_with_a_rule_pairs_person(nlp):
    """The rules gave the first of three listed names a post at the body: the other two get 'c:conj_rule' (and
    'c:org_rule_other'); the one the rules also tie to another body gets 'c:person_rule_other'."""
    cues = _cues(nlp, "Ilse Marta Kovanen, Tomas Ravel Dunmore and Piet Aldo Verhoven run the Harrow Lumen Works.", RULE_PAIRS)
    assert {"c:conj_rule", "c:org_rule_other", "c:person_rule_other"} <= cues[("Tomas Ravel Dunmore", "Harrow Lumen Works")]
    piet = cues[("Piet Aldo Verhoven", "Harrow Lumen Works")]
    assert {"c:conj_rule", "c:org_rule_other"} <= piet and "c:person_rule_other" not in piet


@pytest.mark.slow
def test_without_rule_pairs_no_rule_cue(nlp):
    cues = _cues(nlp, "Ilse Marta Kovanen, Tomas Ravel Dunmore and Piet Aldo Verhoven run the Harrow Lumen Works.")
    assert not any(f.startswith(("c:conj_rule", "c:org_rule_other", "c:person_rule_other")) for fs in cues.values() for f in fs)


@pytest.mark.slow
@pytest.mark.parametrize("text, wanted", [
    ("- Tomas Ravel Dunmore, director of the Harrow Lumen Works", ["c:listitem"]),
    ("1. Tomas Ravel Dunmore, director of the Harrow Lumen Works", ["c:listitem"]),
    ("Tomas Ravel Dunmore | Norland | Director, Harrow Lumen Works", ["c:tablerow"]),
    ("Tomas Ravel Dunmore is the director of the Harrow Lumen Works.", []),
])
def test_list_items_and_table_rows(nlp, text, wanted):
    doc = nlp.make_doc(text)
    doc.user_data["gb_meta"] = {}
    doc = nlp(doc)
    assert layout_cues(next(iter(doc.sents))) == wanted


@pytest.mark.slow
def test_no_feature_holds_a_word_of_a_name(nlp):
    """Names are features only by their class: no cue of any candidate holds a word of the person or the body."""
    text = ("Tomas Ravel Dunmore, who heads the Harrow Lumen Works, moved the cargo. Ilse Marta Kovanen is the director of "
            "the Northwind Syndicate.")
    doc = nlp.make_doc(text)
    doc.user_data["gb_meta"] = {}
    doc = nlp(doc)
    name_words = {"tomas", "ravel", "dunmore", "harrow", "lumen", "works", "ilse", "marta", "kovanen", "northwind", "syndicate"}
    feats = [f for c in candidates(context_of(doc), set()) for f in c.features]
    assert feats and not [f for f in feats if any(w in f.lower() for w in name_words)]
