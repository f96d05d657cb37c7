"""Train the fast attribution tagger (spaCy tok2vec + tagger) from PolNeAR train, selecting on dev.

Usage (from the repository root)::

    python training/train_fast.py [--out src/quotegraph/models/fast] [--set training.max_steps=8000 ...]

``--set`` overrides a value of ``training/fast.cfg`` for one run (an experiment); the shipped weights come from
the file as committed.

The tagger's labels join the three BIO layers of ``quotegraph.extract.learned.labels`` per spaCy token.
"""

from __future__ import annotations

import argparse
import json
import shutil
import sys
import time
from pathlib import Path
from typing import Any

import spacy
from spacy.tokens import DocBin

sys.path.insert(0, str(Path(__file__).resolve().parent))

from data import layer_spans, read_docs

from quotegraph.extract.learned.labels import LAYERS, encode_spans

REPO = Path(__file__).resolve().parents[1]
LETTERS = "OBI"


def token_tags(doc: Any, gold: dict[str, Any]) -> list[str]:
    """One joined tag per token, e.g. ``"IOB"`` (inside content, outside source, begins cue)."""
    offsets = [(t.idx, t.idx + len(t.text)) for t in doc]
    spans = layer_spans(gold)
    layers = [encode_spans(offsets, spans[layer]) for layer in LAYERS]
    return ["".join(LETTERS[int(layer[i])] for layer in layers) for i in range(len(doc))]


def to_docbin(nlp: Any, docs: list[dict[str, Any]], path: Path) -> None:
    """Write gold documents as spaCy training data (tags on ``token.tag_``)."""
    bin_ = DocBin(attrs=["TAG"])
    for gold in docs:
        doc = nlp.make_doc(gold["text"])
        for token, tag in zip(doc, token_tags(doc, gold), strict=True):
            token.tag_ = tag
        bin_.add(doc)
    path.parent.mkdir(parents=True, exist_ok=True)
    bin_.to_disk(path)


def prune_strings(model_dir: Path) -> None:
    """Keep only the tag labels in the saved string store: the features are hashed, so the model needs no word
    list, and the word list seen in training (corpus vocabulary) is not shipped."""
    labels = json.loads((model_dir / "qg_tagger" / "cfg").read_text(encoding="utf-8"))["labels"]
    (model_dir / "vocab" / "strings.json").write_text(json.dumps(sorted(labels)), encoding="utf-8")


def config_overrides(settings: list[str]) -> dict[str, Any]:
    """``KEY=VALUE`` strings as spaCy config overrides, each value read as JSON where it parses (numbers, lists)."""
    out: dict[str, Any] = {}
    for setting in settings:
        key, sep, value = setting.partition("=")
        if not sep or not key:
            raise SystemExit(f"--set wants KEY=VALUE, got {setting!r}")
        try:
            out[key] = json.loads(value)
        except json.JSONDecodeError:
            out[key] = value
    return out


def main() -> None:
    """Convert the data, train with ``training/fast.cfg``, copy the best model into the package."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=REPO / "src" / "quotegraph" / "models" / "fast")
    parser.add_argument("--work", type=Path, default=REPO / "training" / "work" / "fast")
    parser.add_argument(
        "--set",
        action="append",
        default=[],
        metavar="KEY=VALUE",
        help="Override a value of training/fast.cfg for this run, e.g. training.max_steps=8000 (repeatable).",
    )
    args = parser.parse_args()
    config = json.loads((REPO / "training" / "config.json").read_text(encoding="utf-8"))
    blank = spacy.blank("en")
    started = time.perf_counter()
    to_docbin(blank, read_docs((REPO / config["train"]).resolve()), args.work / "train.spacy")
    to_docbin(blank, read_docs((REPO / config["dev"]).resolve()), args.work / "dev.spacy")
    from spacy.cli.train import train

    overrides = {"paths.train": str(args.work / "train.spacy"), "paths.dev": str(args.work / "dev.spacy")}
    overrides.update(config_overrides(args.set))
    train(REPO / "training" / "fast.cfg", args.work / "output", overrides=overrides)
    if args.out.exists():
        shutil.rmtree(args.out)
    shutil.copytree(args.work / "output" / "model-best", args.out)
    prune_strings(args.out)
    record: dict[str, Any] = {"train_seconds": round(time.perf_counter() - started), "config": "training/fast.cfg"}
    if args.set:
        record["overrides"] = args.set
    (args.out / "training.json").write_text(json.dumps(record, indent=2) + "\n", encoding="utf-8")
    print(args.out)


if __name__ == "__main__":
    main()
