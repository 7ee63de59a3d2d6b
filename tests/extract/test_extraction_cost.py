"""Extraction's cost cuts of issue 18 (S11): the same mentions and relations, less work per document.

- `type_evidence.retype_mentions` asks `_pronoun_after` ("X has used his network", R20) only of the mentions
  whose name a post is held at (the only names the test can take out of the bodies); it asked every mention.
- `designations_learned.program_piece` reads the text cached for the extractors (`nlp.doc_text`), not
  `Doc.text`, which joins every token of the document at each call (once per scored candidate).
"""
from __future__ import annotations

import pytest

from graphbuild.nlp import type_evidence
from graphbuild.nlp.mention import Mention

#: Invented release: names in running text, none of them a body a post is held at.
NO_POST = ("WASHINGTON -- The Department of the Treasury today designated Ferran Oduya and Lisbet Marrow. "
           "Ferran Oduya has used his business network to move funds for Lisbet Marrow. "
           "Marrow met Oduya in Caldera City last year.")
#: "an employee of X" makes X a body; "X has used his network" keeps X a person (R20): one name each way (the model
#: tags both names PERSON, so the retyping decides).
POST = ("The Treasury designated Dario Venn, an employee of Halvard Ostrem. Halvard Ostrem has used his network to "
        "pay Venn. Mira Kotas, an employee of Tobias Wren, was designated too.")


def _mentions(doc) -> list[Mention]:
    return [Mention(e.start, e.end, e.text, e.label_) for e in doc.ents]


@pytest.fixture()
def pronoun_calls(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    asked: list[str] = []
    real = type_evidence._pronoun_after

    def counting(doc, m):  # type: ignore[no-untyped-def]
        asked.append(m.text)
        return real(doc, m)

    monkeypatch.setattr(type_evidence, "_pronoun_after", counting)
    return asked


def test_no_pronoun_test_without_a_name_a_post_is_held_at(nlp, pronoun_calls: list[str]) -> None:
    doc = nlp(NO_POST)
    mentions = _mentions(doc)
    assert any(m.label == "PERSON" for m in mentions)
    type_evidence.retype_mentions(doc, mentions, nlp_gazetteers())
    assert pronoun_calls == []


def test_pronoun_test_only_for_names_a_post_is_held_at(nlp, pronoun_calls: list[str]) -> None:
    doc = nlp(POST)
    mentions = _mentions(doc)
    gaz = nlp_gazetteers()
    held = {m.text for m in mentions if m.label == "PERSON" and m.alias_of is None and type_evidence.post_held_at(doc, m, gaz)}
    type_evidence.retype_mentions(doc, mentions, gaz)
    assert held == {"Halvard Ostrem", "Tobias Wren"}, held
    assert pronoun_calls and set(pronoun_calls) <= held
    labels = {(m.text, m.label) for m in mentions if m.text in held}
    assert labels == {("Halvard Ostrem", "PERSON"), ("Tobias Wren", "ORG")}, labels  # the pronoun kept one a person


def test_program_piece_reads_the_cached_text(nlp, monkeypatch: pytest.MonkeyPatch) -> None:
    """Scoring a release's designees joins the document's tokens into its text once (the cached text), not per candidate."""
    from graphbuild.extract import designations_learned
    from graphbuild.nlp import doc_text as doc_text_module

    pieces: list[str] = []
    reads: list[bool] = []  # per read of the text: whether it was cached already
    real_piece, real_text = designations_learned.program_piece, doc_text_module.doc_text

    def piece(ctx, cluster):  # type: ignore[no-untyped-def]
        pieces.append(cluster.name)
        return real_piece(ctx, cluster)

    def text_of(doc):  # type: ignore[no-untyped-def]
        reads.append(doc_text_module.holds_text(doc))
        return real_text(doc)

    monkeypatch.setattr(designations_learned, "program_piece", piece)
    monkeypatch.setattr(designations_learned, "doc_text", text_of)
    text = ("WASHINGTON -- Today, the Department of the Treasury's Office of Foreign Assets Control (OFAC) designated "
            "Korvane Shipping LLC, Daleth Marine SA and Ostrava Tanker Holdings Ltd as Specially Designated Global "
            "Terrorists pursuant to E.O. 13224. OFAC also designated Ferran Oduya, the owner of Korvane Shipping LLC.")
    relations = nlp(text)._.relations
    assert any(r["relation"] == "designated_by" for r in relations)
    assert pieces, "the scorer must test a designee"
    assert len(reads) >= len(pieces) and all(reads)


def nlp_gazetteers():  # type: ignore[no-untyped-def]
    from graphbuild.nlp.gazetteers import load_gazetteers

    return load_gazetteers()
