"""The ingest ledger as seen by one run: which input records earlier runs finished, and how."""

from __future__ import annotations

from quotegraph.errors import Reject
from quotegraph.model import Article
from quotegraph.store import Store
from quotegraph.store.rows import source_position

#: Records from stdin have no stable identity across runs, so the ledger is not consulted for them.
UNTRACKED_SOURCES = frozenset({"-"})


def record_key(item: Article | Reject) -> tuple[str, str] | None:
    """Return the (source, position) an input record came from, or None when it cannot be tracked."""
    key = (item.source, item.position) if isinstance(item, Reject) else source_position(item)
    if key is None or key[0] in UNTRACKED_SOURCES:
        return None
    return key


class Ledger:
    """Lookups in the store's ledger, loaded one source at a time on first use.

    Args:
        store: The store whose ledger records what earlier runs committed.
    """

    def __init__(self, store: Store) -> None:
        self._store = store
        self._sources: dict[str, dict[str, str | None]] = {}
        self._recipes: dict[str, dict[str, str]] = {}

    def _positions(self, source: str) -> dict[str, str | None]:
        if source not in self._sources:
            self._sources[source] = self._store.ledger(source)
        return self._sources[source]

    def is_done(self, item: Article | Reject) -> bool:
        """Return whether an earlier run committed this record (stored or rejected).

        Reader rejects need no lookup (recording one again replaces the same row); the ledger is what lets
        a re-run skip articles already extracted, and those the extractor rejected.
        """
        key = record_key(item)
        return key is not None and key[1] in self._positions(key[0])

    def made_otherwise(self, item: Article | Reject, recipe: str) -> str | None:
        """Return how an earlier run extracted this stored record, when that was not ``recipe``, else None.

        Records stored before the ledger kept recipes, and duplicates of an article stored from elsewhere, have
        none to compare, and count as done.
        """
        key = record_key(item)
        if key is None:
            return None
        if key[0] not in self._recipes:
            self._recipes[key[0]] = self._store.ledger_recipes(key[0])
        earlier = self._recipes[key[0]].get(key[1])
        return earlier if earlier is not None and earlier != recipe else None

    def was_rejected(self, item: Article | Reject) -> bool:
        """Return whether an earlier run recorded this record as rejected."""
        key = record_key(item)
        return key is not None and self._positions(key[0]).get(key[1]) is not None
