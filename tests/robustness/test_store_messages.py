"""Store failures say what happened: a full disk, a store in use, a server that stopped (issue 15, probe 4)."""
from __future__ import annotations

import socket

import pyoxigraph as ox
import pytest

from graphbuild.errors import StoreError
from graphbuild.rdf import local, remote
from graphbuild.rdf.store import KnowledgeStore


def test_a_full_disk_is_not_called_a_store_in_use(tmp_path, monkeypatch):
    def full(path):
        raise OSError("IO error: No space left on device: While appending to file: store/000012.log")

    monkeypatch.setattr(local.ox, "Store", full)
    with pytest.raises(StoreError) as info:
        KnowledgeStore(tmp_path / "store")
    message = str(info.value)
    assert "the disk is full" in message and "another graphbuild process" not in message


def test_a_store_in_use_says_so(tmp_path):
    holder = ox.Store(str(tmp_path / "store"))  # noqa: F841 - holds the lock, as a running build does
    import subprocess
    import sys

    code = "from graphbuild.rdf.store import KnowledgeStore\nKnowledgeStore(%r)" % str(tmp_path / "store")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert "another graphbuild process (a build, or graphbuild serve) is using it" in result.stderr


def test_a_dead_endpoint_is_not_called_read_only():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]  # nothing listens here once the probe closes

    class Dead:
        update_endpoint = f"http://127.0.0.1:{port}/update"

        def update(self, *args, **kwargs):
            import urllib.request

            urllib.request.urlopen(self.update_endpoint, data=b"update=CLEAR%20ALL", timeout=5)

    class Dataset:
        store = Dead()

    with pytest.raises(StoreError) as info:
        remote.run_update(Dataset(), "CLEAR ALL")
    message = str(info.value)
    assert "the SPARQL server does not answer" in message and "writable" not in message


def test_validate_says_an_empty_store_holds_nothing_to_check(tmp_path):
    """A store no document was built into "conformed" ("conforms: 0 triples checked", exit 0), which reads as a pass
    for the wrong folder (P12, sixteenth session); now one line naming the store, exit 1."""
    import subprocess
    import sys

    ox.Store(str(tmp_path / "store")).flush()
    done = subprocess.run([sys.executable, "-m", "graphbuild", "validate", "--store", str(tmp_path / "store")],
                          capture_output=True, text=True, timeout=120)
    assert (done.returncode, done.stdout) == (1, "")
    assert done.stderr.strip() == (f"graphbuild: error: {tmp_path / 'store'}: the store holds no triples (no document was "
                                   "built into it), so there is nothing to validate; build into it first (graphbuild build "
                                   "INPUT -o OUT) or pass another --store")
