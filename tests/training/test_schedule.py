"""The tagger's learning-rate schedule (training/schedule.py) and the replay of the shipped tagger's run."""

from __future__ import annotations

import json
import math
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "training"))

from schedule import decay_end, layer_scale, lr_factor, warmup_steps

SHIPPED = Path(__file__).resolve().parents[2] / "src" / "quotegraph" / "models" / "attribution" / "training.json"


def test_the_rate_warms_up_linearly_then_decays_to_zero_at_the_end() -> None:
    assert [lr_factor(s, 10, 4) for s in range(4)] == [0.25, 0.5, 0.75, 1.0]
    assert lr_factor(4, 10, 4) == 1.0
    assert lr_factor(7, 10, 4) == pytest.approx(0.5)
    assert lr_factor(10, 10, 4) == 0.0 and lr_factor(12, 10, 4) == 0.0


def test_the_budget_moves_the_end_to_the_steps_it_holds_and_never_past_the_plan() -> None:
    assert decay_end(100, planned=1000, budget=60.0, elapsed=10.0) == 600
    assert decay_end(100, planned=500, budget=60.0, elapsed=10.0) == 500
    assert decay_end(100, planned=1000, budget=5.0, elapsed=10.0) == 100  # never before the steps already taken


def test_no_budget_keeps_the_plan_and_a_replay_ends_where_it_is_told() -> None:
    assert decay_end(100, planned=1000, budget=math.inf, elapsed=10.0) == 1000
    assert decay_end(100, planned=1000, budget=60.0, elapsed=10.0, decay_steps=750) == 750
    assert decay_end(100, planned=1000, budget=math.inf, elapsed=10.0, decay_steps=50) == 100


def test_the_shipped_record_replays_its_own_schedule() -> None:
    record = json.loads(SHIPPED.read_text(encoding="utf-8"))
    steps, first, last = record["steps"], record["history"][0]["step"], record["history"][-1]["step"]
    assert first < steps["decay"] <= steps["planned"]
    # the run stopped at the end of its decay (not at its budget), so a replay ending there trains as long
    assert steps["run"] == steps["decay"] == last
    assert decay_end(first, steps["planned"], math.inf, 1.0, steps["decay"]) == steps["decay"]
    assert warmup_steps(record["config"]["warmup_share"], steps["decay"]) == 88


def test_layer_decay_gives_lower_layers_less_of_the_rate() -> None:
    names = ["encoder.layer.5.output.dense.weight", "encoder.layer.4.attention.self.query.bias"]
    names += ["encoder.layer.0.output.LayerNorm.weight", "embeddings.position_embeddings.weight", "pooler.dense.bias"]
    assert [layer_scale(n, 6, 0.5) for n in names] == [1.0, 0.5, 0.5**5, 0.5**6, 1.0]


def test_no_layer_decay_leaves_every_rate_whole() -> None:
    assert {layer_scale(n, 6, 1.0) for n in ("encoder.layer.0.x", "embeddings.y", "head.z")} == {1.0}
