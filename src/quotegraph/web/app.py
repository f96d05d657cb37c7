"""The FastAPI application: routers, static files, security headers, limits, and errors as JSON or HTML.

``create_app(settings)`` builds a new app; nothing is opened at import time.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from importlib.resources import files
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response
from fastapi.routing import APIRoute
from fastapi.staticfiles import StaticFiles
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.types import ASGIApp, Message, Receive, Scope, Send

import quotegraph
from quotegraph.errors import QuotegraphError
from quotegraph.extract.options import ExtractOptions
from quotegraph.web.api import api_router
from quotegraph.web.config import MAX_BODY_BYTES, STATS_TTL, WebSettings
from quotegraph.web.deps import Memo, StorePool
from quotegraph.web.errors import WebError, error_code
from quotegraph.web.pages import pages_router
from quotegraph.web.pages.render import render

#: Sent with every response. Scripts and styles only from this server (no inline script can run, so
#: markup smuggled into article text could not execute even if it escaped escaping), no framing, no referrer.
SECURITY_HEADERS: tuple[tuple[bytes, bytes], ...] = (
    (
        b"content-security-policy",
        b"default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; "
        b"base-uri 'none'; form-action 'self'; frame-ancestors 'none'",
    ),
    (b"x-content-type-options", b"nosniff"),
    (b"x-frame-options", b"DENY"),
    (b"referrer-policy", b"no-referrer"),
    (b"cross-origin-opener-policy", b"same-origin"),
)


class Guard:
    """ASGI middleware: security headers, request limits and the ``Host`` check.

    Security headers go on every response; oversized bodies get 413; NUL bytes get 400, and so does a ``Host``
    header naming anything but loopback when the server is bound to loopback (DNS rebinding).

    Written as plain ASGI rather than ``BaseHTTPMiddleware``, which costs a task per request.
    """

    def __init__(
        self, app: ASGIApp, max_body: int = MAX_BODY_BYTES, allowed_hosts: frozenset[str] | None = None
    ) -> None:
        self.app = app
        self.max_body = max_body
        self.allowed_hosts = allowed_hosts

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        raw = bytes(scope.get("raw_path") or b"") + b"?" + bytes(scope.get("query_string") or b"")
        refusal = None
        if b"%00" in raw or b"\x00" in raw:
            refusal = WebError(400, "NUL characters are not allowed in paths or parameters")
        headers = dict(scope.get("headers") or ())
        length = headers.get(b"content-length", b"0")
        if not length.isdigit() or int(length) > self.max_body:
            refusal = WebError(413, f"the request body is over {self.max_body:,} bytes")
        if self.allowed_hosts is not None and _host_name(headers.get(b"host", b"")) not in self.allowed_hosts:
            refusal = WebError(400, "this server answers only requests addressed to 127.0.0.1 or localhost")

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                message.setdefault("headers", [])
                message["headers"] = [*message["headers"], *SECURITY_HEADERS]
            await send(message)

        if refusal is None:
            refusal = await self._call_limited(scope, receive, send_with_headers)
        if refusal is not None:
            response = error_response(scope["path"], refusal.status, refusal.message)
            await response(scope, receive, send_with_headers)

    async def _call_limited(self, scope: Scope, receive: Receive, send: Send) -> WebError | None:
        """Run the app, cutting a (chunked) body off past the limit; return the 413 to send instead, if any."""
        seen, over = 0, False

        async def limited() -> Message:
            nonlocal seen, over
            message = await receive()
            if message["type"] == "http.request":
                seen += len(message.get("body", b""))
                if seen > self.max_body:
                    over = True
                    return {"type": "http.disconnect"}  # the app stops reading; its answer is replaced
            return message

        async def guarded(message: Message) -> None:
            if not over:
                await send(message)

        try:
            await self.app(scope, limited, guarded)
        except Exception:
            if not over:
                raise
        return WebError(413, f"the request body is over {self.max_body:,} bytes") if over else None


def _host_name(header: bytes) -> str:
    """Return the name of a ``Host`` header without its port (``[::1]:8000`` -> ``[::1]``)."""
    host = header.decode("latin-1").strip().lower()
    if host.startswith("["):
        return host[: host.find("]") + 1] if "]" in host else host
    return host.rsplit(":", 1)[0] if host.count(":") == 1 else host


def error_response(path: str, status: int, message: str, details: list[str] | None = None) -> Response:
    """Return an error as JSON under ``/api/`` (and for the schema), else as an HTML page."""
    headers = {"cache-control": "no-store"}
    if path.startswith("/api/") or path == "/api" or path.endswith(".json"):
        body: dict[str, Any] = {"status": status, "error": error_code(status), "message": message}
        if details:
            body["details"] = details
        return JSONResponse(body, status_code=status, headers=headers)
    html = render_error(status, message, details or [])
    html.headers.update(headers)
    return html


def render_error(status: int, message: str, details: list[str]) -> Response:
    """Render the HTML error page."""
    return render(None, "error.html", status=status, status_code=status, message=message, details=details)


def _describe(error: dict[str, Any]) -> str:
    where = ".".join(str(p) for p in error.get("loc", ()) if p not in ("query", "path", "body"))
    return f"{where}: {error.get('msg', 'invalid')}" if where else str(error.get("msg", "invalid"))


def _install_error_handlers(app: FastAPI) -> None:
    async def on_web_error(request: Request, exc: Exception) -> Response:
        assert isinstance(exc, WebError)
        response = error_response(request.url.path, exc.status, exc.message)
        response.headers.update(exc.headers)
        return response

    async def on_validation(request: Request, exc: Exception) -> Response:
        assert isinstance(exc, RequestValidationError)
        details = [_describe(e) for e in exc.errors()]
        return error_response(request.url.path, 422, "invalid parameters: " + "; ".join(details), details)

    async def on_http(request: Request, exc: Exception) -> Response:
        assert isinstance(exc, StarletteHTTPException)
        messages = {404: "no such page or endpoint", 405: "method not allowed here"}
        response = error_response(request.url.path, exc.status_code, messages.get(exc.status_code, str(exc.detail)))
        response.headers.update(exc.headers or {})
        return response

    async def on_quotegraph(request: Request, exc: Exception) -> Response:
        return error_response(request.url.path, 400, str(exc))

    async def on_unexpected(request: Request, exc: Exception) -> Response:
        return error_response(request.url.path, 500, "internal error: the server log has the details")

    app.add_exception_handler(WebError, on_web_error)
    app.add_exception_handler(RequestValidationError, on_validation)
    app.add_exception_handler(StarletteHTTPException, on_http)
    app.add_exception_handler(QuotegraphError, on_quotegraph)
    app.add_exception_handler(Exception, on_unexpected)


def _operation_id(route: APIRoute) -> str:
    # Stable OpenAPI operation ids, as the FastAPI template's custom_generate_unique_id: "<tag>-<name>".
    tag = route.tags[0] if route.tags else "default"
    return f"{tag}-{route.name}"


def _extract_options(settings: WebSettings, pool: StorePool) -> ExtractOptions:
    """How ``POST /api/articles`` extracts: the server's mode, else as most of the store's records were ingested."""
    if settings.mode is not None:
        return ExtractOptions(mode=settings.mode)
    store = pool.acquire()
    try:
        recipes = store.recipes()
    finally:
        pool.release(store)
    if not recipes:
        return ExtractOptions()
    return ExtractOptions.from_recipe(max(sorted(recipes), key=lambda recipe: recipes[recipe]))


def create_app(settings: WebSettings | None = None) -> FastAPI:
    """Build the web app over a store.

    Args:
        settings: Where the store is, the write token and the pool size; defaults serve ``./quotegraph.db``.

    Returns:
        The ASGI app. Its store pool opens when the app starts (or here, so that a missing store fails
        at once) and closes when it stops.

    Raises:
        QuotegraphError: If the store does not exist or cannot be opened.
    """
    settings = settings or WebSettings()
    pool = StorePool(settings.db, settings.pool_size)

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        yield
        pool.close()

    app = FastAPI(
        title="quotegraph",
        version=quotegraph.__version__,
        summary="Who said what, in what role, where, when, through whom: quotes from the news, as JSON.",
        docs_url=None,
        redoc_url=None,
        generate_unique_id_function=_operation_id,
        lifespan=lifespan,
    )
    app.state.settings = settings
    app.state.pool = pool
    app.state.extract_options = _extract_options(settings, pool)
    app.state.stats = Memo(STATS_TTL)
    app.include_router(api_router)
    app.include_router(pages_router)
    app.mount("/static", StaticFiles(directory=str(files("quotegraph.web") / "static")), name="static")
    _install_error_handlers(app)
    app.add_middleware(Guard, allowed_hosts=settings.allowed_hosts)
    return app
