"""``quotegraph extract`` and ``quotegraph version`` through the real entry point."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from quotegraph.cli import main


def test_version_prints_schema(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["version"]) == 0
    assert "schema 1.0" in capsys.readouterr().out


@pytest.mark.model
def test_extract_jsonl_and_eval_formats(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    source = tmp_path / "a.txt"
    source.write_text('"We will win," Mayor Ana Ruiz said on Tuesday.', encoding="utf-8")
    assert main(["extract", str(source), "--format", "jsonl"]) == 0
    record = json.loads(capsys.readouterr().out)
    assert record["schema_version"] == "1.0"
    assert record["attributions"][0]["speaker"]["name"] == "Ana Ruiz"
    out = tmp_path / "eval.jsonl"
    assert main(["extract", str(source), "--format", "eval", "--output", str(out)]) == 0
    quote = json.loads(out.read_text(encoding="utf-8"))["quotes"][0]
    assert (quote["start"], quote["end"], quote["type"], quote["speaker"]) == (1, 13, "direct", "Ana Ruiz")


@pytest.mark.model
def test_extract_table_lists_speaker(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    source = tmp_path / "a.txt"
    source.write_text("The Kremlin said talks would resume.", encoding="utf-8")
    assert main(["extract", str(source)]) == 0
    captured = capsys.readouterr()
    assert "The Kremlin" in captured.out
    assert "read 1, extracted 1 articles (1 attributions), rejected 0" in captured.err


def test_extract_missing_file_is_rejected_not_a_traceback(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["extract", str(tmp_path / "nope.txt")]) == 1
    err = capsys.readouterr().err
    assert "R012" in err and "Traceback" not in err


def test_extract_unsupported_language_is_rejected(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    source = tmp_path / "de.jsonl"
    source.write_text(json.dumps({"id": "d1", "text": "Er sagte, es sei gut.", "lang": "de"}) + "\n")
    assert main(["extract", str(source), "--format", "jsonl"]) == 1
    assert "R010 language not supported: 'de'" in capsys.readouterr().err


@pytest.mark.model
def test_extract_an_article_the_extractor_fails_on_is_rejected_and_the_rest_extracted(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    import quotegraph.extract.api as api

    real = api.attributions_from_doc

    def failing(doc, article, options):  # type: ignore[no-untyped-def]
        if "Kremlin" in article.text:
            raise RuntimeError("extractor bug")
        return real(doc, article, options)

    monkeypatch.setattr(api, "attributions_from_doc", failing)
    for name, text in [
        ("a.txt", '"We will win," Ana Ruiz said.'),
        ("b.txt", "The Kremlin said talks would resume."),
        ("c.txt", '"We lost," Tom Baker said.'),
    ]:
        (tmp_path / name).write_text(text, encoding="utf-8")
    out = tmp_path / "out.jsonl"
    assert main(["extract", str(tmp_path), "--format", "jsonl", "--output", str(out)]) == 0
    speakers = [json.loads(line)["attributions"][0]["speaker"]["name"] for line in out.read_text().splitlines()]
    assert speakers == ["Ana Ruiz", "Tom Baker"]
    err = capsys.readouterr().err
    assert "R011 " in err and "RuntimeError: extractor bug" in err and "b.txt" in err
    assert "read 3, extracted 2 articles (2 attributions), rejected 1" in err


def test_unknown_option_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["extract", "--bogus"]) == 2
    assert "Traceback" not in capsys.readouterr().err
