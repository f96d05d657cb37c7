"""Gradient-boosted tree ensembles stored as JSON arrays, walked with plain Python or NumPy at run time.

The training scripts fit scikit-learn's ``HistGradientBoostingClassifier`` and write its trees as flat lists
(``training/train_selector.py``'s ``export``); reading them here keeps scikit-learn out of the installed package.
"""

from __future__ import annotations

import json
import math
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import chain, repeat
from pathlib import Path
from typing import Any

import numpy as np

from quotegraph.extract.learned.tagger import ModelMissingError


def read_model_file(path: Path, what: str, command: str) -> dict[str, Any]:
    """A trained model's JSON file.

    Raises:
        ModelMissingError: When the file is not there, naming the command that rebuilds it.
    """
    if not path.is_file():
        raise ModelMissingError(f"the {what} is missing ({path}); rebuild it with `{command}`")
    data: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return data


@dataclass(frozen=True)
class Trees:
    """A gradient-boosted ensemble in flat lists, one entry per node (leaves have ``left == -1``).

    Plain Python lists rather than NumPy arrays for one row at a time: the walk reads one number at a time, where
    NumPy's per-item overhead would dominate. ``probabilities`` walks many rows at once with NumPy.
    """

    features: dict[str, int]
    base: float
    feature: list[list[int]]
    threshold: list[list[float]]
    left: list[list[int]]
    right: list[list[int]]
    value: list[list[float]]

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Trees:
        """Read an ensemble written by a training script."""
        trees = data["trees"]
        return cls(
            features={name: i for i, name in enumerate(data["features"])},
            base=float(data["base"]),
            feature=[t["feature"] for t in trees],
            threshold=[t["threshold"] for t in trees],
            left=[t["left"] for t in trees],
            right=[t["right"] for t in trees],
            value=[t["value"] for t in trees],
        )

    def vector(self, named: dict[str, float]) -> list[float]:
        """Named features as the ensemble's input row (names it was not trained on are ignored)."""
        row = [0.0] * len(self.features)
        for name, value in named.items():
            at = self.features.get(name)
            if at is not None:
                row[at] = value
        return row

    def matrix(self, rows: Sequence[dict[str, float]]) -> np.ndarray:
        """Named feature rows as the ensemble's input matrix (names it was not trained on are ignored)."""
        out = np.zeros((len(rows), len(self.features)))
        # Flattened with chain and looked up with map (both run in C): a Python loop over the ~60 features of every
        # candidate edge cost more than walking the trees.
        names = list(chain.from_iterable(rows))
        columns = np.fromiter(map(self.features.get, names, repeat(-1)), dtype=np.int64, count=len(names))
        values = np.fromiter(chain.from_iterable(row.values() for row in rows), dtype=float, count=len(names))
        at_row = np.repeat(np.arange(len(rows)), [len(row) for row in rows])
        known = columns >= 0
        out[at_row[known], columns[known]] = values[known]
        return out

    def probability(self, row: Sequence[float]) -> float:
        """The positive class's probability for one row."""
        raw = self.base
        for feature, threshold, left, right, value in zip(
            self.feature, self.threshold, self.left, self.right, self.value, strict=True
        ):
            node = 0
            while left[node] >= 0:
                node = left[node] if row[feature[node]] <= threshold[node] else right[node]
            raw += value[node]
        return _sigmoid(raw)

    def probabilities(self, matrix: np.ndarray) -> np.ndarray:
        """The positive class's probability for every row of ``matrix``, all trees walked for all rows at once.

        The trees are stacked into flat arrays (``_stacked``) whose leaves point to themselves, so one step moves
        every row in every tree a level down, and the walk takes as many steps as the deepest tree: a few dozen
        NumPy operations per call instead of a few per tree and level. An ensemble without trees gives its base rate.
        """
        if not self.feature:
            return np.full(len(matrix), _sigmoid(self.base))
        feature, threshold, left, right, value, roots, depth = self._stacked()
        node = np.broadcast_to(roots, (len(matrix), len(roots)))
        for _ in range(depth):
            seen = np.take_along_axis(matrix, feature[node], axis=1)
            node = np.where(seen <= threshold[node], left[node], right[node])
        raw = self.base + value[node].sum(axis=1)
        # tanh form: no overflow for the large negative sums that nearly pure leaves add up to
        return 0.5 * (1.0 + np.tanh(0.5 * raw))

    def _stacked(self) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray, np.ndarray, np.ndarray, int]:
        """All trees as one flat node array per field (a tree's nodes after the previous tree's), with every
        leaf pointing to itself; the root of each tree; the greatest depth. Built on first use."""
        cached = self.__dict__.get("_as_stacked")
        if cached is None:
            trees = [
                _looping(*tree)
                for tree in zip(self.feature, self.threshold, self.left, self.right, self.value, strict=True)
            ]
            roots = np.cumsum([0] + [len(tree[0]) for tree in trees[:-1]])
            cached = (
                np.concatenate([tree[0] for tree in trees]),
                np.concatenate([tree[1] for tree in trees]),
                np.concatenate([tree[2] + root for tree, root in zip(trees, roots, strict=True)]),
                np.concatenate([tree[3] + root for tree, root in zip(trees, roots, strict=True)]),
                np.concatenate([tree[4] for tree in trees]),
                roots,
                max(tree[5] for tree in trees),
            )
            object.__setattr__(self, "_as_stacked", cached)
        return cached


def _sigmoid(raw: float) -> float:
    if raw >= 0:
        return 1.0 / (1.0 + math.exp(-raw))
    small = math.exp(raw)
    return small / (1.0 + small)


def _looping(
    feature: list[int], threshold: list[float], left: list[int], right: list[int], value: list[float]
) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray, np.ndarray, int]:
    nodes = np.arange(len(left))
    leaf = np.asarray(left) < 0
    left_a = np.where(leaf, nodes, left)
    right_a = np.where(leaf, nodes, right)
    feature_a = np.where(leaf, 0, feature)
    threshold_a = np.where(leaf, np.inf, threshold)
    depth = [0] * len(left)
    for node in range(len(left)):  # children come after their parent in the exported order
        if not leaf[node]:
            depth[left[node]] = depth[right[node]] = depth[node] + 1
    return feature_a, threshold_a, left_a, right_a, np.asarray(value, dtype=float), max(depth)
