"""Tests for the tagger's windows: packing paragraphs, splitting long ones with overlap, and stitching the logits."""

from __future__ import annotations

import itertools

import numpy as np

from quotegraph.extract.learned.windows import Pieces, batch_inputs, cuts, plan_windows, stitch


def _pieces(text: str) -> Pieces:
    """Whitespace 'pieces' of a text, one word each, for windowing tests without a tokenizer."""
    offsets, pos = [], 0
    for word in text.split():
        start = text.index(word, pos)
        offsets.append((start, start + len(word)))
        pos = start + len(word)
    return Pieces(np.arange(len(offsets), dtype=np.int64) + 1000, offsets, list(range(len(offsets))))


def test_plan_windows_packs_paragraphs_and_covers_every_piece_once() -> None:
    text = "\n".join(" ".join(f"w{p}x{i}" for i in range(30)) for p in range(5))
    pieces = _pieces(text)
    windows = plan_windows(text, pieces, max_len=66)
    owned = [i for w in windows for i in range(w.own_start, w.own_end)]
    assert owned == list(range(len(pieces.offsets)))
    assert all(w.end - w.start <= 64 for w in windows)
    assert windows[0].end == 60  # two whole paragraphs of 30


def test_plan_windows_splits_a_long_paragraph_with_overlap() -> None:
    text = " ".join(f"w{i}" for i in range(500))
    pieces = _pieces(text)
    windows = plan_windows(text, pieces, max_len=130)
    assert len(windows) > 4
    assert all(w.end - w.start <= 128 for w in windows)
    assert any(a.end > b.start for a, b in itertools.pairwise(windows))
    owned = [i for w in windows for i in range(w.own_start, w.own_end)]
    assert owned == list(range(500))


def test_stitch_takes_each_piece_from_its_owning_window() -> None:
    text = " ".join(f"w{i}" for i in range(300))
    pieces = _pieces(text)
    windows = plan_windows(text, pieces, max_len=130)
    ids, mask = batch_inputs(pieces, windows)
    assert ids[0, 0] == 101 and mask.sum() == sum(w.end - w.start + 2 for w in windows)
    fake = np.zeros((len(windows), ids.shape[1], 9), dtype=np.float32)
    for row, win in enumerate(windows):
        fake[row, 1 : win.end - win.start + 1, 0] = np.arange(win.start, win.end)
    out = np.zeros((300, 9), dtype=np.float32)
    stitch(fake, windows, out)
    assert out[:, 0].tolist() == list(range(300))


def test_cuts_are_where_each_window_hands_the_text_over_to_the_next() -> None:
    text = (
        "\n".join(" ".join(f"w{p}x{i}" for i in range(30)) for p in range(5))
        + "\n"
        + " ".join(f"long{i}" for i in range(200))
    )
    pieces = _pieces(text)
    windows = plan_windows(text, pieces, max_len=66)
    handovers = cuts(pieces, windows)
    assert handovers == tuple(pieces.offsets[w.own_start][0] for w in windows[1:])
    assert text[handovers[0] :].startswith("w2x0")  # packed paragraphs hand over at a paragraph
    assert any(text[cut - 1] == " " for cut in handovers)  # a paragraph too long for one window, inside it
    assert cuts(pieces, windows[:1]) == ()
