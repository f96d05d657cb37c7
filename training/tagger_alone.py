"""Score exported taggers alone on a gold split, each and with their logits averaged (content exact, partial F1).

The int8 ONNX models are decoded as the runtime decodes them.

``training/dev_score.py`` scores the torch model while it trains; this scores what ships (or what a rebuild
exported), and the ensemble of several, their logits averaged piece by piece before decoding, so two trainings of
one recipe can be compared and combined without touching the package. Content spans below the runtime's
``MIN_CONTENT_SCORE`` are dropped, as the finder does. Accurate mode merges the tagger with the rules and the small
models fit around the shipped tagger, so this ranks taggers only; ``quotegraph eval`` is the measure.

Usage: python training/tagger_alone.py [--gold GOLD] MODEL_DIR [MODEL_DIR ...]
(each MODEL_DIR holds ``config.json``, ``tokenizer.json`` and the ONNX file, as ``models/attribution/`` and
``rebuild_tagger.sh OUT`` do; the gold split defaults to PolNeAR dev.) About 10 s per model on PolNeAR dev.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from dev_score import content_spans, scores, tally  # noqa: E402

from quotegraph.extract.learned.tagger import MIN_CONTENT_SCORE, Tagger  # noqa: E402

DEV = ROOT.parent / "shared" / "data" / "polnear" / "dev.jsonl"


def score_taggers(model_dirs: list[Path], docs: list[dict[str, Any]]) -> dict[str, dict[str, Any]]:
    """Content exact and partial F1 (%) and their counts on ``docs`` for each tagger (named by its folder, a
    folder given again numbered ``#2``, ``#3``, ...) and, with more than one, for their averaged logits
    (``"ensemble"``), scored as ``dev_score.py`` scores the model in training."""
    taggers = [Tagger(path) for path in model_dirs]
    names: list[str] = []
    for position, path in enumerate(model_dirs):
        earlier = model_dirs[:position].count(path)
        names.append(f"{path}#{earlier + 1}" if earlier else str(path))
    if len(taggers) > 1:
        names.append("ensemble")
    counts: dict[str, dict[str, int]] = {name: {} for name in names}
    for doc in docs:
        outputs = [tagger.logits(doc["text"]) for tagger in taggers]
        pieces = outputs[0][0]
        logits = [out for _, out in outputs]
        if len(taggers) > 1:
            logits.append(np.mean(logits, axis=0))
        for name, out in zip(names, logits, strict=True):
            tally(counts[name], doc, content_spans(pieces, out, MIN_CONTENT_SCORE))
    return {name: scores(count) for name, count in counts.items()}


def main() -> None:
    """Print each tagger's score (and the ensemble's) on the gold split."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("models", type=Path, nargs="+", help="Folders of exported taggers.")
    parser.add_argument("--gold", type=Path, default=DEV, help="A gold split (JSON Lines).")
    args = parser.parse_args()
    lines = args.gold.read_text(encoding="utf-8").splitlines()
    docs = [json.loads(line) for line in lines if line.strip()]
    for name, score in score_taggers(args.models, docs).items():
        print(
            f"{name}: exact {score['exact_f1']:.2f} / partial {score['partial_f1']:.2f} "
            f"({score['exact']} / {score['partial']} of {score['pred']}, gold {score['gold']})"
        )


if __name__ == "__main__":
    main()
