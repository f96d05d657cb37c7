"""Several server processes on one port: connections are dealt evenly, all answer, and all stop with the parent."""

from __future__ import annotations

import errno
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
from quotegraph.web.workers import _deal, dealing_supported, listening_socket, settle_heap

linux_only = pytest.mark.skipif(
    not (dealing_supported() and sys.platform.startswith("linux")), reason="dealing connections, seen through /proc"
)


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


def _sockets(pid: int) -> int:
    return sum(1 for fd in Path(f"/proc/{pid}/fd").iterdir() if _target(fd).startswith("socket:"))


def _target(fd: Path) -> str:
    """What an open descriptor points to, or "" when the process closed it after the folder was listed."""
    try:
        return fd.readlink().name
    except FileNotFoundError:
        return ""


def _steady_sockets(pids: set[int]) -> dict[int, int]:
    """Each process's socket count once two readings 0.2 s apart agree (closed probes are gone)."""
    last: dict[int, int] = {}
    for _ in range(50):
        now = {pid: _sockets(pid) for pid in pids}
        if now == last:
            break
        last = now
        time.sleep(0.2)
    return last


def test_a_port_in_use_is_a_clear_error() -> None:
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        with pytest.raises(QuotegraphError, match=f"cannot listen on 127.0.0.1:{port}"):
            listening_socket("127.0.0.1", port)


def _serve_two_workers(web_db: str, port: int) -> subprocess.Popen[str]:
    """Start ``quotegraph serve --workers 2`` and return once both processes have answered.

    A probe is dealt to a process as soon as the parent listens, and waits there while the process starts: a
    short timeout would leave abandoned connections queued for it, to be taken (and counted) later.
    """
    command = [sys.executable, "-m", "quotegraph", "serve", "--db", web_db, "--port", str(port), "--workers", "2"]
    server = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    deadline = time.monotonic() + 60
    while True:
        try:
            answers = [httpx.get(f"http://127.0.0.1:{port}/api/health", timeout=30).json() for _ in range(2)]
            if all(a["status"] == "ok" for a in answers):  # two new connections: one to each process
                return server
        except httpx.TransportError:
            pass
        if server.poll() is not None or time.monotonic() > deadline:
            server.kill()
            raise AssertionError(f"the server did not start: {server.stderr.read() if server.stderr else ''}")
        time.sleep(0.2)


@linux_only
@pytest.mark.slow
def test_workers_answer_and_stop_with_the_parent(web_db: str) -> None:
    port = _free_port()
    server = _serve_two_workers(web_db, port)
    try:
        children = _children(server.pid)  # the two server processes and multiprocessing's resource tracker
        workers = {pid for pid in children if b"spawn_main" in Path(f"/proc/{pid}/cmdline").read_bytes()}
        assert len(workers) == 2
        before = _steady_sockets(workers)
        # 20 keep-alive clients, as browser tabs: each process holds 10 of them, and every one is answered.
        clients = [httpx.Client() for _ in range(20)]
        try:
            for client in clients:
                assert client.get(f"http://127.0.0.1:{port}/search?text=table").status_code == 200
            assert {pid: _sockets(pid) - before[pid] for pid in workers} == dict.fromkeys(workers, 10)
        finally:
            for client in clients:
                client.close()
        server.send_signal(signal.SIGTERM)
        assert server.wait(timeout=30) == 0
    finally:
        if server.poll() is None:
            server.kill()
            server.wait()
    deadline = time.monotonic() + 10
    while (alive := {pid for pid in children if _running(pid)}) and time.monotonic() < deadline:
        time.sleep(0.1)
    assert not alive, [Path(f"/proc/{pid}/cmdline").read_bytes() for pid in alive]  # none outlives the parent
    with pytest.raises(httpx.TransportError):
        httpx.get(f"http://127.0.0.1:{port}/api/health", timeout=2)


@linux_only
@pytest.mark.slow
def test_workers_stop_when_the_parent_is_killed(web_db: str) -> None:
    server = _serve_two_workers(web_db, _free_port())
    try:
        children = _children(server.pid)
        assert len(children) == 3
    finally:
        server.kill()  # no SIGTERM handler runs: the workers see their channel close
        server.wait()
    deadline = time.monotonic() + 20
    while (alive := {pid for pid in children if _running(pid)}) and time.monotonic() < deadline:
        time.sleep(0.2)
    assert not alive


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


class _Process:
    """Alive for a given number of checks, as the dealing loop asks once per turn."""

    def __init__(self, turns: int) -> None:
        self.turns = turns

    def is_alive(self) -> bool:
        self.turns -= 1
        return self.turns >= 0


class _Listener:
    """Accepts from a script: a connection, or an error to raise."""

    def __init__(self, script: list[object]) -> None:
        self.script = script

    def settimeout(self, seconds: float) -> None:
        pass

    def accept(self) -> tuple[object, None]:
        event = self.script.pop(0)
        if isinstance(event, BaseException):
            raise event
        return event, None


@pytest.mark.skipif(not dealing_supported(), reason="passing connections needs SCM_RIGHTS")
def test_deal_passes_connections_in_turn_and_outlives_accept_errors() -> None:
    channels = [socket.socketpair() for _ in range(2)]
    clients = [socket.socketpair() for _ in range(3)]
    script: list[object] = [ConnectionAbortedError(errno.ECONNABORTED, "gone"), TimeoutError()]
    script += [accepted for accepted, _ in clients]
    _deal(_Listener(script), [ours for ours, _ in channels], [_Process(len(script))])  # type: ignore[arg-type]
    for number, (_, theirs) in enumerate(channels):
        theirs.settimeout(2)
        for expected in (0, 2) if number == 0 else (1,):
            _, fds, _, _ = socket.recv_fds(theirs, 1, 1)
            with socket.socket(fileno=fds[0]) as passed:
                passed.sendall(b"x")  # through the passed descriptor to the client's end
            assert clients[expected][1].recv(1) == b"x"
    for pair in (*channels, *clients):
        for end in pair:
            end.close()
