"""The CSV reader (``.csv``, gzipped or not): a header row, then one article per row, by column name."""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterator
from typing import Any, cast

from quotegraph.errors import Reason, Reject
from quotegraph.model import Article
from quotegraph.read.decode import BINARY_DETAIL, bom_encoding, looks_binary
from quotegraph.read.options import ReadOptions
from quotegraph.read.records import article_from_record
from quotegraph.read.source import ARCHIVE_ERRORS, Source, head, open_stream
from quotegraph.registry import readers

# The csv module refuses fields over 131,072 characters by default; articles may be far longer, and
# the max_article_chars check (R004) is the limit that should apply instead.
_FIELD_LIMIT = 2**31 - 1
# Undecodable bytes come through ``errors="surrogateescape"`` as lone surrogates U+DC80..U+DCFF.
_ESCAPED_BYTE = re.compile("[\udc80-\udcff]")


@readers.register("quotegraph.csv_reader.v1")
def read_csv(source: Source, options: ReadOptions) -> Iterator[Article | Reject]:
    """Read a CSV file with a header row; rows are numbered from 1 after the header, blank ones too.

    Args:
        source: The input.
        options: The read options, with the column mapping.

    Yields:
        One Article or Reject per non-blank row (R002 bad bytes, R005 malformed row, R006, R003, R004);
        or one file-level Reject: R006 naming the available columns when the text column is missing,
        R003 for an empty file, R001 binary, R008 truncated gzip, R012 unreadable.
    """
    csv.field_size_limit(max(csv.field_size_limit(), _FIELD_LIMIT))
    with open_stream(source) as stream:
        try:
            start = head(stream)
        except ARCHIVE_ERRORS as exc:
            yield Reject(source.label, "file", Reason.MALFORMED_ARCHIVE, f"truncated or corrupt gzip: {exc}")
            return
        if options.encoding is None and bom_encoding(start) is None and looks_binary(start):
            yield Reject(source.label, "file", Reason.BINARY, BINARY_DETAIL)
            return
        encoding = options.encoding or bom_encoding(start) or "utf-8"
        text = io.TextIOWrapper(cast(Any, stream), encoding=encoding, errors="surrogateescape", newline="")
        yield from _read_rows(csv.reader(text), source, options)


def _read_rows(rows: Iterator[list[str]], source: Source, options: ReadOptions) -> Iterator[Article | Reject]:
    header = _next_row(rows, source, "header")
    if isinstance(header, Reject) or header is None:
        yield header or Reject(source.label, "file", Reason.EMPTY, "no header row")
        return
    header = [name.lstrip("\ufeff").strip() for name in header]
    if options.text_col not in header:
        detail = f"no column {options.text_col!r}; available columns: {', '.join(header)}"
        yield Reject(source.label, "file", Reason.MISSING_TEXT, detail)
        return
    number = 0
    while True:
        number += 1
        row = _next_row(rows, source, f"row {number}")
        if row is None or isinstance(row, Reject):
            if row is not None:
                yield row
            return
        if not any(cell.strip() for cell in row):  # a blank line is no record; it keeps its number
            continue
        yield _row_article(dict(zip(header, row, strict=False)), source, f"row {number}", options)


def _next_row(rows: Iterator[list[str]], source: Source, position: str) -> list[str] | Reject | None:
    try:
        return next(rows, None)
    except csv.Error as exc:
        return Reject(source.label, position, Reason.MALFORMED_JSON, f"malformed CSV, reading stopped: {exc}")
    except ARCHIVE_ERRORS as exc:
        return Reject(source.label, position, Reason.MALFORMED_ARCHIVE, f"truncated or corrupt gzip: {exc}")


def _row_article(record: dict[str, str], source: Source, position: str, options: ReadOptions) -> Article | Reject:
    for column, value in record.items():
        bad = _ESCAPED_BYTE.search(value)
        if bad is not None:
            encoding = options.encoding or "utf-8"
            detail = f"bytes not valid in {encoding} in column {column!r} at character {bad.start()}"
            return Reject(source.label, position, Reason.UNDECODABLE, detail)
    return article_from_record(record, source=source.label, position=position, options=options)
