"""Several server processes on one port, each with its own listening socket (``SO_REUSEPORT``).

uvicorn's ``--workers`` shares one listening socket: whichever process wakes first accepts every connection
waiting, so a burst of keep-alive clients lands mostly on one process (three quarters of 100 on one of two
in ``bench_web``) and those clients wait four times longer than the rest. With a socket per process and
``SO_REUSEPORT``, the kernel spreads new connections over the processes evenly, as nginx's ``reuseport``
does. Linux only: elsewhere (or without the option) ``serve`` keeps uvicorn's shared socket.
"""

from __future__ import annotations

import contextlib
import gc
import multiprocessing
import signal
import socket
import sys
from dataclasses import asdict
from types import FrameType
from typing import Any

from quotegraph.errors import QuotegraphError
from quotegraph.web.config import WebSettings

#: Connections a process's listening socket queues before the kernel refuses more (uvicorn's default).
BACKLOG = 2048
#: Seconds a worker gets to finish its requests after SIGTERM before it is killed.
STOP_SECONDS = 10.0


def reuse_port_supported() -> bool:
    """Return whether the kernel balances connections over ``SO_REUSEPORT`` sockets (Linux)."""
    return sys.platform.startswith("linux") and hasattr(socket, "SO_REUSEPORT")


def _bound(host: str, port: int, *, reuse_port: bool, backlog: int | None = None) -> socket.socket:
    """Return a socket bound to host:port (``SO_REUSEADDR``, ``SO_REUSEPORT`` when asked), listening if given a backlog.

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
        if reuse_port:
            sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEPORT, 1)
        sock.bind(address)
        if backlog is not None:
            sock.listen(backlog)
    except OSError as exc:
        sock.close()
        raise QuotegraphError(f"cannot listen on {host}:{port}: {exc}") from exc
    return sock


def listening_socket(host: str, port: int) -> socket.socket:
    """Return a socket bound to host:port with ``SO_REUSEPORT``, listening.

    Raises:
        QuotegraphError: If the address cannot be bound (in use by another program, or not this machine's).
    """
    return _bound(host, port, reuse_port=True, backlog=BACKLOG)


def check_free(host: str, port: int) -> None:
    """Fail at once when no process of ours could bind host:port (a plain bind, closed again).

    Raises:
        QuotegraphError: If the address is in use or not this machine's.
    """
    _bound(host, port, reuse_port=False).close()


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


def _worker(settings: dict[str, Any], options: dict[str, Any]) -> None:
    """One server process: its own socket on the shared port, its own app and store connections."""
    import uvicorn

    from quotegraph.web.app import create_app

    web_settings = WebSettings(**settings)
    sock = listening_socket(web_settings.host, web_settings.port)
    config = uvicorn.Config(create_app(web_settings), **options)
    settle_heap()
    uvicorn.Server(config).run(sockets=[sock])


def serve_workers(settings: WebSettings, workers: int, options: dict[str, Any]) -> None:
    """Run ``workers`` server processes on one port until interrupted (Ctrl-C or SIGTERM), then stop them.

    Args:
        settings: The web settings every process builds its app from.
        workers: How many processes.
        options: ``uvicorn.Config`` options (log level, access log, headers), without host and port.

    Raises:
        QuotegraphError: If the port cannot be bound.
    """
    check_free(settings.host, settings.port)
    context = multiprocessing.get_context("spawn")  # no fork of a parent's open store or threads
    processes = [context.Process(target=_worker, args=(asdict(settings), options)) for _ in range(workers)]
    stopping = False

    def stop(signum: int, frame: FrameType | None) -> None:
        nonlocal stopping
        stopping = True
        raise KeyboardInterrupt

    previous = signal.signal(signal.SIGTERM, stop)
    try:
        for process in processes:
            process.start()
        while not stopping and all(p.is_alive() for p in processes):
            processes[0].join(timeout=0.5)
    except KeyboardInterrupt:
        stopping = True
    finally:
        signal.signal(signal.SIGTERM, previous)
        _stop(processes)
    failed = [p.exitcode for p in processes if p.exitcode not in (0, -signal.SIGTERM, None)]
    if failed and not stopping:
        raise QuotegraphError(f"a server process stopped with exit code {failed[0]}")


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
