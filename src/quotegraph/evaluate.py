"""The public entry for evaluation: score predictions, or a fresh extraction, against a gold file."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from quotegraph.errors import QuotegraphError, UnsupportedLanguageError
from quotegraph.evaluation import (
    Accuracy,
    EvalReport,
    Score,
    TypeRecall,
    check_floors,
    evaluate,
    file_digest,
    load_baseline,
    load_gold,
    load_predictions,
    to_eval_record,
    update_floors,
)
from quotegraph.model import Article

BASELINE_PATH = Path(__file__).with_name("eval_baseline.json")

__all__ = [
    "BASELINE_PATH",
    "Accuracy",
    "EvalReport",
    "GateResult",
    "Score",
    "TypeRecall",
    "check_floors",
    "evaluate",
    "file_digest",
    "gate_key",
    "load_baseline",
    "load_gold",
    "load_predictions",
    "run_eval",
    "run_gate",
    "supported_languages",
    "to_eval_record",
    "update_floors",
]


def supported_languages() -> tuple[str, ...]:
    """Return the language codes that have extraction data (a folder under ``extract/lang/``).

    Returns:
        Sorted ISO 639 codes, e.g. ``("en",)``.
    """
    lang_root = Path(__file__).with_name("extract") / "lang"
    found = (p.name for p in lang_root.iterdir() if p.is_dir()) if lang_root.is_dir() else ()
    return tuple(sorted(name for name in found if re.fullmatch(r"[a-z]{2,3}", name)))


def _extract_records(
    gold_docs: list[dict[str, Any]], mode: str | None = None, convention: str | None = None
) -> list[dict[str, Any]]:
    """Run extraction over the gold texts, refusing unsupported languages before extracting anything."""
    supported = supported_languages()
    langs = sorted({doc.get("lang") or "en" for doc in gold_docs} - set(supported))
    if langs:
        names = ", ".join(repr(lang) for lang in langs)
        raise UnsupportedLanguageError(f"language not supported: {names} (supported: {', '.join(supported)})")
    untexted = [str(doc["id"]) for doc in gold_docs if not isinstance(doc.get("text"), str)]
    if untexted:
        raise QuotegraphError(f"gold document {untexted[0]!r} has no text to extract from")
    from quotegraph.extract import extract_many  # loads spaCy: only when extraction is needed
    from quotegraph.extract.options import DEFAULT_CONVENTION, DEFAULT_MODE, ExtractOptions

    # Scoring stays strict by default; --convention polnear cuts spans as PolNeAR annotates them (a leading "that"
    # kept, an interrupted quote as one), reported as such, never silently.
    options = ExtractOptions(mode=mode or DEFAULT_MODE, convention=convention or DEFAULT_CONVENTION)

    articles = [
        Article(
            id=doc["id"],
            text=doc["text"],
            published=doc.get("published"),
            lang=doc.get("lang") or "en",
            title=doc.get("title"),
            url=doc.get("url"),
            outlet=doc.get("outlet"),
        )
        for doc in gold_docs
    ]
    return [to_eval_record(result) for result in extract_many(articles, options)]


def run_eval(
    gold: Path, pred: Path | None = None, mode: str | None = None, convention: str | None = None
) -> EvalReport:
    """Score predictions against a gold file; without predictions, extract from the gold texts first.

    Args:
        gold: The gold file (JSON lines, or one JSON object or array).
        pred: Predictions in the gold format or as ``ExtractionResult`` lines; when None, every gold
            document is run through :func:`quotegraph.extract.extract_many` and the results scored.
        mode: The extraction mode (``accurate``, ``fast`` or ``rules``); the default mode when None.
        convention: The span convention to extract in; when None, the project's own (``quotegraph``);
            ``polnear`` cuts spans as PolNeAR annotates them (see ``quotegraph.extract.learned.conventions``).

    Returns:
        The report, carrying the gold file's digest for :func:`check_floors`.

    Raises:
        UnsupportedLanguageError: When extracting and a gold document is not in a supported language
            (checked before anything is extracted).
        QuotegraphError: When a file cannot be read or parsed.
    """
    gold_docs = load_gold(gold)
    pred_docs = _extract_records(gold_docs, mode, convention) if pred is None else load_predictions(pred)
    return replace(evaluate(gold_docs, pred_docs), gold_digest=file_digest(gold))


def gate_key(dataset: str, mode: str | None = None, convention: str | None = None) -> str:
    """The baseline key of a dataset scored in a mode and span convention.

    The default mode in the project's convention keys by the dataset alone ("polnear/dev.jsonl"), so the default
    mode is what the plain key gates; any other mode or convention is named after it ("polnear/dev.jsonl
    mode=accurate convention=polnear").

    Args:
        dataset: The dataset's name, e.g. ``polnear/dev.jsonl``.
        mode: The extraction mode; the default mode when None.
        convention: The span convention; the project's own when None.

    Returns:
        The key.
    """
    from quotegraph.extract.options import DEFAULT_CONVENTION, DEFAULT_MODE

    parts = [dataset]
    if mode and mode != DEFAULT_MODE:
        parts.append(f"mode={mode}")
    if convention and convention != DEFAULT_CONVENTION:
        parts.append(f"convention={convention}")
    return " ".join(parts)


@dataclass(frozen=True)
class GateResult:
    """What a gate run found: the key it checked, the scores, and each floor they fall short of (none: passed)."""

    key: str
    report: EvalReport
    violations: tuple[str, ...]
    floors: dict[str, float] | None = None  # the floors written, when the run pinned them


def run_gate(
    gold: Path,
    mode: str | None = None,
    convention: str | None = None,
    dataset: str | None = None,
    baseline: Path = BASELINE_PATH,
    pin: bool = False,
    allow_regression: bool = False,
    margin: float | None = None,
) -> GateResult:
    """Extract from a gold file and check the scores against the floors pinned for it (or pin them).

    Args:
        gold: The gold file.
        mode: The extraction mode; the default mode when None.
        convention: The span convention; the project's own when None.
        dataset: The dataset's name in the baseline; by default the gold file's folder and name
            (``../shared/data/polnear/dev.jsonl`` -> ``polnear/dev.jsonl``).
        baseline: The baseline file; the packaged one by default.
        pin: Raise the floors to these scores instead of checking them (:func:`update_floors`).
        allow_regression: With ``pin``, allow a floor to go down.
        margin: With ``pin``, how far under each score its floor goes; None keeps the stored margin.

    Returns:
        The key, the report, the violations (empty when the gate passes or when pinning), and the pinned floors.

    Raises:
        QuotegraphError: When the gold file cannot be read, or pinning would lower a floor unasked.
    """
    report = run_eval(gold, None, mode, convention)
    key = gate_key(dataset or f"{gold.parent.name}/{gold.name}", mode, convention)
    if pin:
        floors = update_floors(report, key, baseline, allow_regression=allow_regression, margin=margin)
        return GateResult(key, report, (), floors)
    return GateResult(key, report, tuple(check_floors(report, key, baseline)))
