"""Tests for quotegraph.evaluate.run_eval: scoring a gold file against predictions or a fresh extraction."""

from __future__ import annotations

import importlib
import json
from collections.abc import Iterable, Iterator
from pathlib import Path

import pytest
from eval_helpers import BRIDGE, TEXT, bridge_result, doc, quote

from quotegraph.errors import UnsupportedLanguageError
from quotegraph.evaluate import BASELINE_PATH, check_floors, file_digest, run_eval
from quotegraph.model import Article, ExtractionResult

SEED_GOLD = Path(__file__).resolve().parents[3] / "shared" / "seed" / "tass-2023-06-14.gold.json"


def test_evaluate_seed_gold_against_itself_is_perfect() -> None:
    if not SEED_GOLD.is_file():
        pytest.skip(f"seed gold not found at {SEED_GOLD}")
    report = run_eval(SEED_GOLD, SEED_GOLD)
    assert report.scores["partial"].gold == 12
    assert report.gold_digest == file_digest(SEED_GOLD)
    for name, value in report.metrics().items():
        assert value == 1.0, name
    assert check_floors(report, "seed/tass-2023-06-14.gold.json", BASELINE_PATH) == []


def test_run_eval_refuses_other_languages_before_extracting(tmp_path: Path) -> None:
    path = tmp_path / "de.jsonl"
    path.write_text(json.dumps({"id": "x", "lang": "de", "text": "Er sagte nichts.", "quotes": []}) + "\n")
    with pytest.raises(UnsupportedLanguageError, match=r"language not supported: 'de' \(supported: en\)"):
        run_eval(path)


def test_run_eval_extracts_with_extract_many(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    seen: list[Article] = []

    def fake_extract_many(articles: Iterable[Article], options: object = None) -> Iterator[ExtractionResult]:
        for article in articles:
            seen.append(article)
            yield ExtractionResult(article, bridge_result().attributions)

    # The real package, its extract_many replaced: a stand-in module in its place breaks imports from the package
    # (quotegraph.extract.options) that are not loaded yet.
    monkeypatch.setattr(importlib.import_module("quotegraph.extract"), "extract_many", fake_extract_many)
    gold = {**doc([quote(TEXT, BRIDGE)]), "title": "Bridge", "outlet": "Gazette", "published": "2024-05-02"}
    path = tmp_path / "gold.jsonl"
    path.write_text(json.dumps(gold) + "\n")
    report = run_eval(path)
    assert seen == [Article(id="d1", text=TEXT, title="Bridge", outlet="Gazette", published="2024-05-02")]
    assert report.scores["exact"].tp == 1


@pytest.mark.model
def test_run_eval_with_real_extraction(tmp_path: Path) -> None:
    if not hasattr(pytest.importorskip("quotegraph.extract"), "extract_many"):
        pytest.skip("quotegraph.extract.extract_many is not written yet")
    path = tmp_path / "gold.jsonl"
    path.write_text(json.dumps(doc([quote(TEXT, "We are proud of it,", speaker="Ann Lee")])) + "\n")
    report = run_eval(path)
    assert report.docs == 1
    assert report.missing_docs == ()
