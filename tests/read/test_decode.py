"""Tests for bytes to text: binary detection, encodings, line endings and the size limits."""

from __future__ import annotations

import gzip
from pathlib import Path

import pytest

from quotegraph.errors import Reason, Reject
from quotegraph.read.decode import (
    check_text,
    decode_bytes,
    load_text,
    looks_binary,
    normalise_newlines,
    read_all,
)
from quotegraph.read.source import Source


def _decode(data: bytes, encoding: str | None = None) -> str | Reject:
    return decode_bytes(data, source="s", position="file", encoding=encoding)


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("a\r\nb\rc\nd", "a\nb\nc\nd"),
        ("no change\n", "no change\n"),
        ("\r\n\r\n", "\n\n"),
    ],
)
def test_normalise_newlines_turns_crlf_and_cr_into_lf(raw: str, expected: str) -> None:
    assert normalise_newlines(raw) == expected


def test_decode_bytes_keeps_leading_spaces_and_strips_only_the_bom() -> None:
    assert _decode(b"\xef\xbb\xbf  Caf\xc3\xa9\r\n") == "  Café\n"


def test_decode_bytes_reads_utf16_with_bom() -> None:
    assert _decode("Grüße aus Köln".encode("utf-16")) == "Grüße aus Köln"


def test_decode_bytes_forced_encoding() -> None:
    assert _decode(b"caf\xe9", encoding="latin-1") == "café"


def test_decode_bytes_bad_utf8_gives_r002_with_byte_offset() -> None:
    result = _decode(b"hello \xff world")
    assert isinstance(result, Reject)
    assert result.reason is Reason.UNDECODABLE
    assert "byte offset 6" in result.detail


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"", Reason.EMPTY),
        (b" \n\t \r\n", Reason.EMPTY),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", Reason.BINARY),
        (bytes(range(1, 9)) * 50, Reason.BINARY),
    ],
)
def test_decode_bytes_rejects_empty_and_binary(data: bytes, reason: Reason) -> None:
    result = _decode(data)
    assert isinstance(result, Reject)
    assert result.reason is reason


def test_looks_binary_accepts_text_with_tabs_and_form_feeds() -> None:
    assert not looks_binary(b"col1\tcol2\n\x0cnext page\n")
    assert looks_binary(b"text\x00more")


def test_check_text_limit_follows_the_setting(monkeypatch: pytest.MonkeyPatch) -> None:
    assert check_text("x" * 50, source="s", position="file") is None
    monkeypatch.setenv("QUOTEGRAPH_MAX_ARTICLE_CHARS", "49")
    reject = check_text("x" * 50, source="s", position="file")
    assert reject is not None and reject.reason is Reason.TOO_LARGE
    assert "50 characters" in reject.detail


def test_read_all_truncated_gzip_gives_r008(tmp_path: Path) -> None:
    path = tmp_path / "a.txt.gz"
    path.write_bytes(gzip.compress(b"some article text " * 200)[:-30])
    result = read_all(Source(str(path), path))
    assert isinstance(result, Reject)
    assert (result.reason, result.position) == (Reason.MALFORMED_ARCHIVE, "file")


def test_read_all_file_over_max_file_bytes_gives_r004(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "a.txt"
    path.write_bytes(b"x" * 100)
    monkeypatch.setenv("QUOTEGRAPH_MAX_FILE_BYTES", "99")
    result = read_all(Source(str(path), path))
    assert isinstance(result, Reject) and result.reason is Reason.TOO_LARGE


def test_read_all_gzip_bomb_is_limited_by_decompressed_size(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "a.txt.gz"
    path.write_bytes(gzip.compress(b"a" * 10_000))
    monkeypatch.setenv("QUOTEGRAPH_MAX_FILE_BYTES", "5000")
    result = read_all(Source(str(path), path))
    assert isinstance(result, Reject) and result.reason is Reason.TOO_LARGE


def test_read_all_unreadable_file_gives_r012(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "a.txt"
    path.write_text("text")

    def refuse(self: Source) -> None:
        raise PermissionError("permission denied")

    monkeypatch.setattr(Source, "open_raw", refuse)
    result = read_all(Source(str(path), path))
    assert isinstance(result, Reject)
    assert result.reason is Reason.UNREADABLE
    assert "permission denied" in result.detail


def test_load_text_decodes_gzip(tmp_path: Path) -> None:
    path = tmp_path / "a.txt.gz"
    path.write_bytes(gzip.compress("Zürich\r\n".encode()))
    assert load_text(Source(str(path), path)) == "Zürich\n"
