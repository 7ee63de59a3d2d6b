"""Each document's title and date from its own metadata, per input format (graphbuild.ingest.metadata)."""
from __future__ import annotations

import json

from graphbuild.ingest.corpus import CorpusReport, read_corpus

BODY = ("The finance ministry of a small island state announced new export rules for its fishing fleet on Friday. "
        "Officials said the rules would take effect the same day and apply to every licensed vessel.")


def _one(path):
    report = CorpusReport()
    docs = list(read_corpus([path], report))
    assert not report.errors, report.errors
    assert len(docs) == 1
    return docs[0].meta


def test_html_time_h1_and_title(tmp_path):
    page = tmp_path / "release.html"
    page.write_text(f"""<html><head><title>Island Fleet Rules | Example News</title></head><body>
        <article><h1>Island State Tightens Fishing Export Rules</h1>
        <time datetime="2022-04-09T03:10:00Z">April 8, 2022</time><p>{BODY}</p><p>{BODY}</p></article></body></html>""",
                    encoding="utf-8")
    meta = _one(page)
    assert meta["title"] == "Island State Tightens Fishing Export Rules"  # <h1> before <title>
    assert meta["date"] == "2022-04-08"  # the date the reader sees, not the next day in UTC
    assert meta["date_text"] == "April 8, 2022"


def test_html_title_and_meta_date_without_h1_or_time(tmp_path):
    page = tmp_path / "release.html"
    page.write_text(f"""<html><head><title>Island Fleet Rules | Example News</title>
        <meta property="article:published_time" content="2020-11-06T09:00:00+00:00"></head>
        <body><article><p>{BODY}</p><p>{BODY}</p></article></body></html>""", encoding="utf-8")
    meta = _one(page)
    assert meta["title"] == "Island Fleet Rules"  # the site's name after "|" dropped
    assert meta["date"] == "2020-11-06" and meta["date_source"] == "metadata"


def test_html_without_any_title_takes_the_first_sentence(tmp_path):
    page = tmp_path / "release.html"
    page.write_text(f"<html><body><article><time datetime='2024-01-31'>January 31, 2024</time>"
                    f"<p>PORT TOWN \u2014 {BODY}</p><p>{BODY}</p></article></body></html>", encoding="utf-8")
    meta = _one(page)
    assert meta["title"] == "The finance ministry of a small island state announced new export rules for its fishing fleet ..."
    assert meta["title_source"] == "first sentence"
    assert meta["date"] == "2024-01-31"


def test_markdown_heading_and_dateline(tmp_path):
    page = tmp_path / "brief.md"
    page.write_text(f"# Island State Tightens Fishing Export Rules\n\n*Port Town, 10 March 2022*\n\n{BODY}\n", encoding="utf-8")
    meta = _one(page)
    assert meta["title"] == "Island State Tightens Fishing Export Rules"
    assert (meta["date"], meta["date_text"], meta["date_source"]) == ("2022-03-10", "10 March 2022", "dateline")


def test_markdown_dateline_with_only_a_season_gives_the_year(tmp_path):
    page = tmp_path / "brief.md"
    page.write_text(f"# Island Fleet Rules Revisited\n\n**Port Town, summer 2023**\n\n{BODY}\n", encoding="utf-8")
    assert _one(page)["date"] == "2023"


def test_text_first_line_and_dateline(tmp_path):
    page = tmp_path / "brief.txt"
    page.write_text(f"Island State Tightens Fishing Export Rules\n\nDecember 21, 2017\n\n{BODY}\n", encoding="utf-8")
    meta = _one(page)
    assert meta["title"] == "Island State Tightens Fishing Export Rules" and meta["title_source"] == "heading"
    assert meta["date"] == "2017-12-21"


def test_text_without_dateline_takes_the_latest_date_it_names(tmp_path):
    page = tmp_path / "brief.txt"
    page.write_text(f"{BODY} A first round of rules came on June 12, 2009, and a second on May 2, 2011.\n", encoding="utf-8")
    meta = _one(page)
    assert (meta["date"], meta["date_source"]) == ("2011-05-02", "latest date in the text")


def test_jsonl_fields_first_then_the_text(tmp_path):
    page = tmp_path / "wire.jsonl"
    rows = [{"id": "a", "title": "Fleet rules", "date": "2021-06-09", "text": BODY},
            {"id": "b", "text": f"Island Fleet Rules Take Effect\n\nNovember 6, 2020\n\n{BODY}"}]
    page.write_text("\n".join(json.dumps(r) for r in rows) + "\n", encoding="utf-8")
    docs = {d.id: d.meta for d in read_corpus([page])}
    assert (docs["wire.jsonl#a"]["title"], docs["wire.jsonl#a"]["date"]) == ("Fleet rules", "2021-06-09")
    assert (docs["wire.jsonl#b"]["title"], docs["wire.jsonl#b"]["date"]) == ("Island Fleet Rules Take Effect", "2020-11-06")


def test_jsonl_date_that_is_no_date_is_warned_and_the_text_date_used(tmp_path):
    page = tmp_path / "wire.jsonl"
    rows = [{"id": "a", "title": "Fleet rules", "date": "sometime next week", "text": f"{BODY} The rules were first proposed on March 3, 2019."},
            {"id": "b", "title": "Fleet rules again", "date": "n/a", "text": BODY}]
    page.write_text("\n".join(json.dumps(r) for r in rows) + "\n", encoding="utf-8")
    report = CorpusReport()
    docs = {d.id: d.meta for d in read_corpus([page], report)}
    assert not report.errors
    assert [(w.path, w.reason) for w in report.warnings] == [
        (f"{page}:1", "the 'date' field 'sometime next week' is not a date; the date is taken from the text"),
        (f"{page}:2", "the 'date' field 'n/a' is not a date; the date is taken from the text")]
    assert (docs["wire.jsonl#a"]["date"], docs["wire.jsonl#a"]["date_source"]) == ("2019-03-03", "latest date in the text")
    assert "date" not in docs["wire.jsonl#b"] and "date_text" not in docs["wire.jsonl#b"]
    assert docs["wire.jsonl#b"]["title"] == "Fleet rules again"


def test_birth_and_passport_dates_date_no_document(tmp_path):
    """Review mend (M4): a list of designees with dates of birth and passport dates states no date of the release."""
    page = tmp_path / "list.txt"
    page.write_text("Treasury Designates Grain Brokers\n\nThe following individuals are designated:\n\n"
                    "VARNEK, Ossip; DOB 14 Feb 1968; passport 55102 issued 02 Jun 2015 (individual).\n\n"
                    f"TARRO, Elin; born March 9, 1974; nationality Farland (individual).\n\n{BODY}\n", encoding="utf-8")
    meta = _one(page)
    assert "date" not in meta
    page.write_text(f"{BODY} The rules came on May 2, 2011. VARNEK, Ossip; DOB 14 Feb 2012.\n", encoding="utf-8")
    assert (_one(page)["date"], _one(page)["date_source"]) == ("2011-05-02", "latest date in the text")


def test_the_action_dates_are_those_outside_every_identifier_field():
    """`_action_dates` walks the dates and the birth and passport fields once, in text order (C4: it tested every date
    against every field): the same dates as that test, in order, for fields before, between and around them."""
    from graphbuild.ingest.metadata import _action_dates
    from graphbuild.resolve.dates import ABSOLUTE_DATE
    from graphbuild.resolve.identifiers import identifier_date_spans
    rows = [f"VARNEK, Ossip; DOB {day} Feb 1968; passport 5510{day} issued 02 Jun 2015 (individual). Listed on May {day}, 2011."
            for day in range(1, 30)]
    text = "On March 3, 2019, the list was issued.\n" + "\n".join(rows) + "\nTARRO, Elin; born March 9, 1974. Done on June 1, 2020."
    fields = identifier_date_spans(text)
    naive = [m.span() for m in ABSOLUTE_DATE.finditer(text) if not any(a < m.end() and m.start() < b for a, b in fields)]
    assert [m.span() for m in _action_dates(text)] == naive
    assert [m.group(0) for m in _action_dates(text)][:2] == ["March 3, 2019", "May 1, 2011"] and len(naive) == 31
