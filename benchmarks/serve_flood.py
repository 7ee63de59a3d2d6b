"""How many threads and descriptors a flood of slow connections makes `graphbuild serve` hold (C2, eleventh session).

    python benchmarks/serve_flood.py                      # this tree, port 18996, 40 s
    python benchmarks/serve_flood.py --tree /tmp/base --port 18997

Starts `graphbuild serve` from TREE on a generated 2,000-triple store, then for `--seconds` one client opens connections
as fast as the server takes them, each sending half a request line and a byte every 10 s (within the guard's 20 s idle
limit and its 60 s request deadline, so none is dropped early). Prints the connections opened, the serve process's peak
thread and descriptor counts (read from /proc: Linux only) and the status of one ordinary query sent at the end.
"""
from __future__ import annotations

import argparse
import os
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from pathlib import Path


def make_store(path: Path) -> None:
    from rdflib import Literal, URIRef

    from graphbuild.rdf.store import KnowledgeStore

    with KnowledgeStore(path) as ks:
        graph = ks.minter.document("numbers.txt")
        ks.replace_document("numbers.txt", [(URIRef(f"https://example.org/n{k}"), URIRef("https://example.org/value"),
                                             Literal(k), graph) for k in range(2000)])


def counts(pid: int) -> tuple[int, int]:
    """(threads, open descriptors) of a process."""
    threads = next(line for line in Path(f"/proc/{pid}/status").read_text().splitlines() if line.startswith("Threads"))
    return int(threads.split()[1]), len(os.listdir(f"/proc/{pid}/fd"))


def ask(url: str) -> int | str:
    try:
        with urllib.request.urlopen(url, timeout=10) as response:
            return response.status
    except urllib.error.HTTPError as exc:
        return exc.code
    except OSError as exc:
        return repr(exc)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--tree", default=str(Path(__file__).resolve().parents[1]), help="graphbuild source tree to serve from")
    parser.add_argument("--port", type=int, default=18996)
    parser.add_argument("--seconds", type=float, default=40.0)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        store = Path(tmp) / "store"
        make_store(store)
        server = subprocess.Popen([sys.executable, "-m", "graphbuild.cli", "serve", "--store", str(store), "--port", str(args.port)],
                                  cwd=args.tree, env={**os.environ, "PYTHONPATH": args.tree},
                                  stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        url = f"http://127.0.0.1:{args.port}/query?query=ASK%7B%7D"
        try:
            deadline = time.monotonic() + 60
            while ask(url) != 200:
                if server.poll() is not None or time.monotonic() > deadline:
                    raise SystemExit("serve did not start")
                time.sleep(0.2)
            held: list[socket.socket] = []
            failed, peak, nudged = 0, counts(server.pid), time.monotonic()
            end = time.monotonic() + args.seconds
            while time.monotonic() < end:
                try:
                    client = socket.create_connection(("127.0.0.1", args.port), timeout=1)
                    client.sendall(b"GET /query?query=ASK%7B%7D HTTP/1.1\r\n")
                    held.append(client)
                except OSError:
                    failed += 1
                if time.monotonic() - nudged > 10:
                    for client in held:
                        try:
                            client.send(b"X")
                        except OSError:
                            pass
                    nudged = time.monotonic()
                if len(held) % 50 == 0:
                    peak = max(peak, counts(server.pid))
            peak = max(peak, counts(server.pid))
            print(f"opened {len(held)} connections in {args.seconds:g} s ({failed} connects timed out); "
                  f"serve's peak threads, descriptors: {peak}; a query then: {ask(url)}")
            for client in held:
                client.close()
        finally:
            server.terminate()
            server.wait(timeout=30)


if __name__ == "__main__":
    main()
