"""Loading the shipped attribution tagger (int8 ONNX + tokenizer) once per process, and running it on a text.

No network and no torch: ``onnxruntime`` and ``tokenizers`` only. Missing weights raise an error that names
the training command; there is no silent fallback to the rules.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import numpy as np

from quotegraph.errors import QuotegraphError
from quotegraph.extract.learned.labels import LAYERS, TAGS_PER_LAYER, decode_layer, viterbi
from quotegraph.extract.learned.windows import Pieces, batch_inputs, plan_windows, stitch, tokenize

MODEL_DIR = Path(__file__).resolve().parents[2] / "models" / "attribution"
TRAIN_COMMAND = "python training/train_attribution.py"
_BATCH = 16


class ModelMissingError(QuotegraphError):
    """Raised when the learned model's files are not installed."""


@dataclass(frozen=True)
class TaggedSpan:
    """A span of one layer in character offsets, with the model's mean probability for it."""

    layer: str
    start: int
    end: int
    score: float


class Tagger:
    """The attribution tagger: text in, content / source / cue spans out."""

    def __init__(self, model_dir: Path = MODEL_DIR, threads: int = 0) -> None:
        config_path = model_dir / "config.json"
        if not config_path.is_file():
            raise ModelMissingError(
                f"the learned attribution model is missing ({model_dir}); rebuild it with `{TRAIN_COMMAND}` "
                "or use mode='rules'"
            )
        import onnxruntime
        from tokenizers import Tokenizer

        config = json.loads(config_path.read_text(encoding="utf-8"))
        model_path = model_dir / config["model"]
        if not model_path.is_file():
            raise ModelMissingError(f"model weights missing: {model_path}; rebuild them with `{TRAIN_COMMAND}`")
        options = onnxruntime.SessionOptions()
        if threads:
            options.intra_op_num_threads = threads
        options.inter_op_num_threads = 1
        self.session = onnxruntime.InferenceSession(str(model_path), options, providers=["CPUExecutionProvider"])
        self.tokenizer = Tokenizer.from_file(str(model_dir / "tokenizer.json"))
        self.tokenizer.no_truncation()
        self.tokenizer.no_padding()
        self.max_len = int(config["max_len"])

    def logits(self, text: str) -> tuple[Pieces, np.ndarray]:
        """The word pieces of ``text`` and their logits ``[pieces, 9]``."""
        pieces = tokenize(self.tokenizer, text)
        if not len(pieces.ids):
            return pieces, np.zeros((0, len(LAYERS) * TAGS_PER_LAYER), dtype=np.float32)
        windows = sorted(plan_windows(text, pieces, self.max_len), key=lambda w: w.end - w.start)
        parts = []
        for i in range(0, len(windows), _BATCH):
            group = windows[i : i + _BATCH]
            ids, mask = batch_inputs(pieces, group)
            (out,) = self.session.run(None, {"input_ids": ids, "attention_mask": mask})
            parts.append(stitch(out, group, len(pieces.ids)))
        return pieces, np.sum(parts, axis=0)

    def spans(self, text: str) -> list[TaggedSpan]:
        """Every content, source and cue span the model finds in ``text``."""
        pieces, logits = self.logits(text)
        return decode_spans(pieces, logits)


def decode_spans(pieces: Pieces, logits: np.ndarray) -> list[TaggedSpan]:
    """Turn stitched logits into character spans, layer by layer."""
    out: list[TaggedSpan] = []
    for number, layer in enumerate(LAYERS):
        part = logits[:, number * TAGS_PER_LAYER : (number + 1) * TAGS_PER_LAYER]
        probs = _softmax(part)
        tags = viterbi(np.log(probs + 1e-9))
        for first, last in decode_layer(tags, pieces.word_ids):
            score = float(1.0 - probs[first : last + 1, 0].mean())
            out.append(TaggedSpan(layer, pieces.offsets[first][0], pieces.offsets[last][1], score))
    return out


def _softmax(x: np.ndarray) -> np.ndarray:
    e = np.exp(x - x.max(axis=1, keepdims=True))
    return e / e.sum(axis=1, keepdims=True)


@cache
def load_tagger(model_dir: str | None = None) -> Tagger:
    """The process-wide tagger (loaded on first use).

    Args:
        model_dir: A directory with ``config.json``, the ONNX file and ``tokenizer.json``; the packaged
            model when None.

    Raises:
        ModelMissingError: When the files are not there.
    """
    return Tagger(Path(model_dir) if model_dir else MODEL_DIR)
