"""Tests for choosing a reader by extension and by content."""

from __future__ import annotations

import gzip
from pathlib import Path

import pytest

from quotegraph.read.detect import detect_format, looks_like_jsonl, sniff_format
from quotegraph.read.source import Source


@pytest.mark.parametrize(
    ("name", "content", "expected"),
    [
        ("a.txt", b"plain", "text"),
        ("A.TXT", b"plain", "text"),
        ("a.jsonl", b'{"text": "x"}\n', "jsonl"),
        ("a.ndjson", b'{"text": "x"}\n', "jsonl"),
        ("a.json", b'{"text": "x"}', "json"),
        ("a.json", b'{\n  "maintext": "x",\n  "source_domain": "d"\n}', "newsplease"),
        ("a.jsonl", b'{"text": "said \\"maintext\\": no"}\n', "jsonl"),
        ("a.csv", b"text\nx\n", "csv"),
        ("a.parquet", b"PAR1", "parquet"),
        ("a.htm", b"<p>x</p>", "html"),
        ("a.warc", b"WARC/1.1\r\n", "warc"),
        ("noext", b"WARC/1.0\r\n", "warc"),
        ("page.dat", b"<!DOCTYPE html>\n<html><body>x</body></html>", "html"),
        ("data.bin", b"PAR1\x15\x04", "parquet"),
        ("records.dat", b'{"text": "a"}\n{"text": "b"}\n', "jsonl"),
        ("post.md", b"# Title\n\nSome prose.", "markdown"),
        ("post.MARKDOWN", b"Some prose.", "markdown"),
        ("notes", b"Just some words.", None),
    ],
)
def test_detect_format(tmp_path: Path, name: str, content: bytes, expected: str | None) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    assert detect_format(Source(str(path), path)) == expected


@pytest.mark.parametrize(
    ("name", "expected"),
    [("a.txt.gz", "text"), ("a.jsonl.gz", "jsonl"), ("a.csv.gz", "csv"), ("a.warc.gz", "warc")],
)
def test_detect_format_looks_through_gz(tmp_path: Path, name: str, expected: str) -> None:
    path = tmp_path / name
    path.write_bytes(gzip.compress(b'{"text": "x"}\n'))
    assert detect_format(Source(str(path), path)) == expected


def test_sniff_format_json_documents() -> None:
    assert sniff_format(b'[{"text": "a"}]') == "json"
    assert sniff_format(b'{\n "text": "a"\n}') == "json"
    assert sniff_format(b'\xef\xbb\xbf{"text": "a"}\n') == "jsonl"
    assert sniff_format(b"The minister said.") is None


def test_looks_like_jsonl() -> None:
    assert looks_like_jsonl(b'\n{"a": 1}\n{"a": 2}')
    assert not looks_like_jsonl(b"{\n")
    assert not looks_like_jsonl(b"[1]\n")
