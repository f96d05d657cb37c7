"""Training examples for the attribution tagger: PolNeAR documents cut into windows with three BIO layers.

Uses the same tokenization and windowing as inference (``quotegraph.extract.learned``), so a window seen in
training is exactly a window the shipped model sees at run time.
"""

from __future__ import annotations

import gzip
import json
import random
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from quotegraph.extract.learned.labels import IGNORE, LAYERS, encode_spans
from quotegraph.extract.learned.windows import CLS_ID, PAD_ID, SEP_ID, plan_windows, tokenize


@dataclass(frozen=True)
class Example:
    """One model window: piece ids (with special pieces) and one tag row per layer."""

    ids: np.ndarray
    tags: np.ndarray  # [len(ids), len(LAYERS)], IGNORE on special pieces


def read_docs(path: Path) -> list[dict[str, Any]]:
    """Read a gold JSON-lines file (gzipped when its name ends in ``.gz``)."""
    raw = path.read_bytes()
    text = (gzip.decompress(raw) if path.suffix == ".gz" else raw).decode("utf-8")
    return [json.loads(line) for line in text.split("\n") if line.strip()]


def layer_spans(doc: dict[str, Any]) -> dict[str, list[tuple[int, int]]]:
    """The gold character spans of each layer: whole content spans, speaker mentions, cues."""
    spans: dict[str, list[tuple[int, int]]] = {layer: [] for layer in LAYERS}
    for quote in doc.get("quotes") or []:
        spans["content"].append((int(quote["start"]), int(quote["end"])))
        spans["source"] += [(int(s), int(e)) for s, e in quote.get("speaker_spans") or []]
        if quote.get("cue"):
            spans["cue"].append((int(quote["cue"][0]), int(quote["cue"][1])))
    return spans


def doc_examples(tokenizer: Any, doc: dict[str, Any], max_len: int) -> list[Example]:
    """Cut one gold document into tagged windows."""
    text = doc["text"]
    pieces = tokenize(tokenizer, text)
    if not len(pieces.ids):
        return []
    spans = layer_spans(doc)
    tags = np.stack([encode_spans(pieces.offsets, spans[layer]) for layer in LAYERS], axis=1)
    out = []
    for win in plan_windows(text, pieces, max_len):
        ids = np.concatenate([[CLS_ID], pieces.ids[win.start : win.end], [SEP_ID]])
        rows = np.full((len(ids), len(LAYERS)), IGNORE, dtype=np.int64)
        rows[1:-1] = tags[win.start : win.end]
        out.append(Example(ids.astype(np.int64), rows))
    return out


def build_examples(tokenizer: Any, docs: list[dict[str, Any]], max_len: int) -> list[Example]:
    """Tagged windows of every document, in document order."""
    return [ex for doc in docs for ex in doc_examples(tokenizer, doc, max_len)]


def batches(examples: list[Example], size: int, bucket: int, rng: random.Random) -> list[list[Example]]:
    """Shuffle, then sort chunks of ``bucket`` batches by length so that padding stays small."""
    order = examples[:]
    rng.shuffle(order)
    out: list[list[Example]] = []
    chunk = size * bucket
    for start in range(0, len(order), chunk):
        part = sorted(order[start : start + chunk], key=lambda ex: len(ex.ids))
        out += [part[i : i + size] for i in range(0, len(part), size)]
    rng.shuffle(out)
    return out


def collate(batch: list[Example]) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Pad a batch: ``input_ids``, ``attention_mask`` and ``tags`` (``IGNORE`` on padding)."""
    width = max(len(ex.ids) for ex in batch)
    ids = np.full((len(batch), width), PAD_ID, dtype=np.int64)
    mask = np.zeros((len(batch), width), dtype=np.int64)
    tags = np.full((len(batch), width, len(LAYERS)), IGNORE, dtype=np.int64)
    for row, ex in enumerate(batch):
        ids[row, : len(ex.ids)] = ex.ids
        mask[row, : len(ex.ids)] = 1
        tags[row, : len(ex.ids)] = ex.tags
    return ids, mask, tags
