"""Request dependencies: a pool of open stores (``StoreDep``) and the write-token check (``WriteToken``)."""

from __future__ import annotations

import asyncio
import hmac
import math
import queue
import threading
import time
from collections.abc import AsyncIterator, Callable, Iterator
from contextlib import asynccontextmanager, contextmanager
from typing import Annotated, TypeVar

from fastapi import Depends, Header, Request

from quotegraph.store import Store, open_store
from quotegraph.web.config import WebSettings
from quotegraph.web.errors import WebError

T = TypeVar("T")


class StorePool:
    """Up to ``size`` open stores, each lent to one request at a time.

    Each store (one connection) is used by one thread at a time; Datasette keeps a thread pool of read
    connections the same way. Requests wait for a store in the event loop (``lend``), never in a worker
    thread: a thread blocked waiting for a store that another request can only give back after getting a
    thread of its own would deadlock the pool. Writes are serialised by ``write_lock``: one writer.

    Args:
        url: Store URL or path; it must exist (the web layer never creates a store).
        size: The most stores open at once (and so the most requests reading at once).
    """

    def __init__(self, url: str | None, size: int = 32) -> None:
        self.url = url
        self.size = size
        self.write_lock = threading.Lock()
        self._idle: queue.LifoQueue[Store] = queue.LifoQueue()
        self._slots: asyncio.Semaphore | None = None
        self._closed = False
        self.release(open_store(self.url, create=False))  # fail at start-up, not on the first request

    def acquire(self) -> Store:
        """Return an idle store, or a newly opened one when none is idle (callers bound how many)."""
        try:
            return self._idle.get_nowait()
        except queue.Empty:
            return open_store(self.url, create=False)

    def release(self, store: Store) -> None:
        """Give a store back for the next request, or close it when the pool is closed or full."""
        if self._closed or self._idle.qsize() >= self.size:
            store.close()
        else:
            self._idle.put(store)

    @contextmanager
    def store(self) -> Iterator[Store]:
        """Lend a store for the duration of a ``with`` block (no bound: for tools and tests)."""
        store = self.acquire()
        try:
            yield store
        finally:
            self.release(store)

    @asynccontextmanager
    async def lend(self) -> AsyncIterator[Store]:
        """Lend a store to a request, waiting in the event loop while ``size`` are lent."""
        if self._slots is None:
            self._slots = asyncio.Semaphore(self.size)  # created in the serving loop
        async with self._slots:
            with self.store() as store:
                yield store

    def close(self) -> None:
        """Close every idle store; stores in use are closed when they come back."""
        self._closed = True
        while True:
            try:
                self._idle.get_nowait().close()
            except queue.Empty:
                return


class Memo:
    """One value, recomputed at most every ``ttl`` seconds (the home page's counts over the whole store).

    Args:
        ttl: Seconds a computed value is served before it is computed again.
    """

    def __init__(self, ttl: float) -> None:
        self.ttl = ttl
        self._lock = threading.Lock()
        self._value: object = None
        self._at = -math.inf

    def fresh(self) -> object | None:
        """Return the value when it is younger than ``ttl``, else None (no lock: never waits)."""
        return self._value if time.monotonic() - self._at <= self.ttl else None

    def get(self, compute: Callable[[], T]) -> T:
        """Return the value, computing it when it is older than ``ttl`` (one caller computes, others wait)."""
        with self._lock:
            if time.monotonic() - self._at > self.ttl:
                self._value = compute()
                self._at = time.monotonic()
            return self._value  # type: ignore[return-value]


async def get_store(request: Request) -> AsyncIterator[Store]:
    """Lend the request a store from the app's pool, waiting (in the event loop) while all are lent."""
    pool: StorePool = request.app.state.pool
    async with pool.lend() as store:
        yield store


async def get_settings(request: Request) -> WebSettings:
    """Return the app's settings (async: no worker thread needed)."""
    settings: WebSettings = request.app.state.settings
    return settings


async def require_write_token(
    request: Request, authorization: Annotated[str | None, Header(include_in_schema=False)] = None
) -> None:
    """Allow a write only with ``Authorization: Bearer <token>`` matching the token the server started with.

    Raises:
        WebError: 403 when the server has no write token (writes are off), 401 when the token is missing
            or wrong.
    """
    settings: WebSettings = request.app.state.settings
    token = settings.write_token
    if not token:
        raise WebError(403, "writes are disabled: start the server with --write-token (or QUOTEGRAPH_WRITE_TOKEN)")
    scheme, _, given = (authorization or "").partition(" ")
    if scheme.lower() != "bearer" or not hmac.compare_digest(given.strip().encode(), token.encode()):
        raise WebError(
            401, "a valid write token is required: send 'Authorization: Bearer <token>'", {"WWW-Authenticate": "Bearer"}
        )


StoreDep = Annotated[Store, Depends(get_store)]
SettingsDep = Annotated[WebSettings, Depends(get_settings)]
WriteToken = Annotated[None, Depends(require_write_token)]
