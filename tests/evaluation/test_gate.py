"""Tests for quotegraph.evaluation.gate: checking a report against pinned floors, and raising them."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import pytest
from eval_helpers import BRIDGE, TEXT, quote, score

from quotegraph.errors import QuotegraphError
from quotegraph.evaluate import EvalReport, check_floors, gate_key, update_floors


def _report(partial_tp: int) -> EvalReport:
    gold = [quote(TEXT, BRIDGE), quote(TEXT, "We are proud of it,")]
    pred = [quote(TEXT, BRIDGE), quote(TEXT, "We are proud of it,")][:partial_tp]
    return score(gold, pred)


def test_gate_checks_floors_and_digest(tmp_path: Path) -> None:
    baseline = tmp_path / "baseline.json"
    baseline.write_text(json.dumps({"toy": {"digest": "abc", "floors": {"partial_f1": 0.7, "via_f1": 0.5}}}))
    assert check_floors(_report(2), "toy", baseline) == ["toy: via_f1 is undefined (floor 0.500)"]
    low = check_floors(_report(1), "toy", baseline)
    assert "toy: partial_f1 = 0.667 is below its floor 0.700" in low
    changed = check_floors(replace(_report(2), gold_digest="def"), "toy", baseline)
    assert any("gold data changed" in v for v in changed)
    assert check_floors(_report(2), "other", baseline) == [f"other: no baseline in {baseline}"]


def test_gate_update_refuses_to_lower_floors(tmp_path: Path) -> None:
    baseline = tmp_path / "baseline.json"
    floors = update_floors(_report(2), "toy", baseline)
    assert floors["partial_f1"] == 1.0
    assert floors["speaker_acc"] == 1.0
    before = baseline.read_text()
    with pytest.raises(QuotegraphError, match=r"refusing to lower floors \(.*partial_f1 1.000 -> 0.666"):
        update_floors(_report(1), "toy", baseline)
    assert baseline.read_text() == before
    lowered = update_floors(_report(1), "toy", baseline, allow_regression=True)
    assert lowered["partial_f1"] == 0.666
    assert check_floors(_report(1), "toy", baseline) == []


def test_gate_margin_pins_under_the_score_and_is_kept_for_the_next_pin(tmp_path: Path) -> None:
    baseline = tmp_path / "baseline.json"
    floors = update_floors(_report(1), "toy", baseline, margin=0.005)
    assert floors["partial_f1"] == 0.661  # 0.6667 less half a point, rounded down
    assert json.loads(baseline.read_text())["toy"]["margin"] == 0.005
    assert update_floors(_report(2), "toy", baseline)["partial_f1"] == 0.995  # the stored margin applies again
    assert update_floors(_report(2), "toy", baseline, margin=0.0)["partial_f1"] == 1.0
    assert "margin" not in json.loads(baseline.read_text())["toy"]


@pytest.mark.parametrize("margin", [-0.01, 1.0])
def test_gate_refuses_a_margin_outside_zero_to_one(tmp_path: Path, margin: float) -> None:
    with pytest.raises(QuotegraphError, match="a margin must be at least 0 and below 1"):
        update_floors(_report(2), "toy", tmp_path / "baseline.json", margin=margin)
    assert not (tmp_path / "baseline.json").exists()


def test_gate_key_names_every_mode_and_convention_but_the_defaults() -> None:
    from quotegraph.extract.options import DEFAULT_MODE, MODES

    assert gate_key("polnear/dev.jsonl") == "polnear/dev.jsonl"
    assert gate_key("polnear/dev.jsonl", DEFAULT_MODE, "quotegraph") == "polnear/dev.jsonl"
    others = sorted(set(MODES) - {DEFAULT_MODE})
    assert [gate_key("d", mode) for mode in others] == [f"d mode={mode}" for mode in others]
    assert gate_key("d", others[0], "polnear") == f"d mode={others[0]} convention=polnear"
    assert gate_key("d", None, "polnear") == "d convention=polnear"
