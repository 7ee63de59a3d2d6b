"""Fuzzing the corpus readers and the curation parser: no crash; every input is built or reported (issue 15)."""
from __future__ import annotations

import tempfile
from pathlib import Path

import yaml
from hypothesis import HealthCheck, given, settings, strategies as st

from graphbuild.ingest.corpus import CorpusReport, read_corpus
from graphbuild.resolve.curation import CurationError, load_curation, parse_curation

SUFFIXES = [".txt", ".md", ".html", ".jsonl"]
FRAGMENTS = [b" \n", b"The Treasury designated ", "Pérez ".encode("utf-8"), "Pérez ".encode("cp1252"), b"<div>", b"</div>", b"<p>",
             b"\n\n", b"\x00", b"\xff\xfe", b"\xef\xbb\xbf", b'{"text": "OFAC named the firm."}\n', b'{"id": 3}\n', b"{bad\n",
             b'{"relations": []}\n', b"**bold**", b"# heading\n", b"\x1b[2J", b"\r\n", b"&amp;", b"<script>x</script>"]

content = st.lists(st.one_of(st.sampled_from(FRAGMENTS), st.binary(max_size=40)), max_size=12).map(b"".join)
files = st.lists(st.tuples(st.sampled_from(SUFFIXES), content), min_size=1, max_size=6)
settings.register_profile("graphbuild", max_examples=60, deadline=None, derandomize=True, database=None,
                          suppress_health_check=[HealthCheck.too_slow])
settings.load_profile("graphbuild")


@given(files)
def test_every_file_is_built_or_reported(entries):
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        paths = []
        for k, (suffix, data) in enumerate(entries):
            path = folder / f"f{k}{suffix}"
            path.write_bytes(data)
            paths.append(str(path))
        report = CorpusReport()
        docs = list(read_corpus([folder], report))  # must not raise
        built = {d.path for d in docs}
        noted = [e.path for e in report.errors] + [s.split(" (", 1)[0] for s in report.skipped]
        for path in paths:  # a jsonl line is reported as PATH:LINE
            assert path in built or any(n == path or n.startswith(path + ":") for n in noted), path
        for doc in docs:
            assert doc.text.strip() and len(doc.sha256) == 64


names = st.text(min_size=0, max_size=12)
scalars = st.one_of(st.none(), st.booleans(), st.integers(), names)
values = st.recursive(scalars, lambda inner: st.one_of(st.lists(inner, max_size=4),
                                                      st.dictionaries(st.sampled_from(["into", "names", "name", "to", "type", "id",
                                                                                       "per_document", "entities", "relations",
                                                                                       "relation", "subject", "doc", "x"]),
                                                                      inner, max_size=4)), max_leaves=12)
documents = st.one_of(values, st.dictionaries(st.sampled_from(["merge", "keep_apart", "rename", "reject", "other"]), values, max_size=4))


@given(documents)
def test_the_curation_parser_accepts_or_explains(data):
    try:
        parse_curation(data, "fuzz.yaml")
    except CurationError as exc:
        assert str(exc).startswith("fuzz.yaml")


@given(st.one_of(st.text(max_size=80), documents.map(lambda d: yaml.safe_dump(d, allow_unicode=True))))
def test_the_curation_file_loader_accepts_or_explains(text):
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "curation.yaml"
        path.write_text(text, encoding="utf-8")
        try:
            load_curation(path)
        except CurationError as exc:
            assert str(exc).startswith(str(path))
