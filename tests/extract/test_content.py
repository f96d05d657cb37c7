"""Tests for turning token stretches into content spans (``extract/content.py``)."""

from __future__ import annotations

import pytest

from quotegraph.extract.content import token_span, trim


@pytest.mark.parametrize(
    ("text", "upto", "expected"),
    [
        # the next clause's conjunction the parser left on the last word is no part of the span
        ("Obama said the reforms were not complete, and he left.", "complete, and", "the reforms were not complete,"),
        # a closing bracket with no opening one in the span closes an aside around it
        ("The plan (he said the reforms would pay off) failed.", "pay off)", "the reforms would pay off"),
        # a bracket the span opened stays
        ("He said the tax (a levy on fuel) would rise.", "(a levy on fuel)", "the tax (a levy on fuel)"),
    ],
)
def test_token_span_drops_a_trailing_conjunction_and_an_unopened_bracket(  # type: ignore[no-untyped-def]
    nlp, text: str, upto: str, expected: str
) -> None:
    doc = nlp(text)
    start = text.index(expected)
    end = text.index(upto) + len(upto)
    tokens = [t for t in doc if start <= t.idx and t.idx + len(t.text) <= end]
    span = token_span(tokens)
    assert span is not None and text[span[0] : span[1]] == expected


def test_token_span_of_nothing_is_none(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp("and")
    assert token_span([]) is None
    assert token_span(list(doc)) is None  # a lone conjunction spans nothing


def test_trim_strips_a_leading_that_and_trailing_punctuation() -> None:
    text = "He said that taxes will rise."
    assert trim(text, text.index("that"), len(text)) == (text.index("taxes"), len(text) - 1)
