"""The app's guard: the ``Host`` check against DNS rebinding, and which hosts each binding accepts."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from quotegraph.web import create_app
from quotegraph.web.app import _host_name
from quotegraph.web.config import WebSettings


@pytest.mark.parametrize("host", ["127.0.0.1", "127.0.0.1:8000", "localhost:8000", "LOCALHOST", "[::1]:8000", "[::1]"])
def test_loopback_server_answers_loopback_names(client: TestClient, host: str) -> None:
    assert client.get("/api/health", headers={"host": host}).status_code == 200


@pytest.mark.parametrize("host", ["evil.example", "evil.example:8000", "127.0.0.1.evil.example", "localhost.evil", ""])
def test_loopback_server_refuses_other_names(client: TestClient, host: str) -> None:
    api = client.get("/api/health", headers={"host": host})
    assert api.status_code == 400 and "127.0.0.1 or localhost" in api.json()["message"]
    page = client.get("/search", headers={"host": host})
    assert page.status_code == 400 and page.headers["content-type"].startswith("text/html")
    assert "content-security-policy" in page.headers


def test_server_bound_elsewhere_answers_any_name(web_db: str) -> None:
    app = create_app(WebSettings(db=web_db, host="0.0.0.0"))
    with TestClient(app, base_url="http://127.0.0.1") as client:
        assert client.get("/api/health", headers={"host": "quotes.example.org"}).status_code == 200
    assert WebSettings(host="0.0.0.0").allowed_hosts is None
    assert "localhost" in (WebSettings().allowed_hosts or ())


@pytest.mark.parametrize(
    ("header", "name"),
    [(b"localhost:8000", "localhost"), (b"[::1]:80", "[::1]"), (b"::1", "::1"), (b" Example.ORG ", "example.org")],
)
def test_host_name_drops_the_port(header: bytes, name: str) -> None:
    assert _host_name(header) == name
