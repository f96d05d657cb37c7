"""Fixtures for the web tests: the fixture store, an in-process client over it, and the ingested seed article."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from dataclasses import fields
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from quotegraph.store import open_store
from quotegraph.web import WebSettings, create_app

from .fixtures import fill, seed_path

REPO = Path(__file__).resolve().parents[2]
TOKEN = "test-write-token"
# The store tests' helpers (``store_helpers``), importable when the web tests run on their own too.
sys.path.insert(0, str(REPO / "tests" / "store"))


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line("markers", "browser: drives headless Chromium through Playwright")


@pytest.fixture(scope="session")
def web_db(tmp_path_factory: pytest.TempPathFactory) -> str:
    """A SQLite store holding the fixture articles (built once per session; tests only read it)."""
    path = str(tmp_path_factory.mktemp("web") / "web.db")
    with open_store(path) as store:
        fill(store)
    return path


@pytest.fixture(scope="session")
def client(web_db: str) -> Iterator[TestClient]:
    """An in-process client (no socket) over the fixture store, with writes enabled by ``TOKEN``."""
    app = create_app(WebSettings(db=web_db, write_token=TOKEN))
    with TestClient(app, base_url="http://127.0.0.1") as test_client:
        yield test_client


@pytest.fixture(scope="session")
def seed_db(tmp_path_factory: pytest.TempPathFactory) -> str:
    """A store holding the TASS seed article, ingested through ``quotegraph.run.ingest`` (skipped when absent).

    The rule engine is chosen where the extractor offers modes, so the web tests do not depend on the
    state of the learned model: they test how 12 known attributions are served and shown.
    """
    path = seed_path(REPO)
    if path is None:
        pytest.skip("the seed article (../shared/seed) is not present")
    from quotegraph.extract import ExtractOptions
    from quotegraph.run import IngestOptions, ingest

    extract = ExtractOptions(**({"mode": "rules"} if "mode" in {f.name for f in fields(ExtractOptions)} else {}))
    db = str(tmp_path_factory.mktemp("seed") / "seed.db")
    ingest([path], IngestOptions(db=db, workers=1, progress=False, count_seconds=0, extract=extract))
    return db


@pytest.fixture(scope="session")
def seed_client(seed_db: str) -> Iterator[TestClient]:
    """An in-process client over the seed store."""
    with TestClient(create_app(WebSettings(db=seed_db)), base_url="http://127.0.0.1") as test_client:
        yield test_client
