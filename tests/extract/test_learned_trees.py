"""Tests for the tree ensembles walked at run time (selector and boundary refiner)."""

from __future__ import annotations

import math

import numpy as np
import pytest

from quotegraph.extract.learned.trees import Trees


def test_the_batched_walk_agrees_with_the_row_walk() -> None:
    trees = Trees.from_json(
        {
            "features": ["a", "b"],
            "base": 0.3,
            "trees": [
                {"feature": [0, 1, 0, 0, 0], "threshold": [0.5, 2.0, 0, 0, 0], "left": [1, 3, -1, -1, -1],
                 "right": [2, 4, -1, -1, -1], "value": [0, 0, 1.5, -1.0, 0.25]},
                {"feature": [1, 0, 0], "threshold": [-1.0, 0, 0], "left": [1, -1, -1], "right": [2, -1, -1],
                 "value": [0, 0.7, -0.2]},
            ],
        }
    )  # fmt: skip
    rows = [{"a": 0.0, "b": 1.0}, {"a": 0.0, "b": 3.0}, {"a": 1.0}, {"b": -2.0}, {"unknown": 1.0}]
    matrix = trees.matrix(rows)
    assert matrix.shape == (5, 2)
    expected = [trees.probability(trees.vector(row)) for row in rows]
    assert trees.probabilities(matrix) == pytest.approx(expected)
    assert len(set(np.round(expected, 6))) == 4  # the rows reach different leaves


def test_huge_sums_give_probabilities_without_overflow() -> None:
    one_leaf = {"feature": [0], "threshold": [0.0], "left": [-1], "right": [-1], "value": [-400.0]}
    trees = Trees.from_json({"features": ["a"], "base": 0.0, "trees": [one_leaf, one_leaf, one_leaf]})
    with np.errstate(over="raise"):
        assert trees.probabilities(trees.matrix([{"a": 1.0}]))[0] == pytest.approx(0.0)
    assert trees.probability([1.0]) == pytest.approx(0.0)


def _one_split_trees() -> dict[str, object]:
    """Learned wins (raw +2) when ``learned_confidence`` > 0.8, else the rule does (raw -2)."""
    return {
        "features": ["learned_confidence", "rule=verb_clause"],
        "base": 0.0,
        "trees": [
            {
                "feature": [0, 0, 0],
                "threshold": [0.8, 0, 0],
                "left": [1, -1, -1],
                "right": [2, -1, -1],
                "value": [0.0, -2.0, 2.0],
            },
        ],
    }


def test_selector_trees_walk_each_tree_to_a_leaf_and_ignore_unknown_features() -> None:
    from quotegraph.extract.learned.trees import Trees

    trees = Trees.from_json(_one_split_trees())
    low = trees.vector({"learned_confidence": 0.75, "rule=verb_clause": 1.0, "never_seen": 5.0})
    high = trees.vector({"learned_confidence": 0.95})
    assert low == [0.75, 1.0]
    assert trees.probability(low) == pytest.approx(1 / (1 + np.exp(2.0)))
    assert trees.probability(high) == pytest.approx(1 / (1 + np.exp(-2.0)))


def test_an_ensemble_without_trees_gives_its_base_rate_to_every_row() -> None:
    empty = Trees.from_json({"features": ["a", "b"], "base": 1.0, "trees": []})
    expected = 1 / (1 + math.exp(-1.0))
    assert np.allclose(empty.probabilities(np.zeros((3, 2))), [expected] * 3)
    assert empty.probability([0.0, 0.0]) == pytest.approx(expected)
    assert empty.probabilities(np.zeros((0, 2))).shape == (0,)
