"""The evaluation report: scores with their counts, JSON output and the plain-text table; no scoring here."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

# Rows of the table and keys of ``EvalReport.scores``, in display order.
SCORE_ROWS: tuple[tuple[str, str], ...] = (
    ("exact", "exact"),
    ("partial", "partial"),
    ("e2e_partial", "e2e partial"),
    ("e2e_exact", "e2e exact"),
    ("cue", "cue"),
    ("role", "role"),
    ("venue", "venue"),
    ("via", "via"),
    ("said_on", "said_on"),
)
TYPE_KEYS: tuple[str, ...] = ("direct", "indirect", "mixed", "null")


def _ratio(numerator: int, denominator: int) -> float | None:
    return numerator / denominator if denominator else None


def _pct(value: float | None) -> str:
    return "-" if value is None else f"{100 * value:.1f}"


@dataclass(frozen=True)
class Score:
    """Micro-averaged precision, recall and F1 from their counts; a ratio over nothing is None."""

    tp: int = 0
    gold: int = 0
    pred: int = 0

    @property
    def precision(self) -> float | None:
        """``tp / pred``, or None when nothing was predicted."""
        return _ratio(self.tp, self.pred)

    @property
    def recall(self) -> float | None:
        """``tp / gold``, or None when there is nothing to find."""
        return _ratio(self.tp, self.gold)

    @property
    def f1(self) -> float | None:
        """``2 tp / (gold + pred)`` (the harmonic mean of P and R), or None when both counts are 0."""
        return _ratio(2 * self.tp, self.gold + self.pred)

    def to_dict(self) -> dict[str, Any]:
        """Return the counts and the three ratios as a JSON-ready dict."""
        return {
            "precision": self.precision,
            "recall": self.recall,
            "f1": self.f1,
            "tp": self.tp,
            "gold": self.gold,
            "pred": self.pred,
        }


@dataclass(frozen=True)
class Accuracy:
    """A share: how many of ``total`` items were ``correct``; None over nothing."""

    correct: int = 0
    total: int = 0

    @property
    def value(self) -> float | None:
        """``correct / total``, or None when ``total`` is 0."""
        return _ratio(self.correct, self.total)

    def to_dict(self) -> dict[str, Any]:
        """Return the share and its counts as a JSON-ready dict."""
        return {"accuracy": self.value, "correct": self.correct, "total": self.total}


@dataclass(frozen=True)
class TypeRecall:
    """Recall of the gold quotes of one ``type``, by partial and by exact span match."""

    gold: int = 0
    partial: int = 0
    exact: int = 0

    def to_dict(self) -> dict[str, Any]:
        """Return the counts and both recalls as a JSON-ready dict."""
        return {
            "gold": self.gold,
            "partial": self.partial,
            "exact": self.exact,
            "partial_recall": _ratio(self.partial, self.gold),
            "exact_recall": _ratio(self.exact, self.gold),
        }


@dataclass(frozen=True)
class EvalReport:
    """The result of scoring predictions against gold, as defined in ``docs/gold-format.md``.

    Attributes:
        docs: Gold documents scored.
        missing_docs: Ids of gold documents that had no prediction document.
        extra_docs: Prediction documents whose id is not in the gold (ignored).
        scores: P/R/F1 per row of ``SCORE_ROWS`` (exact, partial, e2e_partial, e2e_exact, cue, role,
            venue, via, said_on).
        speaker: Speaker accuracy among partially matched gold quotes.
        cue_share: Share of partially matched gold quotes whose predicted cue overlaps the gold cue.
        by_type: Recall per gold ``type`` (``"null"`` when the gold gives none).
        gold_digest: SHA-256 of the gold file when the report came from a file, for the eval gate.
    """

    docs: int
    missing_docs: tuple[str, ...]
    extra_docs: int
    scores: dict[str, Score]
    speaker: Accuracy
    cue_share: Accuracy
    by_type: dict[str, TypeRecall] = field(default_factory=dict)
    gold_digest: str | None = None

    def metrics(self) -> dict[str, float | None]:
        """Return the flat metric names the eval gate pins floors on.

        Returns:
            ``{"<row>_p"|"<row>_r"|"<row>_f1": ..., "speaker_acc", "cue_share", "recall_<type>": ...}``
            with values in [0, 1], or None where undefined.
        """
        flat: dict[str, float | None] = {}
        for key, score in self.scores.items():
            flat.update({f"{key}_p": score.precision, f"{key}_r": score.recall, f"{key}_f1": score.f1})
        flat["speaker_acc"] = self.speaker.value
        flat["cue_share"] = self.cue_share.value
        for type_key, recall in self.by_type.items():
            flat[f"recall_{type_key}"] = _ratio(recall.partial, recall.gold)
        return flat

    def to_dict(self) -> dict[str, Any]:
        """Return the whole report as a JSON-serialisable dict (ratios in [0, 1], None if undefined)."""
        return {
            "docs": self.docs,
            "missing_docs": list(self.missing_docs),
            "extra_docs": self.extra_docs,
            "gold_digest": self.gold_digest,
            "scores": {key: score.to_dict() for key, score in self.scores.items()},
            "speaker": self.speaker.to_dict(),
            "cue_share": self.cue_share.to_dict(),
            "by_type": {key: recall.to_dict() for key, recall in self.by_type.items()},
            "metrics": self.metrics(),
        }

    def format_table(self) -> str:
        """Return a plain-text table of the report: percentages with one decimal, ``-`` if undefined.

        Returns:
            A header line, one row per metric (P, R, F1, acc and counts) and a recall-by-type block.
        """
        partial = self.scores["partial"]
        lines = [
            f"{self.docs} gold docs ({len(self.missing_docs)} without prediction, {self.extra_docs} extra"
            f" prediction docs ignored); {partial.gold} gold quotes, {partial.pred} predicted",
            "",
            f"{'metric':<14}{'P':>7}{'R':>7}{'F1':>7}{'acc':>7}{'tp':>7}{'gold':>7}{'pred':>7}",
        ]
        for key, label in SCORE_ROWS[:2]:
            lines.append(_score_row(label, self.scores[key]))
        speaker = self.speaker
        lines.append(
            f"{'speaker(acc)':<14}{'-':>7}{'-':>7}{'-':>7}{_pct(speaker.value):>7}"
            f"{speaker.correct:>7}{speaker.total:>7}{'-':>7}"
        )
        for key, label in SCORE_ROWS[2:]:
            lines.append(_score_row(label, self.scores[key], self.cue_share if key == "cue" else None))
        lines += ["", f"{'recall by type':<14}{'gold':>7}{'partial':>9}{'exact':>9}"]
        for type_key, recall in self.by_type.items():
            lines.append(
                f"{type_key:<14}{recall.gold:>7}{_pct(_ratio(recall.partial, recall.gold)):>9}"
                f"{_pct(_ratio(recall.exact, recall.gold)):>9}"
            )
        return "\n".join(lines)


def _score_row(label: str, score: Score, share: Accuracy | None = None) -> str:
    """Format one P/R/F1 table row (the cue row also shows its share in the acc column)."""
    acc = _pct(share.value) if share else "-"
    return (
        f"{label:<14}{_pct(score.precision):>7}{_pct(score.recall):>7}{_pct(score.f1):>7}{acc:>7}"
        f"{score.tp:>7}{score.gold:>7}{score.pred:>7}"
    )
