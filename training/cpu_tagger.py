"""Write out the CPU-trained tagger that the merge selector and the boundary refiner learn from.

The shipped tagger (GPU-trained) fits PolNeAR train so closely that its output there says little about its output
on unseen text, so the two small models that learn from the tagger's output on train learn from the tagger before
it: trained on CPU by ``train_attribution.py`` with ``training/config.json``, whose train output resembled its
output on dev (tagger alone, polnear convention: train exact 61.8 / partial 78.4, dev 58.3 / 78.2). Its weights
were shipped until the GPU-trained tagger replaced them, so the repository's history holds them: this script
takes them from commit ``COMMIT`` and checks their digest. Then::

    python training/train_selector.py --train-tagger training/work/cpu-tagger
    python training/train_boundaries.py --train-tagger training/work/cpu-tagger

Usage: python training/cpu_tagger.py [--out training/work/cpu-tagger]
"""

from __future__ import annotations

import argparse
import hashlib
import subprocess
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
COMMIT = "12a8cd8"  # the last commit that shipped the CPU-trained tagger
FOLDER = "src/quotegraph/models/attribution"
FILES = ("attribution.int8.onnx", "config.json", "tokenizer.json", "training.json")
WEIGHTS_SHA256 = "2991c483ccc7cde4b17d2d0a96f369474947364b4200acb1e829b26f32d60f27"


def write_cpu_tagger(out: Path) -> Path:
    """Write the CPU-trained tagger's files to ``out`` from the repository's history; return ``out``.

    Raises:
        SystemExit: When the history lacks the commit (a shallow clone) or its weights are not the recorded ones.
    """
    out.mkdir(parents=True, exist_ok=True)
    for name in FILES:
        shown = subprocess.run(
            ["git", "-C", str(ROOT), "show", f"{COMMIT}:{FOLDER}/{name}"], capture_output=True, check=False
        )
        if shown.returncode:
            raise SystemExit(f"git cannot show {COMMIT}:{FOLDER}/{name} (a shallow clone? fetch the full history)")
        (out / name).write_bytes(shown.stdout)
    digest = hashlib.sha256((out / FILES[0]).read_bytes()).hexdigest()
    if digest != WEIGHTS_SHA256:
        raise SystemExit(f"{out / FILES[0]} has SHA-256 {digest}, not the CPU-trained tagger's {WEIGHTS_SHA256}")
    return out


def main() -> None:
    """Command line entry."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "training" / "work" / "cpu-tagger")
    args = parser.parse_args()
    print(write_cpu_tagger(args.out))


if __name__ == "__main__":
    main()
