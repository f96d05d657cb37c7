"""Tests for the span index the merge and the linking ask which spans lie near one span."""

from __future__ import annotations

import random

from quotegraph.extract.learned.nearby import LONG, Nearby


def _gap(a: tuple[int, int], b: tuple[int, int]) -> int:
    return max(0, max(a[0], b[0]) - min(a[1], b[1]))


def test_within_finds_what_a_scan_of_every_span_finds_in_the_list_s_order() -> None:
    rng = random.Random(7)
    spans = []
    for _ in range(400):
        start = rng.randrange(0, 20_000)
        spans.append((start, start + rng.choice([0, 1, 5, 40, 300, LONG + 10, 3 * LONG])))
    near = Nearby(spans)
    for _ in range(300):
        start = rng.randrange(-100, 21_000)
        span = (start, start + rng.randrange(0, 500))
        for reach in (0, 3, 400):
            scanned = [at for at, other in enumerate(spans) if _gap(span, other) <= reach]
            assert near.within(span, reach) == scanned


def test_a_long_span_is_found_wherever_it_reaches() -> None:
    spans = [(0, 5 * LONG), (10, 20), (6 * LONG, 6 * LONG + 5)]
    near = Nearby(spans)
    assert near.within((4 * LONG, 4 * LONG + 1)) == [0]
    assert near.within((15, 16)) == [0, 1]
    assert near.within((6 * LONG + 7, 6 * LONG + 9), reach=2) == [2]
    assert Nearby([]).within((0, 10), reach=100) == []
