"""The JSON Lines reader (``.jsonl``, ``.ndjson``, gzipped or not): one article per line."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

from quotegraph.errors import Reason, Reject
from quotegraph.model import Article
from quotegraph.read.decode import BINARY_DETAIL, bom_encoding, looks_binary
from quotegraph.read.options import ReadOptions
from quotegraph.read.records import Record, articles_from_records
from quotegraph.read.source import ARCHIVE_ERRORS, Source, head, open_stream
from quotegraph.registry import readers


@readers.register("quotegraph.jsonl_reader.v1")
def read_jsonl(source: Source, options: ReadOptions) -> Iterator[Article | Reject]:
    """Read a JSON Lines file, one record per line, fields mapped by the options' column names.

    A broken line is rejected and reading goes on with the next line; blank lines are skipped.

    Args:
        source: The input.
        options: The read options.

    Yields:
        One Article or Reject per non-blank line (R002, R005, R006, R003, R004, at ``"line N"``),
        or a file-level Reject (R001 binary, R003 no records); R008 at the line where a gzip stream
        breaks off, after everything read before it.
    """
    yield from articles_from_records(iter_jsonl_records(source, options), source=source.label, options=options)


def iter_jsonl_records(source: Source, options: ReadOptions) -> Iterator[Record | Reject]:
    """Yield ``(position, record)`` for each JSON object line, and a Reject for each bad line.

    Args:
        source: The input.
        options: The read options (for the encoding).

    Yields:
        ``("line N", record)`` pairs and Rejects, in file order.
    """
    encoding = options.encoding or "utf-8"
    seen = 0
    with open_stream(source) as stream:
        try:
            start = head(stream)
        except ARCHIVE_ERRORS as exc:
            yield Reject(source.label, "line 1", Reason.MALFORMED_ARCHIVE, f"truncated or corrupt gzip: {exc}")
            return
        reject = _check_start(source, start, options.encoding)
        if reject is not None:
            yield reject
            return
        for lineno, offset, raw in _raw_lines(stream, source):
            if isinstance(raw, Reject):
                yield raw
                return
            if not raw.strip():
                continue
            seen += 1
            position = f"line {lineno}"
            yield parse_line_bytes(raw, source=source.label, position=position, encoding=encoding, offset=offset)
    if not seen:
        yield Reject(source.label, "file", Reason.EMPTY, "no JSON lines")


def _check_start(source: Source, start: bytes, encoding: str | None) -> Reject | None:
    announced = bom_encoding(start)
    if encoding is None and announced not in (None, "utf-8-sig"):
        # RFC 8259 section 8.1: JSON exchanged between systems is UTF-8.
        detail = f"JSON Lines must be UTF-8, found a {announced} byte-order mark"
        return Reject(source.label, "file", Reason.UNDECODABLE, detail)
    if announced is None and encoding is None and looks_binary(start):
        return Reject(source.label, "file", Reason.BINARY, BINARY_DETAIL)
    return None


def _raw_lines(stream: Any, source: Source) -> Iterator[tuple[int, int, bytes | Reject]]:
    lineno, offset = 0, 0
    while True:
        try:
            raw = stream.readline()
        except ARCHIVE_ERRORS as exc:
            detail = f"truncated or corrupt gzip after byte {offset} of the decompressed data: {exc}"
            yield (
                lineno + 1,
                offset,
                Reject(source.label, f"line {lineno + 1}", Reason.MALFORMED_ARCHIVE, detail),
            )
            return
        if not raw:
            return
        lineno += 1
        yield lineno, offset, raw.removeprefix(b"\xef\xbb\xbf") if lineno == 1 else raw
        offset += len(raw)


def parse_line_bytes(
    raw: bytes, *, source: str, position: str, encoding: str = "utf-8", offset: int | None = None
) -> Record | Reject:
    """Decode and parse one JSON Lines line as read from its file; reject it (R002) when its bytes are not valid in
    the encoding, naming the byte, and as ``parse_json_line`` does otherwise. ``offset``: where the line starts in
    its file, when known. Shared with readers that get their lines elsewhere (Spark's text reader)."""
    try:
        line = raw.decode(encoding)
    except UnicodeDecodeError as exc:
        where = f"byte offset {offset + exc.start} (byte {exc.start} of the line)" if offset is not None else None
        detail = f"not valid {encoding} at {where or f'byte {exc.start} of the line'}"
        return Reject(source, position, Reason.UNDECODABLE, detail)
    return parse_json_line(line, source=source, position=position)


def parse_json_line(line: str, *, source: str, position: str) -> Record | Reject:
    """Parse one decoded JSON Lines line into ``(position, record)``, or reject it (R005) when it is not a JSON
    object; shared with readers that get their lines elsewhere (Spark's text reader)."""
    try:
        record = json.loads(line)
    except json.JSONDecodeError as exc:
        return Reject(source, position, Reason.MALFORMED_JSON, f"{exc.msg} at column {exc.colno}")
    if not isinstance(record, dict):
        return Reject(source, position, Reason.MALFORMED_JSON, f"expected a JSON object, got {type(record).__name__}")
    return position, record
