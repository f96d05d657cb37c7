"""Turn weights a lent GPU machine sent back into the shipped int8 ONNX tagger.

Joins the float16 parts of one configuration (``sweep.py`` wrote them), puts back the frozen word embeddings the
device trained with (the base's, quantized per row as in the kit: ``kit.dequantized_base``), and exports as
``train_attribution.py`` does, recording the sweep's scores in ``training.json``.

Usage: python training/device/unpack.py FOLDER NAME [--out src/quotegraph/models/attribution]
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from pathlib import Path

import torch

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from export import DEFAULT_OUT, export
from kit import FROZEN, dequantized_base, load_weights, unpack_weights
from model import Tagger


def _trained_on(device: str | None) -> str:
    if device == "cpu":
        return "CPU (training/sweep.py via training/device/run.sh, as training/rebuild_tagger.sh runs it)"
    return "lent GPU machine (training/sweep.py via training/device/run.sh)"


def unpack(folder: Path, name: str, out: Path) -> Path:
    """Export configuration ``name`` of the sweep in ``folder`` to ``out``."""
    summary = json.loads((folder / "sweep.json").read_text(encoding="utf-8"))
    record = next((r for r in summary["runs"] if r["name"] == name), None)
    if record is None or "parts" not in record:
        raise SystemExit(f"{folder / 'sweep.json'} holds no weights for {name!r}")
    config = record["config"]
    state = {key: torch.from_numpy(value) for key, value in unpack_weights(folder, name).items()}
    state[f"encoder.{FROZEN}"] = torch.from_numpy(dequantized_base()[FROZEN])
    model = Tagger(config, pretrained=False)
    load_weights(model, state)  # every tensor present, none extra
    meta = {
        "config": config,
        "trained_on": _trained_on(record.get("device")),
        "sweep": {k: summary.get(k) for k in ("train", "dev", "torch", "budget")},
        "best": record["best"],
        "steps": {
            "run": record["steps"],
            "planned": record["planned_steps"],
            "decay": record.get("decay_steps"),
            "device": record.get("device"),
        },
        "history": record["history"],
    }
    with tempfile.TemporaryDirectory() as tmp:
        checkpoint = Path(tmp) / "checkpoint.pt"
        torch.save({"model": model.state_dict(), "config": config}, checkpoint)
        return export(checkpoint, out, meta)


def main() -> None:
    """Command line entry."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", type=Path, help="Where the device's files landed (sweep.json and the parts).")
    parser.add_argument("name", help="The configuration to export (a name in sweep.json).")
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT)
    args = parser.parse_args()
    print(unpack(args.folder, args.name, args.out))


if __name__ == "__main__":
    main()
