"""`graphbuild serve`: the store as a SPARQL 1.1 query endpoint (the `oxigraph` server behind a guard).

The `oxigraph serve-read-only --union-default-graph` server runs on a private
loopback port (on Linux at a random address of 127.0.0.0/8: `_internal_address`), so
queries see every document's graph by default (``GRAPH ?g`` still keeps them apart)
and nothing can be written through it. In front of it,
a small proxy (`graphbuild.serve_guard`) on the address the user asked for answers
only ``/query`` and only to requests that are safe to leave running:

- a query timeout (default 30 s, `--timeout`; Oxigraph stops evaluating at the limit),
  so a runaway query cannot keep a core busy after its client has gone;
- the ``Host`` and ``Origin`` headers must name the bound address or ``localhost``
  (`--allow-host` adds names): a web page elsewhere cannot reach the server through
  DNS rebinding;
- ``SERVICE`` is refused unless `--allow-service` (the server would otherwise send
  requests to any address a query names), and so is any update;
- a client silent for 20 s (`serve_guard.CLIENT_TIMEOUT`) is disconnected, so a
  stalled connection does not hold a thread for ever;
- at most 64 connections at once (`--max-connections`, `serve_guard.MAX_CONNECTIONS`):
  one more is answered 503, so a flood of connections cannot exhaust threads or descriptors.

While it runs, graphbuild holds the store's lock file, so a build cannot open the
store for writing underneath it (a writer beside a read-only reader is undefined
behaviour in Oxigraph); read-only commands (`graphbuild query`, `export`, `view`,
`validate`) keep working. The Oxigraph process dies with graphbuild's.

    graphbuild serve --store out/store --port 7878
    curl -s http://127.0.0.1:7878/query -H 'Accept: text/csv' \\
         --data-urlencode 'query=SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }'
"""
from __future__ import annotations

import errno
import ipaddress
import math
import os
import secrets
import shutil
import socket
import sys
import subprocess
from pathlib import Path

from .errors import StoreError
from .pipeline.workers import die_with_parent
from .rdf.store import is_endpoint
from .serve_guard import MAX_CONNECTIONS, Guard, run_guard

HOST = "127.0.0.1"
#: Seconds a query may run before the server stops it.
DEFAULT_TIMEOUT = 30.0


def oxigraph_binary() -> str:
    """The `oxigraph` CLI of the `oxigraph` package: beside this Python first, else on PATH."""
    candidates = [Path(sys.executable).parent / name for name in ("oxigraph", "oxigraph.exe")]
    for candidate in candidates:
        if candidate.is_file() and os.access(candidate, os.X_OK):
            return str(candidate)
    found = shutil.which("oxigraph")
    if found:
        return found
    raise StoreError("the oxigraph server is not installed; expected the `oxigraph` command "
                     "(fix: pip install 'oxigraph>=0.5,<0.6')")


def server_command(location: str | Path, port: int, timeout: float | None = None, host: str = HOST) -> list[str]:
    """The oxigraph command line that serves `location` read-only on `host`:`port`."""
    command = [oxigraph_binary(), "serve-read-only", "--location", str(location), "--bind", f"{host}:{port}",
               "--union-default-graph"]
    if timeout:
        command += ["--timeout-s", str(max(1, math.ceil(timeout)))]
    return command


def _check_port(port: int, host: str = HOST) -> None:
    if not 0 < port < 65536:
        raise StoreError(f"port {port} is out of range; expected 1-65535")
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    with socket.socket(family, socket.SOCK_STREAM) as probe:
        try:
            probe.bind((host, port))
        except OSError as exc:
            if exc.errno in (errno.EADDRINUSE, errno.EACCES):
                raise StoreError(f"port {port} on {host} is in use (or not allowed); pick another with --port") from exc
            raise StoreError(f"cannot listen on {host}:{port} ({exc.strerror or exc})") from exc


def is_loopback(host: str) -> bool:
    """True for localhost, 127.0.0.0/8 and ::1: addresses no other machine can reach."""
    if host.lower() == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def lock_store(path: Path) -> int:
    """Take the store's RocksDB lock (an inheritable fd); fails if a build (or another server) holds it."""
    import fcntl

    lock = path / "LOCK"
    try:
        fd = os.open(lock, os.O_RDWR | os.O_CREAT, 0o644)
    except OSError as exc:
        raise StoreError(f"{path}: cannot open the store's lock file ({exc.strerror or exc})") from exc
    try:
        fcntl.lockf(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError as exc:
        os.close(fd)
        raise StoreError(f"{path}: the store is in use by another process (a build, or graphbuild serve); "
                         "stop it first, then serve") from exc
    os.set_inheritable(fd, True)
    return fd


def check_store(location: str | Path) -> Path:
    if is_endpoint(location):
        raise StoreError(f"{location} is already a SPARQL endpoint; serve needs a store folder (e.g. --store out/store)")
    path = Path(location)
    if not (path / "CURRENT").exists():
        hint = f"; did you mean --store {path / 'store'}?" if (path / "store" / "CURRENT").exists() else \
            "; build one first (graphbuild build INPUT -o OUT)"
        raise StoreError(f"{path}: no Oxigraph store here{hint}")
    return path


def serve_store(location: str | Path, port: int = 7878, bind: str = HOST, timeout: float = DEFAULT_TIMEOUT,
                allow_hosts: tuple[str, ...] = (), allow_service: bool = False, max_connections: int = MAX_CONNECTIONS) -> None:
    """Serve the store read-only on http://BIND:PORT/query until interrupted (Ctrl-C or SIGTERM)."""
    import ctypes  # noqa: F401 - imported before the fork: the child only calls prctl

    if timeout is not None and timeout <= 0:
        raise StoreError(f"--timeout {timeout} must be a positive number of seconds")
    if max_connections < 1:
        raise StoreError(f"--max-connections {max_connections} must be 1 or more")
    path = check_store(location)
    _check_port(port, bind)
    internal_host, internal = _internal_address()
    command = server_command(path, internal, timeout, internal_host)
    lock = lock_store(path) if os.name == "posix" else None
    shown = f"[{bind}]" if ":" in bind else bind
    url = f"http://{shown}:{port}/query"
    if not is_loopback(bind):
        print(f"graphbuild: warning: serving on {bind}, reachable from other machines; the endpoint has no "
              "authentication: anyone who can reach it can read the whole graph", file=sys.stderr, flush=True)
    print(f"SPARQL endpoint (read-only): {url}  (query timeout {timeout:g} s; SERVICE "
          f"{'allowed' if allow_service else 'off'}; at most {max_connections} connections)\n"
          f"try: curl -s {url} -H 'Accept: text/csv' --data-urlencode 'query=SELECT (COUNT(*) AS ?n) WHERE {{ ?s ?p ?o }}'\n"
          f"or:  graphbuild query --store {url} --name designations-by-authority\n"
          "stop with Ctrl-C", file=sys.stderr, flush=True)
    server = subprocess.Popen(command, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                              pass_fds=(lock,) if lock is not None else (), preexec_fn=_die_with_us if os.name == "posix" else None)
    try:
        _wait_until_listening(server, internal, host=internal_host)
        guard = Guard(upstream=f"http://{internal_host}:{internal}/query", bind=bind, port=port, allow_hosts=allow_hosts,
                      allow_service=allow_service, timeout=timeout, max_connections=max_connections)
        run_guard(guard, server)
    finally:
        if server.poll() is None:
            server.terminate()
            try:
                server.wait(timeout=5)
            except subprocess.TimeoutExpired:
                server.kill()
        if lock is not None:
            os.close(lock)


def _die_with_us() -> None:  # pragma: no cover - runs in the forked child before exec
    die_with_parent(os.getppid())


def _wait_until_listening(server: "subprocess.Popen", port: int, seconds: float = 30.0, host: str = HOST) -> None:
    """The Oxigraph server accepts connections (it opens the store first); fails if it exits instead."""
    import time

    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if server.poll() is not None:
            raise StoreError(f"the oxigraph server exited at start (exit code {server.returncode}); is the store readable?")
        try:
            with socket.create_connection((host, port), timeout=1):
                return
        except OSError:
            time.sleep(0.1)
    raise StoreError(f"the oxigraph server did not start listening within {seconds:g} s")


def _internal_address() -> tuple[str, int]:
    """A loopback address and free port for the Oxigraph server behind the guard.

    Oxigraph answers any Host header and runs SERVICE, and nothing but the port guards it: no other machine reaches
    a loopback address, but a page in the user's browser can, through DNS rebinding, once it has found the port (a
    script can probe 127.0.0.1's ports). On Linux every address of 127.0.0.0/8 is the loopback
    device's, so the server binds a random one of them (about 2^24 addresses times the ports: no page can search
    that); elsewhere, or if that address cannot be bound, 127.0.0.1. A process of this machine can still list it
    (`ss -ltn`); it reads what the store's own files give a reader."""
    hosts = [f"127.{secrets.randbelow(256)}.{secrets.randbelow(256)}.{1 + secrets.randbelow(254)}"] \
        if sys.platform.startswith("linux") else []
    for host in [*hosts, HOST]:
        try:
            with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
                probe.bind((host, 0))
                return host, int(probe.getsockname()[1])
        except OSError:
            continue
    raise StoreError(f"cannot find a free port on {HOST} for the oxigraph server")


__all__ = ["DEFAULT_TIMEOUT", "is_loopback", "lock_store", "oxigraph_binary", "serve_store", "server_command"]
