"""Tests for the clustering scores: pairwise and B-cubed precision, recall and F1."""

from __future__ import annotations

import pytest

from quotegraph.link import score_clusters


def test_score_clusters_known_example() -> None:
    gold = {"a": "1", "b": "1", "c": "1", "d": "2", "e": "2"}
    predicted = {"a": "x", "b": "x", "c": "y", "d": "y", "e": "z"}
    scores = score_clusters(gold, predicted)
    # gold pairs ab ac bc de; predicted pairs ab cd; correct ab
    assert scores.pairwise_precision == pytest.approx(1 / 2)
    assert scores.pairwise_recall == pytest.approx(1 / 4)
    assert scores.pairwise_f1 == pytest.approx(1 / 3)
    # B-cubed precision per item: 1, 1, 1/2, 1/2, 1; recall: 2/3, 2/3, 1/3, 1/2, 1/2
    assert scores.bcubed_precision == pytest.approx(4 / 5)
    assert scores.bcubed_recall == pytest.approx((2 / 3 + 2 / 3 + 1 / 3 + 1 / 2 + 1 / 2) / 5)
    assert scores.items == 5


def test_score_clusters_perfect_and_missing_predictions() -> None:
    gold = {"a": "1", "b": "1", "c": "2"}
    perfect = score_clusters(gold, {"a": "p", "b": "p", "c": "q"})
    assert (perfect.pairwise_f1, perfect.bcubed_f1) == (1.0, 1.0)
    nothing = score_clusters(gold, {})
    assert (nothing.pairwise_precision, nothing.pairwise_recall) == (1.0, 0.0)
    assert nothing.bcubed_precision == 1.0
