"""Tests for quotegraph.evaluation.report: the printed table and the JSON form of a report."""

from __future__ import annotations

import json

import pytest
from eval_helpers import BRIDGE, TEXT, quote, score


def test_report_table_and_json() -> None:
    report = score([quote(TEXT, BRIDGE), quote(TEXT, "We are proud")], [quote(TEXT, BRIDGE)])
    table = report.format_table()
    rows = {line.split()[0]: line.split() for line in table.splitlines() if line.strip()}
    assert rows["partial"][1:4] == ["100.0", "50.0", "66.7"]
    for label in ("exact", "speaker(acc)", "e2e", "cue", "role", "venue", "via", "said_on", "direct"):
        assert label in rows
    assert json.loads(json.dumps(report.to_dict()))["metrics"]["partial_f1"] == pytest.approx(2 / 3)
