"""Tests for ``read_sources``: directories, stdin, order, id stability and option checks."""

from __future__ import annotations

import io
import json
import os
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

import quotegraph
from quotegraph.errors import QuotegraphError, Reason
from quotegraph.model import Article, article_id_for
from quotegraph.read import ReadOptions, Source, read_sources
from quotegraph.registry import readers

from .conftest import Items, split

FORMATS = ("text", "wire", "jsonl", "json", "csv", "parquet", "html", "warc", "newsplease")


def _stdin(monkeypatch: pytest.MonkeyPatch, data: bytes) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data), encoding="utf-8"))


def test_every_format_has_a_registered_reader() -> None:
    registered = readers.get_all()
    assert {f"quotegraph.{name}_reader.v1" for name in FORMATS} <= set(registered)


def test_directory_is_walked_sorted_skipping_hidden(tmp_path: Path, read: Callable[..., Items]) -> None:
    (tmp_path / "b").mkdir()
    (tmp_path / ".cache").mkdir()
    (tmp_path / "b" / "2.txt").write_text("Two.")
    (tmp_path / "b" / "1.txt").write_text("One.")
    (tmp_path / "a.jsonl").write_text('{"text": "Zero."}\n')
    (tmp_path / ".hidden.txt").write_text("Hidden.")
    (tmp_path / ".cache" / "x.txt").write_text("Cached.")
    (tmp_path / "notes.docx").write_text("# Not an article")
    items = read(tmp_path)
    articles, rejects = split(items)
    assert [a.text for a in articles] == ["Zero.", "One.", "Two."]
    assert [a.meta["source"] for a in articles] == [
        str(tmp_path / "a.jsonl"),
        str(tmp_path / "b" / "1.txt"),
        str(tmp_path / "b" / "2.txt"),
    ]
    assert [(r.source, r.position, r.reason) for r in rejects] == [
        (str(tmp_path / "notes.docx"), "file", Reason.UNSUPPORTED_FORMAT)
    ]
    assert len(items) == 4


def test_sources_are_read_in_the_order_given(tmp_path: Path, read: Callable[..., Items]) -> None:
    (tmp_path / "x.txt").write_text("X.")
    (tmp_path / "y.txt").write_text("Y.")
    items = read(tmp_path / "y.txt", tmp_path / "missing.txt", tmp_path / "x.txt")
    assert [getattr(i, "text", None) for i in items] == ["Y.", None, "X."]
    _, (reject,) = split(items)
    assert (reject.reason, reject.position, reject.detail) == (Reason.UNREADABLE, "file", "no such file")


def test_a_file_name_that_is_not_utf8_is_labelled_with_its_bytes(tmp_path: Path, read: Callable[..., Items]) -> None:
    # Python names such a file with a lone surrogate, on which the store's ledger raised and ingest stopped
    folder = tmp_path / "in"
    folder.mkdir()
    with open(bytes(folder) + b"/caf\xe9.txt", "wb") as out:
        out.write(b"Text.")
    missing = Path(os.fsdecode(bytes(folder) + b"/gone\xff.txt"))
    items = read(folder, missing)
    assert [(i.meta["source"], i.text) for i in split(items)[0]] == [(f"{folder}/caf\\xe9.txt", "Text.")]
    assert [(r.source, r.reason) for r in split(items)[1]] == [(f"{folder}/gone\\xff.txt", Reason.UNREADABLE)]


def test_forced_format_reads_any_name(tmp_path: Path, read: Callable[..., Items]) -> None:
    path = tmp_path / "story.dat"
    path.write_text("Forced text.")
    assert split(read(path))[1][0].reason is Reason.UNSUPPORTED_FORMAT
    assert [a.text for a in split(read(path, format="text"))[0]] == ["Forced text."]
    assert [a.text for a in split(read(path, format="quotegraph.text_reader.v1"))[0]] == ["Forced text."]


def test_stdin_json_lines(monkeypatch: pytest.MonkeyPatch, read: Callable[..., Items]) -> None:
    _stdin(monkeypatch, b'{"id": "s1", "text": "From stdin."}\n{"broken\n{"text": "Third."}\n')
    items = read("-")
    articles, rejects = split(items)
    assert [(a.id, a.meta["source"], a.meta["position"]) for a in articles] == [
        ("s1", "-", "line 1"),
        (article_id_for("Third."), "-", "line 3"),
    ]
    assert [(r.source, r.position, r.reason) for r in rejects] == [("-", "line 2", Reason.MALFORMED_JSON)]


def test_stdin_plain_text_with_wire_header(monkeypatch: pytest.MonkeyPatch, read: Callable[..., Items]) -> None:
    text = " date 2023-06-14 PARIS, June 14. /TASS/. The general said so.\n"
    _stdin(monkeypatch, text.encode())
    (article,), rejects = split(read("-"))
    assert rejects == []
    assert (article.text, article.outlet, article.published, article.meta["position"]) == (
        text,
        "TASS",
        "2023-06-14",
        "file",
    )


def test_stdin_empty(monkeypatch: pytest.MonkeyPatch, read: Callable[..., Items]) -> None:
    _stdin(monkeypatch, b"")
    assert [(r.source, r.reason) for r in split(read("-"))[1]] == [("-", Reason.EMPTY)]


def test_same_article_gets_same_id_in_every_format(tmp_path: Path, read: Callable[..., Items]) -> None:
    text = "The minister said the talks would go on."
    (tmp_path / "a.jsonl").write_text(
        json.dumps({"text": text, "url": "https://www.example.com/a", "outlet": "Example News"}) + "\n"
    )
    (tmp_path / "b.csv").write_text(f'outlet,url,text\n"Example  News ", HTTPS://WWW.EXAMPLE.COM/a ,"{text}"\n')
    (tmp_path / "c.txt").write_text(text)
    (tmp_path / "d.json").write_text(json.dumps([{"text": text}]))
    articles, rejects = split(read(tmp_path))
    assert rejects == []
    by_url = article_id_for(text, "Example News", "https://www.example.com/a")
    by_text = article_id_for(text)
    assert [a.id for a in articles] == [by_url, by_url, by_text, by_text]
    assert by_url != by_text


def test_a_reader_that_raises_loses_the_rest_of_its_file_only(tmp_path: Path, read: Callable[..., Items]) -> None:
    def breaks_after_one(source: Source, options: ReadOptions) -> Items:
        assert source.path is not None
        yield from read_sources([source.path], ReadOptions(format="jsonl"))
        raise KeyError("a field the reader counted on")

    for name, who in (("a.dat", "Ann Lee"), ("b.dat", "Tom Berg")):
        (tmp_path / name).write_text(json.dumps({"text": f"{who} said so."}) + "\n", encoding="utf-8")
    readers.register("test.breaking_reader.v1", func=breaks_after_one)
    try:
        items = read(tmp_path / "a.dat", tmp_path / "b.dat", format="test.breaking_reader.v1")
    finally:
        readers.get_all().pop("test.breaking_reader.v1", None)  # type: ignore[attr-defined]
    assert [(type(i).__name__, i.text if isinstance(i, Article) else i.reason) for i in items] == [
        ("Article", "Ann Lee said so."),
        ("Reject", Reason.READER_FAILED),
        ("Article", "Tom Berg said so."),
        ("Reject", Reason.READER_FAILED),
    ]
    reject = split(items)[1][0]
    assert (reject.source, reject.position) == (str(tmp_path / "a.dat"), "after item 1")
    assert "KeyError" in reject.detail and "the rest of the file was not read" in reject.detail


def test_options_are_checked_before_reading(tmp_path: Path) -> None:
    with pytest.raises(QuotegraphError, match="no reader for format 'docx'"):
        list(read_sources([tmp_path], ReadOptions(format="docx")))
    with pytest.raises(QuotegraphError, match="unknown encoding"):
        list(read_sources([tmp_path], ReadOptions(encoding="klingon-8")))


def test_public_api_exposes_read_sources(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("Via the package.")
    (article,) = quotegraph.read_sources([str(tmp_path / "a.txt")])
    assert article.text == "Via the package."
