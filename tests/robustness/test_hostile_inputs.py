"""A hostile user's inputs get a clear one-line error naming what is wrong, never an "unexpected error" (P1's probe).

Each test is a defect the probe found: an output folder that is a file, a damaged store, a file name or JSON
string that is not valid Unicode, a query parameter of invalid bytes, a curation IRI with spaces, a malformed
relations file for `eval --relations`, and a request to `serve` whose Content-Length is not a number.
"""
from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import threading
import time
from http.server import ThreadingHTTPServer
from pathlib import Path

import pytest

from graphbuild.errors import QueryError, StoreError
from graphbuild.ingest.corpus import CorpusReport, read_corpus
from graphbuild.rdf import queries
from graphbuild.rdf.store import KnowledgeStore
from graphbuild.resolve.curation import CurationError, parse_curation
from graphbuild.serve_guard import Guard, make_handler

ROOT = Path(__file__).resolve().parents[2]
TEXT = "The Treasury Department designated the Coral Reach Shipping Company on Tuesday for moving oil.\n"


def _cli(*args: str) -> tuple[int, str]:
    """Run the command line as a user does (its errors are printed by `graphbuild.cli.main`): exit code, stderr."""
    done = subprocess.run([sys.executable, "-m", "graphbuild", *args], cwd=ROOT, capture_output=True, text=True, timeout=300)
    return done.returncode, done.stderr


def _build(inputs: list[Path], out: Path, model: str):
    from graphbuild.pipeline.run import BuildOptions, build

    return build(inputs, BuildOptions(out=out, model=model, outputs=False))


def _stored_ids(store: Path) -> set[str]:
    with KnowledgeStore(store, read_only=True) as ks:
        return set(ks.document_hashes())


# ---- build inputs -------------------------------------------------------------------------------


def test_an_output_folder_that_is_a_file_is_one_clear_error(tmp_path):
    (tmp_path / "a.txt").write_text(TEXT, encoding="utf-8")
    (tmp_path / "out").write_text("not a folder", encoding="utf-8")
    code, stderr = _cli("build", str(tmp_path / "a.txt"), "-o", str(tmp_path / "out"))
    assert code == 1 and "unexpected" not in stderr
    assert f"graphbuild: error: {tmp_path / 'out'}: is a file, not a folder; -o OUT names the folder the build writes" in stderr
    assert (tmp_path / "out").read_text(encoding="utf-8") == "not a folder"  # left as it was


def test_a_file_name_that_is_not_utf8_is_built_under_an_escaped_id(tmp_path, blank_model):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text(TEXT, encoding="utf-8")
    odd = os.fsdecode(b"brief\xff\xfe.txt")  # Latin-1 bytes from an old archive: not UTF-8
    (folder / odd).write_text(TEXT.replace("Coral", "Amber"), encoding="utf-8")
    report = CorpusReport()
    ids = [doc.id for doc in read_corpus([folder], report)]
    assert ids == ["a.txt", "brief\\xff\\xfe.txt"]
    assert [(w.path, w.reason) for w in report.warnings] == [
        (str(folder / "brief\\xff\\xfe.txt"), "the file name is not valid UTF-8; its document id shows the bytes "
                                              "as \\xNN: brief\\xff\\xfe.txt")]
    built = _build([folder], tmp_path / "out", blank_model)
    assert (built.processed, built.errors) == (2, [])
    assert _stored_ids(tmp_path / "out" / "store") == {"a.txt", "brief\\xff\\xfe.txt"}
    json.loads((tmp_path / "out" / "report.json").read_text(encoding="utf-8"))
    again = _build([folder], tmp_path / "out", blank_model)  # the id is stable: nothing to do on a re-run
    assert (again.processed, again.unchanged) == (0, 2)


def test_lone_surrogate_escapes_in_a_json_line_are_replaced_and_counted(tmp_path, blank_model):
    lines = ['{"id": "one", "text": "%s"}' % TEXT.strip(),
             '{"id": "two\\udcff", "title": "Brief \\ud800", "text": "Broken \\ud800 pair \\udc00. %s"}' % TEXT.strip(),
             '{"id": "three", "text": "Emoji \\ud83d\\ude00 stay whole. %s"}' % TEXT.strip()]
    (tmp_path / "wire.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    report = CorpusReport()
    docs = {doc.id: doc for doc in read_corpus([tmp_path / "wire.jsonl"], report)}
    assert list(docs) == ["wire.jsonl#one", "wire.jsonl#two\ufffd", "wire.jsonl#three"]
    assert docs["wire.jsonl#two\ufffd"].text.startswith("Broken \ufffd pair \ufffd. ")
    assert docs["wire.jsonl#two\ufffd"].meta["title"] == "Brief \ufffd"
    assert docs["wire.jsonl#three"].text.startswith("Emoji \U0001F600 stay whole.")
    assert [(w.path, w.reason) for w in report.warnings] == [
        (f"{tmp_path / 'wire.jsonl'}:2", "4 lone surrogate escapes (\\ud800-\\udfff, half of a pair) replaced by U+FFFD")]
    built = _build([tmp_path / "wire.jsonl"], tmp_path / "out", blank_model)
    assert (built.processed, built.errors) == (3, [])


def test_json_lines_python_cannot_hold_are_reported_and_the_rest_is_read(tmp_path):
    deep = '{"text": "%s", "x": %s%s}' % (TEXT.strip(), "[" * 100_000, "]" * 100_000)
    huge = '{"text": "%s", "n": %s}' % (TEXT.strip(), "7" * 5000)  # over Python's 4,300-digit integer limit
    (tmp_path / "wire.jsonl").write_text(f"{deep}\n{huge}\n" + '{"text": "%s"}\n' % TEXT.strip(), encoding="utf-8")
    report = CorpusReport()
    assert [doc.id for doc in read_corpus([tmp_path / "wire.jsonl"], report)] == ["wire.jsonl#3"]
    assert [(e.path, e.reason) for e in report.errors] == [
        (f"{tmp_path / 'wire.jsonl'}:1", "cannot read this JSON line (nested too deeply); expected one object per line"),
        (f"{tmp_path / 'wire.jsonl'}:2", "cannot read this JSON line (Exceeds the limit (4300 digits) for integer string "
                                         "conversion: value has 5000 digits); expected one object per line")]


# ---- the store ----------------------------------------------------------------------------------


@pytest.fixture()
def damaged_store(tmp_path) -> Path:
    location = tmp_path / "store"
    with KnowledgeStore(location):
        pass
    (location / "CURRENT").write_text("garbage\n", encoding="utf-8")
    return location


def test_a_damaged_store_is_a_store_error_that_says_so(damaged_store):
    import graphbuild

    for read_only in (True, False):
        with pytest.raises(StoreError) as info:
            KnowledgeStore(damaged_store, read_only=read_only)
        assert str(info.value).startswith(f"{damaged_store}: the store is damaged (")
        assert "build again into a new folder" in str(info.value)
    with pytest.raises(StoreError):
        graphbuild.KnowledgeGraph.open(damaged_store)
    code, stderr = _cli("query", "--store", str(damaged_store), "ASK {}")
    assert code == 1 and "unexpected" not in stderr and "the store is damaged (Corruption: CURRENT file corrupted)" in stderr


# ---- query parameters ---------------------------------------------------------------------------


def test_query_text_and_parameters_of_invalid_bytes_are_query_errors(tmp_path):
    bad = os.fsdecode(b"Mu\xf1oz")  # a Latin-1 terminal's n-tilde reaches Python as a lone surrogate
    with pytest.raises(QueryError, match=r"^parameter 'name': not valid UTF-8 text \(byte \\xf1\); "):
        queries.parse_params([f"name={bad}"])
    with pytest.raises(QueryError, match=r"^the query text is not valid UTF-8 text \(byte \\xf1\); "):
        queries.resolve_query(f"SELECT * WHERE {{ ?s ?p '{bad}' }}", None, None)
    (tmp_path / "q.rq").write_bytes(b"SELECT * WHERE { ?s ?p 'Mu\xf1oz' }")
    with pytest.raises(QueryError, match=r"q\.rq: not UTF-8 text \(invalid byte at offset 26\); save the file as UTF-8"):
        queries.resolve_query(None, tmp_path / "q.rq", None)


# ---- curation -----------------------------------------------------------------------------------


@pytest.mark.parametrize("iri", ["https://example.org/a b", "https://example.org/a> <b", "https://example.org/?q=<x>"])
def test_a_curation_iri_the_store_would_refuse_is_refused_when_the_file_is_read(iri):
    with pytest.raises(CurationError) as info:
        parse_curation({"merge": [{"into": "Coral Reach Shipping Company", "names": ["Coral Reach"], "id": iri}]},
                       "curation.yaml")
    assert str(info.value).startswith(f"curation.yaml: merge[0].id: {iri!r} is not a valid IRI (")


# ---- eval --relations ---------------------------------------------------------------------------


@pytest.mark.parametrize(("content", "message"), [
    (b'{"doc": "a.txt"}\nnot json\n', "rel.jsonl:2: invalid JSON (Expecting value); expected one relation object per line"),
    (b'{"doc": "a.txt"}\n[1, 2]\n', "rel.jsonl:2: expected a relation object (the relations.jsonl contract), got a list"),
    (b'{"doc": "a.txt"}\n\xff\n', "rel.jsonl: not UTF-8 text (invalid byte at offset 17); expected a relations.jsonl file"),
    (b'{"doc": "a.txt"}\n{"relation": "holds_role"}\n',
     'rel.jsonl:2: the relation has no "doc" (its document id); expected the relations.jsonl contract'),
])
def test_eval_relations_that_are_not_relations_say_which_line(tmp_path, content, message):
    (tmp_path / "rel.jsonl").write_bytes(content)
    gold = tmp_path / "gold.jsonl"
    gold.write_text('{"doc": "a.txt", "scored": ["holds_role"], "relations": []}\n', encoding="utf-8")
    code, stderr = _cli("eval", "--gold", str(gold), "--relations", str(tmp_path / "rel.jsonl"))
    assert code == 1 and "unexpected" not in stderr
    assert f"graphbuild: error: {tmp_path / message}" in stderr


# ---- serve --------------------------------------------------------------------------------------


@pytest.mark.parametrize("length", ["abc", "-5", "1e3"])
def test_serve_answers_a_bad_content_length_with_400(length):
    guard = Guard(upstream="http://127.0.0.1:9/query", bind="127.0.0.1", port=0)
    server = ThreadingHTTPServer(("127.0.0.1", 0), make_handler(guard))
    guard.port = server.server_address[1]
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        with socket.create_connection(("127.0.0.1", guard.port), timeout=10) as client:
            client.sendall(f"POST /query HTTP/1.1\r\nHost: 127.0.0.1:{guard.port}\r\nContent-Length: {length}\r\n"
                           "Content-Type: application/sparql-query\r\n\r\nASK {}".encode())
            reply = b""
            while chunk := client.recv(4096):  # the guard closes the connection after this answer
                reply += chunk
    finally:
        server.shutdown()
        server.server_close()
    assert reply.startswith(b"HTTP/1.1 400 ")
    assert f"Content-Length {length!r} is not a number of bytes".encode() in reply


@pytest.mark.parametrize("sent", [b"", b"POST /query HTTP/1.1\r\nHost: 127.0.0.1\r\n",
                                  b"POST /query HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 100\r\n\r\nquery="])
def test_serve_drops_a_silent_client_after_its_timeout(sent):
    """P2: a client that sends nothing, half its headers or half its body no longer holds a thread for ever."""
    guard = Guard(upstream="http://127.0.0.1:9/query", bind="127.0.0.1", port=0, client_timeout=1.0)
    server = ThreadingHTTPServer(("127.0.0.1", 0), make_handler(guard))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        with socket.create_connection(server.server_address[:2], timeout=30) as client:
            client.sendall(sent)
            started = time.monotonic()
            reply = client.recv(4096)  # b"": the guard closed the connection
            waited = time.monotonic() - started
    finally:
        server.shutdown()
        server.server_close()
    assert reply == b""
    assert 0.5 < waited < 10


@pytest.mark.parametrize("head, trickled", [
    (b"POST /query HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 100\r\n"
     b"Content-Type: application/x-www-form-urlencoded\r\n\r\n", b"query=" + b"x" * 94),
    (b"POST /query HTTP/1.1\r\n", b"X-Slow: " + b"y" * 92),
], ids=["body", "headers"])
def test_serve_answers_a_trickling_client_408_at_the_request_deadline(head, trickled):
    """C1: a client that sends a byte every 0.3 s is never silent for the 1 s client timeout, which restarts with each
    byte; the request deadline (2 s here) ends its request with a 408 and closes the connection."""
    guard = Guard(upstream="http://127.0.0.1:9/query", bind="127.0.0.1", port=0, client_timeout=1.0, request_deadline=2.0)
    server = ThreadingHTTPServer(("127.0.0.1", 0), make_handler(guard))
    threading.Thread(target=server.serve_forever, daemon=True).start()

    def trickle(client: socket.socket) -> None:
        try:
            client.sendall(head)
            for byte in trickled:
                time.sleep(0.3)
                client.sendall(bytes([byte]))
        except OSError:
            pass  # the guard closed the connection

    try:
        with socket.create_connection(server.server_address[:2], timeout=15) as client:
            started = time.monotonic()
            threading.Thread(target=trickle, args=(client,), daemon=True).start()
            reply = b""
            while chunk := client.recv(4096):
                reply += chunk
            waited = time.monotonic() - started
    finally:
        server.shutdown()
        server.server_close()
    assert reply.startswith(b"HTTP/1.1 408 Request Timeout\r\n")
    assert reply.endswith(b"request timeout: the request was not received whole within 2 s\n")
    assert 1.5 < waited < 10
