"""A body's name that opens with its kind word ("Bank Y Z") is not "the Bank" named before (issue 13, H9; invented).

The small model splits such a name where it runs in prose ("Bank" | "Y Z", the second half read as a person); the
kind word alone then went to the last bank named ("X Commercial Bank", another lender sharing only the word "Bank"),
and a board seat at the one bank was stated at the other (nlp/name_repeats.join_names_spelled_whole joins the split
name the release gave whole; nlp/coref.DocResolver._opens_a_name keeps the kind word from referring back).
"""
from __future__ import annotations

import pytest

from markdown_release import extract_markdown

pytestmark = pytest.mark.slow

HR = "holds_role"

HEAD = """# Treasury Targets Lenders Serving Russian Importers

WASHINGTON — Today, the Department of the Treasury's Office of Foreign Assets Control (OFAC) designated a bank, a trading firm and two individuals.

"""
LENDER = ("**Orsk Commercial Bank JSC** (Orsk Bank) is a small Almaty-based bank that opened correspondent accounts for "
          "{partner}. Orsk Bank processed payments for Russian importers of machine tools.\n\n")
TAIL = """The chairman of Orsk Bank's management board, **Yerlan Maratovich Dzhaksybekov** (Dzhaksybekov), approved the accounts.

**Timur Bolatovich Seitkali** (Seitkali), a Kazakh national, is the owner of Steppe Route LLP and also sits on the board of directors of Bank Tavrichesky Kapital.

Orsk Bank, Dzhaksybekov and Seitkali are being designated pursuant to E.O. 14024.
"""

#: the posts every version of the release states (the seat at Bank Tavrichesky Kapital aside)
POSTS = {(HR, "Yerlan Maratovich Dzhaksybekov", "Orsk Commercial Bank JSC", ("chairman", "chairman of the management board")),
         (HR, "Timur Bolatovich Seitkali", "Steppe Route LLP", "owner")}


def test_a_bank_named_whole_before_is_one_body_where_the_model_splits_it(extract, facts):
    text = HEAD + LENDER.format(partner="**Bank Tavrichesky Kapital**, a Russian lender that OFAC designated in 2023") + TAIL
    relations = extract_markdown(extract, text, "2026-03-02")
    assert not [r for r in relations if r["subject"]["name"] == "Tavrichesky Kapital"]
    facts(relations, POSTS | {(HR, "Timur Bolatovich Seitkali", "Bank Tavrichesky Kapital", "member of the board of directors")},
          kinds=(HR,))  # the seat at the bank he sits on (roles_board, H8), not at Orsk Commercial Bank JSC


def test_a_kind_word_running_into_a_name_refers_to_no_earlier_bank(extract, facts):
    """Guard: the name is never given whole; its "Bank" is still no back-reference to Orsk Commercial Bank JSC."""
    text = HEAD + LENDER.format(partner="Russian lenders") + TAIL
    relations = extract_markdown(extract, text, "2026-03-02")
    facts(relations, POSTS, kinds=(HR,))


def test_the_bank_alone_still_refers_back(extract, facts):
    """Guard: a capitalised "the Bank" closing a phrase is the bank named before."""
    text = HEAD + LENDER.format(partner="Russian lenders") + (
        "**Yerlan Maratovich Dzhaksybekov** (Dzhaksybekov) is the chairman of the management board of the Bank.\n")
    relations = extract_markdown(extract, text, "2026-03-02")
    facts(relations, {(HR, "Yerlan Maratovich Dzhaksybekov", "Orsk Commercial Bank JSC",
                       ("chairman", "chairman of the management board"))}, kinds=(HR,))
