"""Clustering scores for linking: pairwise and B-cubed precision, recall and F1 against gold clusters; pure."""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass


@dataclass(frozen=True)
class ClusterScores:
    """How well predicted clusters match gold clusters over the same items (all values 0 to 1).

    Attributes:
        pairwise_precision: Share of predicted same-cluster pairs that are gold same-cluster pairs.
        pairwise_recall: Share of gold same-cluster pairs that are predicted.
        pairwise_f1: Harmonic mean of the two.
        bcubed_precision: Mean over items of the share of its predicted cluster that is in its gold cluster.
        bcubed_recall: Mean over items of the share of its gold cluster that is in its predicted cluster.
        bcubed_f1: Harmonic mean of the two (Bagga and Baldwin, 1998).
        items: Number of items scored.
    """

    pairwise_precision: float
    pairwise_recall: float
    pairwise_f1: float
    bcubed_precision: float
    bcubed_recall: float
    bcubed_f1: float
    items: int


def _f1(precision: float, recall: float) -> float:
    return 2 * precision * recall / (precision + recall) if precision + recall else 0.0


def _pairs(sizes: Counter[str] | Counter[tuple[str, str]]) -> int:
    return sum(n * (n - 1) // 2 for n in sizes.values())


def score_clusters(gold: Mapping[str, str], predicted: Mapping[str, str]) -> ClusterScores:
    """Score predicted clusters against gold clusters.

    Args:
        gold: Item id -> gold cluster label, for every item scored.
        predicted: Item id -> predicted cluster label; an item missing here counts as a singleton.

    Returns:
        Pairwise and B-cubed precision, recall and F1. With no predicted pairs precision is 1; with no gold
        pairs recall is 1.
    """
    items = sorted(gold)
    labels = {i: predicted.get(i, f"\x00singleton:{i}") for i in items}
    gold_sizes = Counter(gold[i] for i in items)
    pred_sizes = Counter(labels[i] for i in items)
    both = Counter((gold[i], labels[i]) for i in items)
    true_pairs, pred_pairs, gold_pairs = _pairs(both), _pairs(pred_sizes), _pairs(gold_sizes)
    precision = true_pairs / pred_pairs if pred_pairs else 1.0
    recall = true_pairs / gold_pairs if gold_pairs else 1.0
    if not items:
        return ClusterScores(precision, recall, _f1(precision, recall), 1.0, 1.0, 1.0, 0)
    b_precision = sum(both[(gold[i], labels[i])] / pred_sizes[labels[i]] for i in items) / len(items)
    b_recall = sum(both[(gold[i], labels[i])] / gold_sizes[gold[i]] for i in items) / len(items)
    return ClusterScores(
        precision, recall, _f1(precision, recall), b_precision, b_recall, _f1(b_precision, b_recall), len(items)
    )
