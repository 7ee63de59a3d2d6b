"""Answers that depend on the whole document are worked out once per document (issue 18, S12): the story's reporting
body, the release's department, a mention's syntactic head in the learned role candidates. Each was recomputed per
subject, title or pair; the relations stay as they were. Invented texts."""
from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow

DB = "designated_by"
TREASURY = "U.S. Department of the Treasury"

STORY = """Washington targets shipping network that moved oil for militias

WASHINGTON, March 3 (Harbor Wire) - The U.S. Treasury Department said in a statement on Monday that it had acted against a network of shipping firms.

Washington sanctioned Orvane Maritime Ltd., a company that charters the tankers.

The U.S. also sanctioned Keldmoor Shipping Co., which manages the vessels.

A lawyer for Orvane Maritime did not respond to a request for comment.
"""

RELEASE = """Treasury Sanctions Officials of the Varmsk Oblast

WASHINGTON - Today, the U.S. Department of the Treasury's Office of Foreign Assets Control (OFAC) designated two officials.
"This action holds them to account," said Under Secretary Tobias R. Kell. Deputy Secretary Alma Ferrow said the network was large.
Assistant Secretary Dora Whitlam added that more would follow.
"""

PAIRS = """Treasury Sanctions Smuggling Network

Today, the U.S. Department of the Treasury's Office of Foreign Assets Control (OFAC) designated Belcora Freight Ltd. and Varnet Trading.
Ivo Marchetti Lanz managed the accounts of Belcora Freight Ltd. and Varnet Trading for years.
Tessa Ruhl was among the buyers of Varnet Trading shares, and she met Ivo Marchetti Lanz in Belcora Freight Ltd. offices.
"""


def counting(monkeypatch, module, name):
    """Replace `module.name` by a wrapper that records each call's arguments."""
    calls = []
    original = getattr(module, name)

    def wrapper(*args):
        calls.append(args[1:])
        return original(*args)

    monkeypatch.setattr(module, name, wrapper)
    return calls


def test_the_story_reporter_is_found_once_for_every_home_country_subject(extract, facts, monkeypatch):
    from graphbuild.extract import home_body

    scans = counting(monkeypatch, home_body, "_first_reporter")
    relations = extract(STORY)
    facts(relations, {(DB, "Orvane Maritime Ltd.", TREASURY, None), (DB, "Keldmoor Shipping Co.", TREASURY, None)},
          kinds=(DB,))
    assert len(scans) == 1  # "Washington sanctioned" and "The U.S. also sanctioned": one scan of the story


def test_the_release_department_is_found_once_per_document(extract, facts, monkeypatch):
    from graphbuild.extract import titles_us

    scans = counting(monkeypatch, titles_us, "_first_department")
    relations = extract(RELEASE)
    facts(relations, {("holds_role", "Tobias R. Kell", TREASURY, "Under Secretary"),
                      ("holds_role", "Alma Ferrow", TREASURY, "Deputy Secretary"),
                      ("holds_role", "Dora Whitlam", TREASURY, "Assistant Secretary")}, kinds=("holds_role",))
    assert len(scans) == 1  # three titles in three sentences, one department


def test_a_mentions_head_is_found_once_per_token_in_the_document_candidates(extract, monkeypatch):
    from graphbuild.extract import roles_doc

    heads = counting(monkeypatch, roles_doc, "root_of")
    extract(PAIRS)
    assert heads and len(heads) == len(set(heads))  # before: 22 calls for 5 tokens
