"""The WARC reader (``.warc``, ``.warc.gz``, via warcio): each HTML response record becomes one article."""

from __future__ import annotations

import zlib
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from warcio.archiveiterator import ArchiveIterator
from warcio.exceptions import ArchiveLoadFailed
from warcio.statusandheaders import StatusAndHeadersParserException

from quotegraph.errors import Reason, Reject
from quotegraph.model import Article
from quotegraph.read.detect import sniff_head
from quotegraph.read.fields import ArticleFields, normalise_date, outlet_from_url
from quotegraph.read.html import article_from_html, decode_html
from quotegraph.read.options import ReadOptions
from quotegraph.read.source import Source
from quotegraph.registry import readers
from quotegraph.settings import get_setting

_HTML_TYPES = ("text/html", "application/xhtml+xml")
# What warcio raises on damaged input: its own errors, zlib and gzip errors, and, for records whose
# headers were cut off, attribute and type errors from inside its parser.
_WARCIO_ERRORS: tuple[type[Exception], ...] = (
    ArchiveLoadFailed,
    StatusAndHeadersParserException,
    EOFError,
    zlib.error,
    OSError,
    ValueError,
    AttributeError,
    TypeError,
    KeyError,
)


@dataclass(frozen=True)
class _Entry:
    """One WARC record, the HTML payload read from it (None when not wanted), and where it lies."""

    record: Any
    payload: bytes | None
    offset: int
    length: int


@readers.register("quotegraph.warc_reader.v1")
def read_warc(source: Source, options: ReadOptions) -> Iterator[Article | Reject]:
    """Read the HTML responses of a WARC file as articles; positions are ``"offset N"`` (record start).

    URL from ``WARC-Target-URI``, outlet from its host (without ``www.``), published from the page's
    own date when trafilatura finds one, else from ``WARC-Date`` (kept in ``meta["warc_date"]``).

    Records that are not responses (warcinfo, request, metadata, revisit, resource) are not inputs
    and are passed over without a reject. A response that is not HTML, or not a 2xx answer, is
    rejected with R009. A truncated or corrupt archive gives R008 at the byte offset where the
    damage starts, after everything read before it.

    Args:
        source: The input.
        options: The read options.

    Yields:
        Articles, and Rejects: R009 non-HTML or non-2xx response, R001/R002/R003/R004/R007 for a page,
        R008 truncated or corrupt archive.
    """
    if not sniff_head(source).startswith(b"WARC/"):
        yield _corrupt(source, 0, "the file does not start with a WARC record")
        return
    end = 0
    with source.open_raw() as raw:
        for entry in _entries(raw, source):
            if isinstance(entry, Reject):
                yield entry
                return
            end = entry.offset + entry.length
            if entry.record.rec_type == "response":
                yield _response(entry, source, options)
        raw.seek(end)
        rest = raw.read(4096)
    # Uncompressed WARCs end with blank lines that belong to no record; gzip members leave nothing over.
    if rest.strip(b"\r\n") or (rest and _is_gzip(source)):
        yield _corrupt(source, end, "incomplete data after the last complete record")


def _entries(raw: Any, source: Source) -> Iterator[_Entry | Reject]:
    limit = int(get_setting("max_file_bytes"))
    iterator = ArchiveIterator(raw)
    end = 0
    while True:
        try:
            record = next(iterator, None)
            if record is None:
                return
            errors_before = iterator.err_count
            payload = record.content_stream().read(limit + 1) if _is_html_response(record) else None
            # Asking for the offset makes warcio consume the rest of the record first.
            entry = _Entry(record, payload, iterator.get_record_offset(), iterator.get_record_length())
        except _WARCIO_ERRORS as exc:
            yield _corrupt(source, _next_start(raw, end), f"{type(exc).__name__}: {exc}")
            return
        problem = _problem(entry, iterator.err_count > errors_before)
        if problem:
            yield _corrupt(source, entry.offset, problem)
            return
        yield entry
        end = entry.offset + entry.length


def _next_start(raw: Any, end: int) -> int:
    # Where the record after ``end`` starts: uncompressed WARCs put blank lines between records.
    raw.seek(end)
    gap = raw.read(64)
    return end + len(gap) - len(gap.lstrip(b"\r\n"))


def _problem(entry: _Entry, misaligned: bool) -> str | None:
    # warcio hands back a short record when the file ends inside it; its length reader shows the
    # shortfall. A record without a length reader had no Content-Length, which WARC requires.
    limit = getattr(entry.record.raw_stream, "limit", None)
    if limit is None or limit > 0:
        return "the record is cut short"
    if misaligned:
        return "the record's Content-Length does not match its content"
    if not str(getattr(entry.record, "format", "warc")).startswith("warc"):
        return "not a WARC record"
    return None


def _is_gzip(source: Source) -> bool:
    with source.open_raw() as raw:
        return raw.read(2) == b"\x1f\x8b"


def _is_html_response(record: Any) -> bool:
    if record.rec_type != "response" or record.http_headers is None:
        return False
    content_type = (record.http_headers.get_header("Content-Type") or "").lower()
    return any(kind in content_type for kind in _HTML_TYPES)


def _response(entry: _Entry, source: Source, options: ReadOptions) -> Article | Reject:
    position, record = f"offset {entry.offset}", entry.record
    headers = record.http_headers
    content_type = headers.get_header("Content-Type") if headers is not None else None
    status = headers.get_statuscode() if headers is not None else None
    if entry.payload is None:
        return Reject(source.label, position, Reason.UNSUPPORTED_FORMAT, f"not an HTML response ({content_type})")
    if not str(status).startswith("2"):
        return Reject(source.label, position, Reason.UNSUPPORTED_FORMAT, f"HTTP status {status}, not a page")
    limit = int(get_setting("max_file_bytes"))
    if len(entry.payload) > limit:
        return Reject(source.label, position, Reason.TOO_LARGE, f"payload larger than max_file_bytes={limit}")
    html = decode_html(
        entry.payload,
        source=source.label,
        position=position,
        encoding=options.encoding,
        declared=_charset(content_type),
    )
    if isinstance(html, Reject):
        return html
    url = record.rec_headers.get_header("WARC-Target-URI")
    warc_date = record.rec_headers.get_header("WARC-Date")
    fields = ArticleFields(
        text="",
        source=source.label,
        position=position,
        url=url,
        outlet=outlet_from_url(url),
        published=normalise_date(warc_date),
        meta={"warc_date": warc_date} if warc_date else {},
    )
    return article_from_html(html, fields, options)


def _charset(content_type: str | None) -> str | None:
    for part in (content_type or "").split(";")[1:]:
        key, _, value = part.partition("=")
        if key.strip().lower() == "charset":
            return value.strip().strip("\"'") or None
    return None


def _corrupt(source: Source, offset: int, detail: str) -> Reject:
    return Reject(source.label, f"offset {offset}", Reason.MALFORMED_ARCHIVE, f"truncated or corrupt WARC: {detail}")
