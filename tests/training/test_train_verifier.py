"""The attribution verifier's trainer (training/train_verifier.py): its threshold pick and what it reads of a cache."""

from __future__ import annotations

import pickle
import sys
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "training"))

from train_verifier import crossfit_of, pick_threshold


def test_the_threshold_keeps_what_gives_the_best_partial_f1() -> None:
    # Ten attributions, the three the verifier doubts most all wrong: dropping them helps, dropping more does not.
    probabilities = np.array([0.1, 0.15, 0.22, 0.5, 0.5, 0.5, 0.9, 0.9, 0.9, 0.9])
    labels = np.array([0, 0, 0, 1, 0, 1, 1, 1, 1, 1])
    spared = np.zeros(10, dtype=bool)
    threshold, table = pick_threshold(probabilities, labels, spared, gold=9)
    assert threshold == 0.25
    row = next(r for r in table if r["keep_above"] == 0.25)
    assert (row["dropped"], row["dropped_matches"]) == (3, 0)
    assert row["partial_f1"] == round(200 * 6 / (9 + 7), 2)


def test_a_tie_goes_to_the_lower_threshold_and_spared_rows_always_stay() -> None:
    probabilities = np.array([0.1, 0.9, 0.9])
    labels = np.array([1, 1, 1])
    threshold, _ = pick_threshold(probabilities, labels, np.zeros(3, dtype=bool), gold=3)
    assert threshold == 0.0  # dropping a right one never helps
    wrong_but_spared = np.array([0, 1, 1])
    threshold, table = pick_threshold(probabilities, wrong_but_spared, np.array([True, False, False]), gold=3)
    assert threshold == 0.0  # nothing to gain: the doubted one cannot be dropped
    assert all(row["dropped"] == 0 for row in table)


def test_the_cache_says_whether_train_was_cross_fitted(tmp_path: Path) -> None:
    cache = tmp_path / "taggings-train.pkl"
    texts = ["One text.", "Another."]
    assert crossfit_of(cache, texts, "w") is None
    cache.write_bytes(pickle.dumps({"texts": texts, "weights": "w", "taggings": []}))
    assert crossfit_of(cache, texts, "w") is None
    cache.write_bytes(pickle.dumps({"texts": texts, "weights": "w", "taggings": [], "crossfit": {"folds": 4}}))
    assert crossfit_of(cache, texts, "w") == {"folds": 4}


def test_a_cross_fitted_cache_of_another_tagger_or_other_texts_is_not_reported(tmp_path: Path) -> None:
    # the trainer tags such texts afresh with the packaged tagger, so they are not cross-fitted
    cache = tmp_path / "taggings-train.pkl"
    texts = ["One text.", "Another."]
    cache.write_bytes(pickle.dumps({"texts": texts, "weights": "old", "taggings": [], "crossfit": {"folds": 4}}))
    assert crossfit_of(cache, texts, "new") is None
    assert crossfit_of(cache, texts[:1], "old") is None
    assert crossfit_of(cache, texts, "old") == {"folds": 4}
