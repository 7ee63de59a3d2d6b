"""`graphbuild serve`: the store as a SPARQL 1.1 protocol endpoint on 127.0.0.1 (the `oxigraph` server).

The server runs `oxigraph serve-read-only --union-default-graph` on the store folder,
so queries see every document's graph by default (``GRAPH ?g`` still keeps them
apart) and nothing can be written through it. While it runs, graphbuild holds the
store's lock file, so a build cannot open the store for writing underneath it (a
writer beside a read-only reader is undefined behaviour in Oxigraph); read-only
commands (`graphbuild query`, `export`, `view`, `validate`) keep working.

    graphbuild serve --store out/store --port 7878
    curl -s http://127.0.0.1:7878/query -H 'Accept: text/csv' \\
         --data-urlencode 'query=SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }'
"""
from __future__ import annotations

import errno
import os
import shutil
import socket
import sys
from pathlib import Path

from .errors import StoreError
from .rdf.store import is_endpoint

HOST = "127.0.0.1"


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


def server_command(location: str | Path, port: int) -> list[str]:
    """The oxigraph command line that serves `location` read-only on 127.0.0.1:`port`."""
    return [oxigraph_binary(), "serve-read-only", "--location", str(location), "--bind", f"{HOST}:{port}",
            "--union-default-graph"]


def _check_port(port: int) -> None:
    if not 0 < port < 65536:
        raise StoreError(f"port {port} is out of range; expected 1-65535")
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        try:
            probe.bind((HOST, port))
        except OSError as exc:
            if exc.errno in (errno.EADDRINUSE, errno.EACCES):
                raise StoreError(f"port {port} on {HOST} is in use (or not allowed); pick another with --port") from exc
            raise StoreError(f"cannot listen on {HOST}:{port} ({exc.strerror or exc})") from exc


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


def serve_store(location: str | Path, port: int = 7878) -> None:
    """Serve the store read-only on http://127.0.0.1:PORT/query until interrupted (replaces this process)."""
    path = check_store(location)
    _check_port(port)
    command = server_command(path, port)
    lock = lock_store(path) if os.name == "posix" else None
    url = f"http://{HOST}:{port}/query"
    print(f"SPARQL endpoint (read-only): {url}\n"
          f"try: curl -s {url} -H 'Accept: text/csv' --data-urlencode 'query=SELECT (COUNT(*) AS ?n) WHERE {{ ?s ?p ?o }}'\n"
          f"or:  graphbuild query --store {url} --name designations-by-authority\n"
          "stop with Ctrl-C", file=sys.stderr, flush=True)
    if lock is not None:
        os.execv(command[0], command)  # the server inherits the lock; Ctrl-C and kill reach it directly
    import subprocess  # pragma: no cover - non-POSIX

    try:  # pragma: no cover
        subprocess.run(command, check=False)
    except KeyboardInterrupt:  # pragma: no cover
        pass


__all__ = ["serve_store", "server_command", "oxigraph_binary", "lock_store"]
