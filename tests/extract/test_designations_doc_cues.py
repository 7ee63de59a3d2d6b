"""The designation scorer's cues of designations_doc_cues.py: each family is produced on a small invented release.

The scorer's weights are fit elsewhere; these tests pin the cue strings a model file refers to, so that a change in
how a cue is computed or named shows here and not as a silent drop in the cross-validation.
"""
from __future__ import annotations

import pytest

from graphbuild.extract.context import context_of
from graphbuild.extract.designations import extract_designations
from graphbuild.extract.designations_doc import doc_candidates
from markdown_release import parse_markdown

pytestmark = pytest.mark.slow


def cues(nlp, text: str) -> dict[str, set[str]]:
    """Every candidate's features (conjunctions with the type left out), by entity name."""
    doc = parse_markdown(nlp, text)
    rules = list(extract_designations(doc))
    return {c.cluster.name: {f for f in c.features if "&" not in f}
            for c in doc_candidates(context_of(doc), rules, everyone=True)}


FORMS = ("Treasury Acts on Fuel Smugglers\n\nToday, OFAC designated Halden Mora FZE. Norvik Tanker Co was designated "
         "in 2019. Anton Sedov is not designated. Brask Holdings could be sanctioned. Orlan Mining is owned by Halden "
         "Mora FZE.\n")


def test_owner_and_owned_of_an_ownership_verb(nlp):
    found = cues(nlp, FORMS)
    assert "rl:owned" in found["Orlan Mining"] and "rl:owner" not in found["Orlan Mining"]
    assert "rl:owner" in found["Halden Mora FZE"]


def test_a_name_beside_one_the_rules_designated(nlp):
    found = cues(nlp, FORMS)
    assert {"cj:with_designee_sent", "lo:paragraph_with_designee"} <= found["Orlan Mining"]
    assert "cj:with_designee_sent" not in found["Anton Sedov"]  # no designee in its sentence


LAYOUT = ("Treasury Targets Smuggling Ring\n\nSanctioned Parties\n\nToday, OFAC sanctioned Dravik Holdings Ltd and its "
          "partner Selvane Logistics Inc. Osric Talvane leads Dravik Holdings Ltd.\nThe following entities were also "
          "designated:\n- Marvel Corvina SA\nQuintor Exports Ltd | Panama | Shipping company\n")


def test_where_the_name_stands_in_the_release_s_layout(nlp):
    found = cues(nlp, LAYOUT)
    assert {"lo:whole_line", "ps:para_start", "lo:head_desig"} <= found["Marvel Corvina SA"]
    assert {"ps:table_row", "lo:block_with_designee", "ps:para_start"} <= found["Quintor Exports Ltd"]
    assert "lo:whole_line" not in found["Osric Talvane"] and "ps:table_row" not in found["Osric Talvane"]
    assert "rl:post" in found["Osric Talvane"]


ADVISORY = ("Treasury Issues Advisory on Shipping Practices\n\nToday, the Department of the Treasury published an "
            "advisory for the maritime industry. Velmora Shipping Inc was designated in 2019 for carrying oil.\n")


def test_the_release_kind_from_its_headline(nlp):
    found = cues(nlp, ADVISORY)
    assert {"dk:advisory", "dk:no_desig_word"} <= found["Velmora Shipping Inc"]
    assert not {c for c in cues(nlp, LAYOUT)["Marvel Corvina SA"] if c.startswith("dk:")}


def test_the_name_s_shape_and_how_often_the_release_names_it(nlp):
    found = cues(nlp, "Treasury Designates Shipping Network\n\nToday, OFAC designated Halden Mora FZE, which owns the "
                      "tanker NORTH STAR 7. Orlan Mining is owned by Halden Mora FZE.\n")
    assert {"sh:all_caps", "sh:digit", "sh:words_3", "nm:sents_1"} <= found["NORTH STAR 7"]
    assert {"sh:words_3", "nm:sents_2-3"} <= found["Halden Mora FZE"]
    assert "sh:all_caps" not in found["Halden Mora FZE"]
