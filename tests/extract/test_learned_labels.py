"""Tests for the BIO tags of the learned tagger: encoding spans, decoding a layer, and the Viterbi decoder."""

from __future__ import annotations

import itertools

import numpy as np
import pytest

from quotegraph.extract.learned.labels import BEGIN, INSIDE, OUTSIDE, decode_layer, encode_spans, viterbi


@pytest.mark.parametrize(
    ("spans", "expected"),
    [
        ([], [OUTSIDE] * 4),
        ([(0, 3)], [BEGIN, OUTSIDE, OUTSIDE, OUTSIDE]),
        ([(4, 14)], [OUTSIDE, BEGIN, INSIDE, OUTSIDE]),
        ([(0, 3), (4, 8)], [BEGIN, BEGIN, OUTSIDE, OUTSIDE]),
    ],
)
def test_encode_spans_tags_pieces(spans: list[tuple[int, int]], expected: list[int]) -> None:
    offsets = [(0, 3), (4, 8), (9, 14), (15, 19)]
    assert encode_spans(offsets, spans).tolist() == expected


def test_decode_layer_repairs_inside_after_outside_and_snaps_words() -> None:
    tags = [OUTSIDE, INSIDE, INSIDE, OUTSIDE, BEGIN, BEGIN]
    word_ids = [0, 1, 1, 2, 3, 3]
    assert decode_layer(tags, word_ids) == [(1, 2), (4, 5)]
    assert decode_layer([OUTSIDE, OUTSIDE, BEGIN], [0, 1, 1]) == [(1, 2)]


def _best_valid_sequence(log_probs: np.ndarray) -> tuple[float, list[list[int]]]:
    """Brute force: the best score of every BIO-valid tag sequence, and all sequences reaching it."""
    best, winners = -np.inf, []
    for tags in itertools.product((OUTSIDE, BEGIN, INSIDE), repeat=len(log_probs)):
        if any(t == INSIDE and (i == 0 or tags[i - 1] == OUTSIDE) for i, t in enumerate(tags)):
            continue
        score = float(sum(log_probs[i, t] for i, t in enumerate(tags)))
        if score > best + 1e-12:
            best, winners = score, [list(tags)]
        elif abs(score - best) <= 1e-12:
            winners.append(list(tags))
    return best, winners


@pytest.mark.parametrize("seed", range(12))
def test_viterbi_finds_the_best_valid_bio_sequence(seed: int) -> None:
    rng = np.random.default_rng(seed)
    log_probs = np.log(rng.random((1 + seed % 6, 3)) + 1e-9)
    if seed % 3 == 0:
        log_probs = np.round(log_probs, 1)  # ties
    _, winners = _best_valid_sequence(log_probs)
    assert viterbi(log_probs) in winners


def test_viterbi_never_opens_with_inside_and_handles_empty_input() -> None:
    assert viterbi(np.zeros((0, 3))) == []
    log_probs = np.log(np.array([[0.01, 0.01, 0.98], [0.01, 0.01, 0.98]]))
    assert viterbi(log_probs) == [BEGIN, INSIDE]
