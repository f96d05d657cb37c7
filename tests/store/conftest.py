"""Fixtures for the store tests: a ``store`` on each backend and a builder of extraction results."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from store_helpers import build_result, store_url

from quotegraph.model import ExtractionResult
from quotegraph.store import Store, open_store

BACKENDS = [
    pytest.param("sqlite", id="sqlite"),
    pytest.param("postgres", id="postgres", marks=pytest.mark.postgres),
]


@pytest.fixture(params=BACKENDS)
def store_url_any(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """The URL of an empty store, once per backend."""
    return store_url(request.param, tmp_path)


@pytest.fixture
def store(store_url_any: str) -> Iterator[Store]:
    """An empty open store, once per backend."""
    with open_store(store_url_any) as opened:
        yield opened


@pytest.fixture
def make_result() -> Callable[..., ExtractionResult]:
    """The ``build_result`` builder."""
    return build_result
