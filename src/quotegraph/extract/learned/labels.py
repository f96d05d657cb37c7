"""The tag scheme of the learned attribution model: three independent BIO layers (content, source, cue).

Each word piece gets one tag per layer, so a content span may contain the source and cue of its own
attribution (PolNeAR's interrupted quotes). Pure functions over offsets and integer tags; no model here.
"""

from __future__ import annotations

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

    Args:
        log_probs: ``[pieces, 3]`` log-probabilities of ``OUTSIDE``, ``BEGIN``, ``INSIDE``.

    Returns:
        One tag per piece.
    """
    n = len(log_probs)
    if n == 0:
        return []
    allowed = np.array([[0.0, 0.0, -np.inf], [0.0, 0.0, 0.0], [0.0, 0.0, 0.0]])  # [from, to]
    score = log_probs[0] + np.array([0.0, 0.0, -np.inf])
    back = np.zeros((n, TAGS_PER_LAYER), dtype=np.int64)
    for i in range(1, n):
        total = score[:, None] + allowed
        back[i] = total.argmax(axis=0)
        score = total.max(axis=0) + log_probs[i]
    tags = [int(score.argmax())]
    for i in range(n - 1, 0, -1):
        tags.append(int(back[i, tags[-1]]))
    return tags[::-1]
