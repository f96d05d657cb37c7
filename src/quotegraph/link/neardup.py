"""Near-duplicate quote search across all attributions: MinHash signatures and LSH (datasketch)."""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
from datasketch import LeanMinHash, MinHash, MinHashLSH

from quotegraph.link.texts import TextFeatures, shingles

#: MinHash permutations per signature.
NUM_PERM = 64
#: Estimated Jaccard similarity (of word bigrams) above which two quotes are LSH candidates.
LSH_THRESHOLD = 0.5
_SEED = 1
_SCHEME = "affine32"


class NearDupIndex:
    """Finds quotes that share most of their word bigrams with a given quote, whoever they are credited to.

    Wire copies and light edits of one quote land in the same LSH buckets; callers verify candidates with
    ``texts.lexical_similarity``. Signatures can be exported and re-imported, so the index is saved as plain
    arrays and never pickled.
    """

    def __init__(self) -> None:
        self._lsh = MinHashLSH(threshold=LSH_THRESHOLD, num_perm=NUM_PERM)
        self._signatures: dict[str, LeanMinHash] = {}

    def __len__(self) -> int:
        return len(self._signatures)

    def __contains__(self, item_id: object) -> bool:
        return item_id in self._signatures

    def add(self, items: Sequence[tuple[str, TextFeatures]]) -> None:
        """Sign and insert quotes; ids already present are replaced.

        Args:
            items: (attribution id, text features) pairs.
        """
        items = [(i, f) for i, f in items if shingles(f)]
        signed = MinHash.bulk([shingles(f) for _, f in items], num_perm=NUM_PERM, seed=_SEED, scheme=_SCHEME)
        self._insert([(item_id, LeanMinHash(m)) for (item_id, _), m in zip(items, signed, strict=True)])

    def _insert(self, signed: Sequence[tuple[str, LeanMinHash]]) -> None:
        for item_id, _ in signed:
            self.remove(item_id)
        with self._lsh.insertion_session() as session:
            for item_id, lean in signed:
                session.insert(item_id, lean, check_duplication=False)
                self._signatures[item_id] = lean

    def remove(self, item_id: str) -> None:
        """Drop a quote from the index, if present."""
        if self._signatures.pop(item_id, None) is not None:
            self._lsh.remove(item_id)

    def candidates(self, item_id: str) -> list[str]:
        """Return the ids of indexed quotes that share an LSH bucket with ``item_id`` (itself excluded), sorted."""
        lean = self._signatures.get(item_id)
        if lean is None:
            return []
        return sorted(str(other) for other in self._lsh.query(lean) if other != item_id)

    def export(self) -> tuple[list[str], np.ndarray]:
        """Return the indexed ids and their signatures as one array (a row per id), for saving."""
        ids = sorted(self._signatures)
        if not ids:
            return [], np.zeros((0, NUM_PERM), dtype=np.uint32)
        return ids, np.stack([self._signatures[i].hashvalues for i in ids])

    @classmethod
    def from_export(cls, ids: Sequence[str], signatures: np.ndarray) -> NearDupIndex:
        """Rebuild an index from ``export`` output without re-hashing any text."""
        index = cls()
        index._insert(
            [
                (i, LeanMinHash(seed=_SEED, hashvalues=row, scheme=_SCHEME))
                for i, row in zip(ids, signatures, strict=True)
            ]
        )
        return index
