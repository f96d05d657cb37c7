"""The store commands: each prints what its API function returns, errors exit 2, flags match keywords."""

from __future__ import annotations

import csv
import importlib
import inspect
import io
import json
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

import pytest
import typer

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "store"))
from store_helpers import build_result

from quotegraph.cli import app, main
from quotegraph.errors import Reason, Reject
from quotegraph.model import Article, ExtractionResult
from quotegraph.store import api, open_store

#: Flags that only shape the printed output, with no keyword in the API function.
OUTPUT_ONLY = {"search": {"format"}}


@pytest.fixture
def db(tmp_path: Path) -> str:
    path = str(tmp_path / "cli.db")
    with open_store(path) as store:
        store.write_results(
            [
                build_result(1, quote="Taxes will rise", speaker="Ann Lee", published="2021-02-03"),
                build_result(2, quote="No new taxes", speaker="Bob Ray", published="2020-01-01"),
            ],
            rejects=[Reject("in.jsonl", "line 4", Reason.MALFORMED_JSON, "bad JSON")],
        )
    return path


def run(args: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    code = main(args)
    out, err = capsys.readouterr()
    return code, out, err


def test_search_formats(db: str, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(["search", "taxes", "--db", db, "--format", "jsonl"], capsys)
    assert code == 0
    assert [json.loads(line)["attribution"]["speaker"]["name"] for line in out.splitlines()] == ["Ann Lee", "Bob Ray"]
    code, out, _ = run(["search", "--speaker", "bob", "--db", db, "--format", "csv"], capsys)
    rows = list(csv.DictReader(io.StringIO(out)))
    assert [(r["speaker"], r["content"], r["date"]) for r in rows] == [("Bob Ray", "No new taxes", "2020-01-01")]
    code, out, _ = run(["search", '"will rise"', "--since", "2021", "--db", db], capsys)
    assert code == 0 and "Taxes will rise" in out and "Bob Ray" not in out


def test_speakers_stats_rejects(db: str, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(["speakers", "--db", db, "--limit", "1"], capsys)
    assert code == 0 and "Ann Lee" in out and "Bob Ray" not in out
    code, out, _ = run(["stats", "--db", db], capsys)
    assert "articles: 2" in out and "attributions: 2" in out and 'rejects_by_code: {"R005": 1}' in out
    code, out, err = run(["rejects", "--db", db], capsys)
    assert "R005" in out and "line 4" in out and "1 rejects" in err


def test_show_highlights_the_article(db: str, capsys: pytest.CaptureFixture[str]) -> None:
    article_id = build_result(1).article.id
    code, out, _ = run(["show", article_id, "--db", db], capsys)
    assert code == 0
    assert "Taxes will rise" in out and "Article 1" in out and "content" in out


def test_export_to_stdout_and_file(db: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(["export", "--db", db], capsys)
    assert code == 0 and len(out.splitlines()) == 2 and "exported 2" in err
    code, _, _ = run(["export", "--format", "parquet", "--output", str(tmp_path / "q.parquet"), "--db", db], capsys)
    assert code == 0 and (tmp_path / "q.parquet").stat().st_size > 0


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["search", "x", "--db", "{missing}"], "no store at"),
        (["search", "x", "--type", "quoted", "--db", "{db}"], "bad quote type"),
        (["search", "--since", "last week", "--db", "{db}"], "bad date"),
        (["show", "a-none", "--db", "{db}"], "no article"),
        (["export", "--format", "parquet", "--db", "{db}"], "parquet"),
        (["export", "--format", "xml", "--db", "{db}"], "unknown export format"),
    ],
)
def test_errors_are_one_line_exit_2(
    args: list[str], message: str, db: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    filled = [a.format(db=db, missing=tmp_path / "missing.db") for a in args]
    code, _, err = run(filled, capsys)
    assert code == 2
    assert err.startswith("quotegraph: error: ") and message in err and err.count("\n") == 1


def _fake_extract_many(articles: Iterable[Article], options: Any = None) -> Iterator[ExtractionResult]:
    for article in articles:
        yield ExtractionResult(article, ())


def test_ingest_prints_the_summary(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(importlib.import_module("quotegraph.extract"), "extract_many", _fake_extract_many)
    corpus = tmp_path / "in.jsonl"
    corpus.write_text('{"id": "a", "text": "One."}\n{"id": "b", "text": "Two."}\nnot json\n', encoding="utf-8")
    db = str(tmp_path / "new.db")
    code, out, _ = run(["ingest", str(corpus), "--db", db, "--no-progress", "--batch-size", "1"], capsys)
    assert (code, out) == (0, "read 3, stored 2, rejected 1\n")
    code, out, _ = run(["ingest", str(corpus), "--db", db, "--format", "jsonl", "--text-col", "text"], capsys)
    assert (code, out) == (0, "read 3, stored 2, rejected 1\n")
    code, out, _ = run(["ingest", str(corpus), "--db", db, "--no-progress", "--again"], capsys)
    assert (code, out) == (0, "read 3, stored 2 (2 extracted again), rejected 1\n")
    code, out, _ = run(["ingest", str(corpus), "--db", db, "--no-progress", "--again-rejected"], capsys)
    assert (code, out) == (0, "read 3, stored 2, rejected 1\n")  # nothing was rejected at extraction


def test_ingest_extracts_in_the_mode_asked_for(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    modes: list[str] = []

    def recording(articles: Iterable[Article], options: Any = None) -> Iterator[ExtractionResult]:
        modes.append(options.mode if options is not None else "default")
        return _fake_extract_many(articles, options)

    monkeypatch.setattr(importlib.import_module("quotegraph.extract"), "extract_many", recording)
    corpus = tmp_path / "in.jsonl"
    corpus.write_text('{"id": "a", "text": "One."}\n', encoding="utf-8")
    code, _, _ = run(["ingest", str(corpus), "--db", str(tmp_path / "a.db"), "--no-progress", "--mode", "fast"], capsys)
    assert code == 0 and modes == ["fast"]
    code, _, _ = run(["ingest", str(corpus), "--db", str(tmp_path / "b.db"), "--no-progress"], capsys)
    assert code == 0 and modes == ["fast", "default"]
    code, _, err = run(["ingest", str(corpus), "--db", str(tmp_path / "c.db"), "--mode", "slow"], capsys)
    assert code == 2 and "unknown mode 'slow'" in err and not (tmp_path / "c.db").exists()


COMMANDS = {
    "ingest": api.ingest,
    "search": api.search,
    "speakers": api.speakers,
    "show": api.show,
    "stats": api.stats,
    "rejects": api.rejects,
    "export": api.export,
}


@pytest.mark.parametrize("name", sorted(COMMANDS))
def test_cli_flags_match_api_keywords(name: str) -> None:
    main(["--help"])  # registers every command group
    group = typer.main.get_command(app)
    command = group.commands[name]  # type: ignore[attr-defined]
    flags = {p.name for p in command.params} - OUTPUT_ONLY.get(name, set())
    assert flags == set(inspect.signature(COMMANDS[name]).parameters)
    for param in command.params:
        if param.param_type_name == "option":
            assert f"--{param.name.replace('_', '-')}" in param.opts
