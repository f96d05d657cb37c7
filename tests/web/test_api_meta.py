"""``/api/stats``, ``/api/health``, the OpenAPI schema and reference, error shapes and security headers."""

from __future__ import annotations

from pathlib import Path

from fastapi.testclient import TestClient


def test_stats(client: TestClient) -> None:
    data = client.get("/api/stats").json()
    assert (data["backend"], data["articles"], data["attributions"]) == ("sqlite", 37, 40)
    assert data["by_type"] == {"direct": 38, "indirect": 1, "mixed": 1}


def test_health(client: TestClient) -> None:
    health = client.get("/api/health").json()
    assert health == {"status": "ok", "version": "0.1.0", "backend": "sqlite", "writes": True, "mode": "rules"}


def test_openapi_documents_every_api_route(client: TestClient) -> None:
    schema = client.get("/openapi.json").json()
    paths = set(schema["paths"])
    assert paths == {
        "/api/quotes",
        "/api/attributions/{attribution_id}",
        "/api/articles/{article_id}",
        "/api/articles",
        "/api/speakers",
        "/api/speakers/{name}",
        "/api/statements/{statement_id}",
        "/api/outlets",
        "/api/outlets/{name}",
        "/api/stats",
        "/api/health",
    }
    for path, operations in schema["paths"].items():
        for method, op in operations.items():
            assert op.get("description"), f"{method.upper()} {path} has no description"
            assert op["operationId"] == f"{op['tags'][0]}-{op['operationId'].split('-', 1)[1]}"


def test_reference_page_lists_every_operation(client: TestClient) -> None:
    html = client.get("/docs").text
    schema = client.get("/openapi.json").json()
    for path in schema["paths"]:
        assert f"<code>{path}</code>" in html


def test_unknown_api_path_is_json_404_and_page_is_html_404(client: TestClient) -> None:
    api = client.get("/api/nothing")
    assert api.status_code == 404 and api.json() == {
        "status": 404,
        "error": "not_found",
        "message": "no such page or endpoint",
    }
    page = client.get("/nothing")
    assert page.status_code == 404 and page.headers["content-type"].startswith("text/html") and "404" in page.text


def test_security_headers_on_every_response(client: TestClient) -> None:
    for path in ("/", "/api/health", "/api/nothing", "/static/app.css", "/articles/geneva-1"):
        headers = client.get(path).headers
        assert "script-src 'self'" in headers["content-security-policy"]
        assert headers["x-content-type-options"] == "nosniff" and headers["x-frame-options"] == "DENY"


def test_static_files(client: TestClient) -> None:
    assert (
        client.get("/static/app.js").headers["content-type"].startswith(("text/javascript", "application/javascript"))
    )
    assert client.get("/static/nothing.js").status_code == 404


def test_every_route_is_documented(client: TestClient) -> None:
    docs = (Path(__file__).resolve().parents[2] / "docs" / "web.md").read_text(encoding="utf-8")
    for path, operations in client.get("/openapi.json").json()["paths"].items():
        for method in operations:
            assert f"`{method.upper()} {path}`" in docs, f"{method.upper()} {path} is not in docs/web.md"
    for page in (
        "/search",
        "/articles/{article_id}",
        "/speakers/{name}",
        "/statements/{statement_id}",
        "/outlets/{name}",
    ):
        assert f"`{page}`" in docs
