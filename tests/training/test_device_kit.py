"""The device kit's weight packing: what a lent GPU machine trains from and sends back (training/device/kit.py)."""

from __future__ import annotations

import sys
import types
from pathlib import Path

import numpy as np
import pytest

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


def test_a_kit_for_this_machine_has_no_carry_limit(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import kit

    base = tmp_path / "base"
    base.mkdir()
    (base / "config.json").write_text("{}")
    data = tmp_path / "data"
    data.mkdir()
    for split in ("train", "dev"):
        (data / f"{split}.jsonl").write_text('{"id": "1", "text": "Lee said so."}\n')
    monkeypatch.setitem(sys.modules, "model", types.SimpleNamespace(base_model_dir=lambda: base))
    monkeypatch.setattr(kit, "base_state", lambda: {"w": np.ones((2, 3), dtype=np.float32)})
    monkeypatch.setattr(kit, "DATA", data)
    monkeypatch.setattr(kit, "CARRY_LIMIT", 1)  # anything is too large for the device
    with pytest.raises(SystemExit, match="too large to carry"):
        kit.pack(tmp_path / "device-kit")
    kit.pack(tmp_path / "local-kit", carried_to_device=False)
    assert sorted(p.name for p in (tmp_path / "local-kit").iterdir()) == [
        "base-config.json",
        "base.npz",
        "dev.jsonl.gz",
        "train.jsonl.gz",
    ]
