"""graphbuild.ingest.corpus: reading .txt/.md/.html/.jsonl, and every kind of bad file reported with its path and reason."""
from __future__ import annotations

import json
import random
from pathlib import Path

import pytest

from graphbuild.ingest.corpus import CorpusReport, read_corpus, read_file

RELEASE = "Today, OFAC is designating Ocean Crest Maritime Ltd pursuant to E.O. 13846 for carrying oil for the network.\n"

HTML_PAGE = """<!DOCTYPE html>
<html><head><title>Treasury Sanctions Shipping Network</title></head>
<body>
<header><nav><ul><li><a href="/">Home</a></li><li><a href="/news">Press Releases Menu</a></li>
<li><a href="/about">About the Department</a></li></ul></nav></header>
<main><article>
<h1>Treasury Sanctions Shipping Network</h1>
<p>WASHINGTON &mdash; Today, the Office of Foreign Assets Control is designating <strong>Ocean Crest Maritime Ltd</strong>,
a company that carried oil for the network, pursuant to E.O. 13846.</p>
<p>The company also used the tanker <b>Pacific Dawn</b> to move cargo between ports in the Gulf and East Asia over the
last two years, according to shipping records reviewed by investigators.</p>
</article></main>
<footer><p>Site Policies and Notices | Privacy Statement | Accessibility</p><p>Copyright Footer Text Example</p></footer>
</body></html>
"""

MARKDOWN = """# Treasury Sanctions Shipping Network

Today, OFAC is designating **Ocean Crest Maritime Ltd** and **Nova Logistics Ltd** pursuant to E.O. 13846.
"""


def read(inputs: list, report: CorpusReport | None = None) -> tuple[list, CorpusReport]:
    report = report if report is not None else CorpusReport()
    docs = list(read_corpus([str(p) for p in inputs], report))
    return docs, report


def bold_texts(doc) -> list[str]:
    return [doc.text[s:e] for s, e in doc.meta.get("bold", [])]


# ---- good files ------------------------------------------------------------

def test_txt_is_read_as_is_with_relative_id(tmp_path):
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "release.txt").write_text(RELEASE, encoding="utf-8")
    docs, report = read([tmp_path])
    assert [d.id for d in docs] == ["sub/release.txt"]
    assert docs[0].text == RELEASE
    assert len(docs[0].sha256) == 64
    assert report.errors == []


def test_txt_in_another_encoding_is_decoded(tmp_path):
    text = "Le Trésor américain a désigné la société Océan Crête Maritime et son dirigeant, José Núñez, ce mercredi.\n"
    (tmp_path / "latin1.txt").write_bytes(text.encode("latin-1"))
    docs, report = read([tmp_path])
    assert report.errors == []
    assert docs[0].text == text


def test_utf16_without_a_byte_order_mark_is_read(tmp_path):
    """P10 (fifteenth session): refused before as "binary file (contains NUL bytes)"; a binary file still is."""
    text = "Treasury Sanctions Network\r\n\r\nToday, OFAC designated Marek Velt and Océan Crête Maritime.\r\n"
    (tmp_path / "le.txt").write_bytes(text.encode("utf-16-le"))
    (tmp_path / "be.txt").write_bytes(text.encode("utf-16-be"))
    (tmp_path / "blob.txt").write_bytes(bytes(range(256)) * 4)
    docs, report = read([tmp_path])
    assert [(d.id, d.text) for d in docs] == [("be.txt", text), ("le.txt", text)]
    assert [(e.path.rsplit("/", 1)[-1], e.reason.split(";")[0]) for e in report.errors] == [("blob.txt", "binary file (contains NUL bytes)")]


def test_markdown_drops_markup_and_records_bold_ranges(tmp_path):
    (tmp_path / "release.md").write_text(MARKDOWN, encoding="utf-8")
    docs, report = read([tmp_path])
    assert report.errors == []
    (doc,) = docs
    assert doc.id == "release.md"
    assert "**" not in doc.text and "#" not in doc.text
    assert doc.text.startswith("Treasury Sanctions Shipping Network")
    assert bold_texts(doc) == ["Ocean Crest Maritime Ltd", "Nova Logistics Ltd"]


def test_html_keeps_the_article_drops_boilerplate_and_records_bold(tmp_path):
    (tmp_path / "page.html").write_text(HTML_PAGE, encoding="utf-8")
    docs, report = read([tmp_path])
    assert report.errors == []
    (doc,) = docs
    assert doc.id == "page.html"
    assert "is designating Ocean Crest Maritime Ltd" in doc.text
    assert "according to shipping records" in doc.text
    for boilerplate in ("Press Releases Menu", "About the Department", "Privacy Statement", "Copyright Footer Text"):
        assert boilerplate not in doc.text
    assert "<" not in doc.text and "**" not in doc.text
    assert bold_texts(doc) == ["Ocean Crest Maritime Ltd", "Pacific Dawn"]


def test_jsonl_records_get_file_hash_id(tmp_path):
    records = [
        {"id": "iran-2024-01", "text": RELEASE, "date": "2024-01-02"},
        {"id": "syria-7", "text": "OFAC designated **Sham Holding Group** today.", "title": "Syria action"},
        {"text": "A record without an id is numbered by its line."},
    ]
    (tmp_path / "briefs.jsonl").write_text("\n".join(json.dumps(r) for r in records) + "\n", encoding="utf-8")
    docs, report = read([tmp_path])
    assert report.errors == []
    assert [d.id for d in docs] == ["briefs.jsonl#iran-2024-01", "briefs.jsonl#syria-7", "briefs.jsonl#3"]
    assert docs[0].meta["date"] == "2024-01-02"
    assert docs[1].text == "OFAC designated Sham Holding Group today."
    assert bold_texts(docs[1]) == ["Sham Holding Group"]


def test_explicit_file_id_is_its_name(tmp_path):
    path = tmp_path / "one.txt"
    path.write_text(RELEASE, encoding="utf-8")
    docs, _ = read([path])
    assert [d.id for d in docs] == ["one.txt"]


# ---- bad files ----------------------------------------------------------------

def _garbage(seed: int) -> bytes:
    return random.Random(seed).randbytes(400).replace(b"\x00", b"\x01")


BAD_FILES = {
    # name: (how to make it, words the reason must contain)
    "empty.txt": (lambda p: p.write_bytes(b""), "empty"),
    "binary.txt": (lambda p: p.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256))), "binary"),
    "random-bytes.md": (lambda p: p.write_bytes(_garbage(7)), "encoding"),
    "high-bytes.txt": (lambda p: p.write_bytes(bytes(range(0x80, 0x100)) * 2), "encoding"),
    "invalid-utf8.txt": (lambda p: p.write_bytes(b"\xc3\x28\xa0\xa1\xe2\x28\xa1\xf0\x28\x8c\xbc" * 20), "encoding"),
    "dangling.txt": (lambda p: p.symlink_to(p.parent / "nowhere" / "gone.txt"), ""),
}


@pytest.mark.parametrize("name", list(BAD_FILES))
def test_each_bad_file_is_reported_and_the_rest_is_read(tmp_path, name):
    make, reason_word = BAD_FILES[name]
    (tmp_path / "good.txt").write_text(RELEASE, encoding="utf-8")
    make(tmp_path / name)
    docs, report = read([tmp_path])
    assert [d.id for d in docs] == ["good.txt"]
    errors = {Path(e.path).name: e.reason for e in report.errors}
    assert set(errors) == {name}, f"errors: {report.errors}"
    assert errors[name].strip()
    assert reason_word.lower() in errors[name].lower(), errors[name]
    assert str(tmp_path) in report.errors[0].path  # the full path, so the user can find the file


def test_directory_named_like_a_text_file_is_reported_when_read_as_a_file(tmp_path):
    folder = tmp_path / "x.txt"
    folder.mkdir()
    report = CorpusReport()
    assert list(read_file(folder, tmp_path, report)) == []
    (error,) = report.errors
    assert error.path == str(folder)
    assert "read" in error.reason.lower() or "directory" in error.reason.lower() or "folder" in error.reason.lower()


def test_explicit_missing_and_dangling_paths_are_reported(tmp_path):
    good = tmp_path / "good.txt"
    good.write_text(RELEASE, encoding="utf-8")
    link = tmp_path / "link.txt"
    link.symlink_to(tmp_path / "missing-target.txt")
    docs, report = read([tmp_path / "absent.md", link, good])
    assert [d.id for d in docs] == ["good.txt"]
    errors = {Path(e.path).name: e.reason for e in report.errors}
    assert set(errors) == {"absent.md", "link.txt"}
    assert all(r for r in errors.values())


def test_unsupported_suffix_given_explicitly_is_reported(tmp_path):
    pdf = tmp_path / "notice.pdf"
    pdf.write_bytes(b"%PDF-1.4\n% not really\n")
    good = tmp_path / "good.md"
    good.write_text(MARKDOWN, encoding="utf-8")
    docs, report = read([pdf, good])
    assert [d.id for d in docs] == ["good.md"]
    (error,) = report.errors
    assert error.path == str(pdf)
    assert ".pdf" in error.reason and "unsupported" in error.reason


def test_files_of_other_types_in_a_folder_are_noted_by_type_not_read(tmp_path):
    (tmp_path / "good.txt").write_text(RELEASE, encoding="utf-8")
    (tmp_path / "notice.pdf").write_bytes(b"%PDF-1.4\n% not really\n")
    (tmp_path / "annex").mkdir()
    (tmp_path / "annex" / "chart.PNG").write_bytes(b"\x89PNG\r\n")
    (tmp_path / "annex" / "list.pdf").write_bytes(b"%PDF-1.4\n")
    (tmp_path / "NOTES").write_text("read me\n", encoding="utf-8")
    (tmp_path / ".draft.pdf").write_bytes(b"%PDF-1.4\n")  # hidden: passed over without a word, as .git is
    docs, report = read([tmp_path])
    assert [d.id for d in docs] == ["good.txt"]
    assert report.errors == []
    assert dict(report.other_types) == {".pdf": 2, ".png": 1, "(no extension)": 1}
    reads = ".htm, .html, .jsonl, .markdown, .md, .txt"
    assert report.skipped == [
        f"{tmp_path / 'NOTES'} (file type (no extension) is not read; graphbuild reads {reads})",
        f"{tmp_path / 'annex' / 'chart.PNG'} (file type .png is not read; graphbuild reads {reads})",
        f"{tmp_path / 'annex' / 'list.pdf'} (file type .pdf is not read; graphbuild reads {reads})",
        f"{tmp_path / 'notice.pdf'} (file type .pdf is not read; graphbuild reads {reads})",
    ]


def test_html_without_article_text_is_reported(tmp_path):
    (tmp_path / "blank.html").write_text("<html><body><nav><a href='/'>Home</a></nav></body></html>", encoding="utf-8")
    (tmp_path / "good.txt").write_text(RELEASE, encoding="utf-8")
    docs, report = read([tmp_path])
    assert [d.id for d in docs] == ["good.txt"]
    assert [Path(e.path).name for e in report.errors] == ["blank.html"]
    assert "no text" in report.errors[0].reason


def test_jsonl_bad_lines_are_reported_by_line_and_good_lines_read(tmp_path):
    lines = [
        json.dumps({"id": "a", "text": RELEASE}),
        '{"id": "b", "text": "unterminated',
        json.dumps({"id": "c", "title": "no text here"}),
        json.dumps({"id": "d", "text": "   "}),
        json.dumps(["not", "an", "object"]),
        json.dumps({"id": "e", "text": "Sen. Ben Cardin called the measures long overdue."}),
    ]
    path = tmp_path / "wire.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    docs, report = read([tmp_path])
    assert [d.id for d in docs] == ["wire.jsonl#a", "wire.jsonl#e"]
    errors = {e.path: e.reason for e in report.errors}
    assert set(errors) == {f"{path}:2", f"{path}:3", f"{path}:4", f"{path}:5"}
    assert "invalid JSON" in errors[f"{path}:2"]
    assert "text" in errors[f"{path}:3"] and "text" in errors[f"{path}:4"]
    assert "object" in errors[f"{path}:5"]


def test_jsonl_text_that_is_no_string_is_named_as_such(tmp_path):
    path = tmp_path / "wire.jsonl"
    path.write_text(json.dumps({"id": "n", "text": 5}) + "\n" + json.dumps({"id": "l", "text": ["a"]}) + "\n", encoding="utf-8")
    docs, report = read([tmp_path])
    assert docs == []
    errors = {e.path: e.reason for e in report.errors}
    assert errors == {f"{path}:1": "'text' field is a JSON number, expected a string",
                      f"{path}:2": "'text' field is a JSON array, expected a string"}


def test_all_kinds_of_bad_files_in_one_folder(tmp_path):
    for name, (make, _) in BAD_FILES.items():
        make(tmp_path / name)
    (tmp_path / "broken.jsonl").write_text('{"id": 1, "text": \n' + json.dumps({"id": "ok", "text": RELEASE}) + "\n",
                                           encoding="utf-8")
    (tmp_path / "good.md").write_text(MARKDOWN, encoding="utf-8")
    (tmp_path / "good.txt").write_text(RELEASE, encoding="utf-8")
    docs, report = read([tmp_path])
    assert sorted(d.id for d in docs) == ["broken.jsonl#ok", "good.md", "good.txt"]
    reported = sorted(Path(e.path.rsplit(":", 1)[0] if e.path.endswith(":1") else e.path).name for e in report.errors)
    assert reported == sorted([*BAD_FILES, "broken.jsonl"])
    assert all(e.reason for e in report.errors)
