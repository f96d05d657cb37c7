"""Cross-fitted tagger output on PolNeAR train, so the merge selector and the boundary refiner learn from what the
tagger does with text it has not seen.

A tagger trained on all of train nearly memorizes it (the GPU-trained one reached a loss of 0.13), so a selector
or refiner fit on its train output learns a tagger that is never wrong, and both were worse on dev for it
(``src/quotegraph/models/MODEL_LOG.md``). Here train is cut into ``--folds`` folds (document ``i`` in fold
``i % folds``); for each, one configuration is trained on the other folds as ``sweep.py`` trains it (its best
epoch by dev kept) and tags the held-out documents.

- ``train`` (on a lent GPU machine, ``training/device/crossfit.sh``): writes every train document's stitched
  logits in float16 as parts ``logits.partN`` (``device/kit.py``) and ``crossfit.json`` (each fold's record).
- ``cache`` (here): decodes them as the runtime tagger does and writes ``taggings-train.pkl`` in the cache that
  ``train_selector.py`` and ``train_boundaries.py`` read (``--cache-dir``), marked as cross-fitted and bound to
  the shipped tagger's weights, which must be the ones the folds' configuration made.

Usage: python training/crossfit.py train CONFIG.json --train GOLD --dev GOLD --out DIR [--folds 4] [--budget S]
       python training/crossfit.py cache FOLDER [--train GOLD] [--cache-dir training/work]
"""

from __future__ import annotations

import argparse
import json
import pickle
import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent / "device"))

from data import read_docs
from kit import read_parts, write_parts

REPO = Path(__file__).resolve().parents[1]


def fold_of(number: int, folds: int) -> int:
    """The fold a train document belongs to, by its position in the file."""
    return number % folds


def train_folds(config_path: Path, train: Path, dev: Path, out: Path, folds: int, budget: float, every: float) -> None:
    """Train one tagger per fold on the other folds and keep the held-out documents' logits."""
    import torch
    from data import build_examples
    from dev_score import text_logits
    from model import Tagger
    from sweep import run_config
    from train_attribution import load_tokenizer

    if torch.cuda.is_available():
        torch.backends.cuda.matmul.allow_tf32 = True
    config = json.loads(config_path.read_text(encoding="utf-8"))
    docs, dev_docs = read_docs(train), read_docs(dev)
    tokenizer = load_tokenizer()
    logits: dict[str, Any] = {}
    records = []
    for fold in range(folds):
        rest = [d for i, d in enumerate(docs) if fold_of(i, folds) != fold]
        examples = build_examples(tokenizer, rest, config["max_len"])
        record, state = run_config(f"fold{fold}", config, examples, dev_docs, budget, every)
        model = Tagger(config, pretrained=False)
        model.load_state_dict({k: torch.from_numpy(v) for k, v in state.items()})
        model.to("cuda" if torch.cuda.is_available() else "cpu").eval()
        for number, doc in enumerate(docs):
            if fold_of(number, folds) == fold:
                logits[str(number)] = text_logits(model, tokenizer, doc["text"], config["max_len"])[1]
        records.append(record)
        print(f"fold {fold}: {sum(fold_of(i, folds) == fold for i in range(len(docs)))} documents tagged", flush=True)
    out.mkdir(parents=True, exist_ok=True)
    parts = [p.name for p in write_parts(logits, out, "logits")]
    summary = {"config": config_path.name, "folds": folds, "documents": len(docs), "parts": parts, "runs": records}
    (out / "crossfit.json").write_text(json.dumps(summary, indent=2) + "\n", encoding="utf-8")


def write_cache(folder: Path, train: Path, cache_dir: Path) -> Path:
    """Decode the returned logits into the train taggings cache (``train_selector.taggings`` format)."""
    sys.path.insert(0, str(REPO / "src"))
    from quotegraph.evaluation.gate import file_digest
    from quotegraph.extract.learned.tagger import decode, load_tagger
    from quotegraph.extract.learned.windows import tokenize

    summary = json.loads((folder / "crossfit.json").read_text(encoding="utf-8"))
    docs = read_docs(train)
    if summary["documents"] != len(docs):
        raise SystemExit(f"{folder} holds {summary['documents']} documents' logits, {train} has {len(docs)}")
    logits = read_parts(folder, "logits")
    tagger = load_tagger()
    taggings = []
    for number, doc in enumerate(docs):
        pieces = tokenize(tagger.tokenizer, doc["text"])
        if len(pieces.ids) != len(logits[str(number)]):
            raise SystemExit(f"document {number}: {len(pieces.ids)} word pieces here, {len(logits[str(number)])} there")
        taggings.append(decode(pieces, logits[str(number)]))
    cache_dir.mkdir(parents=True, exist_ok=True)
    cache = cache_dir / "taggings-train.pkl"
    stored = {
        "texts": [d["text"] for d in docs],
        "weights": file_digest(tagger.model_path),
        "taggings": taggings,
        "crossfit": {"folds": summary["folds"], "config": summary["config"]},
    }
    cache.write_bytes(pickle.dumps(stored))
    return cache


def main() -> None:
    """Command line entry."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="command", required=True)
    training = sub.add_parser("train", help="train the fold taggers and keep the held-out logits (a GPU machine)")
    training.add_argument("config", type=Path)
    training.add_argument("--train", type=Path, required=True)
    training.add_argument("--dev", type=Path, required=True)
    training.add_argument("--out", type=Path, required=True)
    training.add_argument("--folds", type=int, default=4)
    training.add_argument("--budget", type=float, default=300.0, help="Seconds of training per fold.")
    training.add_argument("--eval-every", type=float, default=2.0, help="Epochs between dev scores.")
    caching = sub.add_parser("cache", help="decode the returned logits into the train taggings cache (here)")
    caching.add_argument("folder", type=Path)
    caching.add_argument("--train", type=Path, default=REPO.parent / "shared" / "data" / "polnear" / "train.jsonl")
    caching.add_argument("--cache-dir", type=Path, default=REPO / "training" / "work")
    args = parser.parse_args()
    if args.command == "train":
        train_folds(args.config, args.train, args.dev, args.out, args.folds, args.budget, args.eval_every)
    else:
        print(write_cache(args.folder, args.train, args.cache_dir))


if __name__ == "__main__":
    main()
