"""Cutting a tokenized article into model windows and stitching the windows' logits back together.

Paragraphs are packed whole into windows of at most ``max_len`` pieces; a paragraph (or sentence) longer
than that is covered by overlapping windows, and each piece keeps the logits of the window in which it
lies farthest from an edge. Pure NumPy; the tokenizer is passed in.
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass
from typing import Any

import numpy as np

CLS_ID, SEP_ID, PAD_ID = 101, 102, 0


@dataclass(frozen=True)
class Pieces:
    """An article's word pieces: ids, character offsets and word numbers, without special pieces."""

    ids: np.ndarray
    offsets: list[tuple[int, int]]
    word_ids: list[int | None]


@dataclass(frozen=True)
class Window:
    """A run of pieces ``[start, end)`` fed to the model, and the run ``[own_start, own_end)`` it answers for."""

    start: int
    end: int
    own_start: int
    own_end: int


def tokenize(tokenizer: Any, text: str) -> Pieces:
    """Tokenize a whole article with a ``tokenizers.Tokenizer`` (no truncation, no special pieces)."""
    enc = tokenizer.encode(text, add_special_tokens=False)
    return Pieces(np.asarray(enc.ids, dtype=np.int64), list(enc.offsets), list(enc.word_ids))


def _paragraph_starts(text: str, offsets: list[tuple[int, int]]) -> list[int]:
    """Piece indices that open a paragraph (a line break in the text before them)."""
    starts = [0]
    for i in range(1, len(offsets)):
        if "\n" in text[offsets[i - 1][1] : offsets[i][0]]:
            starts.append(i)
    return starts


def _split_long(start: int, end: int, size: int) -> list[Window]:
    """Overlapping windows over a run longer than ``size``; each owns its middle part."""
    stride = max(1, size // 2)
    margin = (size - stride) // 2
    windows: list[Window] = []
    pos = start
    while True:
        w_end = min(pos + size, end)
        w_start = max(start, w_end - size)
        own_start = start if w_start == start else w_start + margin
        own_end = end if w_end == end else w_end - (size - stride - margin)
        if windows:
            own_start = windows[-1].own_end
        windows.append(Window(w_start, w_end, own_start, max(own_start, own_end)))
        if w_end == end:
            return windows
        pos += stride


def plan_windows(text: str, pieces: Pieces, max_len: int) -> list[Window]:
    """Pack paragraphs into windows of at most ``max_len`` pieces (special pieces included).

    Args:
        text: The article text.
        pieces: Its word pieces.
        max_len: The model's window size, counting ``[CLS]`` and ``[SEP]``.

    Returns:
        Windows covering every piece exactly once through their owned runs, in order.
    """
    size = max_len - 2
    n = len(pieces.offsets)
    bounds = [*_paragraph_starts(text, pieces.offsets), n] if n else [0]
    windows: list[Window] = []
    cur_start = 0
    for para_start, para_end in itertools.pairwise(bounds):
        if para_end - cur_start <= size:
            continue
        if para_start > cur_start:
            windows.append(Window(cur_start, para_start, cur_start, para_start))
        if para_end - para_start > size:
            windows += _split_long(para_start, para_end, size)
            cur_start = para_end
        else:
            cur_start = para_start
    if cur_start < n:
        windows.append(Window(cur_start, n, cur_start, n))
    return windows


def cuts(pieces: Pieces, windows: list[Window]) -> tuple[int, ...]:
    """The character offsets at which one window's owned run hands over to the next: a span across one was read in
    two views, neither of which saw all of it."""
    return tuple(pieces.offsets[win.own_start][0] for win in windows[1:] if win.own_start < len(pieces.offsets))


def batch_inputs(pieces: Pieces, windows: list[Window]) -> tuple[np.ndarray, np.ndarray]:
    """Model inputs for some windows: ``input_ids`` and ``attention_mask``, padded to the longest."""
    width = max(w.end - w.start for w in windows) + 2
    ids = np.full((len(windows), width), PAD_ID, dtype=np.int64)
    mask = np.zeros((len(windows), width), dtype=np.int64)
    for row, win in enumerate(windows):
        length = win.end - win.start
        ids[row, 0] = CLS_ID
        ids[row, 1 : length + 1] = pieces.ids[win.start : win.end]
        ids[row, length + 1] = SEP_ID
        mask[row, : length + 2] = 1
    return ids, mask


def stitch(logits: np.ndarray, windows: list[Window], out: np.ndarray) -> None:
    """Write each piece's logits from the window that owns it into the article's array.

    Args:
        logits: ``[windows, width, labels]`` model output for ``batch_inputs`` of the same windows.
        windows: The windows, in the same order.
        out: ``[pieces, labels]`` logits of the whole article, filled in where these windows own the pieces.
    """
    for row, win in enumerate(windows):
        lo, hi = win.own_start - win.start + 1, win.own_end - win.start + 1
        out[win.own_start : win.own_end] = logits[row, lo:hi]
