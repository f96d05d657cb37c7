"""The linking commands, on each backend: link, speakers, speaker, statements, statement, and ingest's flags."""

from __future__ import annotations

import importlib
import inspect
import json
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

import pytest
import typer

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "store"))
from link_samples import QID, alias_file, jsonl_line, result, results
from store_helpers import store_url

from quotegraph.cli import app, main
from quotegraph.model import Article, ExtractionResult
from quotegraph.store import api, open_store

COMMANDS = {
    "link": api.link,
    "speaker": api.speaker,
    "speakers": api.speakers,
    "statements": api.statements,
    "statement": api.statement,
    "ingest": api.ingest,
}
#: Flags that only shape the printed output, with no keyword in the API function.
OUTPUT_ONLY = {"speaker": {"json_"}, "statements": {"json_"}, "statement": {"json_"}}


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def db(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """A store holding the three sample articles, not linked yet."""
    url = store_url(request.param, tmp_path)
    with open_store(url) as store:
        store.write_results(results())
    return url


def run(args: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    code = main(args)
    out, err = capsys.readouterr()
    return code, out, err


@pytest.mark.parametrize("name", sorted(COMMANDS))
def test_cli_flags_match_api_keywords(name: str) -> None:
    main(["--help"])  # registers every command group
    command = typer.main.get_command(app).commands[name]  # type: ignore[attr-defined]
    flags = {p.name for p in command.params} - OUTPUT_ONLY.get(name, set())
    assert flags == set(inspect.signature(COMMANDS[name]).parameters)


def test_link_then_browse(db: str, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(["speakers", "--db", db], capsys)
    assert code == 0 and "Sergey Volkov" in out and "sp-" not in out  # not linked: names as written
    code, out, _ = run(["link", "--db", db, "--linker", "fuzzy"], capsys)
    assert (code, out) == (0, "linked 3 articles: 2 speakers, 3 statements\n")
    code, out, _ = run(["speakers", "--db", db], capsys)
    assert "Sergei Volkov" in out and "sp-873d2c2a5709" in out and "Sergey Volkov" not in out
    code, out, _ = run(["speakers", "--names", "--db", db], capsys)
    assert "Sergey Volkov" in out and "sp-" not in out
    code, out, _ = run(["speaker", "sergey volkov", "--db", db], capsys)
    assert code == 0 and "sp-873d2c2a5709" in out and "energy minister" in out and "2024-03" in out
    assert "Northern Courier" in out and "the energy minister" in out
    code, out, _ = run(["statements", "--speaker", "Volkov", "--since", "2024-03", "--db", db], capsys)
    assert code == 0 and out.count("Sergei Volkov") == 2 and "Household prices" in out
    code, out, _ = run(["statements", "--min-reports", "2", "--json", "--db", db], capsys)
    hits = [json.loads(line) for line in out.splitlines()]
    assert [h["earliest_date"] for h in hits] == ["2024-03-05", "2024-03-04", "2024-03-04"]
    gas = next(h for h in hits if h["quotation"].startswith("Gas"))
    code, out, _ = run(["statement", gas["id"], "--db", db], capsys)
    assert code == 0 and out.index("QG Wire") < out.index("Daily Ledger")  # earliest report first
    assert "once repairs end" in out and "once the repairs end" in out  # the wordings side by side
    code, out, _ = run(["statement", gas["id"], "--json", "--db", db], capsys)
    reports = json.loads(out)["reports"]
    assert [r["date"] for r in reports] == ["2024-03-04", "2024-03-05"]


def test_alias_file_pins_identity(db: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    aliases = alias_file(tmp_path, ".json")
    code, out, _ = run(["link", "--db", db, "--linker", "fuzzy", "--alias-file", str(aliases)], capsys)
    assert code == 0
    code, out, _ = run(["speakers", "--db", db], capsys)
    assert QID in out
    code, out, _ = run(["speaker", QID, "--json", "--db", db], capsys)
    assert json.loads(out)["name"] == "Sergei Volkov" and json.loads(out)["external_id"] == QID
    code, out, _ = run(["link", "--db", db, "--rebuild"], capsys)
    assert out.startswith("rebuilt 3 articles")


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["speaker", "nobody", "--db", "{db}"], "no speaker matches 'nobody' (the store is not linked"),
        (["statement", "st-none", "--db", "{db}"], "no statement 'st-none'"),
        (["statements", "--since", "soon", "--db", "{db}"], "bad date"),
        (["link", "--linker", "psychic", "--db", "{db}"], "unknown linker"),
        (["link", "--db", "{missing}"], "no store at"),
    ],
)
def test_errors_are_one_line_exit_2(
    args: list[str], message: str, db: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, _, err = run([a.format(db=db, missing=tmp_path / "missing.db") for a in args], capsys)
    assert code == 2
    assert err.startswith("quotegraph: error: ") and message in err and err.count("\n") == 1


def _extract(articles: Iterable[Article], options: Any = None) -> Iterator[ExtractionResult]:
    """Stands in for the extractor: the sample articles' hand-made attributions."""
    by_id = {r.article.id: r for r in results()}
    for article in articles:
        yield ExtractionResult(article, tuple(a for a in by_id[article.id].attributions))


def test_ingest_links_incrementally(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(importlib.import_module("quotegraph.extract"), "extract_many", _extract)
    db = str(tmp_path / "q.db")
    for n, name in enumerate(("a", "bc")):
        corpus = tmp_path / f"{name}.jsonl"
        corpus.write_text("\n".join(jsonl_line(i) for i in ([0] if n == 0 else [1, 2])) + "\n", encoding="utf-8")
        code, out, err = run(["ingest", str(corpus), "--db", db, "--no-progress", "--linker", "fuzzy"], capsys)
        assert code == 0 and out.startswith("read ") and "speakers" in err
    code, out, _ = run(["statements", "--speaker", "Marta Ilves", "--json", "--db", db], capsys)
    (hit,) = [json.loads(line) for line in out.splitlines()]
    assert hit["outlets"] == ["QG Wire", "Daily Ledger"] and hit["attribution_ids"][0] == result(0).attributions[1].id
    code, out, err = run(["ingest", str(tmp_path / "a.jsonl"), "--db", db, "--no-progress", "--no-link"], capsys)
    assert code == 0 and err == ""
