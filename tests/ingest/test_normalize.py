"""graphbuild.ingest.normalize: invisible and typographic characters never glue or split names."""
from __future__ import annotations

from pathlib import Path

import pytest

from graphbuild.ingest.corpus import CorpusReport, read_corpus
from graphbuild.ingest.normalize import normalize_text


@pytest.mark.parametrize("raw, expected", [
    ("the Lebanon\u00adbased firm", "the Lebanon-based firm"),  # a soft hyphen standing for a compound's hyphen
    ("a state\u00adowned bank", "a state-owned bank"),
    ("the sanc\u00adtions program", "the sanctions program"),  # only a break point inside a word
    ("Coastal\u00adLink said; Coastal-Link is a firm", "Coastal-Link said; Coastal-Link is a firm"),  # the text's own compound
    ("Nova\u00a0Harbor\u202fShipping", "Nova Harbor Shipping"),  # no-break and narrow no-break spaces
    ("call +\u200b1 202 555 0100", "call +1 202 555 0100"),  # zero-width space
    ("\ufeffToday, OFAC acted", "Today, OFAC acted"),
    ("named \u200fTarik Benmoussa\u200f, the head", "named Tarik Benmoussa, the head"),  # right-to-left marks (display only)
    ("the \u202bVelmar Cargo\u202c and \u2067Oskar Lind\u2069 and \u200eIda\u200e", "the Velmar Cargo and Oskar Lind and Ida"),
    ("Kestrel\u2019s director and the Workers\u2019 Party", "Kestrel's director and the Workers\u2019 Party"),
    ("Sa\u2018id and al-Qa\u2019ida", "Sa'id and al-Qa'ida"),
    ("he said \u2018no\u2019 twice", "he said \u2018no\u2019 twice"),  # quotation marks are not apostrophes
    ("Jose\u0301 Pe\u0301rez", "Jos\u00e9 P\u00e9rez"),  # decomposed accents composed (NFC)
    ("sold to the U.S.- designated Ostrava Institute", "sold to the U.S.-designated Ostrava Institute"),  # broken compound
    ("a Moscow- based firm", "a Moscow-based firm"),
    ("pre- and post-war trade; Dubai - based", "pre- and post-war trade; Dubai - based"),  # no compound head / a spaced dash
])
def test_normalize_text(raw, expected):
    assert normalize_text(raw) == expected


@pytest.mark.parametrize("raw, expected", [
    ("the Delta-based firm**7STAR Holdings** is owned", "the Delta-based firm **7STAR Holdings** is owned"),
    ("controlled by**Arden Vale**, who", "controlled by **Arden Vale**, who"),
    ("**Arden Vale Ltd.**Kestrel owns it", "**Arden Vale Ltd.** Kestrel owns it"),
    ("the **Arden** fleet and **Vale**", "the **Arden** fleet and **Vale**"),  # already separated: unchanged
])
def test_bold_glued_to_a_word_is_separated(raw, expected):
    assert normalize_text(raw, markup=True) == expected


PAGE = """<html><head><title>Treasury Acts</title></head><body><main><article>
<h1>Treasury Acts Against a Shipping Network</h1>
<p>Today, OFAC designated the Lebanon\u00adbased company<strong>4EVER Trading Ltd</strong> and the\u00a0Beirut-based
Harbor\u200b Crest\u00a0Shipping pursuant to E.O. 13224, for moving oil for the network\u2019s financiers.</p>
<p>The network also used a second company to hide the payments from its banks over several years.</p>
</article></main></body></html>
"""


def test_html_document_is_normalised_before_its_offsets_are_computed(tmp_path: Path):
    page = tmp_path / "release.html"
    page.write_text(PAGE, encoding="utf-8")
    report = CorpusReport()
    docs = list(read_corpus([page], report))
    assert not report.errors and len(docs) == 1
    text = docs[0].text
    assert "Lebanon-based company 4EVER Trading Ltd and the Beirut-based" in text
    assert "network\u2019s financiers" not in text and "network's financiers" in text
    assert not any(c in text for c in "\u00ad\u00a0\u200b")
    bold = [text[s:e] for s, e in docs[0].meta["bold"]]
    assert bold == ["4EVER Trading Ltd"]


def test_markdown_bold_left_in_a_page_is_bold(tmp_path: Path):
    """A page whose publishing system left "**Name**" in the HTML marks those names in bold as <strong> does; a lone
    asterisk (a footnote mark) marks nothing and is dropped."""
    page = tmp_path / "release.html"
    page.write_text("<html><body><main><article><h1>Treasury Acts</h1><p>The network sold parts to Russian companies "
                    "including** Ostrava Grupp OOO** (Ostrava Grupp) and <strong>Kestrel Varn Ltd</strong>, and to "
                    "Nordlicht*, a firm designated earlier this year for supplying the army.</p></article></main></body></html>",
                    encoding="utf-8")
    docs = list(read_corpus([page], CorpusReport()))
    text = docs[0].text
    assert [text[s:e] for s, e in docs[0].meta["bold"]] == ["Ostrava Grupp OOO", "Kestrel Varn Ltd"]
    assert "*" not in text and "to Nordlicht, a firm" in text


def test_soft_hyphen_entities_in_html_are_resolved(tmp_path: Path):
    page = tmp_path / "release.html"
    page.write_text(PAGE.replace("\u00ad", "&shy;").replace("second company", "Dubai&#173;based company"), encoding="utf-8")
    docs = list(read_corpus([page], CorpusReport()))
    assert "Lebanon-based company 4EVER Trading Ltd" in docs[0].text
    assert "a Dubai-based company" in docs[0].text


@pytest.mark.slow
def test_soft_hyphen_never_becomes_part_of_an_entity_name(tmp_path: Path, nlp):
    source = tmp_path / "release.txt"
    source.write_text("Today, OFAC designated Lebanon\u00adbased Cedar\u00a0Line Trading LLC pursuant to E.O. 13224.\n", encoding="utf-8")
    document = next(read_corpus([source], CorpusReport()))
    assert document.text == "Today, OFAC designated Lebanon-based Cedar Line Trading LLC pursuant to E.O. 13224.\n"
    doc = nlp.make_doc(document.text)
    doc.user_data["gb_meta"] = document.meta
    rows = list(nlp(doc)._.relations)
    names = {r["subject"]["name"] for r in rows} | {r["object"]["name"] for r in rows}
    assert names == {"Cedar Line Trading LLC", "Office of Foreign Assets Control"}
    for row in rows:
        for ev in row["evidence"]:
            assert document.text[ev["start"]:ev["end"]] == ev["sentence"]


@pytest.mark.slow
def test_a_name_between_bidirectional_marks_keeps_its_relations(tmp_path: Path, nlp):
    """Marks that only steer display (RLM, RLE..PDF, RLI..PDI) are dropped before offsets exist (issue 13, M7)."""
    source = tmp_path / "release.txt"
    source.write_text("March 3, 2026\n\nToday, OFAC designated Velmor Haulage LLC. OFAC also designated \u200fTarik "
                      "Benmoussa\u200f, the director of Velmor Haulage LLC. Treasury also designated \u2067Ines Aldrova\u2069, "
                      "the owner of Pasquin Freight Ltd.\n", encoding="utf-8")
    document = next(read_corpus([source], CorpusReport()))
    assert not any(c in document.text for c in "\u200f\u2067\u2069")
    doc = nlp.make_doc(document.text)
    doc.user_data["gb_meta"] = document.meta
    rows = list(nlp(doc)._.relations)
    got = {(r["relation"], r["subject"]["name"], r["object"]["name"]) for r in rows}
    assert {("holds_role", "Tarik Benmoussa", "Velmor Haulage LLC"), ("holds_role", "Ines Aldrova", "Pasquin Freight Ltd."),
            ("designated_by", "Tarik Benmoussa", "Office of Foreign Assets Control")} <= got
    for row in rows:
        for ev in row["evidence"]:
            assert document.text[ev["start"]:ev["end"]] == ev["sentence"]


def _every_pattern(text: str) -> str:
    """normalize_text as it was before its patterns were skipped where their characters are absent (issue 18)."""
    from graphbuild.ingest import normalize as n

    text = n.unicodedata.normalize("NFC", text)
    text = n._SPACES.sub(" ", text)
    text = n._INVISIBLE.sub("", text)
    text = n._JOINERS_LATIN.sub("", text)
    text = n.resolve_soft_hyphens(text)
    text = n._BROKEN_COMPOUND.sub("-", text)
    return n._APOSTROPHE.sub("'", text)


@pytest.mark.parametrize("text", [
    "A plain ASCII line about a Moscow- based trading firm and a U.S.- designated bank.",
    "Ascii only, nothing to change - not even this dash.",
    "The firm\u2019s director met the Bureau\u2019s head\u00a0in Vienna \u2014 twice.",
    "A joiner\u200dbetween Latin letters and a zero\u200bwidth space, an L\u2018Avenue and an Ha\u02bcaretz.",
    "Persian script keeps its joiner: \u0645\u06cc\u200c\u0634\u0648\u062f, and Lebanon\u00adbased stays joined.",
    "Decomposed accents: Jose\u0301 and Zu\u0308rich- based, the workers\u2019 union.",
    "Marks for display only: \u200fHadi Sarraf\u200f and \u202aNorth Cape\u202c, \u2066Lina\u2069.",
])
def test_normalize_text_equals_every_pattern_applied(text):
    assert normalize_text(text) == _every_pattern(text)
