"""Tests for quotegraph.evaluation.scoring: evaluate, speaker matching and the metric rows."""

from __future__ import annotations

from typing import Any

import pytest
from eval_helpers import BRIDGE, TEXT, at, doc, quote, score

from quotegraph.errors import QuotegraphError
from quotegraph.evaluate import evaluate


def _speaker_pair(gold_speaker: dict[str, Any], pred_speaker: dict[str, Any]) -> float | None:
    gold = quote(TEXT, BRIDGE, **gold_speaker)
    pred = quote(TEXT, BRIDGE, **pred_speaker)
    return score([gold], [pred]).speaker.value


@pytest.mark.parametrize(
    ("gold_speaker", "pred_speaker", "accuracy"),
    [
        # Pronouns match only by span.
        (
            {"speaker": "she", "speaker_spans": [at(TEXT, "she")]},
            {"speaker": "she", "speaker_spans": []},
            0.0,
        ),
        (
            {"speaker": "she", "speaker_spans": [at(TEXT, "she")]},
            {"speaker": "Ann Lee", "speaker_spans": [at(TEXT, "she")]},
            1.0,
        ),
        (
            {"speaker": "Ann Lee", "speaker_spans": [at(TEXT, "Ann Lee")]},
            {"speaker": "Lee", "speaker_spans": []},
            1.0,
        ),
        (
            {"speaker": "Ann Lee", "speaker_spans": [at(TEXT, "Ann Lee")]},
            {"speaker": "Mayor Lee", "speaker_spans": [at(TEXT, "Mayor")]},
            1.0,
        ),
        ({"speaker": "Ann Lee"}, {"speaker": "Bob Lee"}, 0.0),
        # A null gold speaker matches a null or anonymous prediction, nothing else.
        ({"speaker": None}, {"speaker": None}, 1.0),
        ({"speaker": None}, {"speaker": "a city official", "speaker_kind": "anonymous"}, 1.0),
        ({"speaker": None}, {"speaker": "Ann Lee", "speaker_kind": "person"}, 0.0),
        ({"speaker": "Ann Lee"}, {"speaker": None}, 0.0),
    ],
)
def test_evaluate_speaker_accuracy(gold_speaker: dict[str, Any], pred_speaker: dict[str, Any], accuracy: float) -> None:
    assert _speaker_pair(gold_speaker, pred_speaker) == accuracy


def test_evaluate_end_to_end_needs_span_and_speaker() -> None:
    gold = [
        quote(TEXT, BRIDGE, speaker="Ann Lee", speaker_spans=[at(TEXT, "Ann Lee")]),
        quote(TEXT, "We are proud of it,", speaker="Ann Lee", speaker_spans=[at(TEXT, "she")]),
        quote(TEXT, "Officials at the harbour expect delays", type="indirect", speaker="a city report"),
    ]
    pred = [
        quote(TEXT, BRIDGE, speaker="Lee"),  # exact span, right speaker
        quote(TEXT, '"We are proud', speaker="Bob Lee"),  # partial span, wrong speaker
        quote(TEXT, "at the harbour expect delays, according to a city report", speaker="city report"),
        quote(TEXT, "Mayor Ann Lee", speaker="Ann Lee"),  # unmatched
    ]
    report = score(gold, pred)
    assert (report.scores["partial"].tp, report.scores["exact"].tp) == (3, 1)
    assert (report.speaker.correct, report.speaker.total) == (2, 3)
    e2e, e2e_exact = report.scores["e2e_partial"], report.scores["e2e_exact"]
    assert (e2e.tp, e2e.gold, e2e.pred) == (2, 3, 4)
    assert e2e.precision == 0.5
    assert e2e.f1 == pytest.approx(4 / 7)
    assert e2e_exact.tp == 1


def test_evaluate_cue_share_and_scores() -> None:
    gold = [
        quote(TEXT, BRIDGE, cue=at(TEXT, "said")),
        quote(TEXT, "We are proud of it,", cue=at(TEXT, "said", 2)),
        quote(TEXT, "Officials at the harbour expect delays", cue=at(TEXT, "according to")),
    ]
    pred = [
        quote(TEXT, BRIDGE, cue=at(TEXT, "Lee said")),  # overlaps
        quote(TEXT, "We are proud of it,", cue=at(TEXT, "she")),  # wrong cue
        quote(TEXT, "Officials at the harbour expect delays", cue=None),  # no cue
    ]
    report = score(gold, pred)
    cue = report.scores["cue"]
    assert (cue.tp, cue.gold, cue.pred) == (1, 3, 2)
    assert report.cue_share.value == pytest.approx(1 / 3)


def test_evaluate_missing_and_extra_docs() -> None:
    gold = [doc([quote(TEXT, BRIDGE)], "a"), doc([quote(TEXT, BRIDGE), quote(TEXT, "We are proud")], "b")]
    pred = [doc([quote(TEXT, BRIDGE)], "a"), doc([quote(TEXT, BRIDGE)], "zzz")]
    report = evaluate(gold, pred)
    assert report.docs == 2
    assert report.missing_docs == ("b",)
    assert report.extra_docs == 1
    partial = report.scores["partial"]
    assert (partial.tp, partial.gold, partial.pred) == (1, 3, 1)
    assert partial.recall == pytest.approx(1 / 3)


def test_evaluate_recall_by_type() -> None:
    gold = [
        quote(TEXT, BRIDGE, type="indirect"),
        quote(TEXT, "We are proud of it,", type="direct"),
        quote(TEXT, "Officials at the harbour expect delays", type=None),
    ]
    pred = [quote(TEXT, BRIDGE), quote(TEXT, "Officials at the harbour expect delays")]
    by_type = score(gold, pred).by_type
    assert set(by_type) == {"direct", "indirect", "null"}
    assert (by_type["indirect"].gold, by_type["indirect"].partial) == (1, 1)
    assert (by_type["direct"].gold, by_type["direct"].partial) == (1, 0)
    assert by_type["null"].exact == 1


@pytest.mark.parametrize(
    ("key", "row", "gold_value", "pred_value", "counts"),
    [
        ("said_on", "said_on", "2023-06-07", "2023-06-07", (1, 1, 1)),
        ("said_on", "said_on", "2023-06-07", "2023-06-07T09:30:00", (1, 1, 1)),
        ("said_on", "said_on", "2023-06-07", "2023-06-08", (0, 1, 1)),
        ("said_on", "said_on", "2023-06-07", "June 7", (0, 1, 1)),
        ("said_on", "said_on", None, "2023-06-07", (0, 0, 1)),
        ("venue", "venue", "a press conference", "press conference", (1, 1, 1)),
        ("venue", "venue", "LCI", "TF1", (0, 1, 1)),
        ("via", "via", "The Guardian", "the guardian", (1, 1, 1)),
        ("via", "via", "The Guardian", None, (0, 1, 0)),
        ("speaker_role", "role", "NATO ex-Secretary General", "Secretary General", (1, 1, 1)),
        ("speaker_role", "role", "EU envoy", "European envoy", (0, 1, 1)),
    ],
)
def test_evaluate_attributes(
    key: str, row: str, gold_value: str | None, pred_value: str | None, counts: tuple[int, int, int]
) -> None:
    report = score([quote(TEXT, BRIDGE, **{key: gold_value})], [quote(TEXT, BRIDGE, **{key: pred_value})])
    result = report.scores[row]
    assert (result.tp, result.gold, result.pred) == counts


def test_evaluate_attributes_skip_keys_the_gold_does_not_annotate() -> None:
    report = score([quote(TEXT, BRIDGE)], [quote(TEXT, BRIDGE, venue="City Hall", said_on="2024-01-01")])
    assert report.scores["venue"].pred == 0
    assert report.scores["venue"].f1 is None
    assert report.metrics()["said_on_f1"] is None


def test_evaluate_refuses_duplicate_ids_and_differing_text() -> None:
    with pytest.raises(QuotegraphError, match="duplicate gold"):
        evaluate([doc([]), doc([])], [])
    with pytest.raises(QuotegraphError, match="text differs"):
        evaluate([doc([])], [doc([], text=TEXT + " More.")])
