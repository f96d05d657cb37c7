"""Shared fixtures: paths to the shared data beside the repository, and the English pipeline."""

from __future__ import annotations

from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    """The project's shared folder (seed, corpora); tests needing it are skipped when it is absent."""
    if not SHARED.is_dir():
        pytest.skip("../shared is not present beside the repository")
    return SHARED


@pytest.fixture(scope="session")
def nlp():  # type: ignore[no-untyped-def]
    """The English pipeline quotegraph uses, loaded once."""
    from quotegraph.extract import load_pipeline

    return load_pipeline("en")
