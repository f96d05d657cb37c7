"""Shared helpers for the reader tests: run ``read_sources`` and split what it yields."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from quotegraph.errors import Reject
from quotegraph.model import Article
from quotegraph.read import ReadOptions, read_sources

Items = list[Article | Reject]


def split(items: Items) -> tuple[list[Article], list[Reject]]:
    """Return the articles and the rejects of a read, each in order."""
    return [i for i in items if isinstance(i, Article)], [i for i in items if isinstance(i, Reject)]


@pytest.fixture
def read() -> Callable[..., Items]:
    """Read some sources with the given option values and return everything yielded, in order."""

    def _read(*sources: str | Path, **options: Any) -> Items:
        return list(read_sources(list(sources), ReadOptions(**options)))

    return _read
