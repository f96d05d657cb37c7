"""The merge ceiling count (training/coverage.py): which gold contents the rules or the tagger propose exactly."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "training"))

from coverage import nearest, tally


def test_a_missed_content_is_sorted_by_the_nearest_candidate() -> None:
    gold = (10, 20)
    assert nearest(gold, {(30, 40)}) == "no overlap"
    assert nearest(gold, {(5, 20)}) == "same end"
    assert nearest(gold, {(10, 25)}) == "same start"
    assert nearest(gold, {(10, 15), (15, 20)}) == "edges apart"  # each edge in a different candidate
    assert nearest(gold, {(12, 18), (20, 30)}) == "neither edge"  # touching at 20 is no overlap


def test_the_tally_counts_each_source_and_their_union() -> None:
    gold = {(0, 5), (10, 20), (30, 40), (50, 60)}
    rules, learned = {(0, 5), (10, 18)}, {(0, 5), (10, 20), (45, 55)}
    counts = tally(gold, rules, learned, final={(0, 5), (30, 40)})
    assert (counts["rules"], counts["tagger"], counts["either"]) == (1, 2, 2)
    assert counts["output"] == 2 and counts["output, proposed by neither"] == 1  # (30, 40): the refiner's
    assert counts["no overlap"] == 1 and counts["neither edge"] == 1  # (30, 40) and (50, 60)
    assert "output" not in tally(gold, rules, learned, final=None)
