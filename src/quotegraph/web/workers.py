"""Several server processes on one port: the parent accepts each connection and deals it to the next process.

uvicorn's ``--workers`` shares one listening socket: whichever process wakes first accepts every connection
waiting, so a burst of keep-alive clients lands mostly on one process (three quarters of 100 on one of two
in ``bench_web``) and those clients wait four times longer than the rest. A socket per process with
``SO_REUSEPORT`` is fairer but still a coin toss per connection: 100 clients split 41/59 in one run, and
the clients on the busier process waited 40% longer. Here the parent accepts every connection and passes
it (``SCM_RIGHTS``, ``socket.send_fds``) to the processes in turn, as Node's ``cluster`` module does, so
each holds its share of the connections to within one. Unix only: elsewhere ``serve`` keeps uvicorn's
shared socket.
"""

from __future__ import annotations

import asyncio
import contextlib
import errno
import gc
import itertools
import multiprocessing
import signal
import socket
import sys
import time
from dataclasses import asdict
from types import FrameType
from typing import Any

import uvicorn

from quotegraph.errors import QuotegraphError
from quotegraph.web.config import WebSettings

#: Connections the listening socket queues before the kernel refuses more (uvicorn's default).
BACKLOG = 2048
#: Seconds a worker gets to finish its requests after SIGTERM before it is killed.
STOP_SECONDS = 10.0
#: Seconds the parent waits in ``accept`` before it checks that its processes still run.
ACCEPT_POLL_SECONDS = 0.5
#: Seconds the parent pauses when it has no file descriptor left to accept with.
ACCEPT_RETRY_SECONDS = 0.05


def dealing_supported() -> bool:
    """Return whether connections can be passed between processes (``SCM_RIGHTS``: Linux, macOS, BSDs)."""
    return sys.platform != "win32" and hasattr(socket, "send_fds")


def listening_socket(host: str, port: int) -> socket.socket:
    """Return a socket bound to host:port (``SO_REUSEADDR``), listening.

    Raises:
        QuotegraphError: If the address cannot be bound (in use by another program, or not this machine's).
    """
    try:
        family, kind, proto, _, address = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)[0]
        sock = socket.socket(family, kind, proto)
    except OSError as exc:
        raise QuotegraphError(f"cannot listen on {host}:{port}: {exc}") from exc
    try:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.bind(address)
        sock.listen(BACKLOG)
    except OSError as exc:
        sock.close()
        raise QuotegraphError(f"cannot listen on {host}:{port}: {exc}") from exc
    return sock


def settle_heap() -> None:
    """Compile every page template, then move everything alive into the collector's permanent generation.

    A serving process holds about 80,000 long-lived objects (FastAPI and pydantic models, routes, templates).
    Python's full collection walked all of them every few seconds under load and stopped the event loop
    for 75-140 ms each time, with some 50 requests waiting behind it: most of bench_web's p99. Frozen
    objects are never walked again, so a full collection now looks only at what requests left behind
    (about 2 ms). Call it once a process has built its app, just before it serves.
    """
    from quotegraph.web.pages.render import environment

    env = environment()
    for name in env.list_templates():
        env.get_template(name)
    gc.collect()
    gc.freeze()


class DealtServer(uvicorn.Server):
    """A uvicorn server with no listening socket of its own: it serves the connections the parent passes it.

    Each connection arrives as a file descriptor on ``channel`` and gets uvicorn's own HTTP protocol, so
    keep-alive, limits and graceful shutdown (which closes ``server_state.connections``) work as usual.
    """

    def __init__(self, config: uvicorn.Config, channel: socket.socket) -> None:
        super().__init__(config)
        self.channel = channel
        self._opening: set[asyncio.Task[None]] = set()  # the loop holds tasks weakly

    async def startup(self, sockets: list[socket.socket] | None = None) -> None:
        """Start the app (lifespan), then take connections from the channel."""
        await super().startup(sockets=[])
        if self.should_exit:
            return
        self.channel.setblocking(False)
        asyncio.get_running_loop().add_reader(self.channel.fileno(), self._take)

    def _take(self) -> None:
        # Take every connection waiting, not one per loop turn: a busy turn lasts ~100 ms, and a burst of
        # 50 new clients would otherwise wait seconds for the last of them to be taken.
        loop = asyncio.get_running_loop()
        while True:
            try:
                data, fds, _, _ = socket.recv_fds(self.channel, 1, 1)  # one byte and its connection per message
            except BlockingIOError:
                return
            if not data:  # the parent has gone: stop like on SIGTERM
                loop.remove_reader(self.channel.fileno())
                self.should_exit = True
                return
            for fd in fds:
                task = loop.create_task(self._open(socket.socket(fileno=fd)))
                self._opening.add(task)
                task.add_done_callback(self._opening.discard)

    async def _open(self, connection: socket.socket) -> None:
        if self.should_exit:
            connection.close()
            return
        connection.setblocking(False)
        config = self.config
        await asyncio.get_running_loop().connect_accepted_socket(
            lambda: config.http_protocol_class(  # type: ignore[call-arg]
                config=config, server_state=self.server_state, app_state=self.lifespan.state
            ),
            connection,
        )

    async def shutdown(self, sockets: list[socket.socket] | None = None) -> None:
        """Stop taking connections, then shut down as uvicorn does."""
        with contextlib.suppress(ValueError, OSError):
            asyncio.get_running_loop().remove_reader(self.channel.fileno())
        await super().shutdown(sockets)


def _worker(settings: dict[str, Any], options: dict[str, Any], channel: socket.socket) -> None:
    """One server process: its own app and store connections, serving the connections the parent deals it."""
    from quotegraph.web.app import create_app

    config = uvicorn.Config(create_app(WebSettings(**settings)), **options)
    settle_heap()
    DealtServer(config, channel).run()


def serve_workers(settings: WebSettings, workers: int, options: dict[str, Any]) -> None:
    """Run ``workers`` server processes on one port until interrupted (Ctrl-C or SIGTERM), then stop them.

    The calling process listens, accepts, and deals each connection to the next process in turn.

    Args:
        settings: The web settings every process builds its app from.
        workers: How many processes.
        options: ``uvicorn.Config`` options (log level, access log, headers), without host and port.

    Raises:
        QuotegraphError: If the port cannot be bound, or a server process stops on its own.
    """
    listener = listening_socket(settings.host, settings.port)
    context = multiprocessing.get_context("spawn")  # no fork of a parent's open store or threads
    channels = [socket.socketpair(socket.AF_UNIX, socket.SOCK_STREAM) for _ in range(workers)]
    processes = [context.Process(target=_worker, args=(asdict(settings), options, theirs)) for _, theirs in channels]
    stopping = False

    def stop(signum: int, frame: FrameType | None) -> None:
        nonlocal stopping
        stopping = True
        raise KeyboardInterrupt

    previous = signal.signal(signal.SIGTERM, stop)
    try:
        for process, (_, theirs) in zip(processes, channels, strict=True):
            process.start()
            theirs.close()
        _deal(listener, [ours for ours, _ in channels], processes)
    except KeyboardInterrupt:
        stopping = True
    finally:
        signal.signal(signal.SIGTERM, previous)
        listener.close()
        for ours, _ in channels:
            ours.close()
        _stop(processes)
    failed = [p.exitcode for p in processes if p.exitcode not in (0, -signal.SIGTERM, None)]
    if failed and not stopping:
        raise QuotegraphError(f"a server process stopped with exit code {failed[0]}")


def _deal(listener: socket.socket, channels: list[socket.socket], processes: list[Any]) -> None:
    """Accept connections and pass each to the next process in turn, while every process runs."""
    listener.settimeout(ACCEPT_POLL_SECONDS)
    turns = itertools.cycle(channels)
    while all(p.is_alive() for p in processes):
        try:
            connection, _ = listener.accept()
        except TimeoutError:
            continue
        except OSError as exc:  # a client that gave up before its turn, or no file descriptor left for now
            if exc.errno in (errno.EMFILE, errno.ENFILE, errno.ENOBUFS, errno.ENOMEM):
                time.sleep(ACCEPT_RETRY_SECONDS)
            continue
        with connection, contextlib.suppress(OSError):  # a worker gone: the loop's check stops everything
            socket.send_fds(next(turns), [b"c"], [connection.fileno()])


def _stop(processes: list[Any]) -> None:
    """Ask every process to finish (SIGTERM: uvicorn drains its requests), killing those that do not."""
    for process in processes:
        if process.is_alive():
            with contextlib.suppress(OSError):
                process.terminate()
    for process in processes:
        process.join(timeout=STOP_SECONDS)
        if process.is_alive():
            process.kill()
            process.join()
