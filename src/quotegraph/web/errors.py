"""Web errors: one exception with a status and a message, rendered as JSON under ``/api/`` and HTML elsewhere."""

from __future__ import annotations

from http import HTTPStatus


class WebError(Exception):
    """A request the server refuses, with the HTTP status to answer and a message for the client.

    Args:
        status: The HTTP status code (4xx).
        message: One sentence saying what was wrong and, where possible, how to fix it.
        headers: Extra response headers (``WWW-Authenticate`` on 401).
    """

    def __init__(self, status: int, message: str, headers: dict[str, str] | None = None) -> None:
        super().__init__(message)
        self.status = status
        self.message = message
        self.headers = headers or {}

    @property
    def code(self) -> str:
        """The status as a snake_case word (``not_found``, ``bad_request``)."""
        return error_code(self.status)


def error_code(status: int) -> str:
    """Return the snake_case name of an HTTP status (``404`` → ``not_found``)."""
    try:
        return HTTPStatus(status).phrase.lower().replace(" ", "_").replace("-", "_")
    except ValueError:
        return "error"


def not_found(what: str) -> WebError:
    """Return a 404 error for something the store does not hold."""
    return WebError(404, f"no {what} in the store")


def bad_request(message: str) -> WebError:
    """Return a 400 error."""
    return WebError(400, message)
