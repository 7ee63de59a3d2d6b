"""`graphbuild serve` is safe to leave running: query timeout, Host/Origin check, no SERVICE, no updates (probe 2)."""
from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

import pytest
from rdflib import Literal, URIRef

from graphbuild.rdf.store import KnowledgeStore
from graphbuild.serve_guard import Guard

ROOT = Path(__file__).resolve().parents[2]
RUNAWAY = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }"  # 2,000^3 rows to count


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def _request(url: str, query: str | None = None, headers: dict[str, str] | None = None, data: bytes | None = None,
             timeout: float = 60) -> tuple[int, str]:
    if query is not None:
        data = urllib.parse.urlencode({"query": query}).encode()
        headers = {"Content-Type": "application/x-www-form-urlencoded", **(headers or {})}
    try:
        with urllib.request.urlopen(urllib.request.Request(url, data=data, headers=headers or {}), timeout=timeout) as response:
            return response.status, response.read().decode("utf-8", "replace")
    except urllib.error.HTTPError as exc:
        return exc.code, exc.read().decode("utf-8", "replace")


def _cpu_seconds(pid: int) -> float:
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


@pytest.fixture(scope="module")
def store(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("serve") / "store"
    with KnowledgeStore(path) as ks:
        graph = ks.minter.document("numbers.txt")
        ks.replace_document("numbers.txt", [(URIRef(f"https://example.org/n{k}"), URIRef("https://example.org/value"),
                                             Literal(k), graph) for k in range(2000)])
    return path


def _serve(store: Path, port: int, *extra: str) -> subprocess.Popen:
    process = subprocess.Popen([sys.executable, "-m", "graphbuild", "serve", "--store", str(store), "--port", str(port), *extra],
                               cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise AssertionError(f"serve exited: {process.stderr.read() if process.stderr else ''}")
        try:
            if _request(f"http://127.0.0.1:{port}/query?query=ASK%7B%7D", timeout=5)[0] == 200:
                return process
        except OSError:
            time.sleep(0.2)
    process.kill()
    raise AssertionError("serve did not answer within 60 s")


def _oxigraph_child(process: subprocess.Popen) -> int:
    children = Path(f"/proc/{process.pid}/task/{process.pid}/children").read_text().split()
    assert len(children) == 1
    return int(children[0])


@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="reads process CPU time from /proc (Linux)")
def test_a_runaway_query_is_stopped_at_the_timeout_and_frees_the_core(store):
    port = _free_port()
    process = _serve(store, port, "--timeout", "2")
    try:
        oxigraph = _oxigraph_child(process)
        started = time.monotonic()
        status, body = _request(f"http://127.0.0.1:{port}/query", RUNAWAY)
        elapsed = time.monotonic() - started
        assert (status, body.strip()) == (504, "the query did not finish within the 2 s timeout and was stopped")
        assert 2 <= elapsed < 30, elapsed  # measured on a loaded two-core machine: the timeout, plus scheduling
        # a client that gives up: the server stops the query at its timeout all the same
        with pytest.raises(OSError):
            _request(f"http://127.0.0.1:{port}/query", RUNAWAY, timeout=0.5)
        time.sleep(12)
        before = _cpu_seconds(oxigraph)
        time.sleep(2)
        assert _cpu_seconds(oxigraph) - before < 0.5  # idle again
        assert _request(f"http://127.0.0.1:{port}/query?query=ASK%7B%7D")[0] == 200  # and still serving
    finally:
        process.send_signal(signal.SIGTERM)
        process.wait(timeout=30)
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline and Path(f"/proc/{oxigraph}").exists():
        time.sleep(0.1)
    assert not Path(f"/proc/{oxigraph}").exists() or "Z" in Path(f"/proc/{oxigraph}/stat").read_text().rsplit(")", 1)[1][:3]


def test_only_requests_naming_this_server_are_answered(store):
    port = _free_port()
    process = _serve(store, port)
    url = f"http://127.0.0.1:{port}/query?query=ASK%7B%7D"
    try:
        assert _request(url)[0] == 200
        assert _request(url, headers={"Host": f"localhost:{port}"})[0] == 200
        rebinding = _request(url, headers={"Host": f"attacker.example:{port}"})
        assert rebinding[0] == 403 and "Host or Origin" in rebinding[1]
        assert _request(url, headers={"Origin": "http://attacker.example"})[0] == 403
        assert _request(url, headers={"Origin": f"http://localhost:{port}"})[0] == 200
        assert _request(url, headers={"Host": f"localhost:{port + 1}"})[0] == 403  # another port is another origin
        service = _request(f"http://127.0.0.1:{port}/query", "SELECT * WHERE { SERVICE <http://127.0.0.1:1/sparql> { ?s ?p ?o } }")
        assert service[0] == 403 and "uses SERVICE" in service[1]
        update = _request(f"http://127.0.0.1:{port}/query", "PREFIX ex: <https://example.org/> INSERT DATA { ex:a ex:b ex:c }")
        assert update[0] == 403 and "read-only" in update[1]
        direct = _request(f"http://127.0.0.1:{port}/update", data=b"DROP ALL", headers={"Content-Type": "application/sparql-update"})
        assert direct[0] in (403, 404)
    finally:
        process.send_signal(signal.SIGTERM)
        process.wait(timeout=30)


def test_allow_host_and_a_public_bind_with_its_warning(store):
    guard = Guard(upstream="http://127.0.0.1:1/query", bind="127.0.0.1", port=7878, allow_hosts=("graph.internal",))
    assert guard.host_allowed("graph.internal:7878") and guard.host_allowed("LOCALHOST")
    assert not guard.host_allowed("graph.internal.attacker.example:7878") and not guard.host_allowed(None)
    assert guard.origin_allowed(None) and not guard.origin_allowed("null") and not guard.origin_allowed("file://x")
    port = _free_port()
    process = subprocess.Popen([sys.executable, "-m", "graphbuild", "serve", "--store", str(store), "--port", str(port),
                                "--bind", "0.0.0.0"], cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    try:
        first = process.stderr.readline() if process.stderr else ""
        assert first.startswith("graphbuild: warning: serving on 0.0.0.0, reachable from other machines; "
                                "the endpoint has no authentication")
    finally:
        process.send_signal(signal.SIGTERM)
        process.wait(timeout=30)


def test_a_proxy_in_the_environment_is_not_used_for_the_private_upstream(store):
    """C1: the guard forwarded through urllib's default opener, which sends a request to the proxy `http_proxy` names
    (a loopback upstream is in no usual `no_proxy`): with a proxy set, every query was a 502 and went to the proxy."""
    port = _free_port()
    env = {**os.environ, "http_proxy": "http://127.0.0.1:9", "HTTP_PROXY": "http://127.0.0.1:9", "no_proxy": "", "NO_PROXY": ""}
    process = subprocess.Popen([sys.executable, "-m", "graphbuild", "serve", "--store", str(store), "--port", str(port)],
                               cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        deadline, answer = time.monotonic() + 60, (0, "")
        while time.monotonic() < deadline and answer[0] != 200:
            try:
                answer = _request(f"http://127.0.0.1:{port}/query", "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }",
                                  headers={"Accept": "text/csv"}, timeout=10)
            except OSError:
                time.sleep(0.2)
            if answer[0] == 502:
                break
        assert answer == (200, "n\r\n2000\r\n")
    finally:
        process.send_signal(signal.SIGTERM)
        process.wait(timeout=30)


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="all of 127.0.0.0/8 is the loopback device's on Linux")
def test_the_private_upstream_listens_at_a_random_loopback_address():
    """C1: Oxigraph, which answers any Host and runs SERVICE, is not on 127.0.0.1, where a browser page can find its
    port by timing connections and then reach it through DNS rebinding."""
    import ipaddress

    from graphbuild.serve import _internal_address

    addresses = {_internal_address() for _ in range(5)}
    assert all(ipaddress.ip_address(host) in ipaddress.ip_network("127.0.0.0/8") for host, _ in addresses)
    assert len({host for host, _ in addresses}) >= 4 and all(0 < port < 65536 for _, port in addresses)


def test_connections_over_the_cap_are_answered_503_and_a_freed_slot_serves_again():
    """C2: the guard started a thread per connection with no cap, so a client opening thousands exhausted the threads
    and descriptors of the process. Now a connection over `max_connections` gets a 503 at once and is closed."""
    import inspect

    from graphbuild.cli import serve
    from graphbuild.serve_guard import MAX_CONNECTIONS, make_server

    from graphbuild.serve import serve_store

    # the CLI passes no number of its own (C3: it had the literal 64): serve's module owns the default
    assert inspect.signature(serve).parameters["max_connections"].default.default is None
    assert inspect.signature(serve_store).parameters["max_connections"].default == MAX_CONNECTIONS
    guard = Guard(upstream="http://127.0.0.1:9/query", bind="127.0.0.1", port=0, client_timeout=30.0, max_connections=2)
    server = make_server(guard)
    guard.port = server.server_address[1]
    threading.Thread(target=server.serve_forever, daemon=True).start()
    url = f"http://127.0.0.1:{guard.port}/elsewhere"  # answered by the guard itself (404): no upstream needed
    try:
        held = [socket.create_connection(("127.0.0.1", guard.port), timeout=30) for _ in range(2)]  # silent: each holds a slot
        time.sleep(0.5)
        for _ in range(20):  # a client that sends its request at once, as curl does, still reads the answer
            status, body = _request(url, timeout=10)
            assert (status, body) == (503, "busy: 2 connections are open, the most this server takes (graphbuild serve "
                                           "--max-connections); try again in a moment\n")
        held[0].sendall(f"GET /elsewhere HTTP/1.1\r\nHost: 127.0.0.1:{guard.port}\r\n\r\n".encode())
        assert held[0].recv(4096).startswith(b"HTTP/1.1 404 ")  # the connections within the cap are served
        held[1].close()
        deadline, status = time.monotonic() + 10, 503
        while status == 503 and time.monotonic() < deadline:  # the closed connection's thread ends and frees its slot
            status = _request(url, timeout=10)[0]
            time.sleep(0.05)
        assert status == 404
        held[0].close()
    finally:
        server.shutdown()
        server.server_close()
