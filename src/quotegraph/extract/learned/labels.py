"""The tag scheme of the learned attribution model: three independent BIO layers (content, source, cue).

Each word piece gets one tag per layer, so a content span may contain the source and cue of its own
attribution (PolNeAR's interrupted quotes). Pure functions over offsets and integer tags; no model here.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

import numpy as np

LAYERS: tuple[str, ...] = ("content", "source", "cue")
OUTSIDE, BEGIN, INSIDE = 0, 1, 2
TAGS_PER_LAYER = 3
NUM_LOGITS = len(LAYERS) * TAGS_PER_LAYER
IGNORE = -100

Offsets = Sequence[tuple[int, int]]


def encode_spans(offsets: Offsets, spans: Sequence[tuple[int, int]]) -> np.ndarray:
    """Tag the word pieces of one layer from character spans.

    Args:
        offsets: ``(start, end)`` character offsets of each word piece.
        spans: Character spans of this layer, end exclusive.

    Returns:
        An int array, one tag per word piece (``OUTSIDE``, ``BEGIN`` or ``INSIDE``).
    """
    tags = np.zeros(len(offsets), dtype=np.int64)
    starts = np.array([s for s, _ in offsets], dtype=np.int64)
    ends = np.array([e for _, e in offsets], dtype=np.int64)
    for start, end in sorted(spans):
        inside = np.nonzero((starts < end) & (ends > start))[0]
        if not len(inside):
            continue
        tags[inside] = INSIDE
        if tags[inside[0]] != BEGIN:
            tags[inside[0]] = BEGIN
    return tags


def decode_layer(tags: Sequence[int], word_ids: Sequence[int | None]) -> list[tuple[int, int]]:
    """Read token-index spans from one layer's tags, repairing BIO and snapping to whole words.

    An ``INSIDE`` after ``OUTSIDE`` opens a span; a span that starts or ends inside a word grows to the
    whole word.

    Args:
        tags: One tag per word piece.
        word_ids: The word (pre-token) each piece belongs to, or None for special pieces.

    Returns:
        ``(first, last)`` piece indices, inclusive, in order.
    """
    spans: list[tuple[int, int]] = []
    first: int | None = None
    for i, tag in enumerate(tags):
        same_word = i > 0 and word_ids[i] is not None and word_ids[i] == word_ids[i - 1]
        if tag == BEGIN and first is not None and same_word:
            continue
        if tag == BEGIN or (tag == INSIDE and first is None):
            if first is not None:
                spans.append((first, i - 1))
            first = i
        elif tag == OUTSIDE and first is not None:
            spans.append((first, i - 1))
            first = None
    if first is not None:
        spans.append((first, len(tags) - 1))
    merged: list[tuple[int, int]] = []
    for a, b in (_snap(a, b, word_ids) for a, b in spans):
        if merged and a <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(b, merged[-1][1]))
        else:
            merged.append((a, b))
    return merged


def _snap(first: int, last: int, word_ids: Sequence[int | None]) -> tuple[int, int]:
    """Grow a piece span to cover whole words."""
    while first > 0 and word_ids[first] is not None and word_ids[first - 1] == word_ids[first]:
        first -= 1
    while last + 1 < len(word_ids) and word_ids[last] is not None and word_ids[last + 1] == word_ids[last]:
        last += 1
    return first, last


def viterbi(log_probs: np.ndarray) -> list[int]:
    """The best tag sequence of one layer under BIO constraints (``INSIDE`` only after ``BEGIN`` or ``INSIDE``).

    With three tags the recursion is a few comparisons per piece, so it runs on plain floats: numpy's per-call
    overhead on arrays of three had made this the slowest step of fast mode. Ties go to the lower tag, as
    ``argmax`` would.

    Args:
        log_probs: ``[pieces, 3]`` log-probabilities of ``OUTSIDE``, ``BEGIN``, ``INSIDE``.

    Returns:
        One tag per piece.
    """
    rows = log_probs.tolist()
    if not rows:
        return []
    out_score, begin_score, inside_score = rows[0][OUTSIDE], rows[0][BEGIN], -math.inf
    back: list[tuple[int, int]] = []  # per piece: best previous tag for OUTSIDE/BEGIN, and for INSIDE
    for row in rows[1:]:
        if out_score >= begin_score and out_score >= inside_score:
            best, best_tag = out_score, OUTSIDE
        elif begin_score >= inside_score:
            best, best_tag = begin_score, BEGIN
        else:
            best, best_tag = inside_score, INSIDE
        if begin_score >= inside_score:
            into_inside, inside_tag = begin_score, BEGIN
        else:
            into_inside, inside_tag = inside_score, INSIDE
        if into_inside == -math.inf:
            inside_tag = OUTSIDE
        back.append((best_tag, inside_tag))
        out_score, begin_score, inside_score = best + row[OUTSIDE], best + row[BEGIN], into_inside + row[INSIDE]
    if out_score >= begin_score and out_score >= inside_score:
        tag = OUTSIDE
    else:
        tag = BEGIN if begin_score >= inside_score else INSIDE
    tags = [tag]
    for best_tag, inside_tag in reversed(back):
        tags.append(inside_tag if tags[-1] == INSIDE else best_tag)
    return tags[::-1]
