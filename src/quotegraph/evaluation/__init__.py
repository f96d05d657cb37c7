"""Scoring attributions against gold data, split by seam; ``quotegraph.evaluate`` is the public entry."""

from __future__ import annotations

from quotegraph.evaluation.gate import check_floors, file_digest, load_baseline, update_floors
from quotegraph.evaluation.gold import load_gold, load_predictions, to_eval_record
from quotegraph.evaluation.report import Accuracy, EvalReport, Score, TypeRecall
from quotegraph.evaluation.scoring import evaluate, speaker_matches

__all__ = [
    "Accuracy",
    "EvalReport",
    "Score",
    "TypeRecall",
    "check_floors",
    "evaluate",
    "file_digest",
    "load_baseline",
    "load_gold",
    "load_predictions",
    "speaker_matches",
    "to_eval_record",
    "update_floors",
]
