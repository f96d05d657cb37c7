"""The device kit's weight packing: what a lent GPU machine trains from and sends back (training/device/kit.py)."""

from __future__ import annotations

import sys
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "training" / "device"))

from kit import FROZEN, PART_BYTES, compress_state, expand_state, pack_weights, unpack_weights


def test_matrices_travel_as_int8_rows_within_half_a_step() -> None:
    rng = np.random.default_rng(0)
    state = {"layer.weight": rng.normal(size=(6, 50)).astype(np.float32), "layer.bias": rng.normal(size=50)}
    state["layer.weight"][2] = 0.0  # a row of zeros keeps a usable scale
    stored = compress_state(state)
    assert stored["layer.weight:q"].dtype == np.int8
    assert "layer.bias" in stored and "layer.bias:q" not in stored
    back = expand_state(stored)
    step = np.abs(state["layer.weight"]).max(axis=1) / 127
    assert np.all(np.abs(back["layer.weight"] - state["layer.weight"]) <= step[:, None] / 2 + 1e-7)
    assert np.array_equal(back["layer.weight"][2], np.zeros(50, dtype=np.float32))
    assert np.allclose(back["layer.bias"], state["layer.bias"])


def test_returned_weights_are_cut_into_parts_and_joined_back(tmp_path: Path) -> None:
    rng = np.random.default_rng(1)
    big = rng.normal(size=(PART_BYTES // 2 + 1000,)).astype(np.float32)  # float16: just over one part
    state = {"head.weight": big, f"encoder.{FROZEN}": np.ones((4, 4), dtype=np.float32)}
    parts = pack_weights(state, tmp_path, "run")
    assert [p.name for p in parts] == ["run.part0", "run.part1"]
    assert all(p.stat().st_size <= PART_BYTES for p in parts)
    back = unpack_weights(tmp_path, "run")
    assert set(back) == {"head.weight"}  # the frozen embeddings stay behind: the kit rebuilds them here
    assert np.allclose(back["head.weight"], big, rtol=1e-3, atol=1e-4)
