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

    def was_rejected(self, item: Article | Reject) -> bool:
        """Return whether an earlier run recorded this record as rejected."""
        key = record_key(item)
        return key is not None and self._positions(key[0]).get(key[1]) is not None
