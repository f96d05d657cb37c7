"""Tests for ``quotegraph eval``: output, errors and parity with ``run_eval``."""

from __future__ import annotations

import inspect
import json
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any

import pytest

from quotegraph.evaluate import run_eval
from quotegraph.model import Article, ExtractionResult

TEXT = 'The coach said the team will win the cup. "We trained hard," she added.'
Main = Callable[[list[str]], int]


def _quote(piece: str, speaker: str | None = "the coach") -> dict[str, Any]:
    start = TEXT.index(piece)
    return {
        "start": start,
        "end": start + len(piece),
        "type": "indirect",
        "speaker": speaker,
        "speaker_spans": [],
    }


def _write(path: Path, *docs: dict[str, Any]) -> Path:
    path.write_text("".join(json.dumps(doc) + "\n" for doc in docs), encoding="utf-8")
    return path


@pytest.fixture
def cli_main() -> Main:
    """Return ``quotegraph.cli.main``."""
    from quotegraph.cli import main

    return main


@pytest.fixture
def files(tmp_path: Path) -> tuple[Path, Path]:
    gold = _write(tmp_path / "gold.jsonl", {"id": "g", "lang": "en", "text": TEXT, "quotes": [
        _quote("the team will win the cup"), _quote("We trained hard,", "she")]})  # fmt: skip
    pred = _write(tmp_path / "pred.jsonl", {"id": "g", "text": TEXT, "quotes": [_quote("the team will win")]})
    return gold, pred


def test_eval_cli_prints_table(cli_main: Main, files: tuple[Path, Path], capsys: pytest.CaptureFixture[str]) -> None:
    gold, pred = files
    assert cli_main(["eval", str(gold), "--pred", str(pred)]) == 0
    rows = {line.split()[0]: line.split() for line in capsys.readouterr().out.splitlines() if line.strip()}
    assert rows["partial"][1:4] == ["100.0", "50.0", "66.7"]
    assert rows["exact"][1:4] == ["0.0", "0.0", "0.0"]
    assert rows["speaker(acc)"][4] == "100.0"


def test_eval_cli_json(cli_main: Main, files: tuple[Path, Path], capsys: pytest.CaptureFixture[str]) -> None:
    gold, pred = files
    assert cli_main(["eval", str(gold), "--pred", str(pred), "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["metrics"]["partial_f1"] == pytest.approx(2 / 3)
    assert report["scores"]["partial"] == {"precision": 1.0, "recall": 0.5, "f1": pytest.approx(2 / 3),
                                           "tp": 1, "gold": 2, "pred": 1}  # fmt: skip
    assert report["missing_docs"] == []


def test_eval_cli_refuses_german_before_extracting(
    cli_main: Main, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    def must_not_run(articles: Iterable[Article], options: object = None) -> Iterator[ExtractionResult]:
        raise AssertionError("extraction ran")

    import quotegraph.extract

    # The real package, its extract_many replaced: a stand-in module broke the CLI's own imports from the package
    # when this test ran first in its process.
    monkeypatch.setattr(quotegraph.extract, "extract_many", must_not_run)
    gold = _write(
        tmp_path / "de.jsonl",
        {"id": "en1", "lang": "en", "text": TEXT, "quotes": []},
        {"id": "de1", "lang": "de", "text": "Der Trainer sagte, das Team werde gewinnen.", "quotes": []},
    )
    assert cli_main(["eval", str(gold)]) == 2
    err = capsys.readouterr().err
    assert "language not supported: 'de' (supported: en)" in err
    assert err.count("\n") == 1


def test_eval_cli_malformed_gold(cli_main: Main, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    gold = tmp_path / "bad.jsonl"
    gold.write_text('{"id": "a", "quotes": []}\n{"id": \n', encoding="utf-8")
    assert cli_main(["eval", str(gold), "--pred", str(gold)]) == 2
    assert "bad.jsonl:2: malformed JSON" in capsys.readouterr().err


def test_eval_cli_extracts_when_no_pred(
    cli_main: Main,
    files: tuple[Path, Path],
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    def extract_nothing(articles: Iterable[Article], options: object = None) -> Iterator[ExtractionResult]:
        return (ExtractionResult(article, ()) for article in articles)

    import quotegraph.extract

    monkeypatch.setattr(quotegraph.extract, "extract_many", extract_nothing)
    assert cli_main(["eval", str(files[0]), "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["scores"]["partial"]["gold"] == 2
    assert report["scores"]["partial"]["recall"] == 0.0


def test_eval_cli_parameters_mirror_run_eval(cli_main: Main) -> None:
    from quotegraph.cli.evaluate import eval_cli

    cli_params = inspect.signature(eval_cli).parameters
    api_params = inspect.signature(run_eval).parameters
    assert [name for name in cli_params if name != "json_output"] == list(api_params)
    for name, param in api_params.items():
        assert cli_params[name].default == param.default, name


@pytest.fixture
def extract_first_quote(monkeypatch: pytest.MonkeyPatch) -> None:
    """Stand in for extraction: every article yields the coach's first statement, as ``_quote`` places it."""
    from quotegraph.model import Attribution, Span, SpeakerRef

    def extract(articles: Iterable[Article], options: object = None) -> Iterator[ExtractionResult]:
        piece = "the team will win the cup"
        start = TEXT.index(piece)
        for article in articles:
            said = Attribution(article.id, "indirect", Span(start, start + len(piece), piece), SpeakerRef("the coach"))
            yield ExtractionResult(article, (said,))

    import quotegraph.extract

    monkeypatch.setattr(quotegraph.extract, "extract_many", extract)


def test_gate_cli_pins_then_passes_then_fails_below_a_floor(
    cli_main: Main,
    files: tuple[Path, Path],
    tmp_path: Path,
    extract_first_quote: None,
    capsys: pytest.CaptureFixture[str],
) -> None:
    gold, baseline = files[0], tmp_path / "baseline.json"
    base = ["gate", str(gold), "--mode", "accurate", "--baseline", str(baseline)]
    assert cli_main([*base, "--pin", "--margin", "0.005"]) == 0
    key = f"{gold.parent.name}/gold.jsonl mode=accurate"
    assert f"pinned {key}: " in capsys.readouterr().out
    assert json.loads(baseline.read_text())[key]["floors"]["partial_f1"] == 0.661
    assert cli_main(base) == 0
    assert f"gate passed: {key}" in capsys.readouterr().out
    entry = json.loads(baseline.read_text())
    entry[key]["floors"]["partial_f1"] = 0.7
    baseline.write_text(json.dumps(entry))
    assert cli_main(base) == 1
    assert f"below the floor: {key}: partial_f1 = 0.667 is below its floor 0.700" in capsys.readouterr().err
    assert cli_main([*base[:2], "--baseline", str(baseline)]) == 1  # the default mode has no floors here
    assert f"{gold.parent.name}/gold.jsonl: no baseline in {baseline}" in capsys.readouterr().err


def test_gate_cli_refuses_to_lower_a_floor_unasked(
    cli_main: Main,
    files: tuple[Path, Path],
    tmp_path: Path,
    extract_first_quote: None,
    capsys: pytest.CaptureFixture[str],
) -> None:
    baseline = tmp_path / "baseline.json"
    baseline.write_text(json.dumps({"toy": {"digest": None, "floors": {"partial_f1": 0.9}}}))
    base = ["gate", str(files[0]), "--dataset", "toy", "--baseline", str(baseline), "--pin"]
    assert cli_main(base) == 2
    assert "refusing to lower floors (partial_f1 0.900 -> 0.666)" in capsys.readouterr().err
    assert cli_main([*base, "--allow-regression"]) == 0
    assert json.loads(baseline.read_text())["toy"]["floors"] == {"partial_f1": 0.666}


def test_gate_cli_parameters_mirror_run_gate(cli_main: Main) -> None:
    from quotegraph.cli.evaluate import gate_cli
    from quotegraph.evaluate import run_gate

    cli_params = inspect.signature(gate_cli).parameters
    api_params = inspect.signature(run_gate).parameters
    assert list(cli_params) == list(api_params)
    for name, param in api_params.items():
        assert cli_params[name].default == param.default, name
