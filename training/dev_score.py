"""The tagger alone on a gold split, scored while it trains: content exact and partial F1, with torch only.

Decodes exactly as the runtime does (``quotegraph.extract.learned.tagger.decode`` over the stitched windows, content
spans below a mean probability of ``min_score`` dropped, as the finder does with ``tagger.MIN_CONTENT_SCORE``), but
runs the torch model, so a lent GPU machine without spaCy or ONNX can pick the epoch to keep. Accurate mode merges
the tagger with the rules, so this score ranks checkpoints only; ``quotegraph eval`` in accurate mode, after the
selector and the boundary refiner are retrained for the new tagger, is the measure (a CPU run that gained 2.7 points
of exact F1 here lost 0.4 to 0.9 in accurate mode: see the model card).
"""

from __future__ import annotations

from typing import Any

import numpy as np

from quotegraph.evaluation.spans import pair_quotes
from quotegraph.extract.learned.labels import LAYERS, TAGS_PER_LAYER
from quotegraph.extract.learned.tagger import decode
from quotegraph.extract.learned.windows import batch_inputs, plan_windows, stitch, tokenize

# torch is imported where the model runs: the scoring below also serves exported taggers (tagger_alone.py), where
# torch is not installed


def content_spans(pieces: Any, logits: np.ndarray, min_score: float) -> list[dict[str, int]]:
    """The content spans decoded from stitched logits, as the runtime keeps them (mean score at least
    ``min_score``)."""
    if not len(pieces.ids):
        return []
    spans = decode(pieces, logits).spans
    return [{"start": s.start, "end": s.end} for s in spans if s.layer == "content" and s.score >= min_score]


def tally(counts: dict[str, int], doc: dict[str, Any], spans: list[dict[str, int]]) -> None:
    """Add one document's exact and partial matches, gold and predicted contents to ``counts``."""
    quotes = doc.get("quotes") or []
    pairs = pair_quotes(doc["text"], quotes, spans)
    counts["exact"] = counts.get("exact", 0) + sum(p.exact for p in pairs)
    counts["partial"] = counts.get("partial", 0) + sum(p.partial for p in pairs)
    counts["gold"] = counts.get("gold", 0) + len(quotes)
    counts["pred"] = counts.get("pred", 0) + len(spans)


def _f1(hits: int, gold: int, pred: int) -> float:
    return 2 * hits / (gold + pred) if gold + pred else 0.0


def scores(counts: dict[str, int]) -> dict[str, Any]:
    """Content exact and partial F1 (%) from tallied ``counts``, and the counts behind them."""
    exact, partial, gold, pred = (counts.get(key, 0) for key in ("exact", "partial", "gold", "pred"))
    return {
        "exact_f1": round(100 * _f1(exact, gold, pred), 2),
        "partial_f1": round(100 * _f1(partial, gold, pred), 2),
        "exact": exact,
        "partial": partial,
        "gold": gold,
        "pred": pred,
    }


def text_logits(model: Any, tokenizer: Any, text: str, max_len: int) -> tuple[Any, np.ndarray]:
    """The word pieces of ``text`` and their stitched logits ``[pieces, 9]``, as the runtime tagger computes them
    (the model in eval mode; the caller restores training mode)."""
    import torch

    device = next(model.parameters()).device
    pieces = tokenize(tokenizer, text)
    out = np.zeros((len(pieces.ids), len(LAYERS) * TAGS_PER_LAYER), dtype=np.float32)
    if len(pieces.ids):
        windows = plan_windows(text, pieces, max_len)
        ids, mask = batch_inputs(pieces, windows)
        with torch.no_grad():
            logits = model(torch.from_numpy(ids).to(device), torch.from_numpy(mask).to(device))
        stitch(logits.float().cpu().numpy(), windows, out)
    return pieces, out


def dev_score(model: Any, tokenizer: Any, docs: list[dict[str, Any]], max_len: int, min_score: float) -> dict[str, Any]:
    """Content exact and partial F1 (%) of the tagger alone on ``docs``, and the counts behind them."""
    was_training = model.training
    model.eval()
    counts: dict[str, int] = {}
    for doc in docs:
        pieces, out = text_logits(model, tokenizer, doc["text"], max_len)
        tally(counts, doc, content_spans(pieces, out, min_score))
    model.train(was_training)
    return scores(counts)
