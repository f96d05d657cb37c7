"""Gradient-boosted tree ensembles stored as JSON arrays, walked with plain Python or NumPy at run time.

The training scripts fit scikit-learn's ``HistGradientBoostingClassifier`` and write its trees as flat lists
(``training/train_selector.py``'s ``export``); reading them here keeps scikit-learn out of the installed package.
"""

from __future__ import annotations

import json
import math
from collections.abc import Sequence
from dataclasses import dataclass
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
        columns = self.features
        at_row: list[int] = []
        at_column: list[int] = []
        values: list[float] = []
        for i, named in enumerate(rows):
            for name, value in named.items():
                column = columns.get(name)
                if column is not None:
                    at_row.append(i)
                    at_column.append(column)
                    values.append(value)
        out[at_row, at_column] = values  # one assignment: item by item, NumPy's indexing would dominate
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
        """The positive class's probability for every row of ``matrix``, each tree walked for all rows at once.

        Leaves point to themselves (``_arrays``), so every row takes exactly the tree's depth in steps and no
        step has to pick out the rows still walking.
        """
        raw = np.full(len(matrix), self.base)
        rows = np.arange(len(matrix))
        for feature, threshold, left, right, value, depth in self._arrays():
            node = np.zeros(len(matrix), dtype=np.int64)
            for _ in range(depth):
                node = np.where(matrix[rows, feature[node]] <= threshold[node], left[node], right[node])
            raw += value[node]
        # tanh form: no overflow for the large negative sums that nearly pure leaves add up to
        return 0.5 * (1.0 + np.tanh(0.5 * raw))

    def _arrays(self) -> list[tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray, np.ndarray, int]]:
        """Each tree as NumPy arrays whose leaves loop to themselves, and its depth; built on first use."""
        cached = self.__dict__.get("_as_arrays")
        if cached is None:
            cached = [
                _looping(*tree)
                for tree in zip(self.feature, self.threshold, self.left, self.right, self.value, strict=True)
            ]
            object.__setattr__(self, "_as_arrays", cached)
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
