"""A partner described as a tie is no post, twenty-sixth session (RX's review of FX; docs/robustness.md "Facts left
by the reviews, twenty-sixth session (FX)", "Review (RX)"). Invented texts, exact titles and relations. The tests
named `..._new` fail on main 734edc3 (FX's landing)."""
from __future__ import annotations

import pytest

from relation_views import posts_with_current

pytestmark = pytest.mark.slow


def partner_titles(nlp, text: str) -> set[tuple[str, str | None]]:
    """(role, body) of each title the sentence's titles reader keeps (`extract.titles.find_titles`)."""
    from graphbuild.extract.context import context_of

    ctx = context_of(nlp(text))
    return {(t.role, t.org.name if t.org else None) for s in ctx.sentences for t in ctx.titles_in(s)}


def test_a_business_partner_with_a_word_before_holds_no_post_new(extract):
    """"business" not next to the article: FX read only the title's first word and the one before it, and gave the
    post "close business partner" at the firm (1ff0682 gave none)."""
    text = "Greta Halvorsen, a close business partner of Corvane Shipping LLC, arranged shipments."
    assert posts_with_current(extract(text)) == set()


@pytest.mark.parametrize("text", [
    "Greta Halvorsen, a trading partner of Corvane Shipping LLC, arranged shipments.",
    "Greta Halvorsen, a key partner of the Tarsk Cartel, arranged shipments.",
    "Greta Halvorsen, a strategic partner of Vanta Trade LLC, funded the scheme.",
    "Greta Halvorsen, a close business partner of Corvane Shipping LLC, arranged shipments.",
])
def test_a_partner_described_as_a_tie_is_no_title_new(nlp, text):
    """A trading, key or strategic partner of a body is a tie to it, not a post (FX titled it "trading partner" etc.)."""
    assert partner_titles(nlp, text) == set()


@pytest.mark.parametrize(("text", "expected"), [
    ("Greta Halvorsen, the managing partner of Halden Rusk LLP, arranged shipments.",
     {("managing partner", "Halden Rusk LLP")}),
    ("Greta Halvorsen, a senior partner at Halden Rusk LLP, arranged shipments.", {("senior partner", "Halden Rusk LLP")}),
    ("Greta Halvorsen, a founding partner of Halden Rusk LLP, arranged shipments.", {("partner", "Halden Rusk LLP")}),
    ("Greta Halvorsen, a Dubai-based partner at Halden Rusk LLP, arranged shipments.",
     {("partner", "Halden Rusk LLP")}),
])
def test_a_rank_of_partners_stays_a_post(nlp, text, expected):
    """Guard: a managing, senior or founding partner of a firm, or one placed in a city, holds a post there."""
    assert partner_titles(nlp, text) == expected
