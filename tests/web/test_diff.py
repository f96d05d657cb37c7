"""Wording differences between reports: runs that rebuild both texts."""

from __future__ import annotations

import pytest

from quotegraph.web.diff import tokens, word_diff


@pytest.mark.parametrize(
    ("base", "other"),
    [
        ("We will return to the table.", "We will return to the table!"),
        ("No one wants that.", "Nobody wants that, he said."),
        ("", "Something"),
        ("Same words", "Same words"),
    ],
)
def test_diff_rebuilds_both_texts(base: str, other: str) -> None:
    parts = word_diff(base, other)
    assert "".join(p.text for p in parts if p.op != "del") == other
    assert "".join(p.text for p in parts if p.op != "add") == base


def test_diff_marks_changed_words_only() -> None:
    parts = word_diff("No one wants that.", "Nobody wants that.")
    assert [(p.op, p.text) for p in parts] == [("del", "No one"), ("add", "Nobody"), ("same", " wants that.")]


def test_tokens_join_back() -> None:
    assert "".join(tokens("a, b  c!")) == "a, b  c!"
