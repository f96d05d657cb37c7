"""The boundary refiner's trainer (training/train_boundaries.py): how it picks each side's margin on dev."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "training"))

from train_boundaries import OFF, pick_margin


def test_the_margin_with_the_most_net_exact_edges_wins_and_a_tie_goes_to_the_larger() -> None:
    assert pick_margin({0.0: 3, 0.05: 7, 0.1: 7, 0.15: 5}) == 0.1
    assert pick_margin({0.0: -3, 0.05: 5, 0.1: 8, 0.2: 8, 0.3: 10}) == 0.3


def test_a_side_that_every_margin_worsens_moves_nothing() -> None:
    # the picker used to start from a net of -1 at the first margin, so a side where every margin lost on dev got
    # the smallest margin, the one that moved (and lost) the most
    assert pick_margin({0.0: -58, 0.05: -22, 0.1: -11, 0.3: -2}) == OFF
    assert pick_margin({0.0: 0, 0.1: 0}) == OFF
