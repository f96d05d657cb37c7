"""Several server processes on one port (``SO_REUSEPORT``): they all answer, and all stop with the parent."""

from __future__ import annotations

import gc
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest

from quotegraph.errors import QuotegraphError
from quotegraph.web.pages.render import environment
from quotegraph.web.workers import check_free, listening_socket, reuse_port_supported, settle_heap

linux_only = pytest.mark.skipif(not reuse_port_supported(), reason="SO_REUSEPORT balancing is Linux only")


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _children(pid: int) -> set[int]:
    found = set()
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                if int((entry / "stat").read_text().rsplit(")", 1)[1].split()[1]) == pid:
                    found.add(int(entry.name))
            except (OSError, IndexError, ValueError):
                continue
    return found


def _running(pid: int) -> bool:
    try:
        return Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0] != "Z"
    except OSError:
        return False


@linux_only
def test_listening_sockets_share_a_port() -> None:
    port = _free_port()
    first, second = listening_socket("127.0.0.1", port), listening_socket("127.0.0.1", port)
    try:
        assert first.getsockname()[1] == second.getsockname()[1] == port
    finally:
        first.close()
        second.close()


def test_a_port_in_use_is_a_clear_error() -> None:
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        with pytest.raises(QuotegraphError, match=f"cannot listen on 127.0.0.1:{port}"):
            check_free("127.0.0.1", port)
        with pytest.raises(QuotegraphError, match="cannot listen"):
            listening_socket("127.0.0.1", port)


@linux_only
@pytest.mark.slow
def test_workers_answer_and_stop_with_the_parent(web_db: str) -> None:
    port = _free_port()
    command = [sys.executable, "-m", "quotegraph", "serve", "--db", web_db, "--port", str(port), "--workers", "2"]
    server = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                assert httpx.get(f"http://127.0.0.1:{port}/api/health", timeout=2).json()["status"] == "ok"
                break
            except httpx.TransportError:
                assert server.poll() is None, server.stderr.read() if server.stderr else ""
                assert time.monotonic() < deadline, "the server did not start"
                time.sleep(0.2)
        workers = _children(server.pid)
        # Every new connection is answered, whichever process the kernel hands it to.
        for _ in range(20):
            with httpx.Client() as client:  # a new connection each time
                assert client.get(f"http://127.0.0.1:{port}/search?text=table").status_code == 200
        server.send_signal(signal.SIGTERM)
        assert server.wait(timeout=30) == 0
    finally:
        if server.poll() is None:
            server.kill()
            server.wait()
    assert len(workers) >= 2
    deadline = time.monotonic() + 10
    while (alive := {pid for pid in workers if _running(pid)}) and time.monotonic() < deadline:
        time.sleep(0.1)
    assert not alive, [Path(f"/proc/{pid}/cmdline").read_bytes() for pid in alive]  # none outlives the parent
    with pytest.raises(httpx.TransportError):
        httpx.get(f"http://127.0.0.1:{port}/api/health", timeout=2)


def test_settle_heap_compiles_the_templates_and_freezes_the_heap() -> None:
    env = environment()
    env.cache.clear()  # type: ignore[union-attr]
    gc.unfreeze()
    try:
        settle_heap()
        assert gc.get_freeze_count() > 1000  # the modules and the app's objects, no longer walked
        compiled = {name for _, name in env.cache}  # type: ignore[union-attr]
        assert compiled == set(env.list_templates())
    finally:
        gc.unfreeze()
