"""The eval gate: score floors pinned per dataset, checked against reports, never lowered by accident.

Modelled on trafilatura's ``tests/eval_gate.py`` and ``tests/eval_baseline.json``: each dataset key
holds the SHA-256 of its gold file and the floors of named metrics (``EvalReport.metrics()``); a floor
is only lowered with ``allow_regression=True``.
"""

from __future__ import annotations

import hashlib
import json
import math
from pathlib import Path
from typing import Any

from quotegraph.errors import QuotegraphError
from quotegraph.evaluation.report import EvalReport

# Metrics pinned for a dataset that has no entry yet.
DEFAULT_FLOOR_METRICS: tuple[str, ...] = (
    "exact_f1",
    "partial_f1",
    "speaker_acc",
    "e2e_partial_f1",
    "e2e_exact_f1",
    "cue_f1",
)
_TOLERANCE = 1e-9


def file_digest(path: str | Path) -> str:
    """Return the SHA-256 hex digest of a file's bytes.

    Args:
        path: The file.

    Returns:
        64 hex digits.
    """
    digest = hashlib.sha256()
    with Path(path).open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def load_baseline(baseline_path: str | Path) -> dict[str, Any]:
    """Read the baseline file: ``{dataset_key: {"digest": str, "floors": {metric: float}}}``.

    Args:
        baseline_path: The JSON file; a missing file reads as an empty baseline.

    Returns:
        The baseline mapping.

    Raises:
        QuotegraphError: When the file is not valid JSON.
    """
    path = Path(baseline_path)
    if not path.exists():
        return {}
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except json.JSONDecodeError as exc:
        raise QuotegraphError(f"{path}:{exc.lineno}: malformed JSON: {exc.msg}") from exc
    if not isinstance(data, dict):
        raise QuotegraphError(f"{path}: the baseline must be a JSON object")
    return data


def check_floors(report: EvalReport, dataset_key: str, baseline_path: str | Path) -> list[str]:
    """List how a report falls short of the floors pinned for a dataset.

    Args:
        report: The evaluation report; when it carries ``gold_digest`` it must equal the pinned digest.
        dataset_key: The dataset's key in the baseline ("polnear/dev.jsonl").
        baseline_path: The baseline JSON file.

    Returns:
        One message per violation (empty when the gate passes): the data changed, the dataset has no
        baseline, a metric is below its floor, or a floored metric is undefined.
    """
    entry = load_baseline(baseline_path).get(dataset_key)
    if entry is None:
        return [f"{dataset_key}: no baseline in {baseline_path}"]
    violations = []
    pinned = entry.get("digest")
    if report.gold_digest and pinned and report.gold_digest != pinned:
        violations.append(
            f"{dataset_key}: gold data changed (digest {report.gold_digest[:12]}…, pinned {pinned[:12]}…);"
            " re-pin the floors with update_floors"
        )
    metrics = report.metrics()
    for name, floor in sorted(entry.get("floors", {}).items()):
        value = metrics.get(name)
        if value is None:
            if floor > 0:
                violations.append(f"{dataset_key}: {name} is undefined (floor {floor:.3f})")
        elif value + _TOLERANCE < floor:
            violations.append(f"{dataset_key}: {name} = {value:.3f} is below its floor {floor:.3f}")
    return violations


def update_floors(
    report: EvalReport,
    dataset_key: str,
    baseline_path: str | Path,
    *,
    allow_regression: bool = False,
    margin: float | None = None,
) -> dict[str, float]:
    """Pin a dataset's floors to a report's scores (less a margin, rounded down to 3 decimals) and its gold digest.

    The floored metrics are those already pinned for the dataset, or ``DEFAULT_FLOOR_METRICS`` for a
    new one; undefined metrics keep their floor. A margin is for scores that move a little from one machine to
    another (accurate mode's int8 arithmetic differs between CPUs); it is stored with the floors and applies again
    at the next pin unless another is given.

    Args:
        report: The evaluation report to pin.
        dataset_key: The dataset's key in the baseline.
        baseline_path: The baseline JSON file (created when missing).
        allow_regression: Allow a floor to go down; without it a lower score is refused.
        margin: How far under each score its floor goes (0.005: half a point); None keeps the dataset's stored
            margin, or 0.

    Returns:
        The new floors of the dataset.

    Raises:
        QuotegraphError: When a floor would go down and ``allow_regression`` is False; nothing is
            written then.
    """
    baseline = load_baseline(baseline_path)
    entry = baseline.get(dataset_key) or {"digest": None, "floors": dict.fromkeys(DEFAULT_FLOOR_METRICS, 0.0)}
    margin = float(entry.get("margin", 0.0)) if margin is None else margin
    if not 0.0 <= margin < 1.0:
        raise QuotegraphError(f"{dataset_key}: a margin must be at least 0 and below 1, not {margin}")
    metrics = report.metrics()
    floors: dict[str, float] = dict(entry.get("floors", {}))
    lowered = []
    for name, old in floors.items():
        value = metrics.get(name)
        if value is None:
            continue
        new = max(0.0, math.floor((value - margin) * 1000 + _TOLERANCE) / 1000)
        if new < old:
            lowered.append(f"{name} {old:.3f} -> {new:.3f}")
        floors[name] = new
    if lowered and not allow_regression:
        raise QuotegraphError(f"{dataset_key}: refusing to lower floors ({', '.join(lowered)}); pass allow_regression")
    baseline[dataset_key] = {"digest": report.gold_digest or entry.get("digest"), "floors": floors}
    if margin:
        baseline[dataset_key]["margin"] = margin
    Path(baseline_path).write_text(json.dumps(baseline, indent=2, sort_keys=True) + "\n", encoding="utf-8")
    return floors
