"""Tests for quotegraph.evaluation.spans: trimming, exact and partial span matches, one-to-one pairing."""

from __future__ import annotations

import pytest
from eval_helpers import BRIDGE, TEXT, at, quote, score

from quotegraph.evaluation.spans import trim


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ('"Yes,"', "Yes"),
        ('"Yes," he said', 'Yes," he said'),
        ("  «Non.»  ", "Non"),
        ("„Ja“", "Ja"),
        ("‘fine’…", "fine"),
        ("`ok?!`", "ok"),
        ("'Don't,'", "Don't"),
        ('""', ""),
    ],
)
def test_trim_strips_marks_and_punctuation(raw: str, expected: str) -> None:
    start, end = trim(raw, 0, len(raw))
    assert raw[start:end] == expected


@pytest.mark.parametrize(
    ("pred_piece", "exact", "partial"),
    [
        (BRIDGE, True, True),
        (BRIDGE + ".", True, True),  # trailing full stop trimmed
        ("said " + BRIDGE, False, True),
        ("the new bridge will open", False, True),  # 5 of 9 words
        ("the new bridge will", False, False),  # 4 of 9 words
        ("Lee said the new", False, False),
    ],
)
def test_evaluate_exact_and_partial(pred_piece: str, exact: bool, partial: bool) -> None:
    report = score([quote(TEXT, BRIDGE)], [quote(TEXT, pred_piece)])
    assert report.scores["exact"].tp == int(exact)
    assert report.scores["partial"].tp == int(partial)
    assert report.scores["partial"].f1 == (1.0 if partial else 0.0)


def test_evaluate_partial_threshold_is_half_inclusive() -> None:
    gold = quote(TEXT, "the new bridge will open in May next")  # 8 words
    assert score([gold], [quote(TEXT, "the new bridge will")]).scores["partial"].tp == 1  # 4 of 8
    assert score([gold], [quote(TEXT, "the new bridge wil")]).scores["partial"].tp == 0  # 3 whole words


def test_evaluate_exact_ignores_outer_quotation_marks() -> None:
    gold = quote(TEXT, "We are proud of it,")
    pred = quote(TEXT, '"We are proud of it,"')
    report = score([gold], [pred])
    assert (report.scores["exact"].tp, report.scores["partial"].tp) == (1, 1)


def test_evaluate_pairs_one_to_one_by_largest_overlap() -> None:
    gold = [quote(TEXT, BRIDGE)]
    pred = [quote(TEXT, "the new bridge"), quote(TEXT, "bridge will open in May next year")]
    report = score(gold, pred)
    partial = report.scores["partial"]
    assert (partial.tp, partial.gold, partial.pred) == (1, 1, 2)
    assert partial.precision == 0.5
    assert partial.recall == 1.0
    assert report.scores["exact"].tp == 0


def test_evaluate_one_prediction_spanning_two_gold_quotes_matches_one() -> None:
    gold = [quote(TEXT, "the new bridge will open"), quote(TEXT, "in May next year")]
    pred = [quote(TEXT, BRIDGE)]
    partial = score(gold, pred).scores["partial"]
    assert (partial.tp, partial.gold, partial.pred) == (1, 2, 1)
    assert partial.recall == 0.5


def test_evaluate_fragments_count_only_quoted_words() -> None:
    text = '"The plan works," Lee said, "and it is cheap and fast and safe."'
    gold = {
        **quote(text, 'The plan works," Lee said, "and it is cheap and fast and safe.'),
        "fragments": [at(text, "The plan works,"), at(text, "and it is cheap and fast and safe.")],
    }
    # The second fragment alone holds 8 of the 11 quoted words.
    report = score([gold], [quote(text, "and it is cheap and fast and safe.")], text=text)
    assert report.scores["partial"].tp == 1
    assert report.scores["exact"].tp == 0
