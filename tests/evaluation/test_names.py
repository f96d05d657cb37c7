"""Tests for quotegraph.evaluation.names: speaker names matching by name alone."""

from __future__ import annotations

import pytest

from quotegraph.evaluation.names import names_match


@pytest.mark.parametrize(
    ("gold", "pred", "expected"),
    [
        ("Donald Trump", "Trump", True),
        ("Trump", "Donald J. Trump", True),
        ("Bill Clinton", "Hillary Clinton", False),
        ("Mr. Obama", "Barack Obama", True),
        ("President Barack Obama", "Obama", True),
        ("Sen. Elizabeth Warren", "Warren", True),
        ("Prime Minister Theresa May", "Theresa May", True),
        ("Hervé Bléjean", "HERVE BLEJEAN", True),
        ("the White House", "White House", True),
        ("the president", "the president", True),
        ("the president", "President Obama", False),
        ("he", "he", False),
        ("Donald Trump", "him", False),
        ("Jane Doe", None, False),
        ("Doe Jane", "Jane Doe", False),
    ],
)
def test_names_match(gold: str, pred: str | None, expected: bool) -> None:
    assert names_match(gold, pred) is expected
