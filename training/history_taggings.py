"""A past commit's tagger output on a PolNeAR split, computed as a CPU without VNNI computes it, in resumable pieces.

The shipped boundary refiner (commit ``47c4bc6``) learned from the CPU-trained tagger's output as a machine without
VNNI computed it: there onnxruntime adds int8 products pairwise in 16 bits, which saturates (the tagger now asks for
exact products there, ``session.x64quantprecision`` in ``extract/learned/tagger.py``; the commit predates that). A
machine with VNNI tags some words otherwise, so that commit's trainer gives another file there (MODEL_LOG.md). Run
under Debian's ``qemu-user`` (``qemu-x86_64 -cpu Haswell``: AVX2, no AVX-512, no VNNI), this tags the texts with the
tagger of a git worktree of that commit as such a CPU does (on dev, the shipped refiner's recorded gains at every
margin come back to the edge), so the commit's trainer reads what it read then.

- ``tag``: every ``--step``-th text from ``--first`` on, each written to ``PIECES/NNNN.pkl`` once (a piece already
  there is kept, so a run cut short goes on where it stopped). Run one per core, under the emulator.
- ``join`` (native): checks every text has its piece and writes the cache the commit's trainers read
  (``--cache-dir``): ``{"texts", "weights", "taggings"}``, the weights named by the worktree's own digest.

Usage: qemu-x86_64 -cpu Haswell PYTHON training/history_taggings.py tag TREE GOLD PIECES [--first K] [--step N]
       python training/history_taggings.py join TREE GOLD PIECES CACHE.pkl
PYTHON is the interpreter's path (qemu-user does not search PATH). Needs the worktree
(``training/rebuild_from_history.sh`` makes it) and ``pip install -e '.[train]'``.
"""

from __future__ import annotations

import argparse
import json
import pickle
import sys
from pathlib import Path
from typing import Any


def read_texts(gold: Path) -> list[str]:
    """The texts of a gold file, in its order."""
    return [json.loads(line)["text"] for line in gold.read_text(encoding="utf-8").splitlines() if line.strip()]


def piece_path(pieces: Path, number: int) -> Path:
    """Where text ``number``'s tagging is kept."""
    return pieces / f"{number:04d}.pkl"


def use_tree(tree: Path) -> None:
    """Import ``quotegraph`` from the worktree's ``src`` (its tagger, weights and ``Tagging`` class), not this one."""
    sys.path.insert(0, str(tree.resolve() / "src"))
    if "quotegraph" in sys.modules:
        raise RuntimeError("quotegraph was imported before the worktree was put first on the path")


def tag(tree: Path, gold: Path, pieces: Path, first: int, step: int) -> int:
    """Tag the texts ``first, first + step, ...`` that have no piece yet; returns how many it tagged."""
    use_tree(tree)
    from quotegraph.extract.learned.tagger import load_tagger

    tagger = load_tagger()
    pieces.mkdir(parents=True, exist_ok=True)
    done = 0
    texts = read_texts(gold)
    for number in range(first, len(texts), step):
        path = piece_path(pieces, number)
        if path.is_file():
            continue
        partial = path.with_suffix(".part")
        partial.write_bytes(pickle.dumps(tagger.tag(texts[number])))
        partial.replace(path)  # a piece is there whole or not at all
        done += 1
        print(f"  tagged {number}/{len(texts)}", flush=True)
    return done


def join(tree: Path, gold: Path, pieces: Path, cache: Path) -> None:
    """Write the trainers' cache from the pieces (every text must have one)."""
    use_tree(tree)
    from quotegraph.evaluation.gate import file_digest
    from quotegraph.extract.learned.tagger import load_tagger

    texts = read_texts(gold)
    missing = [number for number in range(len(texts)) if not piece_path(pieces, number).is_file()]
    if missing:
        raise SystemExit(f"{len(missing)} of {len(texts)} texts have no piece in {pieces} (first: {missing[0]})")
    taggings: list[Any] = [pickle.loads(piece_path(pieces, number).read_bytes()) for number in range(len(texts))]
    weights = file_digest(load_tagger().model_path)
    cache.parent.mkdir(parents=True, exist_ok=True)
    cache.write_bytes(pickle.dumps({"texts": texts, "weights": weights, "taggings": taggings}))
    print(f"wrote {cache} ({len(texts)} texts)")


def main() -> None:
    """Parse the command line and run ``tag`` or ``join``."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("action", choices=("tag", "join"))
    parser.add_argument("tree", type=Path, help="git worktree of the commit whose tagger reads the texts")
    parser.add_argument("gold", type=Path, help="PolNeAR split (JSON lines)")
    parser.add_argument("pieces", type=Path, help="folder of one pickle per text")
    parser.add_argument("cache", type=Path, nargs="?", help="join: the cache file to write")
    parser.add_argument("--first", type=int, default=0)
    parser.add_argument("--step", type=int, default=1)
    args = parser.parse_args()
    if args.action == "tag":
        print(f"tagged {tag(args.tree, args.gold, args.pieces, args.first, args.step)} texts", flush=True)
    elif args.cache is None:
        parser.error("join needs CACHE")
    else:
        join(args.tree, args.gold, args.pieces, args.cache)


if __name__ == "__main__":
    main()
