"""Tests for the WARC reader: HTML responses only, other records skipped or rejected, truncation."""

from __future__ import annotations

import io
from collections.abc import Callable
from pathlib import Path

import pytest
from warcio.archiveiterator import ArchiveIterator
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from quotegraph.errors import Reason
from quotegraph.model import article_id_for

from .conftest import Items, split

BODY = "<p>The minister said on Tuesday that the talks would continue for as long as it takes to agree.</p>" * 3


def _page(title: str, extra_head: str = "") -> bytes:
    head = f"<head><title>{title}</title>{extra_head}</head>"
    return f"<html>{head}<body><article>{BODY}</article></body></html>".encode()


def _response(writer: WARCWriter, url: str, payload: bytes, content_type: str, status: str = "200 OK") -> None:
    http = StatusAndHeaders(status, [("Content-Type", content_type)], protocol="HTTP/1.1")
    record = writer.create_warc_record(
        url,
        "response",
        payload=io.BytesIO(payload),
        http_headers=http,
        warc_headers_dict={"WARC-Date": "2023-06-15T10:00:00Z"},
    )
    writer.write_record(record)


def _warc(gzip: bool) -> bytes:
    buffer = io.BytesIO()
    writer = WARCWriter(buffer, gzip=gzip)
    writer.write_record(writer.create_warcinfo_record("test.warc", {"software": "tests"}))
    request = b"GET /news/a HTTP/1.1\r\nHost: www.example.com\r\n\r\n"
    writer.write_record(
        writer.create_warc_record("https://www.example.com/news/a", "request", payload=io.BytesIO(request))
    )
    _response(writer, "https://www.example.com/news/a", _page("First story"), "text/html; charset=utf-8")
    _response(writer, "https://www.example.com/logo.png", b"\x89PNG\r\n\x1a\n\x00\x00", "image/png")
    _response(writer, "https://www.example.com/gone", _page("Not found"), "text/html", status="404 Not Found")
    dated = _page("Second story", '<meta property="article:published_time" content="2023-06-01">')
    _response(writer, "https://Example.com/news/b", dated, "application/xhtml+xml")
    return buffer.getvalue()


def _offsets(data: bytes) -> list[int]:
    iterator = ArchiveIterator(io.BytesIO(data))
    found = []
    for _record in iterator:
        found.append(iterator.get_record_offset())
    return found


@pytest.mark.parametrize(("gzip", "name"), [(False, "crawl.warc"), (True, "crawl.warc.gz")])
def test_warc_reads_html_responses_only(tmp_path: Path, read: Callable[..., Items], gzip: bool, name: str) -> None:
    data = _warc(gzip)
    path = tmp_path / name
    path.write_bytes(data)
    offsets = _offsets(data)
    items = read(path)
    articles, rejects = split(items)
    assert len(items) == 4  # warcinfo and request records are not inputs
    first, second = articles
    assert (first.url, first.outlet, first.title, first.published) == (
        "https://www.example.com/news/a",
        "example.com",
        "First story",
        "2023-06-15",
    )
    assert first.id == article_id_for("", "example.com", "https://www.example.com/news/a")
    assert first.meta["position"] == f"offset {offsets[2]}"
    assert first.meta["warc_date"] == "2023-06-15T10:00:00Z"
    assert "talks would continue" in first.text
    assert (second.url, second.outlet, second.published) == (
        "https://example.com/news/b",
        "example.com",
        "2023-06-01",
    )
    assert second.meta["position"] == f"offset {offsets[5]}"
    assert [(r.reason, r.position) for r in rejects] == [
        (Reason.UNSUPPORTED_FORMAT, f"offset {offsets[3]}"),
        (Reason.UNSUPPORTED_FORMAT, f"offset {offsets[4]}"),
    ]
    assert "image/png" in rejects[0].detail and "404" in rejects[1].detail


@pytest.mark.parametrize("cut", [30, 400])
def test_warc_truncated_gzip_keeps_what_was_read(tmp_path: Path, read: Callable[..., Items], cut: int) -> None:
    data = _warc(True)
    offsets = _offsets(data)
    path = tmp_path / "cut.warc.gz"
    path.write_bytes(data[:-cut])
    items = read(path)
    articles, rejects = split(items)
    assert [a.title for a in articles] == ["First story"]
    assert [r.reason for r in rejects] == [
        Reason.UNSUPPORTED_FORMAT,
        Reason.UNSUPPORTED_FORMAT,
        Reason.MALFORMED_ARCHIVE,
    ]
    assert rejects[-1].position == f"offset {offsets[5]}"
    assert items[-1] == rejects[-1]


def test_warc_truncated_uncompressed(tmp_path: Path, read: Callable[..., Items]) -> None:
    data = _warc(False)
    offsets = _offsets(data)
    path = tmp_path / "cut.warc"
    path.write_bytes(data[: offsets[3] + 100])
    articles, rejects = split(read(path))
    assert [a.title for a in articles] == ["First story"]
    assert [(r.reason, r.position) for r in rejects] == [(Reason.MALFORMED_ARCHIVE, f"offset {offsets[3]}")]


def test_warc_garbage_is_r008_at_offset_zero(tmp_path: Path, read: Callable[..., Items]) -> None:
    path = tmp_path / "junk.warc"
    path.write_bytes(b"this is not a web archive at all\n" * 5)
    assert [(r.reason, r.position) for r in split(read(path))[1]] == [(Reason.MALFORMED_ARCHIVE, "offset 0")]
