"""The guard in front of `graphbuild serve`'s Oxigraph server: Host/Origin check, no SERVICE, no updates.

Oxigraph's server answers any ``Host`` header and runs ``SERVICE`` clauses (it sends
HTTP requests to whatever address a query names). A browser page on another site can
reach a server on localhost through DNS rebinding; with SERVICE it could also make the
server fetch internal addresses. The guard is a small threaded HTTP proxy that passes
a request on to the private Oxigraph port only when its Host (and Origin, when a
browser sends one) names the bound address, ``localhost`` or a name given with
``--allow-host``, and its query neither is an update nor uses SERVICE (unless allowed).
Oxigraph's own ``--timeout-s`` stops a query that runs too long; the guard's wait ends
a little after it. A client must send each request whole (request line, headers, body) within
`REQUEST_DEADLINE` seconds, and is never silent for more than `CLIENT_TIMEOUT`: one that trickles a
byte a second gets a 408 and its connection closed instead of holding a thread. At most `MAX_CONNECTIONS`
connections are served at once (`--max-connections`); one over the cap gets a 503 at once and is closed, so a client
that opens thousands cannot exhaust the threads or file descriptors of the process.
"""
from __future__ import annotations

import io
import signal
import socket
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

from .errors import QueryError
from .rdf.sparql_text import check_read_only

LOCAL_NAMES = ("localhost", "127.0.0.1", "[::1]", "::1")
MAX_BODY = 10_000_000
FORWARDED_HEADERS = ("Accept", "Content-Type")
CLIENT_TIMEOUT = 20.0  # seconds a client may stay silent (P2: without it a client that sent nothing held a thread forever)
#: Seconds a client has to send one whole request (C1: the per-read CLIENT_TIMEOUT restarts with every byte, so a
#: client that trickled a byte every few seconds held a thread for as long as it liked; MAX_BODY at 1 byte/s is 116 days).
REQUEST_DEADLINE = 60.0
#: Connections served at once (a thread and a socket each, plus one to Oxigraph while a query runs); one more is
#: answered 503 (C2: without a cap, a client that opened thousands exhausted the process's threads and descriptors).
#: 64 is far above what a person or a notebook uses, and far below the usual limit of 1,024 descriptors.
MAX_CONNECTIONS = 64
CANCELLED = b"The SPARQL operation has been cancelled"  # what Oxigraph writes when --timeout-s stops a query


@dataclass
class Guard:
    """What the proxy allows, and where it forwards."""

    upstream: str
    bind: str
    port: int
    allow_hosts: tuple[str, ...] = ()
    allow_service: bool = False
    timeout: float = 30.0
    client_timeout: float = CLIENT_TIMEOUT
    request_deadline: float = REQUEST_DEADLINE
    max_connections: int = MAX_CONNECTIONS

    def allowed_names(self) -> set[str]:
        names = {*LOCAL_NAMES, self.bind.lower(), f"[{self.bind.lower()}]"}
        return names | {h.lower() for h in self.allow_hosts}

    def host_allowed(self, value: str | None) -> bool:
        """A Host header ("name" or "name:port") that names this server."""
        if not value:
            return False
        value = value.strip().lower()
        name, port = value, ""
        if value.startswith("["):
            name, _, rest = value.partition("]")
            name, port = name + "]", rest.lstrip(":")
        elif value.count(":") == 1:
            name, port = value.split(":")
        if port and port != str(self.port):
            return False
        return name in self.allowed_names()

    def origin_allowed(self, value: str | None) -> bool:
        """No Origin (not a browser's cross-site request), or an Origin on an allowed host."""
        if value is None or value == "":
            return True
        parsed = urllib.parse.urlsplit(value)
        if parsed.scheme not in {"http", "https"} or not parsed.netloc:
            return False
        return self.host_allowed(parsed.netloc)


def _query_text(method: str, path: str, headers: Any, body: bytes) -> tuple[str | None, str | None]:
    """(query, update) text of a SPARQL protocol request, from the URL or the body."""
    params = urllib.parse.parse_qs(urllib.parse.urlsplit(path).query)
    content_type = (headers.get("Content-Type") or "").split(";")[0].strip().lower()
    if method == "POST":
        if content_type == "application/x-www-form-urlencoded":
            params = {**params, **urllib.parse.parse_qs(body.decode("utf-8", "replace"))}
        elif content_type == "application/sparql-query":
            return body.decode("utf-8", "replace"), None
        elif content_type == "application/sparql-update":
            return None, body.decode("utf-8", "replace")
    query = params.get("query", [None])[0]
    update = params.get("update", [None])[0]
    return query, update


class _RequestClock:
    """When the request being read must be in (reset at the start of each request of a connection)."""

    def __init__(self) -> None:
        self.deadline = float("inf")
        self.passed = False


class _DeadlineReader(io.RawIOBase):
    """The client's socket as a raw stream whose every receive waits at most until the request's deadline (and at
    most `idle` seconds); a socket timeout alone restarts with every byte received."""

    def __init__(self, sock: socket.socket, clock: _RequestClock, idle: float) -> None:
        super().__init__()
        self.sock, self.clock, self.idle = sock, clock, idle

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        remaining = self.clock.deadline - time.monotonic()
        if remaining <= 0:
            self.clock.passed = True
            raise TimeoutError("the request was not received in time")
        self.sock.settimeout(min(self.idle, remaining))
        try:
            return self.sock.recv_into(buffer)
        except TimeoutError:
            self.clock.passed = remaining <= self.idle
            raise
        finally:
            self.sock.settimeout(self.idle)  # writes keep the per-write timeout


#: Opens the upstream URL itself: `urlopen` would send every query to the proxy of `http_proxy` (the loopback upstream
#: is not in a usual `no_proxy`), which cannot reach it (502) and sees the query (C1).
_DIRECT = urllib.request.build_opener(urllib.request.ProxyHandler({}))


def make_handler(guard: Guard) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        server_version = "graphbuild-serve"
        protocol_version = "HTTP/1.1"
        # Each read or write on the client's socket waits at most this long; http.server then closes the connection
        # (a silent or stalled client, or an idle keep-alive connection, no longer holds a thread for ever).
        timeout = guard.client_timeout

        def log_message(self, format: str, *args: Any) -> None:  # noqa: A002 - quiet: no per-request lines
            return

        def setup(self) -> None:
            super().setup()
            self.clock = _RequestClock()
            self.rfile.close()  # the socket's own reader, unread: every read goes through the deadline instead
            self.rfile = io.BufferedReader(_DeadlineReader(self.connection, self.clock, guard.client_timeout))

        def handle_one_request(self) -> None:
            self.clock.deadline, self.clock.passed = time.monotonic() + guard.request_deadline, False
            super().handle_one_request()  # http.server ends the connection on a TimeoutError while reading
            if self.clock.passed:
                self.close_connection = True
                message = f"request timeout: the request was not received whole within {guard.request_deadline:g} s\n".encode()
                try:
                    self.wfile.write(_raw_reply(b"408 Request Timeout", message))
                except OSError:
                    pass

        def _reply(self, status: int, message: str) -> None:
            data = (message + "\n").encode("utf-8")
            self.send_response(status)
            self.send_header("Content-Type", "text/plain; charset=utf-8")
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)

        def _handle(self, method: str) -> None:
            if not guard.host_allowed(self.headers.get("Host")) or not guard.origin_allowed(self.headers.get("Origin")):
                self._reply(403, "forbidden: the Host or Origin header does not name this server "
                                 "(start graphbuild serve with --allow-host NAME to allow a name)")
                return
            if urllib.parse.urlsplit(self.path).path != "/query":
                self._reply(404, "not found: the SPARQL query endpoint is /query")
                return
            stated = (self.headers.get("Content-Length") or "0").strip()
            if not stated.isdigit():  # int() raised on "abc", and read(-5) on a negative: no answer, a traceback
                self.close_connection = True  # the body's end is unknown: the rest of the stream is no request
                self._reply(400, f"Content-Length {stated!r} is not a number of bytes")
                return
            length = int(stated)
            if length > MAX_BODY:
                self._reply(413, f"request body over {MAX_BODY} bytes")
                return
            body = self.rfile.read(length) if length else b""
            query, update = _query_text(method, self.path, self.headers, body)
            if update is not None:
                self._reply(403, "this endpoint is read-only: updates are refused")
                return
            if not query:
                self._reply(400, "no query: send query=... (GET or form POST) or an application/sparql-query body")
                return
            try:
                check_read_only(query, guard.allow_service)
            except QueryError as exc:
                self._reply(403, str(exc).replace("graphbuild query and serve are", "this endpoint is"))
                return
            self._forward(method, body)

        def _forward(self, method: str, body: bytes) -> None:
            split = urllib.parse.urlsplit(self.path)
            url = guard.upstream + (f"?{split.query}" if split.query else "")
            headers = {h: self.headers[h] for h in FORWARDED_HEADERS if self.headers.get(h)}
            request = urllib.request.Request(url, data=body if method == "POST" else None, headers=headers, method=method)
            try:
                response = _DIRECT.open(request, timeout=guard.timeout + 2)
            except urllib.error.HTTPError as exc:
                response = exc
            except TimeoutError:  # no header yet: Oxigraph (started with --timeout-s) stops the query all the same
                self._reply(504, f"the query did not finish within the {guard.timeout:g} s timeout and was stopped")
                return
            except (urllib.error.URLError, OSError) as exc:
                self._reply(502, f"the oxigraph server behind graphbuild serve did not answer ({exc})")
                return
            try:
                with response:
                    data = response.read()
            except TimeoutError:
                self._reply(504, f"the query did not finish within the {guard.timeout:g} s timeout and was stopped")
                return
            status = response.status if hasattr(response, "status") else response.code
            if status == 200 and data.rstrip().endswith(CANCELLED):  # Oxigraph streams, then stops at its timeout
                self._reply(504, f"the query did not finish within the {guard.timeout:g} s timeout and was stopped")
                return
            self.send_response(status)
            self.send_header("Content-Type", response.headers.get("Content-Type") or "application/octet-stream")
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)

        def do_GET(self) -> None:  # noqa: N802 - http.server's naming
            self._handle("GET")

        def do_POST(self) -> None:  # noqa: N802
            self._handle("POST")

    return Handler


class _Server(ThreadingHTTPServer):
    """A thread per connection, at most `max_connections` of them; one more is answered 503 and closed by the
    accepting thread itself, so a flood of connections holds no thread and no descriptor past its answer."""

    daemon_threads = True

    def __init__(self, address: tuple[str, int], handler: type[BaseHTTPRequestHandler], max_connections: int) -> None:
        self.max_connections = max_connections
        self.slots = threading.BoundedSemaphore(max_connections)
        super().__init__(address, handler)

    def process_request(self, request: Any, client_address: Any) -> None:
        if not self.slots.acquire(blocking=False):
            _refuse_busy(request, self.max_connections)
            self.shutdown_request(request)
            return
        try:
            super().process_request(request, client_address)  # starts the connection's thread
        except BaseException:
            self.slots.release()  # no thread: the slot is free again (the caller closes the socket)
            raise

    def process_request_thread(self, request: Any, client_address: Any) -> None:
        try:
            super().process_request_thread(request, client_address)
        finally:
            self.slots.release()


def _raw_reply(status: bytes, message: bytes, extra: bytes = b"") -> bytes:
    """A whole plain-text answer that closes the connection, written out by hand where http.server's `send_response`
    cannot serve: before a request line was parsed (408), or on the accepting thread (503)."""
    return (b"HTTP/1.1 " + status + b"\r\nContent-Type: text/plain; charset=utf-8\r\n" + extra
            + b"Connection: close\r\nContent-Length: %d\r\n\r\n%s" % (len(message), message))


def _refuse_busy(sock: socket.socket, cap: int) -> None:
    """Answer 503 without blocking the accepting thread: the socket is non-blocking, the answer fits an empty send
    buffer, and what the client already sent is read first (closing a socket with unread data resets the
    connection, and the client may then never see the answer)."""
    message = (f"busy: {cap} connections are open, the most this server takes (graphbuild serve "
               "--max-connections); try again in a moment\n").encode()
    try:
        sock.setblocking(False)
        try:
            sock.recv(65536)
        except OSError:
            pass  # nothing sent yet
        sock.send(_raw_reply(b"503 Service Unavailable", message, b"Retry-After: 1\r\n"))
    except OSError:
        pass  # the client has gone


def make_server(guard: Guard) -> ThreadingHTTPServer:
    """The guard's HTTP server, listening on `guard.bind`:`guard.port` (IPv6 for an address with a colon)."""
    server_class = _Server
    if ":" in guard.bind:
        server_class = type("_Server6", (_Server,), {"address_family": socket.AF_INET6})
    return server_class((guard.bind, guard.port), make_handler(guard), guard.max_connections)


def run_guard(guard: Guard, upstream_process: subprocess.Popen) -> None:
    """Serve until Ctrl-C, SIGTERM, or the Oxigraph process ends."""
    httpd = make_server(guard)

    def stop(*_: Any) -> None:
        threading.Thread(target=httpd.shutdown, daemon=True).start()

    def watch() -> None:
        upstream_process.wait()
        stop()

    previous = signal.signal(signal.SIGTERM, stop)
    threading.Thread(target=watch, daemon=True).start()
    try:
        httpd.serve_forever(poll_interval=0.5)
    except KeyboardInterrupt:
        pass
    finally:
        signal.signal(signal.SIGTERM, previous)
        httpd.server_close()
    if upstream_process.poll() not in (None, 0, -signal.SIGTERM):
        print(f"graphbuild: the oxigraph server stopped (exit code {upstream_process.returncode})", file=sys.stderr)


__all__ = ["MAX_CONNECTIONS", "Guard", "make_handler", "make_server", "run_guard"]
