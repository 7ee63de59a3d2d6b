"""RBN (thirty-second session, review of BN's legal forms' points): "Y, a <Place>-based company whose <title>, X".

Invented names. The descriptor between a body and "whose" was skipped only when all its words were lower case, so
"a Türkiye-based company whose general manager, X" named no body by rule (titles_orgs._whose_antecedent) and the post
rested on the learned role model alone. BN's join of "Ltd. Şti." into one sentence changed that model's reading of
a bold list item after a designated person's paragraph, and the post was lost (two readable documents, t3 and t15's
"Ltd. Şti." companies; t3's is this shape). The place of a "<Place>-based" compound now belongs to the descriptor.
"""
from __future__ import annotations

import pytest

from markdown_release import extract_markdown

pytestmark = pytest.mark.slow

HR = "holds_role"

BEFORE_ITEM = ("Ravi Tal Orsan oversees the drone program of the Velmar Force and has directed transfers to Tarsk. He is "
               "being designated pursuant to E.O. 14024 for operating in the defense sector.\n\n")


@pytest.mark.parametrize("item, expected", [
    pytest.param(
        "- **Karadeniz Hassas Components Ltd. Sti.**, a Türkiye-based company whose general manager, Kerem Ali "
        "Durmaz, shipped engine parts to Velmar Rotor; and\n",
        {(HR, "Kerem Ali Durmaz", "Karadeniz Hassas Components Ltd. Sti.", "general manager")},
        id="place-based-company-whose-manager"),
])
def test_place_based_descriptor_before_whose(extract, facts, item, expected):
    facts(extract_markdown(extract, BEFORE_ITEM + item), expected, kinds=(HR,))
