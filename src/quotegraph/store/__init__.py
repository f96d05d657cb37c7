"""Stores: one interface (``Store``), chosen by URL scheme through the ``stores`` registry."""

from __future__ import annotations

import importlib
from dataclasses import dataclass

from quotegraph.errors import QuotegraphError
from quotegraph.registry import stores
from quotegraph.store.base import Store
from quotegraph.store.link_records import (
    MonthCount,
    Report,
    SpeakerView,
    StatementHit,
    StatementQuery,
    StatementView,
)
from quotegraph.store.records import (
    ArticleView,
    LedgerEntry,
    OutletProfile,
    QuoteHit,
    RoleSpan,
    SearchCursor,
    SearchFacets,
    SearchQuery,
    SpeakerCount,
    SpeakerProfile,
    StoreStats,
    ValueCount,
)

DEFAULT_DB = "quotegraph.db"


@dataclass(frozen=True)
class Backend:
    """Where a URL scheme's store lives: the module that registers it and its registry name."""

    module: str
    name: str


_SQLITE = Backend("quotegraph.store.sqlite", "quotegraph.sqlite_store.v1")
_POSTGRES = Backend("quotegraph.store.postgres", "quotegraph.postgres_store.v1")
#: URL scheme → backend; a URL without a scheme is a SQLite file path.
SCHEMES: dict[str, Backend] = {"sqlite": _SQLITE, "postgresql": _POSTGRES, "postgres": _POSTGRES}


def open_store(url: str | None = None, *, create: bool = True) -> Store:
    """Open the store at a URL, creating its schema or applying pending migrations.

    Args:
        url: ``postgresql://...``, ``sqlite:///path``, a plain file path, or None for ``./quotegraph.db``.
        create: Create a missing SQLite file; when False a missing file is an error (for read commands).

    Returns:
        The store; close it (or use it as a context manager) when done.

    Raises:
        QuotegraphError: If the URL names an unknown scheme or the store cannot be opened.
    """
    url = url or DEFAULT_DB
    scheme = url.split("://", 1)[0].lower() if "://" in url else ""
    if not scheme:
        backend = _SQLITE
    elif scheme in SCHEMES:
        backend = SCHEMES[scheme]
    else:
        raise QuotegraphError(f"unknown store URL scheme {scheme!r}: use sqlite:/// or postgresql://")
    try:
        importlib.import_module(backend.module)  # registers the factory
    except ImportError as exc:
        raise QuotegraphError(f"the {scheme} store needs {exc.name}: pip install 'quotegraph[postgres]'") from exc
    store: Store = stores.get(backend.name)(url, create=create)
    return store


__all__ = [
    "DEFAULT_DB",
    "ArticleView",
    "LedgerEntry",
    "MonthCount",
    "OutletProfile",
    "QuoteHit",
    "Report",
    "RoleSpan",
    "SearchCursor",
    "SearchFacets",
    "SearchQuery",
    "SpeakerCount",
    "SpeakerProfile",
    "SpeakerView",
    "StatementHit",
    "StatementQuery",
    "StatementView",
    "Store",
    "StoreStats",
    "ValueCount",
    "open_store",
]
