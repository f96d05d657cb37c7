"""Tests for the plain-text reader, including malformed and oversized input."""

from __future__ import annotations

import gzip
from collections.abc import Callable
from pathlib import Path

import pytest

from quotegraph.errors import Reason
from quotegraph.model import article_id_for

from .conftest import Items, split

WIRE = " date 2023-06-14 ROME, June 14. /TASS/. The minister said talks would go on.\r\nSecond line.\r\n"


def test_text_reader_keeps_text_whole_and_reads_wire_header(tmp_path: Path, read: Callable[..., Items]) -> None:
    path = tmp_path / "wire.txt"
    path.write_bytes(WIRE.encode("utf-8"))
    (article,) = read(path)
    articles, _ = split([article])
    text = WIRE.replace("\r\n", "\n")
    assert articles[0].text == text
    assert articles[0].id == article_id_for(text)
    assert (articles[0].outlet, articles[0].dateline, articles[0].published) == ("TASS", "ROME", "2023-06-14")
    assert articles[0].meta == {
        "source": str(path),
        "position": "file",
        "body_start": 40,
        "dateline_month_day": "--06-14",
    }
    assert text[40:].startswith("The minister")


def test_text_reader_plain_article_has_no_wire_fields(tmp_path: Path, read: Callable[..., Items]) -> None:
    path = tmp_path / "plain.txt"
    path.write_text("The council met on Tuesday.\n", encoding="utf-8")
    articles, rejects = split(read(path))
    assert rejects == []
    assert (articles[0].outlet, articles[0].published, articles[0].lang) == (None, None, "en")
    assert "body_start" not in articles[0].meta


def test_text_reader_reads_gzip(tmp_path: Path, read: Callable[..., Items]) -> None:
    path = tmp_path / "a.txt.gz"
    path.write_bytes(gzip.compress(b"Gzipped article text."))
    articles, _ = split(read(path))
    assert articles[0].text == "Gzipped article text."


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"", Reason.EMPTY),
        (b"   \n\n  ", Reason.EMPTY),
        (b"caf\xe9 au lait", Reason.UNDECODABLE),
        (b"\x7fELF\x02\x01\x01\x00\x00\x00\x00", Reason.BINARY),
    ],
)
def test_text_reader_rejects_bad_files(tmp_path: Path, read: Callable[..., Items], data: bytes, reason: Reason) -> None:
    path = tmp_path / "bad.txt"
    path.write_bytes(data)
    (reject,) = read(path)
    _, rejects = split([reject])
    assert rejects[0].reason is reason
    assert (rejects[0].source, rejects[0].position) == (str(path), "file")


def test_text_reader_truncated_gzip_gives_r008(tmp_path: Path, read: Callable[..., Items]) -> None:
    path = tmp_path / "a.txt.gz"
    path.write_bytes(gzip.compress(b"article " * 1000)[:-20])
    _, rejects = split(read(path))
    assert [r.reason for r in rejects] == [Reason.MALFORMED_ARCHIVE]


def test_text_reader_forced_encoding(tmp_path: Path, read: Callable[..., Items]) -> None:
    path = tmp_path / "latin.txt"
    path.write_bytes("Müller sagte".encode("latin-1"))
    articles, _ = split(read(path, encoding="latin-1", lang="de"))
    assert (articles[0].text, articles[0].lang) == ("Müller sagte", "de")


def test_text_reader_ten_megabytes(tmp_path: Path, read: Callable[..., Items], monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "big.txt"
    body = "The spokesman said the plan would work. " * 262_144  # 10,485,760 characters
    path.write_text(body, encoding="utf-8")
    monkeypatch.setenv("QUOTEGRAPH_MAX_ARTICLE_CHARS", "11000000")
    articles, rejects = split(read(path))
    assert rejects == [] and len(articles[0].text) == 10_485_760
    monkeypatch.setenv("QUOTEGRAPH_MAX_ARTICLE_CHARS", "10485759")
    articles, rejects = split(read(path))
    assert articles == []
    assert [(r.reason, r.position) for r in rejects] == [(Reason.TOO_LARGE, "file")]
    assert "10485760 characters" in rejects[0].detail
