"""The eval gate: the engine's scores on the seed and on PolNeAR dev, in every mode, never fall below the pinned
floors."""

from __future__ import annotations

from pathlib import Path

import pytest

from quotegraph.evaluate import BASELINE_PATH, run_eval, run_gate
from quotegraph.evaluation.gate import check_floors

pytestmark = pytest.mark.model


def test_eval_gate_seed(shared_dir: Path) -> None:
    report = run_eval(shared_dir / "seed" / "tass-2023-06-14.gold.json")
    assert check_floors(report, "seed/tass-2023-06-14.gold.json", BASELINE_PATH) == []
    assert report.metrics()["e2e_exact_f1"] == 1.0


def test_eval_gate_seed_in_accurate_mode(shared_dir: Path) -> None:
    # Every field exact, as in the default mode: role, venue, intermediary and date come from the rules' resolution.
    result = run_gate(shared_dir / "seed" / "tass-2023-06-14.gold.json", "accurate")
    assert result.key == "seed/tass-2023-06-14.gold.json mode=accurate"
    assert result.violations == ()
    assert result.report.metrics()["via_f1"] == 1.0


@pytest.mark.slow
def test_eval_gate_polnear_dev(shared_dir: Path) -> None:
    path = shared_dir / "data" / "polnear" / "dev.jsonl"
    if not path.exists():
        pytest.skip("PolNeAR dev split not present")
    assert check_floors(run_eval(path), "polnear/dev.jsonl", BASELINE_PATH) == []


@pytest.mark.slow
@pytest.mark.parametrize(
    ("mode", "convention"),
    [("accurate", None), ("accurate", "polnear"), ("fast", None), ("fast", "polnear"), (None, "polnear")],
)
def test_eval_gate_polnear_dev_in_each_mode(shared_dir: Path, mode: str | None, convention: str | None) -> None:
    # The learned modes' floors sit half a point under their scores (the baseline's margin): int8 arithmetic and
    # spaCy's float kernels differ a little from one CPU to another.
    path = shared_dir / "data" / "polnear" / "dev.jsonl"
    if not path.exists():
        pytest.skip("PolNeAR dev split not present")
    result = run_gate(path, mode, convention)
    assert result.key.startswith("polnear/dev.jsonl ")
    assert result.violations == ()
