"""Tests for reports made in a relative clause set off by commas, which end where the clause does."""

from __future__ import annotations

import pytest

from quotegraph.extract import ExtractOptions, extract

pytestmark = pytest.mark.model


@pytest.mark.parametrize("mode", ["rules", "accurate"])
@pytest.mark.parametrize(
    ("text", "content"),
    [
        # the learned tagger ran on into the main clause's predicate
        ("Smith, who said the vote was rigged, lost the race.", "the vote was rigged"),
        # the parser missed the main verb and made "cut" a conjunct of the reported verb
        ("The company, which said profits would fall, cut jobs.", "profits would fall"),
        ("The mayor, who said the plan would fail, left early.", "the plan would fail"),
        # a list inside the report stays whole
        ("Smith, who said prices would rise, fall, and rise again, left.", "prices would rise, fall, and rise again"),
    ],
)
def test_a_report_in_a_relative_clause_set_off_by_commas_ends_with_it(mode: str, text: str, content: str) -> None:
    assert [a.content.text for a in extract(text, ExtractOptions(mode=mode))] == [content]


def test_a_restrictive_relative_clause_is_left_as_found() -> None:
    text = "Officials who said the vote was rigged lost their jobs."
    assert [a.content.text for a in extract(text)] == ["the vote was rigged"]
