"""The same API answers from a PostgreSQL store as from SQLite (marked: needs QUOTEGRAPH_TEST_PG_URL)."""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from quotegraph.store import open_store
from quotegraph.web import WebSettings, create_app

from .fixtures import XSS_ID, fill

pytestmark = pytest.mark.postgres

PATHS = [
    "/api/quotes?limit=100&facets=true",
    "/api/quotes?text=table&facets=true",
    "/api/quotes?speaker=ann&type=mixed",
    "/api/quotes?outlet=wire&since=2021&until=2022&limit=7",
    f"/api/articles/{XSS_ID}",
    "/api/articles/geneva-1",
    "/api/speakers?limit=10",
    "/api/speakers/Ann%20Lee?limit=2",
    "/api/speakers/AC%2FDC",
    "/api/outlets",
    "/api/outlets/Wire?limit=3",
    "/api/statements/geneva-2:1-29",
]


@pytest.fixture(scope="module")
def pg_client(tmp_path_factory: pytest.TempPathFactory) -> Iterator[TestClient]:
    url = os.environ.get("QUOTEGRAPH_TEST_PG_URL")
    if not url:
        pytest.skip("QUOTEGRAPH_TEST_PG_URL is not set")
    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "store"))
    from store_helpers import reset_postgres, worker_database

    url = worker_database(url)
    reset_postgres(url)
    with open_store(url) as store:
        fill(store)
    with TestClient(create_app(WebSettings(db=url)), base_url="http://127.0.0.1") as client:
        yield client


def _without_cursors(data: object) -> object:
    # Cursors carry each backend's own row keys; everything else must be equal.
    if isinstance(data, dict):
        return {k: ("<cursor>" if k == "next_cursor" and v else _without_cursors(v)) for k, v in data.items()}
    if isinstance(data, list):
        return [_without_cursors(v) for v in data]
    return data


@pytest.mark.parametrize("path", PATHS)
def test_postgres_answers_like_sqlite(client: TestClient, pg_client: TestClient, path: str) -> None:
    sqlite, postgres = client.get(path), pg_client.get(path)
    assert sqlite.status_code == postgres.status_code == 200
    assert _without_cursors(postgres.json()) == _without_cursors(sqlite.json())


def test_postgres_cursor_pages(pg_client: TestClient) -> None:
    first = pg_client.get("/api/quotes", params={"limit": 30}).json()["results"]
    rest = pg_client.get("/api/quotes", params={"limit": 30, "cursor": first["next_cursor"]}).json()["results"]
    assert first["count"] + rest["count"] == 40 and rest["next_cursor"] is None
    assert pg_client.get("/api/health").json()["backend"] == "postgresql"
