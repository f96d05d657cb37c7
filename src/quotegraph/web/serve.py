"""Running the web app: ``serve`` (uvicorn on a socket) and ``get`` (one in-process request, no socket)."""

from __future__ import annotations

import json
import os
from dataclasses import asdict, dataclass

from fastapi import FastAPI

from quotegraph.web.app import create_app
from quotegraph.web.config import WebSettings
from quotegraph.web.workers import dealing_supported, serve_workers, settle_heap

__all__ = ["Reply", "create_app", "get", "serve"]

_SETTINGS_ENV = "QUOTEGRAPH_WEB_SETTINGS"


@dataclass(frozen=True)
class Reply:
    """The answer to an in-process request."""

    status: int
    content_type: str
    body: str


def get(path: str, *, db: str | None = None, write_token: str | None = None, mode: str | None = None) -> Reply:
    """Answer one GET request in process, without opening a socket (``quotegraph serve --get``).

    Args:
        path: The path and query, e.g. ``/api/health`` or ``/api/quotes?text=war``.
        db: Store URL or path.
        write_token: As for ``serve`` (only ``/api/health`` reports it).
        mode: As for ``serve`` (only ``/api/health`` reports it).

    Returns:
        The status, content type and body.

    Raises:
        QuotegraphError: If the store does not exist or cannot be opened.
    """
    from fastapi.testclient import TestClient

    app = create_app(WebSettings(db=db, write_token=write_token, mode=mode))
    with TestClient(app, base_url="http://127.0.0.1", raise_server_exceptions=False) as client:
        response = client.get(path if path.startswith("/") else "/" + path)
    return Reply(response.status_code, response.headers.get("content-type", ""), response.text)


def serve(
    *,
    db: str | None = None,
    host: str = "127.0.0.1",
    port: int = 8000,
    write_token: str | None = None,
    workers: int = 1,
    mode: str | None = None,
) -> None:
    """Serve the web UI and the JSON API until interrupted.

    Args:
        db: Store URL or path (default ``./quotegraph.db``); it must exist.
        host: The interface to bind; 127.0.0.1 unless told otherwise.
        port: The TCP port.
        write_token: Enables write endpoints (``POST /api/articles``) for requests bearing this token.
        workers: Server processes; more than one uses more cores (each opens its own store connections). On
            Unix this process accepts the connections and deals them to the server processes in turn, so
            each serves its share (see ``web.workers``).
        mode: How ``POST /api/articles`` extracts (``rules``, ``accurate`` or ``fast``); None for the way most of
            the store's records were ingested, else the default mode.

    Raises:
        QuotegraphError: If the store does not exist or cannot be opened.
    """
    import uvicorn

    settings = WebSettings(db=db, host=host, port=port, write_token=write_token, mode=mode)
    app = create_app(settings)  # fails here, before binding, when the store is missing
    print(f"quotegraph: serving {db or './quotegraph.db'} at {settings.url} (Ctrl-C to stop)", flush=True)
    options = {"host": host, "port": port, "log_level": "warning", "access_log": False, "server_header": False}
    if workers <= 1:
        settle_heap()
        uvicorn.run(app, **options)  # type: ignore[arg-type]
        return
    if dealing_supported():
        app.state.pool.close()  # each worker process opens its own store connections
        serve_workers(settings, workers, {k: v for k, v in options.items() if k not in ("host", "port")})
        return
    # Elsewhere uvicorn's workers share one socket; they build their app from the settings in the environment.
    os.environ[_SETTINGS_ENV] = json.dumps(asdict(settings))
    uvicorn.run(f"{__name__}:app_from_environment", factory=True, workers=workers, **options)  # type: ignore[arg-type]


def app_from_environment() -> FastAPI:
    """Build the app from the settings ``serve`` left in the environment (for worker processes)."""
    app = create_app(WebSettings(**json.loads(os.environ[_SETTINGS_ENV])))
    settle_heap()
    return app
